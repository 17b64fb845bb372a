/**
 * Where the time goes: a copy of the analysis pipeline (server/src/core/analyze.ts and
 * model.ts's buildModel, as of this writing) and of the server's diagnostics conversion,
 * with a timer around every phase. Measures a cold check (fresh cache) and then one-character
 * edits (typing in the middle of the document, warm cache), like the server sees them.
 *
 * It is a COPY: when analyze.ts changes, update it (the bench prints "phase breakdown
 * unavailable" rather than failing when the copy no longer builds or runs).
 */
import { CORE_SECTIONS, RECOMMENDED_SECTIONS } from '../../server/src/core/definitions/sections';
import { detectAgreement } from '../../server/src/core/detect';
import { indexHeadings, locate, type Located } from '../../server/src/core/locate';
import { BlockCache, type DocumentModel } from '../../server/src/core/model';
import { splitBlocks } from '../../server/src/core/blocks';
import { parseMarkdown } from '../../server/src/core/parse';
import { findParties } from '../../server/src/core/parties';
import { assessParties } from '../../server/src/core/reciprocity';
import { RULES, type SectionResult } from '../../server/src/core/rules';
import { buildSectionTree } from '../../server/src/core/sections';
import { SUBSTANCE } from '../../server/src/core/substance';
import { LineIndex } from '../../server/src/core/text';
import { ruleDocUrl } from '../../server/src/core/docs';
import type { Finding, Heading, Passage, Placeholder } from '../../server/src/core/types';

type Times = Record<string, number>;

function timer(times: Times) {
  return <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const r = fn();
    times[name] = (times[name] ?? 0) + performance.now() - t0;
    return r;
  };
}

/** analyze() + the server's toDiagnostics(), phase by phase. */
function instrumented(text: string, cache: BlockCache, times: Times): { findings: Finding[]; parses: number } {
  const t = timer(times);
  const parsesBefore = cache.parses;
  // buildModel
  const blocks = t('splitBlocks', () => splitBlocks(text));
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  const placeholders: Placeholder[] = [];
  let frontMatter: DocumentModel['frontMatter'];
  t('blocks → facts (cache lookups + parse of new blocks)', () => {
    for (const block of blocks) {
      const f = cache.get(block.text);
      const o = block.start;
      for (const h of f.headings) headings.push({ ...h, start: h.start + o, end: h.end + o });
      for (const p of f.passages) passages.push({ ...p, start: p.start + o, end: p.end + o });
      for (const p of f.placeholders) placeholders.push({ ...p, start: p.start + o, end: p.end + o });
      if (f.frontMatter && o === 0) frontMatter = f.frontMatter;
    }
  });
  t('sort headings/passages', () => {
    headings.sort((a, b) => a.start - b.start);
    passages.sort((a, b) => a.start - b.start);
  });
  const lines = t('LineIndex', () => new LineIndex(text));
  const model: DocumentModel = { text, lines, blocks, headings, passages, placeholders, frontMatter };
  t('cache.sweep', () => cache.sweep());
  // analyze
  const tree = t('buildSectionTree', () => buildSectionTree(model));
  const index = t('indexHeadings', () => indexHeadings(tree));
  const required = new Set(CORE_SECTIONS.map((s) => s.id));
  const located = new Map<string, Located | undefined>();
  for (const def of CORE_SECTIONS) {
    const s = SUBSTANCE[def.id];
    located.set(def.id, t(`locate ${def.id}`, () => locate(model, index, def.id, s.signal, s.territory, s.skipUnder)));
  }
  const coreLocated = [...located.values()].filter(Boolean).length;
  const agreement = t('detectAgreement', () => detectAgreement(model, coreLocated));
  if (!agreement.isAgreement) return { findings: [], parses: cache.parses - parsesBefore };
  const sections: SectionResult[] = CORE_SECTIONS.map((def) => {
    const loc = located.get(def.id);
    const base = { id: def.id, title: def.title, required: required.has(def.id) };
    const missing = { ...base, status: 'missing' as const, reason: '' };
    if (!loc) return missing;
    const judgement = t(`judge ${def.id}`, () => SUBSTANCE[def.id].judge({ located: loc, model }));
    if (judgement.status === 'missing') {
      located.set(def.id, undefined);
      return missing;
    }
    const first = loc.nodes[0]?.heading ?? loc.passages[0];
    const span = first ? { start: first.start, end: Math.min(first.end, model.lines.lineEnd(model.lines.position(first.start).line)) } : undefined;
    return { ...base, status: judgement.status, reason: judgement.reason, span, foundAs: loc.nodes[0]?.heading.text, by: loc.by };
  });
  const recommended = t('recommended sections', () =>
    RECOMMENDED_SECTIONS.map((def) => {
      const re = new RegExp(def.signal, 'i');
      const found = (index.title.get(def.id)?.length ?? 0) > 0 || model.passages.some((p) => re.test(p.text));
      return { id: def.id, title: def.title, found };
    }),
  );
  const parties = t('findParties + assessParties', () => assessParties(model, findParties(model, index, agreement.frontMatter), located));
  const ctx = { model, agreement, sections, recommended, parties, located };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    t(`rule ${rule.id}`, () => {
      for (const f of rule.check(ctx)) findings.push({ rule: rule.id, severity: rule.defaultSeverity, ...f });
    });
  }
  t('sort findings', () => findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule)));
  // server.ts toDiagnostics (copy)
  const diagnostics = t('toDiagnostics', () =>
    findings.map((f) => ({
      range: lines.range(f.span),
      severity: f.severity === 'error' ? 1 : f.severity === 'warning' ? 2 : f.severity === 'information' ? 3 : 4,
      source: 'mou',
      code: f.rule,
      codeDescription: { href: ruleDocUrl(f.rule) },
      message: f.message,
      data: { rule: f.rule, ...(f.section ? { section: f.section } : {}), ...(f.data ?? {}) },
    })),
  );
  t('JSON of the diagnostic response', () => JSON.stringify({ jsonrpc: '2.0', id: 1, result: { kind: 'full', items: diagnostics } }));
  return { findings, parses: cache.parses - parsesBefore };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

export interface PhaseReport {
  bytes: number;
  blocks: number;
  findings: number;
  /** Cold: one run with a fresh cache. */
  cold: Times;
  /** Of the cold blocks → facts time: remark parsing alone (same blocks parsed again). */
  coldParseOnly: number;
  /** Median per phase over the edits. */
  edit: Times;
  editTotals: number[];
  parsesPerEdit: number[];
  /** Full-sync transport, both ends: JSON.stringify + JSON.parse of a didChange carrying the whole text. */
  fullSyncJson: number;
}

export function phases(text: string, edits: number): PhaseReport {
  const cache = new BlockCache();
  const cold: Times = {};
  const first = instrumented(text, cache, cold);
  const blocks = splitBlocks(text);
  const p0 = performance.now();
  for (const b of blocks) parseMarkdown(b.text);
  const coldParseOnly = performance.now() - p0;

  // Type in the middle of the document, one character at a time.
  let cursor = text.indexOf('\n- ', text.length >> 1);
  cursor = cursor < 0 ? text.length >> 1 : cursor + 3;
  let doc = text;
  const per: Times[] = [];
  const parsesPerEdit: number[] = [];
  const typed = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < edits; i++) {
    doc = doc.slice(0, cursor) + typed[i % typed.length] + doc.slice(cursor);
    cursor++;
    const times: Times = {};
    const r = instrumented(doc, cache, times);
    per.push(times);
    parsesPerEdit.push(r.parses);
  }
  const edit: Times = {};
  for (const k of Object.keys(per[0] ?? {})) edit[k] = median(per.map((x) => x[k] ?? 0));
  const editTotals = per.map((x) => Object.values(x).reduce((a, b) => a + b, 0));

  const j0 = performance.now();
  const msg = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///a.md', version: 2 }, contentChanges: [{ text: doc }] } });
  JSON.parse(msg);
  const fullSyncJson = performance.now() - j0;

  return { bytes: Buffer.byteLength(text, 'utf8'), blocks: blocks.length, findings: first.findings.length, cold, coldParseOnly, edit, editTotals, parsesPerEdit, fullSyncJson };
}
