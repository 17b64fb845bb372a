/**
 * The shape of a completeness view (view.ts computes it) and the words every view shows for it:
 * status labels and marks, the evidence lines, the hints for overruling a call.
 */
import type { Position } from '../types';

export type ItemStatus = 'present' | 'weak' | 'missing' | 'not-applicable';

/** Where an item leads in the document, and whether a quick fix should be offered there. */
export interface Target extends Position {
  fix: boolean;
  /**
   * For a missing section shown at its insertion point: where its finding is (the title line),
   * in case the quick fix is only offered on the finding.
   */
  fixAt?: Position;
}

export interface ChecklistItem {
  /** Stable within one report; what the webview sends back when the item is chosen. */
  key: string;
  id: string;
  title: string;
  kind: 'core' | 'recommended';
  required: boolean;
  status: ItemStatus;
  /** One line in plain words. */
  reason: string;
  /** The heading as the agreement writes it, when it differs from the title. */
  foundAs?: string;
  target?: Target;
  /** The passages the status rests on (often none yet: then nothing is shown). */
  evidence: EvidenceLine[];
  /** For weak or missing: what was looked for and not found, in plain words. */
  lookedFor?: string;
}

/** One passage a section's status rests on: "line 24 — a duty of Forje: “Forje will design…”". */
export interface EvidenceLine {
  key: string;
  /** 1-based. */
  line: number;
  text: string;
  why: string;
  target: Target;
}

/** What introduces a section's evidence, by its status. */
export const EVIDENCE_LABEL: Record<ItemStatus, string> = {
  present: 'Present because',
  weak: 'Found so far',
  missing: 'Found so far',
  'not-applicable': 'Found',
};

/** "line 24 — a duty of Forje: “Forje will design modules…”" (plain text; escape it for HTML or markdown). */
export function evidenceText(e: Pick<EvidenceLine, 'line' | 'text' | 'why'>): string {
  const text = e.text.trim();
  const why = e.why.trim();
  return `line ${e.line}${why ? ` — ${why}` : ''}${text ? `${why ? ':' : ' —'} “${text}”` : ''}`;
}

/** How a person tells the checker a file guessed to be in another language is in English. */
export const LANGUAGE_HINT = 'If it is in English after all, put “language: en” in its front matter.';

/** How a person can overrule the call on a file that is not checked. */
export const OVERRULE_HINT = 'To check it anyway, put “agreement: true” in its front matter.';

export type Aspect = 'duty' | 'contact' | 'contribution';
export const ASPECTS: ReadonlyArray<{ aspect: Aspect; label: string; ok: string; gap: string }> = [
  { aspect: 'duty', label: 'Duties', ok: 'Has duties', gap: 'No duties' },
  { aspect: 'contact', label: 'Contact', ok: 'Named', gap: 'No contact' },
  { aspect: 'contribution', label: 'Contribution', ok: 'Stated', gap: 'None stated' },
];

export interface PartyCell {
  key: string;
  aspect: Aspect;
  ok: boolean;
  target?: Target;
}

export interface PartyRow {
  name: string;
  cells: PartyCell[];
}

export interface Blank {
  key: string;
  text: string;
  line: number;
  target: Target;
}

export interface CompletenessView {
  /** As given in the report (a workspace-relative path or a file name is best). */
  path: string;
  fileName: string;
isAgreement: boolean;
  /** Set when the file is an agreement in another language (shown as not judged). */
  language?: string;
  /** Why the checker called it an agreement or not, as one sentence ("" when the report does not say). */
  agreementReason: string;
  error?: string;
  /** 0–100, rounded. */
  percent: number;
  /** Required core sections that are present (weak ones do not count). */
  complete: number;
  /** Required core sections that count (not-applicable ones do not). */
  required: number;
  missing: ChecklistItem[];
  weak: ChecklistItem[];
  core: ChecklistItem[];
  recommended: ChecklistItem[];
  parties: PartyRow[];
  blanks: Blank[];
  errors: number;
  warnings: number;
  /** True when every required section is present, nothing is an error and no blank is left. */
  ready: boolean;
  /** ready; partial (only weak sections, blanks or party gaps left); blocked (a section missing or an error). */
  state: 'ready' | 'partial' | 'blocked';
  /** What is left to do, in short phrases: "1 section missing", "3 blanks to fill in". */
  gaps: string[];
  /** One sentence: how far the agreement is from being ready to sign. */
  verdict: string;
}

export const STATUS_LABEL: Record<ItemStatus, string> = { present: 'Present', weak: 'Weak', missing: 'Missing', 'not-applicable': 'Not applicable' };
/** A mark that carries the status without colour. */
export const STATUS_MARK: Record<ItemStatus, string> = { present: '✓', weak: '!', missing: '✗', 'not-applicable': '–' };
