/**
 * Calendar dates written in a passage, read by chrono-node (its strict English parser: written
 * dates, ISO, numeric), plus what chrono-node silently drops: dates that do not exist
 * ("31 June 2027"), weekdays that do not match their date, and numbers written twice that
 * disagree ("thirty (60) days"). Pure and memoised per passage text; offsets are passage-relative.
 * The clock is never read: chrono-node gets a fixed reference and only dates that name their
 * month and year are kept (relative phrases are read by term.ts from the effective date).
 */
import { Chrono, strict } from 'chrono-node';
import { memo } from '../signals';

/** A calendar day, as YYYY-MM-DD (no time zone: agreements name days, not instants). */
export type Day = string;

export interface DateMention {
  /** Passage-relative span of the date as written. */
  start: number;
  end: number;
  text: string;
  /** The day (for a month without a day, its first day; `dayKnown` says which). */
  day: Day;
  dayKnown: boolean;
  /** The end of a range written in one phrase ("1 September 2026 to 31 August 2028"). */
  until?: Day;
  /** Numeric with both parts ≤ 12 (03/04/2027): the day depends on the document's convention. */
  numeric?: { first: number; second: number };
}

export interface DateProblem {
  start: number;
  end: number;
  text: string;
  kind: 'impossible' | 'weekday' | 'number-words';
  /** Plain words: what is wrong. */
  message: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A month named in words, or a four-digit year: what an absolute date must show. */
const ABSOLUTE = new RegExp(`\\b${MONTH}\\b|\\b(?:19|20)\\d\\d\\b`, 'i');
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
/**
 * What a passage must show before chrono-node reads it: a month in words with a number close after
 * it ("March 3", "March 2027", "Sept. 1, 2026"), or a numeric date. "May" the verb and a bare year
 * are not enough, and most passages then cost one regular expression instead of a parse.
 */
const DATE_HINT = new RegExp(`\\b${MONTH}\\b[^\\n;]{0,12}?\\b\\d{1,4}\\b|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}`, 'i');
const REFERENCE = new Date(2000, 0, 1, 12);

/** A duration tied to a date ("30 days after 3 March 2027", "2 weeks before …"): chrono-node's full strict parser reads it as one date. */
const RELATIVE_TO_DATE = /\b(?:days?|weeks?|months?|years?|quarters?)\s+(?:after|before|from|following|prior to)\b/i;

/**
 * chrono-node's strict parser without its duration parsers ("within 30 days", "2 weeks ago"),
 * whose expressions name every time unit: alone they never name a calendar date (readDates drops
 * what they find), and compiling them was most of the first date a check reads (~18 of ~27 ms).
 * They are found by what their expressions spell, since the classes are not exported.
 */
const calendarOnly = new Chrono({
  parsers: strict.parsers.filter((p) => {
    const source = patternSource(p);
    return !(source.includes('seconds') && source.includes('minutes'));
  }),
  refiners: strict.refiners,
});

function patternSource(p: unknown): string {
  try {
    const parser = p as { innerPattern?: (c: unknown) => RegExp; pattern?: (c: unknown) => RegExp };
    return (parser.innerPattern ?? parser.pattern)?.call(p, { option: {} })?.source ?? '';
  } catch {
    return '';
  }
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const dayOf = (y: number, m: number, d: number): Day => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Days since 1970-01-01 of a day (UTC arithmetic: no time zone or daylight saving enters). */
export const ordinal = (d: Day) => Math.round(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000);
export const fromOrdinal = (n: number): Day => new Date(n * 86_400_000).toISOString().slice(0, 10);
export function addMonths(d: Day, months: number): Day {
  const y = +d.slice(0, 4);
  const m = +d.slice(5, 7) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12 + 1;
  return dayOf(yy, mm, Math.min(+d.slice(8, 10), daysInMonth(yy, mm)));
}
export const addDays = (d: Day, n: number) => fromOrdinal(ordinal(d) + n);
export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && ordinal(s) === ordinal(dayOf(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10))) && +s.slice(5, 7) >= 1 && +s.slice(5, 7) <= 12 && +s.slice(8, 10) >= 1 && +s.slice(8, 10) <= daysInMonth(+s.slice(0, 4), +s.slice(5, 7));

/** "3 March 2027" or "March 3, 2027" style: how the document writes day and month in words. */
export const DMY_WORDS = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:(?:day\\s+)?of\\s+)?${MONTH}\\s*,?\\s+\\d{4}\\b`, 'i');
export const MDY_WORDS = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i');

function readDates(text: string): DateMention[] {
  // Every date has a digit: most passages have none and are done without the longer test.
  if (!/\d/.test(text) || !DATE_HINT.test(text)) return [];
  let results;
  try {
    results = (RELATIVE_TO_DATE.test(text) ? strict : calendarOnly).parse(text, REFERENCE);
  } catch {
    return []; // never a crash: a passage chrono-node cannot read has no dates
  }
  const out: DateMention[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month')) continue;
    if (!ABSOLUTE.test(r.text) && !NUMERIC.test(r.text.trim())) continue;
    const y = s.get('year')!;
    const m = s.get('month')!;
    const d = s.get('day') ?? 1;
    const mention: DateMention = { start: r.index, end: r.index + r.text.length, text: r.text, day: dayOf(y, m, d), dayKnown: s.isCertain('day') };
    const e = r.end;
    if (e && e.isCertain('month')) mention.until = dayOf(e.get('year')!, e.get('month')!, e.get('day') ?? daysInMonth(e.get('year')!, e.get('month')!));
    const n = NUMERIC.exec(r.text.trim());
    if (n && +n[1] <= 12 && +n[2] <= 12 && n[1] !== n[2]) mention.numeric = { first: +n[1], second: +n[2] };
    out.push(mention);
  }
  // The deed form chrono-node does not read: "this 11th day of September, 2024".
  DEED_DAY.lastIndex = 0;
  for (let m; (m = DEED_DAY.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const d = +m[1];
    const mo = monthNumber(m[2]);
    const y = +m[3];
    if (d < 1 || d > daysInMonth(y, mo)) continue; // readProblems says so
    out.push({ start, end, text: m[0], day: dayOf(y, mo, d), dayKnown: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

const DEED_DAY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'gi');

/** The dates a passage names, in order (per text, memoised). */
export const datesIn = memo(readDates, 20_000);

const IMPOSSIBLE = [
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:(?:day\\s+)?of\\s+)?${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,
];
const WEEKDAY_BEFORE = /\b(sun|mon|tues|wednes|thurs|fri|satur)day,?\s*(?:the\s+)?$/i;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number written in words ("thirty", "forty-five", "one hundred"), or undefined. */
export function wordNumber(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+and\s+/g, ' ').trim();
  if (w === 'a' || w === 'an') return 1;
  if (w === 'one hundred' || w === 'a hundred' || w === 'hundred') return 100;
  const u = UNITS.indexOf(w);
  if (u >= 0) return u;
  const m = /^([a-z]+)(?:[-\s]([a-z]+))?$/.exec(w);
  if (!m) return undefined;
  const t = TENS.indexOf(m[1]);
  if (t < 2) return undefined;
  if (!m[2]) return t * 10;
  const v = UNITS.indexOf(m[2]);
  return v > 0 && v < 10 ? t * 10 + v : undefined;
}

const NUMBER_WORDS = /\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s*\((\d{1,4})\)/gi;

function readProblems(text: string): DateProblem[] {
  const out: DateProblem[] = [];
  if (/\d/.test(text)) {
    for (const re of IMPOSSIBLE) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(text)); ) {
        let y: number, mo: number, d: number;
        if (re === IMPOSSIBLE[2]) [y, mo, d] = [+m[1], +m[2], +m[3]];
        else if (re === IMPOSSIBLE[0]) [d, mo, y] = [+m[1], monthNumber(m[2]), +m[3]];
        else [mo, d, y] = [monthNumber(m[1]), +m[2], +m[3]];
        if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
          out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'impossible', message: `“${m[0]}” is not a date: ${mo >= 1 && mo <= 12 ? `${cap(MONTHS[mo - 1])} ${y} has ${daysInMonth(y, mo)} days` : 'there is no such month'}` });
          continue;
        }
        const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
        if (before) {
          const written = WEEKDAYS.findIndex((w) => w.toLowerCase().startsWith(before[1].toLowerCase()));
          const actual = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
          if (written !== actual) {
            const start = m.index - before[0].length;
            out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), kind: 'weekday', message: `${m[0]} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[written]}` });
          }
        }
      }
    }
    NUMBER_WORDS.lastIndex = 0;
    const bracketed = text.includes('('); // (NUMBER_WORDS needs the figures in brackets)
    for (let m; bracketed && (m = NUMBER_WORDS.exec(text)); ) {
      const words = wordNumber(m[1]);
      if (words !== undefined && words !== +m[2]) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number-words', message: `“${m[0]}” says ${words} in words and ${+m[2]} in figures` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What is wrong with the dates and counted periods a passage writes (per text, memoised). */
export const dateProblemsIn = memo(readProblems, 20_000);

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/** A day in plain words: "1 September 2026". */
export function spokenDay(d: Day): string {
  return `${+d.slice(8, 10)} ${cap(MONTHS[+d.slice(5, 7) - 1])} ${d.slice(0, 4)}`;
}
