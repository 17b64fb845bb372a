/**
 * The analysis pipeline: text → blocks → mdast → facts → sections → findings.
 * Pure: no I/O, no editor types. The server, the CLI and the preview all call `analyze`.
 */
import { CORE_SECTIONS, RECOMMENDED_SECTIONS } from './definitions/sections';
import { detectAgreement } from './detect';
import { indexHeadings, locate, type Located } from './locate';
import { BlockCache, buildModel, type DocumentModel } from './model';
import { findParties } from './parties';
import { assessParties, type PartyStanding } from './reciprocity';
import { RULES, type SectionResult } from './rules';
import { buildSectionTree } from './sections';
import { SUBSTANCE } from './substance';
import type { Finding, Severity } from './types';

export type SeveritySetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Cache of parsed blocks to reuse between analyses of the same document. */
  cache?: BlockCache;
  /** Section ids that are required (default: the five core sections). */
  required?: string[];
  /** Severity per rule id, overriding the rule's default. */
  severity?: Record<string, SeveritySetting>;
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
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = buildModel(text, options.cache);
  options.cache?.sweep();
  const tree = buildSectionTree(model);
  const index = indexHeadings(tree);
  const required = new Set(options.required ?? CORE_SECTIONS.map((s) => s.id));

  const located = new Map<string, Located | undefined>();
  for (const def of CORE_SECTIONS) {
    const s = SUBSTANCE[def.id];
    located.set(def.id, locate(model, index, def.id, s.signal, s.territory, s.skipUnder));
  }
  const coreLocated = [...located.values()].filter(Boolean).length;
  const agreement = detectAgreement(model, coreLocated);

  if (!agreement.isAgreement) {
    return { model, isAgreement: false, agreementReason: agreement.reason, score: 0, sections: [], recommended: [], parties: [], findings: [] };
  }

  const sections: SectionResult[] = CORE_SECTIONS.map((def) => {
    const loc = located.get(def.id);
    const base = { id: def.id, title: def.title, required: required.has(def.id) };
    const missing = { ...base, status: 'missing' as const, reason: `no ${def.title.toLowerCase()} section or text was found` };
    if (!loc) return missing;
    const judgement = SUBSTANCE[def.id].judge({ located: loc, model });
    if (judgement.status === 'missing') {
      located.set(def.id, undefined);
      return { ...missing, reason: judgement.reason };
    }
    const first = loc.nodes[0]?.heading ?? loc.passages[0];
    return {
      ...base,
      status: judgement.status,
      reason: judgement.reason,
      span: first ? { start: first.start, end: firstLineEnd(model, first) } : undefined,
      foundAs: loc.nodes[0]?.heading.text,
      by: loc.by,
    };
  });

  const recommended = RECOMMENDED_SECTIONS.map((def) => {
    const re = new RegExp(def.signal, 'i');
    const found = (index.title.get(def.id)?.length ?? 0) > 0 || model.passages.some((p) => re.test(p.text));
    return { id: def.id, title: def.title, found };
  });

  const parties = assessParties(model, findParties(model, index, agreement.frontMatter), located);

  const ctx = { model, agreement, sections, recommended, parties, located };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) findings.push({ rule: rule.id, severity, ...f });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { model, isAgreement: true, agreementReason: agreement.reason, score: completeness(sections), sections, recommended, parties, findings };
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
