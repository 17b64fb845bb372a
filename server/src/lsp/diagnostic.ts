/**
 * A finding as an LSP diagnostic: the one conversion, used by the server for its live
 * diagnostics, by the VS Code client for the workspace check's (through the language client's own
 * converter) and by the bench. A report diagnostic (core/report.ts) carries all a finding says, so
 * the conversion starts from it: rule id → `code`, docs URL → `codeDescription`, the finding's
 * identity (rule, section, party…) in `data` for code actions.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { ruleDocUrl } from '../core/docs';
import type { FileReport } from '../core/report';
import type { Severity } from '../core/types';

export type ReportDiagnostic = FileReport['diagnostics'][number];

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(d: ReportDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity as Severity] ?? DiagnosticSeverity.Warning,
    source: 'mou',
    code: d.code,
    codeDescription: { href: ruleDocUrl(d.code) },
    message: d.message,
    data: { rule: d.code, ...(d.section ? { section: d.section } : {}), ...(d.data ?? {}) },
  };
}

/** The one diagnostic of a document larger than the mou.maxFileSize setting (it is not checked). */
export function fileTooLarge(length: number, maxFileSize: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'mou',
    code: 'file-too-large',
    message: `MOU Author skipped this file: it has ${length.toLocaleString('en-US')} characters, more than the mou.maxFileSize setting (${maxFileSize.toLocaleString('en-US')}). Raise the setting to check it.`,
  };
}
