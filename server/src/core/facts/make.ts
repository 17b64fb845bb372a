/**
 * The facts of one block and their constructors: a heading, a passage, a placeholder, and front
 * matter, with offsets relative to the block. Every fact is made here (one object shape each).
 */
import type { Heading, Passage, Placeholder } from '../types';

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
export function passage(start: number, end: number, text: string, kind: Passage['kind'], listDepth: number, stored = false): Passage {
  const t = lf(text);
  // (A stored passage's text was joined when it was parsed.)
  return { start, end, text: !stored && (kind === 'paragraph' || kind === 'listItem' || kind === 'html') ? joinWraps(t) : t, kind, listDepth };
}

/**
 * A line a PDF or Word conversion broke mid-phrase ("…within the first 6" / "months of the
 * Agreement", "the wellbeing of all" / "participants") is one line again, so every phrase reads as
 * written. A break before a capital, a list marker ("b) …") or after other punctuation stays.
 */
const WRAP = /([\p{Ll}\p{N},])\n(?=\p{Ll}\p{Ll}|\([\p{Ll}\p{N}]|(?:LLC|Inc|Ltd|Limited|PLC|Corp|Pty|Pvt|GmbH)\b)(?![a-z]{1,4}[.)]\s|\([a-z0-9]{1,4}\)\s|[^\s@()]+@|(?:https?:|www\.)|\(?\+?\d[\d\s().-]{6,})/gu;
/** "which expression shall un-" / "less repugnant…": a word a PDF hyphenated at the line's end. */
const HYPHENATED = /(\p{Ll})-\n(?=\p{Ll})/gu;
/** A long line that stops mid-sentence (wrapped prose: "… clinical coordinator is Dr. Renee" / "Fontaine (…)"), before a line that starts no item or label. */
const LONG_WRAP = /^(?![^\n]*(?:_{3}|[ \t]{3}))([^\n|]{60,}[^.!?:;\s|])\n(?![ \t]*(?:[-*+•]|\(?[a-z0-9]{1,4}[.)]|[\p{L} ]{1,24}:)\s|[^\n]*\|)/gmu;
export const joinWraps = (t: string): string => (t.includes('\n') ? t.replace(HYPHENATED, '$1').replace(LONG_WRAP, '$1 ').replace(WRAP, '$1 ') : t);

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
