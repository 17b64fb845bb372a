/**
 * Pull diagnostics with result ids (LSP 3.17): when the client already holds this document's
 * diagnostics and they have not changed — typing inside a paragraph usually moves no finding —
 * the answer is "unchanged" rather than every diagnostic again. The client keeps what it has, and
 * neither side encodes, sends, decodes and redraws a large list on each keystroke.
 */
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';

/** What was last reported for one document. */
export interface Reported {
  resultId: string;
  items: Diagnostic[];
}

// Result ids are unique to this server process, so one a restarted server never gave cannot match.
const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let counter = 0;

/**
 * The report for `items`, given what the client says it holds (`previousResultId`) and what was
 * last reported; returns it and what is now reported.
 */
export function diagnosticReport(items: Diagnostic[], previousResultId: string | undefined, last: Reported | undefined): { report: DocumentDiagnosticReport; reported: Reported } {
  if (last && previousResultId === last.resultId && (items === last.items || sameDiagnostics(items, last.items))) {
    return { report: { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId }, reported: last };
  }
  const reported = { resultId: `${nonce}-${++counter}`, items };
  return { report: { kind: DocumentDiagnosticReportKind.Full, resultId: reported.resultId, items }, reported };
}

/** The same diagnostics, in the same order: the fields that differ most often are compared first. */
export function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    const [r, q] = [x.range, y.range];
    if (r.start.line !== q.start.line || r.start.character !== q.start.character || r.end.line !== q.end.line || r.end.character !== q.end.character) return false;
    if (x.message !== y.message || x.severity !== y.severity || x.code !== y.code || x.source !== y.source) return false;
    if (!sameJson(x.codeDescription, y.codeDescription) || !sameJson(x.data, y.data) || !sameJson(x.tags, y.tags) || !sameJson(x.relatedInformation, y.relatedInformation)) return false;
  }
  return true;
}

/** Deep equality of JSON values (what goes over the wire), without encoding either. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
