/** Each rule's own examples (kept beside the rule, remark-lint style) and its documentation. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, RULES } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '..', '..');

describe('rules', () => {
  it('have unique ids, a description, a default severity and a doc page', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
      ids.add(rule.id);
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.description.length > 10);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity));
      assert.equal(rule.docs, `docs/rules/${rule.id}.md`);
      const doc = path.join(ROOT, rule.docs);
      assert.ok(existsSync(doc), `${rule.docs} is missing`);
      assert.match(readFileSync(doc, 'utf8'), new RegExp(`^# ${rule.id}\\b`), `${rule.docs} must start with "# ${rule.id}"`);
    }
  });

  it('the docs index is generated from the rules and lists every rule', async () => {
    const { rulesIndexMarkdown } = await import('../../scripts/generated');
    const index = readFileSync(path.join(ROOT, 'docs/rules/README.md'), 'utf8');
    assert.equal(index, rulesIndexMarkdown(), 'run npm run build to regenerate docs/rules/README.md');
    for (const rule of RULES) assert.ok(index.includes(`(${rule.id}.md)`), `docs/rules/README.md does not link ${rule.id}`);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      assert.ok(rule.examples.invalid.length > 0, `${rule.id} has no invalid example`);
      rule.examples.valid.forEach((example, i) => {
        it(`valid example ${i + 1} has no ${rule.id} finding`, () => {
          const { text, today } = typeof example === 'string' ? { text: example, today: undefined } : example;
          const a = analyze(text, { today });
          assert.deepEqual(a.findings.filter((f) => f.rule === rule.id).map((f) => f.message), []);
        });
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`invalid example ${i + 1} reports what it expects`, () => {
          const a = analyze(ex.text, { today: ex.today });
          assert.ok(a.isAgreement, 'the example must be recognised as an agreement');
          const found = a.findings.filter((f) => f.rule === rule.id);
          assert.equal(found.length, ex.findings.length, found.map((f) => f.message).join('\n'));
          ex.findings.forEach((want, j) => {
            if (want.section) assert.ok(found.some((f) => f.section === want.section), `no finding for ${want.section}`);
            if (want.line !== undefined) assert.equal(a.model.lines.position(found[j].span.start).line, want.line, found[j].message);
          });
        });
      });
    });
  }
});
