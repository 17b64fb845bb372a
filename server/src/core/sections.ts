/** The section tree: each heading owns the text up to the next heading of the same or higher rank. */
import type { DocumentModel } from './model';
import type { Heading, Passage } from './types';

export interface SectionNode {
  heading: Heading;
  /** Offset where the section ends (start of the next heading of level ≤ this one, or end of text). */
  end: number;
  /** Index of the parent section in the flat list, -1 for top level. */
  parent: number;
}

export function buildSectionTree(model: DocumentModel): SectionNode[] {
  const hs = model.headings;
  const nodes: SectionNode[] = [];
  const stack: number[] = [];
  const level = hs.map((h, i) => rank(model, i, h));
  for (let i = 0; i < hs.length; i++) {
    while (stack.length && level[stack[stack.length - 1]] >= level[i]) {
      nodes[stack.pop()!].end = hs[i].start;
    }
    nodes.push({ heading: hs[i], end: model.text.length, parent: stack.length ? stack[stack.length - 1] : -1 });
    stack.push(i);
  }
  return nodes;
}

/**
 * A heading's rank in the tree. A bold title on its own line ("**Contacts.**" over a table) that
 * follows a run-in title ("**Fees.** Sponsor will…") and has a body of its own is one more run-in
 * title whose body did not fit on its line: their sibling, not the parent of the run-in titles after
 * it. A bold title with no body before the next title stays their parent ("**Responsibilities**"
 * over "**District.** The District will…").
 */
function rank(model: DocumentModel, i: number, h: Heading): number {
  const hs = model.headings;
  // "**For Kestrel**" after "**Section 8 – Points of Contact**": an unnumbered bold title under numbered ones is a part of the last.
  // So is one under a plain numbered title ("5. Key Personnel") with no text before its bold parts, or
  // only text that introduces them ("The parties designate the following Key Personnel:").
  if (h.kind === 'bold' && h.level === 7 && i > 0 && part(h)) {
    let j = i - 1;
    while (j > 0 && j > i - 12 && (hs[j].level > 7 || part(hs[j]))) j--;
    const up = hs[j];
    if (up.level === 7 && up.kind === 'bold' && NUMBERED_TITLE.test(up.text)) return 7.5;
    if (up.level === 7 && up.kind === 'numbered') {
      const body = startingIn(model.passages, up.end, hs[j + 1].start);
      if (!body.length || /:\s*$/.test(body[body.length - 1].text)) return 7.5;
    }
  }
  if (h.kind !== 'bold' || h.level !== 7 || i === 0 || i + 1 >= hs.length) return h.level;
  const before = hs[i - 1];
  if (before.kind !== 'runin' || before.level !== 8) return h.level;
  return startingIn(model.passages, h.end, hs[i + 1].start).length > 0 ? 8 : h.level;
}

/** A title with its number: "Section 8 – …", "8.", "Article IV", "B." */
/** An unnumbered bold title that can be a part of the numbered title above it ("**For Kestrel**"; not "**Signatures**"). */
function part(x: Heading): boolean {
  return x.kind === 'bold' && x.level === 7 && !NUMBERED_TITLE.test(x.text) && !LAST_PART.test(x.text);
}

const NUMBERED_TITLE = /^\s*(?:(?:section|article|part|clause|schedule)\s+[\divxlc]+\b|[A-Z]?\d+(?:\.\d+)*[.)]?\s|(?:[A-Z]|[IVXLC]{1,6})[.)]\s)/i;
/** Titles that close an agreement, not part of its last numbered section. */
const LAST_PART = /\b(?:signatures?|signed|in witness|execution|annex|appendix|schedule|exhibit|attachment)\b/i;

/** Items of a list sorted by `start` that start inside [start, end) (binary search). */
/** Where the section under heading `k` ends: at the next heading at its level or above, or at the end of the text. */
export function headingReach(model: DocumentModel, k: number): number {
  const h = model.headings[k];
  const next = model.headings.slice(k + 1).find((n) => n.level <= h.level);
  return next ? next.start : model.text.length;
}

export function startingIn<T extends { start: number }>(sorted: T[], start: number, end: number): T[] {
  const from = firstAtOrAfter(sorted, start, 0);
  return sorted.slice(from, firstAtOrAfter(sorted, end, from));
}

/** Index of the first item starting at or after `offset` (binary search from `lo`). */
/** The table row `i` of `passages` stands in: the indexes of its first and last rows. */
export function tableAround(passages: readonly Passage[], i: number): [number, number] {
  let lo = i;
  let hi = i;
  while (lo > 0 && passages[lo - 1].kind === 'tableRow') lo--;
  while (hi + 1 < passages.length && passages[hi + 1].kind === 'tableRow') hi++;
  return [lo, hi];
}

export function firstAtOrAfter<T extends { start: number }>(sorted: readonly T[], offset: number, lo = 0): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Passages inside [start, end), in order. */
export function passagesIn(passages: Passage[], start: number, end: number): Passage[] {
  return startingIn(passages, start, end);
}

/** Heading text normalised for matching: lower case, no numbering, brackets or decoration. */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    // "How we'll know it worked": contractions as words, before apostrophes are dropped.
    .replace(/[’']ll\b/g, ' will')
    .replace(/[’']re\b/g, ' are')
    .replace(/n[’']t\b/g, ' not')
    .replace(/&/g, ' and ')
    .replace(/[\[\]{}()*_`"“”‘’'#|]/g, ' ')
    .replace(/\p{Extended_Pictographic}/gu, ' ')
    .replace(/^\s*(?:(?:section|article|part|clause|schedule)\s+)?(?:\d+(?:\.\d+)*\.?|[ivxlc]{1,6}[.)]|[a-z][.)])\s+/u, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split "Reporting – *How will success be measured*" into its name and its guidance. */
export function splitGuidance(text: string): { main: string; guidance: string } {
  const m = /^(.*?)\s+[–—-]\s+(.+)$/.exec(text) ?? /^(.*?):\s+(.+)$/.exec(text);
  return m ? { main: m[1], guidance: m[2] } : { main: text, guidance: '' };
}

/** Passages and headings (as passages) in document order; at equal offsets the passage first. */
export function withHeadingPassages(passages: Passage[], headings: Heading[]): Passage[] {
  if (!headings.length) return passages;
  const out: Passage[] = [];
  let i = 0;
  for (const h of headings) {
    while (i < passages.length && passages[i].start <= h.start) out.push(passages[i++]);
    out.push({ start: h.start, end: h.end, text: h.text, kind: 'heading', listDepth: 0 });
  }
  while (i < passages.length) out.push(passages[i++]);
  return out;
}
