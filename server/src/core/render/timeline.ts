/**
 * The term as one short timeline line ("1 Sep 2026 ▸ review 1 Sep 2027 ▸ ends 31 Aug 2028 · today
 * 4 Dec 2026: current, 636 days left"), from the report alone: the CLI's text, the preview and the
 * printable report show the same words. Pure presentation: no date parser here.
 */
import type { FileReport } from '../report';

export type TermReport = NonNullable<FileReport['term']>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const short = (d: string) => `${+d.slice(8, 10)} ${MONTHS[+d.slice(5, 7) - 1] ?? '?'} ${d.slice(0, 4)}`;
const days = (d: string) => Math.round(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000);

/** The term in one line, or undefined when the report has none. */
export function timelineText(t: TermReport | undefined): string | undefined {
  if (!t) return undefined;
  const parts: string[] = [];
  parts.push(t.start ? `starts ${short(t.start)}` : t.startText ? `starts ${t.startText}` : 'start not stated');
  for (const r of t.reviews.slice(0, 4)) parts.push(`review ${short(r)}`);
  if (t.reviews.length > 4) parts.push(`… ${t.reviews.length - 4} more reviews`);
  parts.push(t.end ? `ends ${short(t.end)}` : t.open ? 'runs until terminated' : t.endText ? `ends ${t.endText}` : 'end not stated');
  let line = parts.join(' ▸ ');
  if (t.renewal) line += ` (${t.renewal === 'automatic' ? 'renews automatically' : 'renewal by agreement'})`;
  if (t.notice) line += ` · ${t.notice.count} ${t.notice.count === 1 ? t.notice.unit.replace(/s$/, '') : t.notice.unit}' notice to end`;
  if (t.today) {
    let state = '';
    if (t.status === 'expired' && t.end) state = `expired ${days(t.today) - days(t.end)} days ago`;
    else if (t.status === 'expiring' && t.end) state = `expiring, ${days(t.end) - days(t.today)} days left`;
    else if (t.status === 'current' && t.end) state = `current, ${days(t.end) - days(t.today)} days left`;
    else if (t.status === 'not-started') state = 'not started yet';
    else if (t.status === 'current') state = 'current';
    line += ` · today ${short(t.today)}${state ? `: ${state}` : ''}`;
  }
  return line;
}
