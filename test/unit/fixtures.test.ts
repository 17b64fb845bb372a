/** Every fixture agreement: is it an agreement, the status of each core section, required and forbidden findings. */
import { strict as assert } from 'node:assert';
import { analyze, fileReport } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';

const fixtures = loadFixtures();

describe('fixtures', () => {
  it('there are fixtures of every kind', () => {
    const kinds = new Set(fixtures.map((f) => f.name.split('/')[0]));
    for (const k of ['gold', 'thin', 'weak', 'formats', 'not-agreements', 'term']) assert.ok(kinds.has(k), `no ${k} fixtures`);
  });

  for (const fx of fixtures) {
    describe(fx.name, () => {
      const a = analyze(fx.text);
      const report = fileReport(fx.name, a);
      const summary = () =>
        JSON.stringify(
          { isAgreement: a.isAgreement, reason: a.agreementReason, sections: a.sections.map((s) => `${s.id}: ${s.status} (${s.by ?? '-'}; ${s.reason})`) },
          null,
          2,
        );

      it(`is ${fx.expect.isAgreement ? '' : 'not '}an agreement`, () => {
        assert.equal(a.isAgreement, fx.expect.isAgreement, summary());
        if (!fx.expect.isAgreement) assert.deepEqual(report.diagnostics, [], 'a non-agreement gets no findings');
      });

      if (fx.expect.sections) {
        it('judges each core section as expected', () => {
          const got = Object.fromEntries(a.sections.map((s) => [s.id, s.status]));
          assert.deepEqual(got, fx.expect.sections, summary());
        });
      }

      for (const want of fx.expect.findings ?? []) {
        it(`reports ${want.code}${want.section ? ` for ${want.section}` : ''}${want.line ? ` on line ${want.line}` : ''}`, () => {
          const hit = report.diagnostics.some(
            (d) =>
              d.code === want.code &&
              (!want.section || d.section === want.section) &&
              (!want.line || d.range.start.line + 1 === want.line) &&
              (!want.severity || d.severity === want.severity) &&
              (!want.messageIncludes || new RegExp(`\\b${want.messageIncludes}`, 'i').test(d.message)) &&
              (!want.messageExcludes || !new RegExp(`\\b${want.messageExcludes}`, 'i').test(d.message)),
          );
          assert.ok(hit, `missing finding; got:\n${report.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.section ?? ''} ${d.message}`).join('\n')}`);
        });
      }

      if (a.isAgreement) {
        it('says what each present section rests on, and what a weak or missing one lacks', () => {
          for (const s of a.sections.filter((x) => x.required && ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'].includes(x.id))) {
            if (s.status === 'present') assert.ok(s.evidence.length > 0, `${s.id} is present with no evidence`);
            if (s.status === 'weak' || s.status === 'missing') assert.ok(s.lookedFor, `${s.id} is ${s.status} without saying what was looked for`);
            for (const e of s.evidence) assert.ok(e.span.end > e.span.start && e.text && e.why, `${s.id}: ${JSON.stringify(e)}`);
          }
        });
      }

      if (fx.expect.parties) {
        it('finds the parties', () => {
          const names = a.parties.map((p) => p.names);
          for (const want of fx.expect.parties!) assert.ok(names.some((n) => n.includes(want)), `${want} not among ${JSON.stringify(names)}`);
        });
      }

      for (const not of fx.expect.absent ?? []) {
        it(`does not report ${not.code}${not.section ? ` for ${not.section}` : ''}`, () => {
          const hits = report.diagnostics.filter(
            (d) =>
              d.code === not.code &&
              (!not.section || d.section === not.section) &&
              (!not.line || d.range.start.line + 1 === not.line) &&
              (!not.severity || d.severity === not.severity),
          );
          assert.deepEqual(hits.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
        });
      }
    });
  }
});
