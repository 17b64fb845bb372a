/** Quick fixes and fix-all at the core level: they close the gap, add no error, keep every character, and are stable. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, applyEdits, fixAll, fixesFor, skeleton, PLAYBOOKS } from '../../server/src/core';
import { loadFixtures, FIXTURES_DIR } from '../helpers/fixtures';

const agreements = loadFixtures().filter((f) => f.expect.isAgreement);
const SNAPSHOTS = path.join(FIXTURES_DIR, '__snapshots__');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** True when every character of `original` appears in `fixed` in order (fixes only insert). */
export function preservedInOrder(original: string, fixed: string): boolean {
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    j = fixed.indexOf(original[i], j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** Insertions only: removing the inserted ranges gives back the original exactly. */
function onlyInserts(original: string, edits: { start: number; end: number }[]): boolean {
  return edits.every((e) => e.start === e.end && e.start >= 0 && e.start <= original.length);
}

describe('quick fixes', () => {
  for (const fx of agreements) {
    const a = analyze(fx.text);
    const missing = a.findings.filter((f) => f.rule === 'missing-section');
    for (const finding of missing) {
      it(`${fx.name}: inserting ${finding.section} removes its finding and adds no error`, () => {
        const [fix] = fixesFor(a, finding);
        assert.ok(fix, 'a missing section always has a fix');
        assert.ok(onlyInserts(fx.text, fix.edits));
        const fixed = applyEdits(fx.text, fix.edits);
        assert.ok(preservedInOrder(fx.text, fixed));
        const b = analyze(fixed);
        assert.ok(!b.findings.some((f) => f.rule === 'missing-section' && f.section === finding.section), 'still missing');
        // (A finding that was there at a lower weight counts as there: a model clause that speaks of
        // students makes a missing safety section an error, as it should.)
        const before = new Set(a.findings.map((f) => `${f.rule}:${f.section}`));
        const newErrors = b.findings.filter((f) => f.severity === 'error' && !before.has(`${f.rule}:${f.section}`));
        assert.deepEqual(newErrors.map((f) => f.message), []);
      });
    }
  }

  it('adds a hand-off rule and a contact row where they are missing', () => {
    const text = `# Memorandum of Understanding

This MOU is made between Pine Ridge High School (the "School") and Arclight Optics Inc. ("Arclight").

## Roles and Responsibilities

The School will recruit 12 students. Arclight will host two site visits each semester.

## Points of Contact

| Party | Contact | Email |
|---|---|---|
| Pine Ridge High School | Maria Lopez | mlopez@pineridge.k12.us |

## Resource Commitments

Arclight will donate 10 spectrometers. The School will provide a lab.
`;
    const a = analyze(text);
    const handoff = a.findings.find((f) => f.rule === 'contact-handoff')!;
    const noContact = a.findings.find((f) => f.rule === 'party-no-contact')!;
    assert.ok(handoff && noContact);
    const fixed = applyEdits(text, [...fixesFor(a, handoff)[0].edits, ...fixesFor(a, noContact)[0].edits]);
    assert.ok(preservedInOrder(text, fixed));
    assert.match(fixed, /\| Arclight \| \[Contact name\] \| \[Title\] \|\n\nIf a contact changes/);
    assert.ok(!analyze(fixed).findings.some((f) => f.rule === 'contact-handoff'));
    // The new row names the party; once its email is filled in, the party has a contact.
    const filled = fixed.replace('| Arclight | [Contact name] | [Title] |', '| Arclight | Ben Okafor | bokafor@arclightoptics.com |');
    assert.ok(!analyze(filled).findings.some((f) => f.rule === 'party-no-contact'));
  });
});

describe('fix all', () => {
  for (const fx of agreements.filter((f) => Object.values(f.expect.sections ?? {}).includes('missing'))) {
    it(`${fx.name}: leaves no missing section, keeps the text, is stable, matches its snapshot`, () => {
      const a = analyze(fx.text);
      const edits = fixAll(a);
      assert.ok(onlyInserts(fx.text, edits));
      const fixed = applyEdits(fx.text, edits);
      assert.ok(preservedInOrder(fx.text, fixed));
      const b = analyze(fixed);
      assert.deepEqual(b.findings.filter((f) => f.rule === 'missing-section').map((f) => f.section), []);
      assert.deepEqual(fixAll(b), [], 'a second run changes nothing');
      const snap = path.join(SNAPSHOTS, fx.name.replace(/\//g, '__').replace(/\.md$/, '.fixed.md'));
      if (UPDATE || !existsSync(snap)) writeFileSync(snap, fixed);
      assert.equal(fixed, readFileSync(snap, 'utf8'), `snapshot ${path.relative(FIXTURES_DIR, snap)} (UPDATE_SNAPSHOTS=1 to accept)`);
    });
  }

  it('keeps CRLF line endings', () => {
    const text = '# Memorandum of Understanding\r\n\r\nThis MOU is made between Pine Ridge High School and Arclight Optics.\r\n';
    const fixed = applyEdits(text, fixAll(analyze(text)));
    assert.ok(!/[^\r]\n/.test(fixed), 'every line break is CRLF');
  });

  it('preserves the original text in order on generated agreements (property)', () => {
    const heading = fc.constantFrom('## Purpose', '## Term', '**Signatures.**', '### Background', '## Scope of Work', '# Notes');
    const para = fc.constantFrom(
      'The parties share an interest in students.',
      'Lumen will host two visits each semester.',
      '- a list item',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '```\n# not a heading\n```',
      'Contact: Jo Park, jpark@example.org',
      '',
    );
    const doc = fc
      .array(fc.tuple(heading, fc.array(para, { maxLength: 3 })), { maxLength: 6 })
      .map((secs) => `# Memorandum of Understanding between Hill School and Lumen Labs\n\n${secs.map(([h, ps]) => `${h}\n\n${ps.join('\n\n')}`).join('\n\n')}\n`);
    let runs = 0;
    fc.assert(
      fc.property(doc, fc.boolean(), (text, crlf) => {
        const t = crlf ? text.replace(/\n/g, '\r\n') : text;
        const a = analyze(t);
        const fixed = applyEdits(t, fixAll(a));
        runs++;
        return preservedInOrder(t, fixed) && fixAll(analyze(fixed)).length === 0;
      }),
      { seed: 20261122, numRuns: 300 },
    );
    assert.equal(runs >= 300, true);
  });
});

describe('new agreement skeletons', () => {
  for (const pb of PLAYBOOKS) {
    it(`${pb.id}: every required section is there, with the parties' names`, () => {
      const text = skeleton({ type: pb.id, school: 'Hill School', partner: 'Lumen Labs' });
      const a = analyze(text);
      assert.ok(a.isAgreement);
      assert.deepEqual(a.findings.filter((f) => f.rule === 'missing-section').map((f) => f.section), []);
      assert.match(text, /Hill School will:/);
      assert.ok(!/\[School\]|\[Partner\]/.test(text));
    });
  }
});

describe('mark as not applicable', () => {
  const body = '# Memorandum of Understanding between Hill School and Beacon Labs\n\nBeacon Labs will donate 12 microscopes worth $6,000 by 1 May 2027.\n';
  const cases: Array<[string, string]> = [
    ['no front matter', body],
    ['front matter without agreement', `---\ntitle: Donation\n# a comment\n---\n${body}`],
    ['agreement without not-applicable', `---\nagreement:\n  type: mou\nauthor: Jo\n---\n${body}`],
    ['not-applicable already there', `---\nagreement:\n  not-applicable:\n    recognition: "private gift"\n  type: mou\n---\n${body}`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: writes the entry, keeps everything else, and the finding becomes a reason to write`, () => {
      const a = analyze(text);
      const finding = a.findings.find((f) => f.rule === 'missing-section' && f.section === 'safety-protocols')!;
      const fix = fixesFor(a, finding).find((f) => /not applicable/.test(f.title))!;
      assert.ok(fix.edits.every((e) => e.start === e.end), 'insertions only');
      const fixed = applyEdits(text, fix.edits);
      assert.ok(preservedInOrder(text, fixed));
      const b = analyze(fixed);
      assert.equal(b.sections.find((s) => s.id === 'safety-protocols')!.status, 'not-applicable');
      assert.ok(!b.findings.some((f) => f.rule === 'missing-section' && f.section === 'safety-protocols'));
      assert.ok(b.findings.some((f) => f.rule === 'placeholder' && /why this section does not apply/.test(f.message)), 'the reason is left to write');
      for (const keep of ['title: Donation', '# a comment', 'type: mou', 'author: Jo', 'recognition: "private gift"']) {
        if (text.includes(keep)) assert.ok(fixed.includes(keep), keep);
      }
    });
  }
});
