/**
 * The agreement's term: when it starts, when it ends (a date, a length from the start, an academic
 * year, or "until terminated"), how it renews, how often it is reviewed, and what is wrong with the
 * dates it writes. Pure: `today` is never read here (expiry is the rules' business, with the
 * caller's today). Per-passage readings are memoised by text; the whole term once per model.
 */
import { blockHits } from '../block-scan';
import { modelMemo, type DocumentModel } from '../model';
import type { BlockFacts } from '../facts';
import type { Passage, Span } from '../types';
import { addDays, addMonths, dayOf, isDay, MDY_WORDS, DMY_WORDS, ordinal, type Day, type DateProblem } from './find';
import type { Notice } from './notice';
import { passageTerm, type PassageTerm } from './passage-term';

export interface TermPoint {
  /** The day; undefined when the text ties it to an event ("on signature"). */
  day?: Day;
  span: Span;
  /** The words it was read from. */
  text: string;
  /** How it was read, in plain words ("an end date", "two years from the start"). */
  how: string;
}

export type Convention = 'dmy' | 'mdy';

export interface Term {
  start?: TermPoint;
  /** The last day of the term; `open` when it runs until a party ends it. */
  end?: TermPoint & { open?: boolean };
  renewal?: TermPoint & { kind: 'automatic' | 'by-agreement' };
  /** The review cadence in months (12: each year); `month` (1–12) when it names one ("each June"). */
  review?: TermPoint & { months?: number; month?: number };
  /** The notice a party must give to end it ("30 days' written notice"). */
  notice?: TermPoint & Omit<Notice, 'text'>;
  /** Review days from the start, while the term runs (at most ten). */
  reviews: Day[];
  /** Numeric dates read one way or the other: how the document writes dates decides, if it shows. */
  convention?: Convention;
  ambiguous: Array<{ span: Span; text: string; readings: [Day, Day] }>;
  problems: Array<Omit<DateProblem, 'start' | 'end'> & { span: Span }>;
  /** A labelled date ("Effective Date: …") that could not be read as a date. */
  unreadable: Array<{ span: Span; text: string }>;
  /** The end is before the start. */
  backwards?: boolean;
}

/** Passages that talk about the term (where a date is a start or an end, not a deadline). */

/** Where `written` is in the document, inside the passage (the passage's text drops inline markup). */
function spanOf(model: DocumentModel, p: Passage, written: string, from = 0): Span {
  const source = model.text.slice(p.start, p.end);
  const at = source.indexOf(written, from);
  return at >= 0 ? { start: p.start + at, end: p.start + at + written.length } : { start: p.start, end: Math.min(p.end, model.lines.lineEnd(model.lines.position(p.start).line)) };
}

const FM_START = ['effective', 'effective-date', 'effectiveDate', 'effective_date', 'start', 'start-date', 'startDate', 'start_date'];
const FM_END = ['expires', 'expiry', 'expiration', 'end', 'end-date', 'endDate', 'end_date', 'expiration-date', 'expiry-date'];

function frontMatterDay(fm: Record<string, unknown> | undefined, keys: string[]): { key: string; value: string } | undefined {
  for (const k of keys) {
    const v = fm?.[k] ?? (fm?.agreement as Record<string, unknown> | undefined)?.[k];
    if (v instanceof Date) return { key: k, value: v.toISOString().slice(0, 10) };
    if (typeof v === 'string' && v.trim()) return { key: k, value: v.trim() };
  }
  return undefined;
}

/** What one block says about dates: its passages that say anything, and how it writes dates (per block, memoised). */
interface BlockDates {
  /** Index in the block's passages, and the reading. */
  items: Array<{ j: number; t: PassageTerm }>;
  /** Numeric dates that can only be day-first / month-first; passages writing "3 March 2027" / "March 3, 2027". */
  numericDmy: number;
  numericMdy: number;
  wordsDmy: number;
  wordsMdy: number;
}

function says(t: PassageTerm): boolean {
  return !!(t.dates.length || t.problems.length || t.unreadable.length || t.length || t.academicYear || t.onSigning || t.openEnd || t.renewal || t.review || t.notice);
}

/** What a block says about dates (null: nothing). */
function blockDates(f: BlockFacts): BlockDates | null {
  const out: BlockDates = { items: [], numericDmy: 0, numericMdy: 0, wordsDmy: 0, wordsMdy: 0 };
  f.passages.forEach((p, j) => {
    // "**Term:** 12 months", "**Effective Date:** 1 May 2027": the run-in label is read with its text.
    const label = f.headings.find((h) => h.kind === 'runin' && h.end === p.start);
    const t = passageTerm(label ? `${label.text.replace(/[.:]+$/, '')}: ${p.text}` : p.text);
    if (says(t)) out.items.push({ j, t });
    for (const d of t.dates) {
      const n = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/.exec(d.text.trim());
      if (n && +n[1] > 12) out.numericDmy++;
      if (n && +n[2] > 12) out.numericMdy++;
    }
    if (DMY_WORDS.test(p.text)) out.wordsDmy++;
    if (MDY_WORDS.test(p.text)) out.wordsMdy++;
  });
  return out.items.length || out.numericDmy || out.numericMdy || out.wordsDmy || out.wordsMdy ? out : null;
}

/** The document's way of writing numeric dates, where it shows it. */
function conventionOf(blocks: BlockDates[]): Convention | undefined {
  // (One pass over the blocks: a keystroke in a long document pays for each.)
  let dmy = 0;
  let mdy = 0;
  let a = 0;
  let b = 0;
  for (const x of blocks) {
    dmy += x.numericDmy;
    mdy += x.numericMdy;
    a += x.wordsDmy;
    b += x.wordsMdy;
  }
  if (dmy !== mdy) return dmy > mdy ? 'dmy' : 'mdy';
  return a !== b ? (a > b ? 'dmy' : 'mdy') : undefined;
}

/** The agreement's term. `frontMatter` is the parsed front matter, if any. */
export function findTerm(model: DocumentModel, frontMatter?: Record<string, unknown>): Term {
  return modelMemo(model, 'dates:term', () => readTerm(model, frontMatter));
}

function readTerm(model: DocumentModel, frontMatter?: Record<string, unknown>): Term {
  // Only the passages that say anything about dates, block by block (a keystroke re-reads one block).
  const blocks = blockHits(model, 'dates:block', blockDates);
  const convention = conventionOf(blocks.map((b) => b.value));
  const said: Array<{ p: Passage; t: PassageTerm }> = [];
  for (const { i, value } of blocks) {
    const { items } = value;
    for (let x = 0; x < items.length; x++) said.push({ p: model.passages[model.firstPassage[i] + items[x].j], t: items[x].t });
  }
  const term: Term = { reviews: [], ambiguous: [], problems: [], unreadable: [], ...(convention ? { convention } : {}) };
  const fmSpan = model.frontMatter ? { start: model.frontMatter.start, end: Math.min(model.frontMatter.end, model.lines.lineEnd(model.lines.position(model.frontMatter.start).line)) } : { start: 0, end: 0 };
  const fmStart = frontMatterDay(frontMatter, FM_START);
  const fmEnd = frontMatterDay(frontMatter, FM_END);
  if (fmStart && isDay(fmStart.value)) term.start = { day: fmStart.value, span: fmSpan, text: `${fmStart.key}: ${fmStart.value}`, how: 'the front matter' };
  if (fmEnd && isDay(fmEnd.value)) term.end = { day: fmEnd.value, span: fmSpan, text: `${fmEnd.key}: ${fmEnd.value}`, how: 'the front matter' };
  let length: TermPoint & { months: number } | undefined;
  let academic: { start: Day; end: Day; span: Span; text: string; single?: boolean } | undefined;
  let onSigning: TermPoint | undefined;
  let open: TermPoint | undefined;
  let made: TermPoint | undefined;

  said.forEach(({ p, t }) => {
    t.dates.forEach((d, j) => {
      const role = t.roles[j];
      // Most dates are neither start nor end (deadlines): their place is looked up only when kept.
      if (!d.numeric && (role === undefined || (role === 'start' && term.start) || (role === 'end' && term.end) || (role === 'made' && made))) return;
      const span = spanOf(model, p, d.text);
      let day = d.day;
      let until = d.until;
      if (d.numeric) {
        // chrono-node reads 03/04/2027 month first; the document's convention decides, else it is ambiguous.
        const other = dayOf(+day.slice(0, 4), d.numeric.second, d.numeric.first);
        if (convention === 'dmy') day = other;
        else if (!convention) term.ambiguous.push({ span, text: d.text, readings: [day, other] });
        if (!convention) return;
      }
      if (role === 'start' && !term.start) {
        term.start = { day, span, text: d.text, how: until ? 'the first day of the stated term' : 'the effective date' };
        if (until && !term.end) term.end = { day: until, span, text: d.text, how: 'the last day of the stated term' };
      } else if (role === 'made' && !made) {
        made = { day, span, text: d.text, how: 'the date the agreement was made' };
      } else if (role === 'end' && !term.end) {
        term.end = { day: until ?? day, span, text: d.text, how: 'the end date' };
      }
      void until;
    });
    for (const pr of t.problems) term.problems.push({ kind: pr.kind, text: pr.text, message: pr.message, span: spanOf(model, p, pr.text) });
    for (const u of t.unreadable) term.unreadable.push({ span: spanOf(model, p, u), text: u });
    if (t.length && !length) length = { months: t.length.months, span: spanOf(model, p, t.length.text), text: t.length.text, how: `${t.length.text.replace(/^(?:for|of|term\s*[:：])\s*/i, '')} from the start` };
    if (t.academicYear && !academic) academic = { ...t.academicYear, span: spanOf(model, p, t.academicYear.text) };
    if (t.onSigning && !onSigning) onSigning = { span: spanOf(model, p, p.text.slice(0, 40)), text: 'on signature', how: 'effective on signature' };
    if (t.openEnd && !open) open = { span: spanOf(model, p, t.openEnd), text: t.openEnd, how: 'until a party ends it' };
    if (t.renewal && !term.renewal) term.renewal = { kind: t.renewal.kind, span: spanOf(model, p, t.renewal.text), text: t.renewal.text, how: t.renewal.kind === 'automatic' ? 'renews automatically' : 'renewed by agreement' };
    if (t.review && (!term.review || (term.review.months === undefined && t.review.months !== undefined))) {
      term.review = { months: t.review.months, month: t.review.month, span: spanOf(model, p, t.review.text), text: t.review.text, how: t.review.months ? `reviewed every ${t.review.months} months` : 'reviewed, with no set interval' };
    }
    if (t.notice && !term.notice) term.notice = { count: t.notice.count, unit: t.notice.unit, span: spanOf(model, p, t.notice.text), text: t.notice.text, how: 'the notice to end it' };
  });

  if (!term.start && academic) term.start = { day: academic.start, span: academic.span, text: academic.text, how: academic.single ? 'the school year (read as starting 1 January, the earliest a school year named by one year can)' : 'the academic year (read as starting 1 July)' };
  if (!term.start && onSigning) term.start = onSigning;
  if (!term.start && made) term.start = made;
  if (!term.end && length) {
    term.end = term.start?.day ? { day: addDays(addMonths(term.start.day, length.months), -1), span: length.span, text: length.text, how: length.how } : { span: length.span, text: length.text, how: length.how };
  }
  if (!term.end && academic) term.end = { day: academic.end, span: academic.span, text: academic.text, how: academic.single ? 'the school year (read as ending 30 June of the next year, the latest a school year named by one year can)' : 'the academic year (read as ending 30 June)' };
  if (!term.end && open) term.end = { ...open, open: true };
  if (term.start?.day && term.end?.day && ordinal(term.end.day) < ordinal(term.start.day)) term.backwards = true;
  const every = term.review?.months;
  if (every && term.start?.day && term.end?.day && !term.backwards) {
    // "Each June": the first of that month, from the first one after the start; else counted from the start.
    const month = term.review?.month;
    const first = month ? dayOf(+term.start.day.slice(0, 4) + (+term.start.day.slice(5, 7) >= month ? 1 : 0), month, 1) : undefined;
    for (let k = 1; k <= 10; k++) {
      const d = first ? addMonths(first, every * (k - 1)) : addMonths(term.start.day, every * k);
      if (ordinal(d) > ordinal(term.end.day)) break;
      term.reviews.push(d);
    }
  }
  return term;
}
