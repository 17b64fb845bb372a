/** The TextMate injection grammar: valid JSON, every pattern compiles, and it marks what it promises. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../syntaxes/mou.injection.tmLanguage.json'), 'utf8'));
/** What is injected inside a Signatures section (meta.section.signatures.mou). */
const signaturesGrammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../syntaxes/mou.injection.signatures.tmLanguage.json'), 'utf8'));
type Rule = { match?: string; begin?: string; name?: string; patterns?: Rule[]; include?: string };

/** Oniguruma's inline (?i:…) groups and (?i) prefixes → a JS RegExp (good enough for these patterns). */
function toJs(source: string, flags = 'g'): RegExp {
  const global = source.startsWith('(?i)');
  const body = (global ? source.slice(4) : source).replace(/\(\?i:/g, '(?:');
  return new RegExp(body, flags + (global || source.includes('(?i:') ? 'i' : '') + (body.includes('\\p{') ? 'u' : ''));
}

/**
 * A grammar's match patterns in the order TextMate tries them (top-level includes, then nested);
 * `mou.injection#rule` and `#rule` both name a rule of mou.injection's repository.
 */
function patternsInOrder(top: Rule[] = grammar.patterns): Array<{ re: RegExp; name: string }> {
  // A begin/end region spans lines (the Signatures section): not a pattern of one line.
  const flat = (r: Rule): Rule[] => (r.begin ? [] : r.include ? flat(grammar.repository[r.include.replace(/^(?:mou\.injection)?#/, '')]) : r.patterns ? r.patterns.flatMap(flat) : [r]);
  return top.flatMap(flat).map((r) => ({ re: toJs(r.match!), name: r.name! }));
}

/** Scopes as TextMate assigns them on one line: scanning on, the earliest match wins, ties go to the first pattern. */
function scopesOf(text: string, top?: Rule[]): string[] {
  const out: string[] = [];
  const patterns = patternsInOrder(top);
  for (let at = 0; at < text.length; ) {
    let best: { index: number; text: string; name: string } | undefined;
    for (const p of patterns) {
      p.re.lastIndex = at;
      const m = p.re.exec(text);
      if (m && m[0].length && (!best || m.index < best.index)) best = { index: m.index, text: m[0], name: p.name };
    }
    if (!best) break;
    out.push(`${best.name}:${best.text}`);
    at = best.index + best.text.length;
  }
  return out;
}

describe('TextMate grammar', () => {
  it('injects into markdown and every pattern compiles', () => {
    assert.equal(grammar.scopeName, 'mou.injection');
    assert.match(grammar.injectionSelector, /text\.html\.markdown/);
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    assert.ok(pkg.contributes.grammars.some((g: { scopeName: string }) => g.scopeName === 'mou.injection'));
    assert.ok(scopesOf('x').length === 0);
  });

  it('marks placeholders, obligations, money, dates and emails', () => {
    const s = scopesOf('[Partner Name] shall pay $5,000 by 1 September 2026 to jane.doe@acme.org; start TBD.');
    assert.ok(s.includes('invalid.illegal.placeholder.mou:[Partner Name]'), s.join('\n'));
    assert.ok(s.includes('keyword.other.obligation.mou:shall'));
    assert.ok(s.includes('constant.numeric.money.mou:$5,000'));
    assert.ok(s.includes('constant.other.date.mou:1 September 2026'));
    assert.ok(s.includes('markup.underline.link.email.mou:jane.doe@acme.org'));
    assert.ok(s.includes('invalid.illegal.placeholder.mou:TBD'));
  });

  it('does not mark a blank to sign or date on, which the checker does not report', async () => {
    const lines = ['Signature: ____________________  Date: __________', 'By: ________________', 'Contact person: ________________'];
    const marked = (t: string) => scopesOf(t).filter((x) => x.startsWith('invalid'));
    assert.deepEqual(marked(lines[0]), []);
    assert.deepEqual(marked(lines[1]), []);
    assert.deepEqual(marked(lines[2]), ['invalid.illegal.placeholder.mou:________________'], 'other blanks still are');
    // Never across markdown punctuation: the closing ** of a bold label belongs to the markdown grammar.
    assert.ok(!scopesOf('**By:** ________________').some((x) => x.startsWith('meta.signing-blank') && x.includes('*')));
    // The checker agrees, line for line.
    const { analyze } = await import('../../server/src/core');
    const doc = `# Memorandum of Understanding between Riverside High School and Acme Robotics\n\n## Purpose\n\nThe parties will run a robotics program.\n\n${lines.join('\n\n')}\n`;
    const reported = analyze(doc).findings.filter((f) => f.rule === 'placeholder').map((f) => doc.slice(0, f.span.start).split('\n').pop());
    assert.deepEqual(reported, ['Contact person: ']);
  });

  it('marks in a Signatures section what the checker reports there: every placeholder but a line to sign on', async () => {
    const region = grammar.repository.signatures;
    assert.ok(grammar.patterns.some((p: Rule) => p.include === '#signatures'));
    assert.match(grammar.injectionSelector, new RegExp(`-${region.name.replace(/\./g, '\\.')}\\b`), 'the main rules stay out of the region');
    assert.match(signaturesGrammar.injectionSelector, new RegExp(`^L:${region.name.replace(/\./g, '\\.')}\\b`), 'the region gets its own');
    const { analyze } = await import('../../server/src/core');
    const doc = (heading: string, lines: string[]) =>
      `# Memorandum of Understanding between Riverside High School and Acme Robotics\n\n## Purpose\n\nThe parties will run a robotics program.\n\n${heading}\n\n${lines.join('\n\n')}\n`;
    const reported = (text: string) => analyze(text).findings.filter((f) => f.rule === 'placeholder').map((f) => text.slice(f.span.start, f.span.end));
    const marked = (lines: string[], top?: Rule[]) => lines.flatMap((l) => scopesOf(l, top).filter((x) => x.startsWith('invalid')).map((x) => x.slice(x.indexOf(':') + 1)));
    // Line for line, inside the section and outside it.
    const lines = ['Name: ____________________', 'For the Partner: [Signatory Name]', 'Start: TBD', 'Stipend: $______', 'Amount: $[AMOUNT]', 'Fee: XXXX', '{Organisation}', 'Date: DD/MM/YYYY', '☐ approved', 'Signature: ____________'];
    assert.deepEqual(marked(lines, signaturesGrammar.patterns), reported(doc('## Signatures', lines)));
    assert.deepEqual(marked(lines), reported(doc('## Annex A', lines)));
    assert.ok(marked(lines).includes('____________________') && !marked(lines, signaturesGrammar.patterns).includes('____________________'));
    // Obligations, money, dates and emails are still marked in the section.
    assert.deepEqual(scopesOf('Signed on 1 September 2026 for $5,000 by jane.doe@acme.org, who shall', signaturesGrammar.patterns).map((x) => x.split(':')[0]),
      ['constant.other.date.mou', 'constant.numeric.money.mou', 'markup.underline.link.email.mou', 'keyword.other.obligation.mou']);
    // Where the region begins and ends, as TextMate reads it line by line (its end refers to the begin's hashes).
    const begin = toJs(region.begin, '');
    const endAfter = (line: string) => (next: string) => toJs(region.end.replace('\\1', begin.exec(line)![1]), '').test(next);
    assert.ok(endAfter('## Signatures')('## Annex A') && endAfter('## Signatures')('# Appendix'));
    assert.ok(!endAfter('## Signatures')('### For the School') && !endAfter('## Signatures')('Name: ____'));
    // The checker agrees, heading for heading: under these headings it leaves the blank, under the others it reports it.
    const headings = ['## Signatures', '## 9. Signatures', '# SIGNATURES', '### In Witness Whereof', '## Execution of this Agreement', '## Signatories', '## Roles and Responsibilities', '## Designation of Contacts', '## Assignment', '## Term'];
    for (const heading of headings) {
      const left = reported(doc(heading, ['Name: ____________________'])).length === 0;
      assert.equal(begin.test(heading), left, `${heading}: the grammar ${begin.test(heading) ? 'leaves' : 'marks'} its blank, the checker ${left ? 'leaves' : 'reports'} it`);
    }
  });

  it('opens the Signatures section on the checker\'s titles for it (generated from sections.ts, up to date)', async () => {
    const { grammarJson, signaturesHeadingPattern } = await import('../../scripts/generated');
    const committed = readFileSync(path.resolve(__dirname, '../../syntaxes/mou.injection.tmLanguage.json'), 'utf8');
    assert.equal(committed, grammarJson(committed), 'run `npm run build` to regenerate the Signatures heading of syntaxes/mou.injection.tmLanguage.json');
    assert.equal(grammar.repository.signatures.begin, signaturesHeadingPattern());
    const { sectionDefinition } = await import('../../server/src/core');
    const begin = toJs(signaturesHeadingPattern(), '');
    for (const title of sectionDefinition('signatures')!.titles) assert.ok(begin.test(`## 12. ${title.toUpperCase()}`), title);
  });

  it('does not mark a line of underscores, which markdown reads as a thematic break', async () => {
    for (const line of ['____________________', '   ___ ___ ___']) assert.deepEqual(scopesOf(line), [`meta.separator.markdown:${line}`]);
    assert.deepEqual(scopesOf('Name: ____________________').filter((x) => x.startsWith('invalid')), ['invalid.illegal.placeholder.mou:____________________']);
    const { analyze } = await import('../../server/src/core');
    const doc = `# Memorandum of Understanding between Riverside High School and Acme Robotics\n\n## Purpose\n\nThe parties will run a robotics program.\n\n____________________\n`;
    assert.deepEqual(analyze(doc).findings.filter((f) => f.rule === 'placeholder'), []);
  });

  it('leaves links alone', () => {
    assert.deepEqual(scopesOf('See [the partner guide](https://example.org).').filter((x) => x.startsWith('invalid')), []);
  });
});

describe('snippets', () => {
  it('are generated from the clause library and up to date', async () => {
    const { snippetsJson } = await import('../../scripts/snippets');
    const committed = readFileSync(path.resolve(__dirname, '../../snippets/mou.code-snippets'), 'utf8');
    assert.equal(committed, snippetsJson(), 'run `npm run build` to regenerate snippets/mou.code-snippets');
  });

  it('every core clause, inserted as text, makes its section present', async () => {
    const { CLAUSES, clauseText } = await import('../../server/src/core/definitions/clauses');
    const { analyze, CORE_SECTIONS } = await import('../../server/src/core');
    const names = (t: string) => t.replace(/\[School\]/g, 'Riverside High School').replace(/\[Partner\]/g, 'Acme Robotics').replace(/\[Contact name\]/g, 'Jordan Lee').replace(/\[email\]/g, 'jlee@example.org').replace(/\[phone\]/g, '(555) 010-2000').replace(/\[Title\]/g, 'Coordinator').replace(/\$\[AMOUNT\]/g, '$5,000').replace(/\[date\]/g, '1 October 2026').replace(/\[field\]/g, 'engineering');
    for (const clause of CLAUSES) {
      const def = CORE_SECTIONS.find((s) => s.id === clause.section)!;
      const doc = `# Memorandum of Understanding between Riverside High School and Acme Robotics\n\n## ${def.heading}\n\n${names(clauseText(clause.body))}\n`;
      const status = analyze(doc).sections.find((s) => s.id === clause.section)!;
      assert.equal(status.status, 'present', `${clause.section}: ${status.reason}`);
    }
  });
});
