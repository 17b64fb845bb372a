/** The JSON report shared by the CLI (--format json), the server's mou/completeness request and the preview. */
import type { Analysis } from './analyze';
import { insertionPlace } from './fixes';
import type { Range } from './types';

export const REPORT_VERSION = 1;

export interface FileReport {
  path: string;
  isAgreement: boolean;
  score?: number;
  sections?: Array<{
    id: string;
    title: string;
    required: boolean;
    status: string;
    reason: string;
    range: Range | null;
    foundAs?: string;
    /** For a missing section: where its quick fix inserts it. */
    insertAt?: Range['start'];
  }>;
  /** The parties found, and whether each has a duty, a contact and a contribution. */
  parties?: Array<{ name: string; duty: boolean; contact: boolean; contribution: boolean }>;
  /** Recommended sections and whether the agreement has them. */
  recommended?: Array<{ id: string; title: string; found: boolean }>;
  diagnostics: Array<{ code: string; severity: string; message: string; range: Range; section?: string; data?: Record<string, unknown> }>;
  /** Set when the file could not be checked (unreadable, too large). */
  error?: string;
}

export function fileReport(path: string, a: Analysis): FileReport {
  const lines = a.model.lines;
  if (!a.isAgreement) return { path, isAgreement: false, diagnostics: [] };
  return {
    path,
    isAgreement: true,
    score: a.score,
    sections: a.sections.map((s) => ({
      id: s.id,
      title: s.title,
      required: s.required,
      status: s.status,
      reason: s.reason,
      range: s.span ? lines.range(s.span) : null,
      ...(s.foundAs ? { foundAs: s.foundAs } : {}),
      ...(s.status === 'missing' ? { insertAt: lines.position(insertionPlace(a, s.id).at) } : {}),
    })),
    parties: a.parties.map((p) => ({ name: p.name, duty: p.duty, contact: p.contact, contribution: p.contribution })),
    recommended: a.recommended,
    diagnostics: a.findings.map((f) => ({
      code: f.rule,
      severity: f.severity,
      message: f.message,
      range: lines.range(f.span),
      ...(f.section ? { section: f.section } : {}),
      ...(f.data ? { data: f.data } : {}),
    })),
  };
}
