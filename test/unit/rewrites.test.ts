/**
 * The same agreement written another way gets the same judgement: every agreement fixture,
 * rewritten as converted and pasted documents write it (headings in capitals, as HTML or as plain
 * lines, CRLF line ends, paragraphs hard-wrapped at 72 columns as PDF text comes, "•" lists), keeps
 * each core section's status.
 * A rule that only holds for one way of writing fails here on documents nobody wrote that way.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';

const CORE = ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'];

const REWRITES: Record<string, (text: string) => string> = {
  'headings in capitals': (t) => t.replace(/^(#{1,6}\s+)(.+)$/gm, (_m, h: string, x: string) => h + x.toUpperCase()),
  'headings as HTML': (t) => t.replace(/^(#{2,6})\s+(.+?)\s*#*\s*$/gm, (_m, h: string, x: string) => `<h${h.length}>${x}</h${h.length}>\n`),
  'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
  // Long prose lines broken at 72 columns; lists, tables, headings, quotes, HTML and layout text
  // (columns side by side) keep their lines.
  'hard-wrapped at 72 columns': (t) =>
    t
      .split('\n')
      .map((l) => (l.length > 80 && !/^\s*[|#><-]|^\s*\d+[.)]\s|^\s*[*+]\s|\S {3,}\S/.test(l) ? l.replace(/(.{1,72})(\s+|$)/g, '$1\n').trimEnd() : l))
      .join('\n'),
  // Lists as PDF and pasted text give them: "• item" lines in a paragraph, no markdown list.
  'bullet characters for list markers': (t) => t.replace(/^(\s*)[-*+]\s+/gm, '$1• '),
  // Titles as a PDF's text gives them: "3. Roles" or "Who to contact" alone on a line, no markup.
  'headings as plain lines': (t) => t.replace(/^#{2,6}\s+(.+?)\s*#*\s*$/gm, '$1\n'),
};

/** Fixtures a rewrite changes, and why (printed, not hidden). Key: `<rewrite> <fixture>`. */
const KNOWN: Record<string, string> = {};

function statuses(text: string): string {
  const a = analyze(text);
  return a.isAgreement ? CORE.map((id) => `${id}:${a.sections.find((s) => s.id === id)?.status}`).join(' ') : 'not an agreement';
}

describe('the same agreement written another way', () => {
  // Fenced code keeps its lines whatever the rewrite; documents with it are left out.
  const fixtures = loadFixtures().filter((f) => f.expect.isAgreement && !/```/.test(f.text));
  for (const [name, rewrite] of Object.entries(REWRITES)) {
    it(`${name}: every agreement fixture keeps its statuses`, () => {
      const changed = fixtures.flatMap((f) => {
        const [before, after] = [statuses(f.text), statuses(rewrite(f.text))];
        const why = KNOWN[`${name} ${f.name}`];
        if (why) console.log(`      ${f.name}: ${before === after ? 'now unchanged: remove it from KNOWN' : `changes, because ${why}`}`);
        return before === after ? (why ? [`${f.name}: unchanged, remove it from KNOWN`] : []) : why ? [] : [`${f.name}: ${before} → ${after}`];
      });
      assert.ok(fixtures.length > 60, 'the fixtures are read');
      assert.deepEqual(changed, []);
    });
  }
});
