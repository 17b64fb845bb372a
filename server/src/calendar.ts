/**
 * Dated duties as an iCalendar file (mou-check --format ics, and the server's mou/exportDeadlines
 * behind VS Code's "MOU: Export Deadlines to Calendar (.ics)"): every dated duty as an all-day event (ical-generator), attributed to its
 * party, with the clause and where it is written. Yearly duties repeat until the term ends.
 * Duties whose day cannot be known are not put in the calendar: `unresolvedDeadlines` lists them.
 */
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import type { FileReport } from './core';
import { VERSION } from './version';

const date = (d: string) => new Date(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));

/** The calendar; `generator` names who made it (mou-check, MOU Author). */
export function icsReport(reports: FileReport[], generator = `mou-check ${VERSION}`): string {
  const cal = ical({ name: 'MOU deadlines', prodId: { company: 'mou-author', product: 'mou-check', language: 'EN' } });
  for (const r of reports) {
    for (const d of r.deadlines ?? []) {
      if (!d.day) continue;
      const where = `${r.path}:${d.line + 1}`;
      cal.createEvent({
        id: stableId(`${r.path}\n${d.line}\n${d.day}\n${d.text}`) + '@mou-check',
        start: date(d.day),
        allDay: true,
        summary: `${d.party ? `${d.party}: ` : ''}${d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text}`,
        description: `${d.text}\n\nFrom ${where} (${generator})`,
        ...(d.yearly ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY, ...(d.yearly.until ? { until: date(d.yearly.until) } : {}) } } : {}),
      });
    }
  }
  return cal.toString();
}

/** How many events the calendar holds (each dated duty once; a yearly one is one repeating event). */
export const icsEventCount = (reports: FileReport[]): number => reports.reduce((n, r) => n + (r.deadlines ?? []).filter((d) => d.day).length, 0);

/** Dated duties that could not be put on a day, as lines for the terminal. */
export function unresolvedDeadlines(reports: FileReport[]): string[] {
  return reports.flatMap((r) => (r.deadlines ?? []).filter((d) => !d.day).map((d) => `${r.path}:${d.line + 1}: not in the calendar — ${d.unresolved}: ${d.text}`));
}

/**
 * A stable event id from its text: the same duty gets the same UID in every export, so a calendar
 * updates it instead of adding a copy. Two 53-bit string hashes (cyrb53) as 32 hex digits; no
 * Node built-in, so the browser server can write calendars too.
 */
function stableId(text: string): string {
  const half = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-14);
  };
  return (half(1) + half(2) + half(3)).slice(0, 32);
}
