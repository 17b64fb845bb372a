/** What a rule is: data (id, description, severity, docs, examples) plus one check. */
import type { AgreementSignals } from '../detect';
import type { Located, LocatedBy } from '../locate';
import type { PartyStanding } from '../reciprocity';
import type { SectionDefinition } from '../definitions/sections';
import type { DocumentModel } from '../model';
import type { Evidence, SectionStatus, Severity, Span } from '../types';

export interface SectionResult {
  id: string;
  title: string;
  required: boolean;
  status: SectionStatus;
  /** One line in plain words: why this status. */
  reason: string;
  /** Where it was found: its heading, or the first passage that carries it. */
  span?: Span;
  /** The heading text as the document writes it. */
  foundAs?: string;
  by?: LocatedBy;
  /** Set when the section itself is not there and other text stands in for it (signatories for contacts). */
  standIn?: Located['standIn'];
  /** The passages the status rests on (at most a few), in document order. */
  evidence: Evidence[];
  /** For weak or missing: what the checker looked for and did not find, in plain words. */
  lookedFor?: string;
}

export interface RuleContext {
  model: DocumentModel;
  agreement: AgreementSignals;
  sections: SectionResult[];
  recommended: Array<{ id: string; title: string; found: boolean }>;
  parties: PartyStanding[];
  /** Where each core section was found (undefined when missing). */
  located: Map<string, Located | undefined>;
  /** Every section definition in force: core, recommended and the organisation's own. */
  definitions: SectionDefinition[];
  /** Extra placeholder patterns from the configuration. */
  placeholders: string[];
  /** The language's name when the agreement is clearly not in English (then nothing else is judged). */
  language?: string;
  /** Today (YYYY-MM-DD) as the caller gives it (the core never reads the clock): expiry rules need it. */
  today?: string;
  /** How many days before its end an agreement counts as expiring (default 60). */
  expiringWithinDays?: number;
}

export interface RuleFinding {
  message: string;
  /** This finding's weight when the configuration leaves the rule at its default (e.g. safety with nobody at risk). */
  severity?: Severity;
  span: Span;
  section?: string;
  data?: Record<string, unknown>;
}

export interface RuleExample {
  /** A short markdown agreement. */
  text: string;
  /** Findings it must produce (subset match); empty for a valid example. */
  findings: Array<{ section?: string; line?: number }>;
  /** Today, for rules that depend on it (YYYY-MM-DD). */
  today?: string;
}

export interface Rule {
  id: string;
  /** One line for lists and docs. */
  description: string;
  defaultSeverity: Severity;
  /** Path of the rule's doc page, relative to the repository root. */
  docs: string;
  /** Examples that must pass (valid) and must trigger the rule (invalid). Run as tests. */
  examples: { valid: Array<string | { text: string; today?: string }>; invalid: RuleExample[] };
  check(ctx: RuleContext): RuleFinding[];
}
