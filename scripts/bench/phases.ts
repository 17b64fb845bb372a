/**
 * Where the time goes: the real `analyze()` from a bundle in which every exported function of
 * server/src/core has a timer (instrument.ts), plus the server's diagnostics conversion
 * (server/src/lsp/diagnostic.ts). Measures a cold check (fresh cache, first run in a fresh process) and then
 * one-character edits typed in the middle of the document with a warm cache, like the server
 * sees them. Timings are inclusive (a function and everything it calls) and self.
 */
import { analyze, BlockCache, reportDiagnostics, RULES, LineIndex, type Analysis } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/diagnostic';
import { SUBSTANCE } from '../../server/src/core/substance';
import { installTiming, type Stat } from './timing';

const timing = installTiming();

// Rules and substance checks are object properties, not exported functions: wrap them here.
for (const rule of RULES) {
  const check = rule.check.bind(rule);
  rule.check = (ctx) => timing.time(`rule ${rule.id}`, () => check(ctx));
}
for (const [id, s] of Object.entries(SUBSTANCE)) {
  const { signal, judge } = s;
  s.signal = (t) => timing.time(`signal ${id}`, () => signal(t));
  s.judge = (input) => timing.time(`judge ${id}`, () => judge(input));
}

/** The server's conversion (lsp/session.ts check). */
const toDiagnostics = (a: Analysis) => reportDiagnostics(a).map(toDiagnostic);

function check(text: string, cache: BlockCache): Analysis {
  return timing.time('check (server: analyze + toDiagnostics + JSON)', () => {
    const a = analyze(text, { cache });
    const d = timing.time('toDiagnostics (lsp/diagnostic.ts)', () => toDiagnostics(a));
    timing.time('JSON of the diagnostic response', () => JSON.stringify({ jsonrpc: '2.0', id: 1, result: { kind: 'full', items: d } }));
    return a;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
}

export interface PhaseRow {
  name: string;
  calls: number;
  inclusive: number;
  self: number;
}

export interface PhaseReport {
  bytes: number;
  blocks: number;
  findings: number;
  /** Cold check, instrumented. */
  cold: PhaseRow[];
  /** Medians per edit, instrumented. */
  edit: PhaseRow[];
  /** Edit totals with the timers switched off (what the instrumentation does not distort). */
  editUninstrumented: number[];
  /** CPU time (user + system, all threads) of those edits: less sensitive to a busy machine. */
  editUninstrumentedCpu: number[];
  parsesPerEdit: number[];
  /** new LineIndex(text) on its own (a class, so not wrapped). */
  lineIndex: number;
  /** Full-sync transport, both ends: JSON.stringify + JSON.parse of a didChange carrying the whole text. */
  fullSyncJson: number;
}

function rows(stats: Map<string, Stat>): PhaseRow[] {
  return [...stats].map(([name, s]) => ({ name, calls: s.calls, inclusive: s.inclusive, self: s.self })).sort((a, b) => b.inclusive - a.inclusive);
}

export function phases(text: string, edits: number): PhaseReport {
  const cache = new BlockCache();
  timing.on = true;
  timing.reset();
  const first = check(text, cache);
  const cold = rows(timing.reset());

  let cursor = text.indexOf('\n- ', text.length >> 1);
  cursor = cursor < 0 ? text.length >> 1 : cursor + 3;
  let doc = text;
  const typed = 'abcdefghijklmnopqrstuvwxyz';
  const type = () => {
    doc = doc.slice(0, cursor) + typed[cursor % typed.length] + doc.slice(cursor);
    cursor++;
  };
  const perEdit: PhaseRow[][] = [];
  const parsesPerEdit: number[] = [];
  for (let i = 0; i < edits; i++) {
    type();
    const before = cache.parses;
    check(doc, cache);
    parsesPerEdit.push(cache.parses - before);
    perEdit.push(rows(timing.reset()));
  }
  timing.on = false;
  const editUninstrumented: number[] = [];
  const editUninstrumentedCpu: number[] = [];
  for (let i = 0; i < edits; i++) {
    type();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    check(doc, cache);
    editUninstrumented.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    editUninstrumentedCpu.push((c.user + c.system) / 1000);
  }

  const names = new Set(perEdit.flatMap((r) => r.map((x) => x.name)));
  const pick = (r: PhaseRow[], n: string) => r.find((x) => x.name === n);
  const edit = [...names]
    .map((name) => ({
      name,
      calls: median(perEdit.map((r) => pick(r, name)?.calls ?? 0)),
      inclusive: median(perEdit.map((r) => pick(r, name)?.inclusive ?? 0)),
      self: median(perEdit.map((r) => pick(r, name)?.self ?? 0)),
    }))
    .sort((a, b) => b.inclusive - a.inclusive);

  let t0 = performance.now();
  new LineIndex(doc);
  const lineIndex = performance.now() - t0;
  t0 = performance.now();
  const msg = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///a.md', version: 2 }, contentChanges: [{ text: doc }] } });
  JSON.parse(msg);
  const fullSyncJson = performance.now() - t0;

  return { bytes: Buffer.byteLength(text, 'utf8'), blocks: first.model.blocks.length, findings: first.findings.length, cold, edit, editUninstrumented, editUninstrumentedCpu, parsesPerEdit, lineIndex, fullSyncJson };
}
