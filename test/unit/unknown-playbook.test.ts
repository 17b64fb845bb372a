/** An unknown playbook id is a positioned error, never a silent fall-back to the general MOU (issue 22). */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { ConfigLoader, positionIn } from '../../server/src/config/loader';

const agreement = (type: string) => `---
agreement:
  type: ${type}
---
# Memorandum of Understanding between Hill School and Beacon Labs
`;

describe('an unknown playbook id', () => {
  it('in the front matter: an error on the type line, and the general MOU playbook is used', () => {
    const a = analyze(agreement('work-based-learnin'));
    const f = a.findings.filter((x) => x.rule === 'unknown-agreement-type');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(a.model.lines.position(f[0].span.start).line, 2);
    assert.match(f[0].message, /work-based-learnin/);
    assert.equal(a.playbook, 'mou');
  });

  it('in the front matter, a known one: no finding', () => {
    const a = analyze(agreement('work-based-learning'));
    assert.equal(a.findings.filter((x) => x.rule === 'unknown-agreement-type').length, 0);
    assert.equal(a.playbook, 'work-based-learning');
  });

  it('in .mou.json "extends": a config problem at the value', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-playbook-'));
    const text = '{\n  "extends": "industry"\n}\n';
    writeFileSync(path.join(dir, '.mou.json'), text);
    const r = new ConfigLoader().forDocument(path.join(dir, 'a.md'));
    assert.equal(r.problems.length >= 1, true);
    const p = r.problems[0];
    assert.deepEqual(positionIn(p.text, p.offset), { line: 1, character: 13 });
    assert.match(p.message, /extends/);
  });
});
