/**
 * Block facts: what the analysis needs from one block's mdast, with offsets
 * relative to the block. Extracted once per distinct block text and cached,
 * so an edit re-parses only the blocks it touched.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { Heading, Passage, Placeholder } from './types';
import { tooCostly } from './block-guard';
import { parseMarkdown } from './parse';
import { findPlaceholders, findCodePlaceholder } from './placeholders';
import { htmlToText } from './html';
import { lineStarts } from './text';

export interface FrontMatterFact {
  start: number;
  end: number;
  /** The raw YAML/TOML between the fences. */
  value: string;
  lang: 'yaml' | 'toml';
}

export interface BlockFacts {
  headings: Heading[];
  passages: Passage[];
  placeholders: Placeholder[];
  frontMatter?: FrontMatterFact;
  /** Offsets (in the block) where its second and later lines start; not its end. */
  lineStarts: number[];
  /** What the analysis derived from this block (`blockMemo`), kept with the cached facts. */
  derived?: Map<unknown, unknown>;
}

// Facts are built by these three constructors only: one object shape each, which keeps every
// later read of them fast (objects built by spreading are much slower to read and copy in V8).
// Texts keep \n line breaks only: a CRLF or lone-CR file reads exactly like an LF one (offsets
// are the document's own; only the extracted text is normalised).
export function passage(start: number, end: number, text: string, kind: Passage['kind'], listDepth: number): Passage {
  return { start, end, text: lf(text), kind, listDepth };
}

export function heading(start: number, end: number, level: number, text: string, kind: Heading['kind']): Heading {
  return { start, end, level, text: lf(text), kind };
}

export function placeholder(start: number, end: number, text: string): Placeholder {
  return { start, end, text: lf(text) };
}

/** The same fact `by` characters later (text already normalised: no second pass over it). */
export function movedPassage(p: Passage, by: number): Passage {
  return { start: p.start + by, end: p.end + by, text: p.text, kind: p.kind, listDepth: p.listDepth };
}

export function movedHeading(h: Heading, by: number): Heading {
  return { start: h.start + by, end: h.end + by, level: h.level, text: h.text, kind: h.kind };
}

export function movedPlaceholder(x: Placeholder, by: number): Placeholder {
  return { start: x.start + by, end: x.end + by, text: x.text };
}

function lf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function extractFacts(text: string): BlockFacts {
  const facts = readBlock(text);
  const starts = lineStarts(text, false);
  if (starts[starts.length - 1] === text.length) starts.pop();
  facts.lineStarts = starts;
  return facts;
}

function readBlock(text: string): BlockFacts {
  // micromark drops a leading byte-order mark: parse without it and shift the offsets back.
  if (text.charCodeAt(0) === 0xfeff) return shift(readBlock(text.slice(1)), 1);
  const facts: BlockFacts = { headings: [], passages: [], placeholders: [], lineStarts: [] };
  let tree: Root;
  try {
    // A block remark would take seconds or minutes on (block-guard.ts) is read as plain text below.
    if (tooCostly(text)) throw new Error('not parsed');
    tree = parseMarkdown(text);
  } catch {
    // The parser gave up on this block (7,000 nested block quotes overflow its stack): read the
    // block as plain text, so the rest of the agreement is still checked and nothing is lost.
    if (text.trim()) facts.passages.push(passage(0, text.length, text.trim(), 'paragraph', 0));
    for (const p of findPlaceholders(text)) facts.placeholders.push(placeholder(p.start, p.end, p.text));
    return facts;
  }
  walkChildren(tree, text, facts, 0, 0);
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  facts.headings.sort(byStart);
  facts.passages.sort(byStart);
  return facts;
}

function shift(f: BlockFacts, by: number): BlockFacts {
  return {
    headings: f.headings.map((h) => movedHeading(h, by)),
    passages: f.passages.map((p) => movedPassage(p, by)),
    placeholders: f.placeholders.map((p) => movedPlaceholder(p, by)),
    lineStarts: [],
    ...(f.frontMatter ? { frontMatter: { ...f.frontMatter, start: f.frontMatter.start + by, end: f.frontMatter.end + by } } : {}),
  };
}

/** Containers nested deeper than this are read as plain text (remark copes; a recursive walk would not). */
const MAX_DEPTH = 200;

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

function span(node: Positioned): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function walkChildren(parent: Parents | Root, src: string, facts: BlockFacts, listDepth: number, depth: number): void {
  for (const child of parent.children as RootContent[]) walk(child, src, facts, listDepth, parent, depth + 1);
}

function walk(node: RootContent, src: string, facts: BlockFacts, listDepth: number, parent: Parents | Root, depth = 0): void {
  if (depth > MAX_DEPTH) {
    const s = span(node);
    const text = src.slice(s.start, s.end).replace(/^[\s>*+-]+/gm, '').trim();
    if (text) facts.passages.push(passage(s.start, s.end, text.slice(0, 10_000), 'paragraph', listDepth));
    return;
  }
  switch (node.type) {
    case 'yaml':
    case 'toml' as string: {
      const s = span(node);
      facts.frontMatter = { ...s, value: (node as { value: string }).value, lang: node.type === 'yaml' ? 'yaml' : 'toml' };
      // Blanks in front matter values ("[why this section does not apply]") are placeholders too.
      const raw = src.slice(s.start, s.end);
      for (const p of findPlaceholders(raw)) facts.placeholders.push(placeholder(s.start + p.start, s.start + p.end, p.text));
      return;
    }
    case 'heading': {
      const s = span(node);
      const raw = src.slice(s.start, s.end);
      const setext = !/^ {0,3}#/.test(raw);
      facts.headings.push(heading(s.start, s.end, node.depth, cleanTitle(inlineText(node, src)), setext ? 'setext' : 'atx'));
      scanPlaceholders(node, src, facts);
      return;
    }
    case 'paragraph': {
      paragraph(node, src, facts, listDepth, parent);
      return;
    }
    case 'list': {
      for (const item of node.children) listItem(item, src, facts, listDepth + 1, node.ordered === true, node.children.length, depth);
      return;
    }
    case 'blockquote':
      walkChildren(node, src, facts, listDepth, depth);
      return;
    case 'table': {
      for (const row of node.children) {
        const s = span(row);
        const cells = row.children.map((c) => inlineText(c, src).trim());
        facts.passages.push(passage(s.start, s.end, cells.join(' | '), 'tableRow', listDepth));
        for (const cell of row.children) scanPlaceholders(cell, src, facts);
      }
      return;
    }
    case 'html': {
      // Read the source, not node.value: inside a block quote or list item the value has lost its
      // "> " and indentation, so its offsets would not be the document's.
      const s = span(node);
      let source = src.slice(s.start, s.end);
      // …but blank out those "> " markers (same length, so offsets hold) or they become text.
      if (source !== node.value) source = source.replace(/(\r\n|\r|\n)((?:[ \t]*>)+[ \t]?)/g, (_m, eol: string, marks: string) => eol + ' '.repeat(marks.length));
      html(source, s.start, facts, listDepth);
      return;
    }
    case 'code':
      return; // code is not agreement text
    case 'footnoteDefinition':
      walkChildren(node, src, facts, listDepth, depth);
      return;
    default:
      return; // thematicBreak, definition: nothing to read
  }
}

function listItem(
  item: Extract<Nodes, { type: 'listItem' }>,
  src: string,
  facts: BlockFacts,
  listDepth: number,
  ordered: boolean,
  siblings: number,
  depth = 0,
): void {
  const first = item.children[0];
  // "8. Human Resources Management" alone in its list, followed by body text:
  // a numbered title from PDF conversion.
  if (ordered && siblings === 1 && first?.type === 'paragraph' && item.children.length === 1) {
    const t = inlineText(first, src).trim();
    if (looksLikeTitle(t) && first.children.every((c) => c.type === 'text')) {
      const s = span(first);
      facts.headings.push(heading(s.start, s.end, 7, cleanTitle(t), 'numbered'));
      return;
    }
  }
  for (const child of item.children) walk(child as RootContent, src, facts, listDepth, item, depth + 1);
}

function paragraph(
  node: Extract<Nodes, { type: 'paragraph' }>,
  src: string,
  facts: BlockFacts,
  listDepth: number,
  _parent: Parents | Root,
): void {
  const s = span(node);
  scanPlaceholders(node, src, facts);
  const kids = node.children;
  const first = kids[0];
  // <span class="header_2">Title</span> rest…
  if (first?.type === 'html') {
    const m = /^<span\s+class=["']header_(\d)["']\s*>$/i.exec(first.value.trim());
    const close = kids.findIndex((k, i) => i > 0 && k.type === 'html' && /^<\/span>$/i.test(k.value.trim()));
    if (m && close > 1) {
      const titleText = kids.slice(1, close).map((k) => inlineText(k, src)).join('');
      const end = span(kids[close]).end;
      facts.headings.push(heading(s.start, end, Number(m[1]), cleanTitle(titleText), 'span'));
      const rest = kids.slice(close + 1).map((k) => inlineText(k, src)).join('').trim();
      if (rest) facts.passages.push(passage(end, s.end, rest, listDepth ? 'listItem' : 'paragraph', listDepth));
      return;
    }
  }
  // **Title.** alone, or as a run-in title before the paragraph's text.
  if (first?.type === 'strong') {
    const title = inlineText(first, src).trim();
    const after = kids.slice(1);
    const restText = after.map((k) => inlineText(k, src)).join('');
    const firstLineRest = restText.split(/\r\n|\r|\n/)[0].trim();
    const standalone = firstLineRest === '' || /^[.:\-–—]*$/.test(firstLineRest) || after[0]?.type === 'break';
    // A bold lead-in inside a list item ("**Party:** Jane Doe") is a label, not a section title.
    const runin =
      !standalone &&
      listDepth === 0 &&
      /[.:]$/.test(title) &&
      !/\b(?:Inc|Ltd|Co|Corp|LLC|Pty|Pvt|Dr|Mr|Ms|Mrs|St|No|P\.C)\.$/.test(title) &&
      /^\s+[\p{Lu}\p{N}"“(]/u.test(restText) &&
      title.split(/\s+/).length <= 8;
    if ((standalone || runin) && looksLikeTitle(title.replace(/[.:]+$/, ''), true)) {
      const hEnd = span(first).end;
      facts.headings.push(heading(s.start, hEnd, standalone ? 7 : 8, cleanTitle(title), standalone ? 'bold' : 'runin'));
      const rest = restText.trim();
      if (rest) facts.passages.push(passage(hEnd, s.end, rest, listDepth ? 'listItem' : 'paragraph', listDepth));
      return;
    }
  }
  // "ARTICLE IV – SAFETY", "RESPONSIBILITIES OF THE EMPLOYER": a plain line standing for a heading
  // (agreements typed in Word or converted from PDF), alone or as the first line of its paragraph.
  if (listDepth === 0 && first?.type === 'text' && kids.every((k) => k.type === 'text' || k.type === 'break' || k.type === 'emphasis' || k.type === 'strong')) {
    const whole = inlineText(node, src);
    const nl = whole.indexOf('\n');
    const line = (nl < 0 ? whole : whole.slice(0, nl)).trim();
    if (plainTitle(line)) {
      const lineEnd = nl < 0 ? s.end : Math.min(s.end, src.indexOf('\n', s.start) < 0 ? s.end : src.indexOf('\n', s.start));
      facts.headings.push(heading(s.start, lineEnd, 7, cleanTitle(line), 'numbered'));
      const rest = nl < 0 ? '' : whole.slice(nl + 1).trim();
      if (rest) facts.passages.push(passage(lineEnd + 1, s.end, rest, 'paragraph', listDepth));
      return;
    }
  }
  const text = inlineText(node, src);
  if (text.trim()) facts.passages.push(passage(s.start, s.end, text, listDepth ? 'listItem' : 'paragraph', listDepth));
}

/** "ARTICLE IV – SAFETY", "SECTION 3: FUNDING", "ROLES AND RESPONSIBILITIES": a title typed as a plain line. */
function plainTitle(line: string): boolean {
  if (!looksLikeTitle(line)) return false;
  if (/^(?:article|section|part|schedule|annex|appendix|exhibit|clause)\s+(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])\b/i.test(line) && /^\p{Lu}/u.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = line.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 6 && upper.length === letters.length && line.split(/\s+/).length >= 2;
}

function html(value: string, start: number, facts: BlockFacts, listDepth: number): void {
  // Headings written as HTML.
  const found = htmlHeadings(value);
  let rest = '';
  let at = 0;
  for (const h of found) {
    facts.headings.push(heading(start + h.index, start + h.end, h.level, cleanTitle(htmlToText(value.slice(h.bodyStart, h.bodyEnd))), 'html'));
    rest += value.slice(at, h.index) + '\n';
    at = h.end;
  }
  const text = htmlToText(found.length ? rest + value.slice(at) : value);
  if (text.trim()) facts.passages.push(passage(start, start + value.length, text, 'html', listDepth));
  let m: RegExpExecArray | null;
  for (const p of findPlaceholders(value)) facts.placeholders.push(placeholder(start + p.start, start + p.end, p.text));
  const code = /<code>([^<]{1,80})<\/code>/gi;
  while ((m = code.exec(value)) !== null) {
    if (findCodePlaceholder(m[1])) {
      facts.placeholders.push(placeholder(start + m.index, start + m.index + m[0].length, m[1].trim()));
    }
  }
}

/**
 * `<hN …>…</hN>` elements, in order, each closed by the first matching close tag after it. Linear:
 * a level with no close tag left is not searched again (60,000 unclosed `<h1>` took seconds with
 * one lazy regular expression).
 */
function htmlHeadings(value: string): Array<{ index: number; end: number; level: number; bodyStart: number; bodyEnd: number }> {
  const out: Array<{ index: number; end: number; level: number; bodyStart: number; bodyEnd: number }> = [];
  const open = /<h([1-6])\b[^>]*>/gi;
  const unclosed = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = open.exec(value)) !== null) {
    const level = m[1];
    if (unclosed.has(level)) continue;
    const bodyStart = m.index + m[0].length;
    const close = new RegExp(`</h${level}\\s*>`, 'gi');
    close.lastIndex = bodyStart;
    const c = close.exec(value);
    if (!c) {
      unclosed.add(level);
      continue;
    }
    out.push({ index: m.index, end: c.index + c[0].length, level: Number(level), bodyStart, bodyEnd: c.index });
    open.lastIndex = c.index + c[0].length;
  }
  return out;
}

/** Placeholders in a leaf node: regexes over its source, plus backticked template names. */
function scanPlaceholders(node: Parents, src: string, facts: BlockFacts): void {
  const s = span(node);
  const raw = src.slice(s.start, s.end);
  for (const p of findPlaceholders(raw)) facts.placeholders.push(placeholder(s.start + p.start, s.start + p.end, p.text));
  visitInline(node, (n) => {
    if (n.type === 'inlineCode' && findCodePlaceholder(n.value)) {
      const c = span(n);
      facts.placeholders.push(placeholder(c.start, c.end, n.value.trim()));
    }
  });
}

function visitInline(node: Nodes, fn: (n: Nodes) => void, depth = 0): void {
  fn(node);
  if (depth < MAX_DEPTH && 'children' in node) for (const c of node.children as Nodes[]) visitInline(c, fn, depth + 1);
}

/** Plain text of inline content; HTML tags dropped, breaks kept as newlines. */
export function inlineText(node: Nodes, src: string, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'text':
      return node.value.replace(PANDOC_ATTRS, '');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : htmlToText(node.value);
    case 'image':
      return node.alt ?? '';
    case 'footnoteReference':
      return '';
    default:
      if ('children' in node) return (node.children as Nodes[]).map((c) => inlineText(c, src, depth + 1)).join('');
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}

const TITLE_WORD_LIMIT = 12;
/** Pandoc attribute blocks such as {.ul} or {: .no_toc}. */
const PANDOC_ATTRS = /\{[.:#][^}\n]*\}/g;

/** A short line that reads like a section title rather than a sentence. */
export function looksLikeTitle(t: string, bold = false): boolean {
  const text = t.trim();
  if (!text || text.length > 100 || /\n/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > TITLE_WORD_LIMIT) return false;
  if (/[,;]$/.test(text)) return false;
  if (!bold && /[.!?]$/.test(text)) return false;
  if (/^(whereas|and whereas|now,? therefore|in witness whereof|between|and|signed)\b/i.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (bold) return true;
  const significant = words.filter((w) => /\p{L}/u.test(w) && !/^(and|or|of|the|for|to|in|on|a|an|&|with|by|at)$/i.test(w));
  const capitalised = significant.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
  return significant.length > 0 && capitalised.length / significant.length >= 0.6;
}

/** Title text without numbering, pandoc attributes or trailing punctuation. */
export function cleanTitle(t: string): string {
  return t
    .replace(/\{[.:#][^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]+$/, '')
    .trim();
}

/**
 * One block's facts as plain JSON (for the server's memory of what it parsed: findings-store.ts),
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
 * The facts `storeFacts` kept, rebuilt with the constructors above (one object shape each), or
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
    facts.passages.push(passage(p[0], p[1], p[2], p[3] as Passage['kind'], p[4]));
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
