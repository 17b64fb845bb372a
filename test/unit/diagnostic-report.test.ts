import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticReport, sameDiagnostics, sameJson } from '../../server/src/lsp/diagnostic-report';

const at = (line: number, message = 'Say who the contact is.', data: unknown = { rule: 'missing-section', section: 'points-of-contact' }): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 12 } },
  severity: 2,
  source: 'mou',
  code: 'missing-section',
  message,
  data,
});

describe('pull diagnostics with result ids', () => {
  it('compares diagnostics by value: range, message and data each count', () => {
    assert.ok(sameDiagnostics([at(3), at(9)], [at(3), at(9)]));
    assert.ok(!sameDiagnostics([at(3)], [at(4)]), 'a moved finding');
    assert.ok(!sameDiagnostics([at(3)], [at(3, 'Name a person.')]), 'a new message');
    assert.ok(!sameDiagnostics([at(3)], [at(3, undefined, { rule: 'missing-section', section: 'roles' })]), 'another section');
    assert.ok(!sameDiagnostics([at(3)], [at(3), at(4)]), 'one more');
  });

  it('reads JSON as it goes over the wire: an undefined field is no field', () => {
    assert.ok(sameJson({ a: 1, b: undefined }, { a: 1 }));
    assert.ok(!sameJson({ a: [1, 2] }, { a: { 0: 1, 1: 2 } }));
    assert.ok(!sameJson({ a: null }, { a: 0 }));
    assert.ok(sameJson({ a: [{ b: 'x' }] }, { a: [{ b: 'x' }] }));
  });

  it('answers "unchanged" only to the id it gave for the same diagnostics', () => {
    const first = diagnosticReport([at(3)], undefined, undefined);
    assert.equal(first.report.kind, 'full');
    const again = diagnosticReport([at(3)], first.report.resultId, first.reported);
    assert.deepEqual(again.report, { kind: 'unchanged', resultId: first.report.resultId });
    const other = diagnosticReport([at(3)], 'an id from an earlier server', first.reported);
    assert.equal(other.report.kind, 'full');
    assert.notEqual(other.report.resultId, first.report.resultId);
    const moved = diagnosticReport([at(5)], other.report.resultId, other.reported);
    assert.equal(moved.report.kind, 'full');
  });
});
