/** The term as the JSON report gives it (report.ts), with its status relative to the caller's today. */
import type { FileReport } from '../report';
import { ordinal } from './find';
import type { Term } from './term';

export const DEFAULT_EXPIRING_WITHIN_DAYS = 60;

export type TermStatus = NonNullable<FileReport['term']>['status'];

/**
 * Days from today to the term's last day (negative once it has ended); undefined when there is no
 * today or no fixed end to count to (open-ended, renewing automatically, unread, or backwards).
 * The status below and the expiry rules read it.
 */
export function daysLeft(term: Term, today: string | undefined): number | undefined {
  if (!today || term.backwards || term.end?.open || term.renewal?.kind === 'automatic' || !term.end?.day) return undefined;
  return ordinal(term.end.day) - ordinal(today);
}

export function termStatus(term: Term, today: string | undefined, within = DEFAULT_EXPIRING_WITHIN_DAYS): TermStatus {
  if (!today || term.backwards) return 'unknown';
  if (term.start?.day && ordinal(term.start.day) > ordinal(today)) return 'not-started';
  if (term.end?.open || term.renewal?.kind === 'automatic') return term.start ? 'current' : 'unknown';
  const left = daysLeft(term, today);
  if (left === undefined) return 'unknown';
  return left < 0 ? 'expired' : left <= within ? 'expiring' : 'current';
}

export function termReport(term: Term, today: string | undefined, within?: number): NonNullable<FileReport['term']> {
  return {
    start: term.start?.day ?? null,
    ...(term.start && !term.start.day ? { startText: term.start.text } : {}),
    end: term.end?.day ?? null,
    ...(term.end && !term.end.day && !term.end.open ? { endText: term.end.text } : {}),
    ...(term.end?.open ? { open: true } : {}),
    ...(term.renewal ? { renewal: term.renewal.kind } : {}),
    ...(term.review?.months ? { reviewEveryMonths: term.review.months } : {}),
    ...(term.review?.month ? { reviewMonth: term.review.month } : {}),
    reviews: term.reviews,
    ...(term.notice ? { notice: { count: term.notice.count, unit: term.notice.unit, text: term.notice.text } } : {}),
    ...(today ? { today } : {}),
    status: termStatus(term, today, within),
  };
}
