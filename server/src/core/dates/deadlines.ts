/**
 * Dated duties: each passage that says a party will do something by, on, within or each …
 * becomes a deadline attributed to the party it names, with the clause it came from. Relative
 * dates ("within 30 days of signing") resolve from the effective date; when that is not known
 * they are kept as unresolved, never guessed. Per-passage reading memoised by text.
 */
import { OBLIGATION, memo } from '../signals';
import type { DocumentModel } from '../model';
import { modelMemo } from '../model';
import { addDays, addMonths, datesIn, monthNumber, ordinal, wordNumber, dayOf, type Day } from './find';
import type { Term } from './term';

export interface Deadline {
  party?: string;
  /** The clause, on one line. */
  text: string;
  /** 0-based line of the clause. */
  line: number;
  day?: Day;
  /** Each year in this month (1–12), from `day` (the first one in the term) until the term's end. */
  yearly?: { month: number; until?: Day };
  /** Why it has no day ("30 days after signing, and the signing date is not known"). */
  unresolved?: string;
}

const RELATIVE = /\bwithin\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:\(\d{1,3}\)\s*)?(days?|weeks?|months?)\s+(?:of|after|from)\s+(?:the\s+)?(signing|signature|execution|effective date|start|commencement|beginning)/i;
const YEARLY = /\b(?:each|every)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

interface PassageDeadline {
  absolute?: { day: Day; text: string; dayKnown: boolean };
  relative?: { days?: number; months?: number; from: string; text: string };
  yearly?: number;
}

const readPassage = memo((text: string): PassageDeadline | null => {
  if (!OBLIGATION.test(text)) return null;
  const out: PassageDeadline = {};
  const r = RELATIVE.exec(text);
  if (r) {
    const n = /^\d+$/.test(r[1]) ? +r[1] : wordNumber(r[1]);
    if (n !== undefined) {
      const unit = r[2].toLowerCase();
      out.relative = unit.startsWith('month') ? { months: n, from: r[3], text: r[0] } : { days: unit.startsWith('week') ? n * 7 : n, from: r[3], text: r[0] };
    }
  }
  const y = YEARLY.exec(text);
  if (y) out.yearly = monthNumber(y[1]);
  // A calendar date in a duty that is not numeric-ambiguous (those are date-ambiguous's).
  const d = datesIn(text).find((m) => !m.numeric);
  if (d) out.absolute = { day: d.dayKnown ? d.day : addDays(addMonths(d.day, 1), -1), text: d.text, dayKnown: d.dayKnown };
  return out.relative || out.yearly || out.absolute ? out : null;
}, 20_000);

/** The party a clause names first (by any of its names), if any. */
function partyOf(text: string, parties: Array<{ name: string; names: string[] }>): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const p of parties) {
    for (const n of p.names) {
      if (n.length < 2) continue;
      const at = text.indexOf(n);
      if (at >= 0 && (!best || at < best.at)) best = { at, name: p.name };
    }
  }
  return best?.name;
}

export function findDeadlines(model: DocumentModel, term: Term, parties: Array<{ name: string; names: string[] }>): Deadline[] {
  return modelMemo(model, 'dates:deadlines', () => {
    const out: Deadline[] = [];
    for (const p of model.passages) {
      const d = readPassage(p.text);
      if (!d) continue;
      const line = model.lines.position(p.start).line;
      const text = p.text.replace(/\s+/g, ' ').trim().slice(0, 240);
      const base = { text, line, ...(partyOf(p.text, parties) ? { party: partyOf(p.text, parties) } : {}) };
      if (d.absolute) {
        out.push({ ...base, day: d.absolute.day });
      } else if (d.relative) {
        const from = /sign|exec/i.test(d.relative.from) ? 'signing' : 'the effective date';
        const start = term.start?.day;
        if (start) {
          out.push({ ...base, day: d.relative.months ? addMonths(start, d.relative.months) : addDays(start, d.relative.days!) });
        } else {
          out.push({ ...base, unresolved: `${d.relative.text}: ${from === 'signing' ? 'the signing date' : 'the effective date'} is not stated` });
        }
      } else if (d.yearly) {
        const start = term.start?.day;
        if (!start) {
          out.push({ ...base, unresolved: 'each year, and the agreement has no start date to count from' });
          continue;
        }
        let first = dayOf(+start.slice(0, 4), d.yearly, 1);
        if (ordinal(first) < ordinal(start)) first = dayOf(+start.slice(0, 4) + 1, d.yearly, 1);
        out.push({ ...base, day: first, yearly: { month: d.yearly, ...(term.end?.day ? { until: term.end.day } : {}) } });
      }
    }
    return out;
  });
}
