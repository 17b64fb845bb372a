/**
 * The analysis pipeline: text → blocks → mdast → facts → sections → findings.
 * Pure: no I/O, no editor types. The server, the CLI and the preview all call `analyze`.
 */
import { CORE_SECTIONS, RECOMMENDED_SECTIONS, type SectionDefinition } from './definitions/sections';
import { playbook, PLAYBOOKS } from './definitions/playbooks';
import type { CustomSection, MouConfig } from './config';
import { findPlaceholders } from './placeholders';
import { detectAgreement } from './detect';
import { dutyTableRows, indexHeadings, locate, type Located } from './locate';
import { somePassage } from './block-scan';
import { BlockCache, buildModel, type DocumentModel } from './model';
import { findParties } from './parties';
import { assessParties, type PartyStanding } from './reciprocity';
import { RULES, type SectionResult } from './rules';
import { notEnglish } from './rules/not-english';
import { FOREIGN_AGREEMENT_TITLE, foreignLanguage } from './language';
import { buildSectionTree } from './sections';
import { escapeRegExp } from './text';
import { SUBSTANCE } from './substance';
import { documentDuties } from './substance/duties';
import { partyHeadingLists } from './substance/structured-duties';
import type { Finding, Severity } from './types';
import { findTerm, type Term } from './dates/term';
import { readSigning, type Signing } from './signing';

export type SeveritySetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Cache of parsed blocks to reuse between analyses of the same document. */
  cache?: BlockCache;
  /** The playbook to check against (default `mou`); front matter `agreement.type` overrides it. */
  playbook?: string;
  /** Section ids that are required (default: the playbook's). */
  required?: string[];
  /** Severity per rule id, overriding the rule's default. */
  severity?: Record<string, SeveritySetting>;
  /** Sections that are recommended (default: the playbook's). */
  recommended?: string[];
  /** Sections not expected, with the reason shown (added to the playbook's). */
  notApplicable?: Record<string, string>;
  /** An organisation's own sections. */
  customSections?: CustomSection[];
  /** Extra placeholder patterns (regular expression sources). */
  placeholders?: string[];
  /**
   * A person's call on whether this file is an agreement (the editor's "Check this file as an
   * agreement"): it overrules the detector and the front matter, and nothing is written to the file.
   */
  agreement?: boolean;
  /**
   * Today as YYYY-MM-DD, for `agreement-expired` / `agreement-expiring`: the caller's clock (the
   * editor's local day, the CLI's --today), never read by the core. Without it expiry is not judged.
   */
  today?: string;
  /** An agreement ending within this many days of today is expiring (default 60). */
  expiringWithinDays?: number;
}

/** Settings from a resolved .mou.json. */
export function optionsFromConfig(config: MouConfig | undefined, base: AnalyzeOptions = {}): AnalyzeOptions {
  if (!config) return base;
  const builtIn = config.extends && PLAYBOOKS.some((p) => p.id === config.extends) ? config.extends : undefined;
  return {
    ...base,
    ...(builtIn ? { playbook: builtIn } : {}),
    ...(config.required ? { required: config.required } : {}),
    ...(config.recommended ? { recommended: config.recommended } : {}),
    ...(config.notApplicable ? { notApplicable: config.notApplicable } : {}),
    ...(config.sections ? { customSections: config.sections } : {}),
    ...(config.placeholders ? { placeholders: config.placeholders } : {}),
    ...(config.severity || base.severity ? { severity: { ...base.severity, ...config.severity } } : {}),
  };
}

function customDefinition(c: CustomSection): SectionDefinition & { signal: string } {
  return {
    id: c.id,
    title: c.title,
    heading: c.title,
    core: false,
    purpose: c.purpose ?? c.title.toLowerCase(),
    why: '',
    strongWhen: '',
    titles: [c.title.toLowerCase(), ...(c.synonyms ?? []).map((x) => x.toLowerCase())],
    signal: (c.hints ?? []).length ? `\\b(?:${(c.hints ?? []).map(escapeRegExp).join('|')})\\b` : '(?!)',
  };
}

export interface Analysis {
  model: DocumentModel;
  isAgreement: boolean;
  agreementReason: string;
  /** Completeness in [0, 1]: present counts 1, weak ½, missing 0, over required sections. */
  score: number;
  sections: SectionResult[];
  /** Recommended sections: found (by heading or text) or not. */
  recommended: Array<{ id: string; title: string; found: boolean }>;
  parties: PartyStanding[];
  findings: Finding[];
  /** The playbook the agreement was checked against. */
  playbook: string;
  /** Set when the agreement is clearly not in English: its sections were not judged. */
  language?: string;
  /** The agreement's term (start, end, renewal, review), for agreements that were judged. */
  term?: Term;
  /** Signed, unsigned (a draft) or unknown, from the signature block or the front matter (signing.ts). */
  signing?: Signing;
  /** The today the analysis was given, if any. */
  today?: string;
  expiringWithinDays?: number;
}

/** Front matter `language: en` (or English): the author says it is English, whatever a detector guesses. */
function declaredLanguage(fm: Record<string, unknown> | undefined): boolean {
  const l = fm?.language ?? fm?.lang;
  return typeof l === 'string' && /^(?:en|eng|english)(?:[-_]\w+)?$/i.test(l.trim());
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = buildModel(text, options.cache);
  options.cache?.sweep();
  const tree = buildSectionTree(model);
  const custom = (options.customSections ?? []).map(customDefinition);
  const extraDefs = [...RECOMMENDED_SECTIONS, ...custom];
  const index = indexHeadings(tree, [...CORE_SECTIONS, ...extraDefs], model);

  const located = new Map<string, Located | undefined>();
  for (const def of CORE_SECTIONS) {
    const s = SUBSTANCE[def.id];
    located.set(def.id, locate(model, index, def.id, s.signal, s.territory, s.skipUnder, s.keepUnder) ?? s.standIn?.(model));
  }
  const agreement = detectAgreement(
    model,
    // (A "Commitments" heading counts as a section of an agreement, whether it heads duties or contributions.)
    { titledSections: new Set([...index.title.keys(), ...(index.territory.has('resource-commitments') ? ['resource-commitments'] : [])]).size, duties: dutiesForCall(model) },
    options.agreement,
  );

  // Not in English: one finding that says so, not a judgement the English checks would get wrong.
  const language = declaredLanguage(agreement.frontMatter) ? undefined : foreignLanguage(model);
  if (language && options.agreement !== false && (agreement.isAgreement || FOREIGN_AGREEMENT_TITLE.test(agreement.title.text))) {
    const pb = playbook(options.playbook);
    const ctx = { model, agreement, sections: [], recommended: [], parties: [], located, definitions: [], placeholders: [], language: language.name };
    const severity = options.severity?.[notEnglish.id] ?? notEnglish.defaultSeverity;
    const findings = severity === 'off' ? [] : notEnglish.check(ctx).map((f) => ({ ...f, rule: notEnglish.id, severity }));
    const agreementReason = `it seems to be written in ${language.name}, and MOU Author judges agreements written in English`;
    return { model, isAgreement: true, agreementReason, score: 0, sections: [], recommended: [], parties: [], findings, playbook: pb.id, language: language.name };
  }

  if (!agreement.isAgreement) {
    return { model, isAgreement: false, agreementReason: agreement.reason, score: 0, sections: [], recommended: [], parties: [], findings: [], playbook: playbook(options.playbook).id };
  }

  const declared = declaredAgreement(agreement.frontMatter);
  const pb = playbook(declared.type ?? options.playbook);
  const required = new Set(options.required ?? pb.required);
  const notApplicable: Record<string, string> = { ...pb.notExpected, ...options.notApplicable, ...declared.notApplicable };

  const foundParties = findParties(model, index, agreement.frontMatter);
  // (No roles found, but each party's name over its own list, "**Tinker Loft:**" and "**Hollis:**": those are the roles.)
  if (!located.get('roles')) located.set('roles', partyHeadingLists(model, foundParties));
  const sections: SectionResult[] = CORE_SECTIONS.map((def) => {
    const loc = located.get(def.id);
    const base = { id: def.id, title: def.title, required: required.has(def.id) && !(def.id in notApplicable), evidence: [] };
    const missing = {
      ...base,
      status: 'missing' as const,
      reason: `no ${def.title.toLowerCase()} section or text was found`,
      lookedFor: SUBSTANCE[def.id].lookedFor,
    };
    if (def.id in notApplicable && (!loc || declared.notApplicable[def.id] !== undefined)) {
      const why = notApplicable[def.id];
      return { ...base, status: 'not-applicable' as const, reason: why ? `not applicable: ${why}` : 'declared not applicable, without a reason' };
    }
    if (!loc) return missing;
    const judgement = SUBSTANCE[def.id].judge({ located: loc, model, parties: foundParties });
    if (judgement.status === 'missing') {
      located.set(def.id, undefined);
      return { ...missing, reason: judgement.reason, evidence: judgement.evidence ?? [] };
    }
    const first = loc.nodes[0]?.heading ?? loc.passages[0];
    return {
      ...base,
      status: judgement.status,
      reason: judgement.reason,
      span: first ? { start: first.start, end: firstLineEnd(model, first) } : undefined,
      foundAs: loc.nodes[0]?.heading.text,
      by: loc.by,
      ...(loc.standIn ? { standIn: loc.standIn } : {}),
      evidence: judgement.evidence ?? [],
      ...(judgement.status === 'weak' ? { lookedFor: judgement.lookedFor ?? SUBSTANCE[def.id].lookedFor } : {}),
    };
  });

  const foundRecommended = (id: string) => {
    const def = extraDefs.find((d) => d.id === id)!;
    return (index.title.get(def.id)?.length ?? 0) > 0 || somePassage(model, signalPattern(def.signal));
  };
  // Required sections beyond the core five (a playbook's `liability`, `communication`…): there or not.
  for (const id of required) {
    const def = extraDefs.find((d) => d.id === id);
    if (!def || id in notApplicable) continue;
    const found = foundRecommended(id);
    const titled = index.title.get(id)?.[0];
    sections.push({
      id,
      title: def.title,
      required: true,
      evidence: [],
      status: found ? 'present' : 'missing',
      reason: found ? 'is there' : `no ${def.title.toLowerCase()} section or text was found`,
      ...(titled ? { span: { start: titled.heading.start, end: firstLineEnd(model, titled.heading) }, foundAs: titled.heading.text, by: 'title' as const } : {}),
    });
  }
  const recommendedIds = options.recommended ?? [...pb.recommended, ...custom.map((c) => c.id).filter((id) => !required.has(id))];
  const recommended = extraDefs.filter((def) => recommendedIds.includes(def.id) && !required.has(def.id) && !(def.id in notApplicable)).map((def) => ({
    id: def.id,
    title: def.title,
    found: foundRecommended(def.id),
  }));

  const parties = assessParties(model, foundParties, located);

  const definitions: SectionDefinition[] = [...CORE_SECTIONS, ...extraDefs];
  const ctx = { model, agreement, sections, recommended, parties, located, definitions, placeholders: options.placeholders ?? [], today: options.today, expiringWithinDays: options.expiringWithinDays };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const configured = options.severity?.[rule.id] !== undefined;
    for (const f of rule.check(ctx)) findings.push({ ...f, rule: rule.id, severity: configured ? severity : f.severity ?? severity });
  }
  // (Rule ids are ASCII: plain comparison, not localeCompare, whose collator costs ~10 ms to set up.)
  findings.sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const term = findTerm(model, agreement.frontMatter);
  const signing = readSigning(model, index, agreement.frontMatter);
  return { model, isAgreement: true, agreementReason: agreement.reason, score: completeness(sections), sections, recommended, parties, findings, playbook: pb.id, term, signing, ...(options.today ? { today: options.today } : {}), ...(options.expiringWithinDays !== undefined ? { expiringWithinDays: options.expiringWithinDays } : {}) };
}

const patterns = new Map<string, RegExp>();

/** A section's text signal as a case-insensitive pattern (one object per source). */
function signalPattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    if (patterns.size > 1000) patterns.clear();
    patterns.set(source, (re = new RegExp(source, 'i')));
  }
  return re;
}

/** Front matter `agreement: { type, not-applicable: { section: reason } }`. */
export function declaredAgreement(fm: Record<string, unknown> | undefined): { type?: string; notApplicable: Record<string, string> } {
  const ag = fm?.agreement;
  if (!ag || typeof ag !== 'object' || Array.isArray(ag)) return { notApplicable: {} };
  const a = ag as Record<string, unknown>;
  const na = a['not-applicable'] ?? a.notApplicable;
  const notApplicable: Record<string, string> = {};
  if (na && typeof na === 'object' && !Array.isArray(na)) {
    // A reason that is still a template blank ("[why this section does not apply]") is no reason.
    for (const [k, v] of Object.entries(na)) notApplicable[k] = typeof v === 'string' && findPlaceholders(v).length === 0 ? v.trim() : '';
  }
  return { type: typeof a.type === 'string' ? a.type : undefined, notApplicable };
}

/** Findings on a section are marked on its first line only. */
function firstLineEnd(model: DocumentModel, s: { start: number; end: number }): number {
  const line = model.lines.position(s.start).line;
  return Math.min(s.end, model.lines.lineEnd(line));
}

export function completeness(sections: SectionResult[]): number {
  const counted = sections.filter((s) => s.required && s.status !== 'not-applicable');
  if (counted.length === 0) return 1;
  const sum = counted.reduce((acc, s) => acc + (s.status === 'present' ? 1 : s.status === 'weak' ? 0.5 : 0), 0);
  return Math.round((sum / counted.length) * 1000) / 1000;
}

export { BlockCache };

/** Duties for the agreement call: sentences, and rows of a table of duties (read only while they can still change it: under eight). */
function dutiesForCall(model: DocumentModel): number {
  const sentences = documentDuties(model, true).count;
  return sentences >= 8 ? sentences : sentences + dutyTableRows(model);
}
