/**
 * The same agreement saved with LF, CRLF or lone-CR line endings, or with a byte-order mark,
 * is the same agreement: the same findings (rule, section, message) on the same lines. Windows
 * editors save CRLF; a BOM comes from Notepad and some exporters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, fileReport } from '../../server/src/core';
import { splitBlocks } from '../../server/src/core/blocks';
import { baseDocArb, fixtures } from './arbitraries';

/** What a reader sees of a report: each finding's rule, section, message and lines. */
function seen(text: string): string[] {
  const r = fileReport('eol.md', analyze(text));
  return [
    `agreement: ${r.isAgreement}; score ${r.score}`,
    ...r.diagnostics.map((d) => `${d.code} ${String(d.data?.section ?? '')} lines ${d.range.start.line}-${d.range.end.line}: ${d.message}`),
  ];
}

const withEol = (text: string, eol: string) => text.replace(/\r\n|\r|\n/g, eol);

describe('line endings and a byte-order mark do not change the findings', () => {
  it('every fixture agreement: LF, CRLF, lone CR and a leading BOM give the same findings on the same lines', () => {
    for (const t of fixtures()) {
      const lf = withEol(t, '\n');
      const expected = seen(lf);
      for (const [name, variant] of [
        ['CRLF', withEol(t, '\r\n')],
        ['lone CR', withEol(t, '\r')],
        ['BOM', '\uFEFF' + lf],
        ['BOM + CRLF', '\uFEFF' + withEol(t, '\r\n')],
      ] as const) {
        assert.deepEqual(seen(variant), expected, `${name} differs from LF for:\n${lf.slice(0, 200)}`);
      }
    }
  });

  it('a BOM before a fence or front matter on the first line does not hide it', () => {
    const agreement = '# Memorandum of Understanding\n\nThe College will host 20 students each term.\n';
    for (const start of ['```\n# not a heading\n\n## Roles and Responsibilities\n```\n\n', '---\ntitle: x\n# a comment\n\n---\n\n', '<!--\n\n# not a heading\n-->\n\n']) {
      const lf = start + agreement;
      assert.deepEqual(seen('\uFEFF' + lf), seen(lf), JSON.stringify(start));
      assert.deepEqual(splitBlocks('\uFEFF' + lf).map((b) => b.end - 1), splitBlocks(lf).map((b) => b.end), JSON.stringify(start));
    }
  });

  it('generated agreements (property, 150 cases)', () => {
    fc.assert(
      fc.property(baseDocArb, fc.constantFrom('\r\n', '\r'), fc.boolean(), (doc, eol, bom) => {
        const lf = withEol(doc, '\n');
        const variant = (bom ? '\uFEFF' : '') + withEol(doc, eol);
        assert.deepEqual(seen(variant), seen(lf));
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});
