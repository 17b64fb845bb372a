/** The TextMate injection grammar: valid JSON, every pattern compiles, and it marks what it promises. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../syntaxes/mou.injection.tmLanguage.json'), 'utf8'));

/** Oniguruma's inline (?i:…) groups and (?i) prefixes → a JS RegExp (good enough for these patterns). */
function toJs(source: string): RegExp {
  const global = source.startsWith('(?i)');
  const body = (global ? source.slice(4) : source).replace(/\(\?i:/g, '(?:');
  return new RegExp(body, global || source.includes('(?i:') ? 'gi' : 'g');
}

function scopesOf(text: string): string[] {
  const out: string[] = [];
  for (const rule of Object.values(grammar.repository) as Array<{ match?: string; name?: string; patterns?: Array<{ match: string; name: string }> }>) {
    for (const p of rule.patterns ?? [rule as { match: string; name: string }]) {
      for (const m of text.matchAll(toJs(p.match))) out.push(`${p.name}:${m[0]}`);
    }
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
