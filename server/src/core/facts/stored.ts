/** The stored format of block facts: compact JSON written by the server, read back and checked. */
import type { Heading, Passage } from '../types';
import { heading, passage, placeholder, type BlockFacts } from './make';

/**
 * One block's facts as plain JSON (for the server's memory of what it parsed: startup/parsed-blocks.ts),
 * compact: arrays instead of objects. `derived` (what rules computed from the facts) is not kept.
 */
export interface StoredFacts {
  h: Array<[number, number, number, string, string]>;
  p: Array<[number, number, string, string, number]>;
  x: Array<[number, number, string]>;
  f?: [number, number, string, string];
  l: number[];
}

export function storeFacts(f: BlockFacts): StoredFacts {
  const s: StoredFacts = {
    h: f.headings.map((h) => [h.start, h.end, h.level, h.text, h.kind]),
    p: f.passages.map((p) => [p.start, p.end, p.text, p.kind, p.listDepth]),
    x: f.placeholders.map((p) => [p.start, p.end, p.text]),
    l: f.lineStarts,
  };
  if (f.frontMatter) s.f = [f.frontMatter.start, f.frontMatter.end, f.frontMatter.value, f.frontMatter.lang];
  return s;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
// (Records, so the compiler says when a kind is added to the types and not here.)
const HEADING_KINDS: Record<Heading['kind'], true> = { atx: true, setext: true, bold: true, runin: true, html: true, span: true, numbered: true };
const PASSAGE_KINDS: Record<Passage['kind'], true> = { paragraph: true, listItem: true, tableRow: true, html: true, code: true, heading: true };

/**
 * The facts `storeFacts` kept, rebuilt with make.ts's constructors (one object shape each), or
 * undefined when `value` is not such a record. Facts are pure data: a block's text and this
 * build determine them, so stored ones are what parsing the block again would give.
 */
export function restoreFacts(value: unknown): BlockFacts | undefined {
  const v = value as Partial<StoredFacts> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.h) || !Array.isArray(v.p) || !Array.isArray(v.x) || !Array.isArray(v.l)) return undefined;
  const facts: BlockFacts = { headings: [], passages: [], placeholders: [], lineStarts: [] };
  for (const h of v.h) {
    if (!Array.isArray(h) || !isInt(h[0]) || !isInt(h[1]) || !isInt(h[2]) || !isStr(h[3]) || !Object.hasOwn(HEADING_KINDS, h[4])) return undefined;
    facts.headings.push(heading(h[0], h[1], h[2], h[3], h[4] as Heading['kind']));
  }
  for (const p of v.p) {
    if (!Array.isArray(p) || !isInt(p[0]) || !isInt(p[1]) || !isStr(p[2]) || !Object.hasOwn(PASSAGE_KINDS, p[3]) || !isInt(p[4])) return undefined;
    facts.passages.push(passage(p[0], p[1], p[2], p[3] as Passage['kind'], p[4], true));
  }
  for (const x of v.x) {
    if (!Array.isArray(x) || !isInt(x[0]) || !isInt(x[1]) || !isStr(x[2])) return undefined;
    facts.placeholders.push(placeholder(x[0], x[1], x[2]));
  }
  if (v.f !== undefined) {
    const f = v.f;
    if (!Array.isArray(f) || !isInt(f[0]) || !isInt(f[1]) || !isStr(f[2]) || (f[3] !== 'yaml' && f[3] !== 'toml')) return undefined;
    facts.frontMatter = { start: f[0], end: f[1], value: f[2], lang: f[3] };
  }
  if (!v.l.every(isInt)) return undefined;
  facts.lineStarts = v.l;
  return facts;
}
