/** The JSON report shared by the CLI (--format json), the server's mou/completeness request and the preview. */
import type { Analysis } from './analyze';
import { insertionPlace } from './fixes';
import type { Range } from './types';
import { termReport } from './dates/report';
import { findDeadlines, type Deadline } from './dates/deadlines';

export const REPORT_VERSION = 1;

export interface FileReport {
  path: string;
  isAgreement: boolean;
  /** Why the checker called it an agreement or not, in plain words. */
  agreementReason?: string;
  /** Set when the agreement is not in English: nothing in it was judged. */
  language?: string;
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
    /** The passages the status rests on. */
    evidence: Array<{ range: Range; text: string; why: string }>;
    /** For weak or missing: what was looked for and not found. */
    lookedFor?: string;
  }>;
  /**
   * The parties found, and whether each has a duty, a contact and a contribution; `names`: every
   * name the agreement gives it; `contacts`: its contact lines as written (the partner registry).
   */
  parties?: Array<{ name: string; names?: string[]; duty: boolean; contact: boolean; contribution: boolean; contacts?: Array<{ text: string; emails: string[]; phones: string[] }> }>;
  /** Signed, unsigned (a draft) or unknown, and why (core/signing.ts). */
  signing?: { status: 'signed' | 'unsigned' | 'unknown'; reason: string };
  /** Recommended sections and whether the agreement has them. */
  recommended?: Array<{ id: string; title: string; found: boolean }>;
  /**
   * The agreement's term: days as YYYY-MM-DD (null when not stated or tied to an event, with the
   * words in startText/endText), review days inside the term, and today when the caller gave one.
   */
  term?: {
    start: string | null;
    startText?: string;
    end: string | null;
    endText?: string;
    /** Runs until a party ends it. */
    open?: boolean;
    renewal?: 'automatic' | 'by-agreement';
    reviewEveryMonths?: number;
    /** The month reviews fall in, when the text names one ("reviewed each June": 6). */
    reviewMonth?: number;
    reviews: string[];
    /** The notice a party must give to end the agreement ("30 days' written notice"), as written. */
    notice?: { count: number; unit: 'days' | 'weeks' | 'months'; text: string };
    today?: string;
    /** Relative to today: current, expiring (within the setting's days), expired, not-started; unknown without an end or today. */
    status: 'current' | 'expiring' | 'expired' | 'not-started' | 'unknown';
  };
  /**
   * Dated duties, for the calendar (mou-check --format ics): the party, the clause, its line
   * (0-based), its day (yearly ones from their first day until the term's end), or why it has none.
   */
  deadlines?: Deadline[];
  diagnostics: Array<{ code: string; severity: string; message: string; range: Range; section?: string; data?: Record<string, unknown> }>;
  /** Set when the file could not be checked (unreadable, too large). */
  error?: string;
}

export function fileReport(path: string, a: Analysis): FileReport {
  const lines = a.model.lines;
  if (!a.isAgreement) return { path, isAgreement: false, agreementReason: a.agreementReason, diagnostics: [] };
  return {
    path,
    isAgreement: true,
    agreementReason: a.agreementReason,
    ...(a.language ? { language: a.language } : {}),
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
      evidence: s.evidence.map((e) => ({ range: lines.range(e.span), text: e.text, why: e.why })),
      ...(s.lookedFor ? { lookedFor: s.lookedFor } : {}),
    })),
    parties: a.parties.map((p) => ({ name: p.name, names: p.names, duty: p.duty, contact: p.contact, contribution: p.contribution, contacts: p.contacts })),
    ...(a.signing ? { signing: a.signing } : {}),
    recommended: a.recommended,
    ...(a.term ? { term: termReport(a.term, a.today, a.expiringWithinDays), deadlines: findDeadlines(a.model, a.term, a.parties) } : {}),
    diagnostics: reportDiagnostics(a),
  };
}

/** The findings of an analysis as the report lists them (the server's diagnostics start from these: lsp/diagnostic.ts). */
export function reportDiagnostics(a: Analysis): FileReport['diagnostics'] {
  const lines = a.model.lines;
  return a.findings.map((f) => ({
    code: f.rule,
    severity: f.severity,
    message: f.message,
    range: lines.range(f.span),
    ...(f.section ? { section: f.section } : {}),
    ...(f.data ? { data: f.data } : {}),
  }));
}
