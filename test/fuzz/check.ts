/**
 * The invariants every analysis must satisfy, checked against an independent line splitter
 * (not the core's LineIndex), plus a timing helper and a printable form of failing inputs.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, fileReport, type Analysis, type AnalyzeOptions, type FileReport } from '../../server/src/core';
import { splitBlocks } from '../../server/src/core/blocks';
import type { Range } from '../../server/src/core/types';

/** Lines of a text split at \r\n, \r and \n, with the offset of each line's start. */
export function referenceLines(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0];
  const lengths: number[] = [];
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lengths.push(i - lineStart);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
      starts.push(lineStart);
    }
  }
  lengths.push(text.length - lineStart);
  return { starts, lengths };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function checkRange(text: string, lines: ReturnType<typeof referenceLines>, range: Range, what: string): void {
  const { start, end } = range;
  for (const [name, p] of [['start', start], ['end', end]] as const) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: ${name} is not integral: ${JSON.stringify(p)}`);
    assert.ok(p.line >= 0 && p.line < lines.lengths.length, `${what}: ${name}.line ${p.line} outside 0..${lines.lengths.length - 1}`);
    assert.ok(
      p.character >= 0 && p.character <= lines.lengths[p.line],
      `${what}: ${name}.character ${p.character} outside line ${p.line} (length ${lines.lengths[p.line]} UTF-16 units)`,
    );
    const off = lines.starts[p.line] + p.character;
    assert.ok(!(isHigh(text.charCodeAt(off - 1)) && isLow(text.charCodeAt(off))), `${what}: ${name} ${JSON.stringify(p)} splits a surrogate pair`);
    assert.ok(!(text[off - 1] === '\r' && text[off] === '\n'), `${what}: ${name} ${JSON.stringify(p)} splits a \\r\\n`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end: ${JSON.stringify(range)}`);
}

export function sliceRange(text: string, lines: ReturnType<typeof referenceLines>, r: Range): string {
  return text.slice(lines.starts[r.start.line] + r.start.character, lines.starts[r.end.line] + r.end.character);
}

const norm = (s: string) => s.replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ');

/** Every invariant of one analysis and its report. */
export function checkAnalysis(text: string, a: Analysis, report: FileReport): void {
  const lines = referenceLines(text);
  assert.equal(a.model.lines.lineCount, lines.lengths.length, 'LineIndex line count differs from the reference');

  // The blocks the model was built from cover the text exactly.
  assert.equal(a.model.blocks.map((b) => b.text).join(''), text, 'model blocks do not cover the text');

  if (!a.isAgreement) {
    assert.deepEqual(report.diagnostics, [], 'a non-agreement has diagnostics');
    assert.deepEqual(a.findings, [], 'a non-agreement has findings');
    assert.equal(report.score, undefined);
    return;
  }
  assert.ok(typeof report.score === 'number' && Number.isFinite(report.score) && report.score >= 0 && report.score <= 1, `score ${report.score} not in [0, 1]`);
  assert.ok(typeof a.score === 'number' && a.score >= 0 && a.score <= 1, `analysis score ${a.score} not in [0, 1]`);

  const ids = new Set<string>();
  for (const s of report.sections ?? []) {
    assert.ok(!ids.has(s.id), `section ${s.id} reported twice`);
    ids.add(s.id);
    assert.ok(['present', 'weak', 'missing', 'not-applicable'].includes(s.status), `section ${s.id} has status ${s.status}`);
    if (s.range) checkRange(text, lines, s.range, `section ${s.id}`);
  }
  for (const d of report.diagnostics) {
    const what = `${d.code} diagnostic ${JSON.stringify(d.message.slice(0, 60))}`;
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), `${what}: severity ${d.severity}`);
    checkRange(text, lines, d.range, what);
    if (d.code === 'placeholder') {
      // The range covers the blank it names (inline code values fold line breaks into spaces).
      const shown = String(d.data?.placeholder ?? '');
      const covered = sliceRange(text, lines, d.range);
      assert.ok(norm(covered).includes(norm(shown)), `${what}: range covers ${JSON.stringify(covered)}, not the placeholder ${JSON.stringify(shown)}`);
    }
  }
}

/** splitBlocks covers the text exactly: contiguous, in order, concatenation equals the input, lines right. */
export function checkBlocks(text: string, softLimit?: number): void {
  const blocks = splitBlocks(text, softLimit);
  assert.ok(blocks.length >= 1, 'no blocks');
  assert.equal(blocks.map((b) => b.text).join(''), text, `blocks do not cover the text (softLimit ${softLimit})`);
  let pos = 0;
  const lines = referenceLines(text);
  for (const b of blocks) {
    assert.equal(b.start, pos, 'blocks are not contiguous');
    assert.equal(b.end, b.start + b.text.length, 'block end does not match its text');
    assert.equal(b.text, text.slice(b.start, b.end));
    // Each non-first block starts at a line start, and `line` is that line.
    if (b.start > 0 || b.text.length > 0) assert.equal(lines.starts[b.line], b.start, `block at ${b.start} says it starts on line ${b.line}`);
    pos = b.end;
  }
  assert.equal(pos, text.length);
}

// ---------------------------------------------------------------------------------------------
// Timing

/**
 * How fast this machine analyses ordinary agreements right now, in ms per KB: the best of three
 * analyses of ~40 KB of the fixture agreements. Re-measured before a time bound is enforced, so
 * the bound follows the machine's load instead of assuming an idle one.
 */
export function calibrate(reference: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyze(reference);
    best = Math.min(best, performance.now() - t0);
  }
  calibration.msPerKB = Math.max(MIN_MS_PER_KB, best / (reference.length / 1024));
  return calibration.msPerKB;
}

/** Never assume the machine is faster than this (ms/KB). */
const MIN_MS_PER_KB = 0.25;
export const calibration = { msPerKB: 0.5 };

/**
 * Time allowed to analyse `chars` UTF-16 units: FIXED_MS plus SLOPE times what ordinary
 * agreements of that size plus ALLOWANCE_KB cost on this machine right now. Idle, ordinary
 * agreements cost about 0.5 ms/KB, which makes it about 70 ms + 2 ms/KB. Linear inputs stay
 * below it (dense markup such as 200-level nesting or thousands of list items costs up to about
 * 2.5 times ordinary text per KB); a quadratic step exceeds it once inputs reach tens of KB,
 * which the stress cases always do.
 */
export const FIXED_MS = 50;
// Generous on purpose: this catches blow-ups (a quadratic step on tens of KB costs 100× and more),
// not a busy machine; micromark's own super-linear inputs are measured in regressions.test.ts.
export const SLOPE = 25;
export const ALLOWANCE_KB = 10;
export const timeBound = (chars: number) => FIXED_MS + SLOPE * calibration.msPerKB * (chars / 1024 + ALLOWANCE_KB);

export interface Timed {
  analysis: Analysis;
  report: FileReport;
  ms: number;
}

export function timedAnalyze(text: string, options?: AnalyzeOptions): Timed {
  const t0 = performance.now();
  const analysis = analyze(text, options);
  const ms = performance.now() - t0;
  return { analysis, report: fileReport('fuzz.md', analysis), ms };
}

/**
 * Best time over `already` plus up to `retries` more runs, stopping as soon as one is within
 * the bound; the machine is re-calibrated first, so a burst of load elsewhere does not fail it.
 */
export function bestTime(text: string, already: number[], options: AnalyzeOptions | undefined, reference: string, retries = 2): number {
  let best = Math.min(...already);
  if (best <= timeBound(text.length)) return best;
  calibrate(reference);
  for (let i = 0; i < retries && best > timeBound(text.length); i++) best = Math.min(best, timedAnalyze(text, options).ms);
  return best;
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** A failing input, printable: JSON when short; else its ends and a file holding all of it. */
export function showInput(text: string): string {
  if (text.length <= 2000) return JSON.stringify(text);
  const file = path.join(os.tmpdir(), `mou-fuzz-input-${text.length}-${hash(text)}.txt`);
  try {
    writeFileSync(file, text, 'utf8');
  } catch {
    /* best effort */
  }
  return `${JSON.stringify(text.slice(0, 300))} … ${JSON.stringify(text.slice(-300))} (${text.length} UTF-16 units; whole input in ${file})`;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}

/** Rethrow an invariant failure with the input that caused it. */
export function withInput<T>(text: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const err = e as Error;
    const wrapped = new Error(`${err.message}\n    input: ${showInput(text)}`);
    wrapped.stack = `${wrapped.message}\n  caused by: ${err.stack ?? err}`;
    throw wrapped;
  }
}
