import { spokenDay } from '../dates/find';
import { daysLeft } from '../dates/report';
import { findTerm } from '../dates/term';
import type { Rule } from './rule';
import { withTerm } from './term-example';

export const agreementExpired: Rule = {
  id: 'agreement-expired',
  description: 'The agreement\'s term ended before today (and it does not renew automatically): services under it have no agreement behind them.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/agreement-expired.md',
  examples: {
    valid: [
      { text: withTerm('This MOU is effective 1 September 2026 for two years.'), today: '2027-01-15' },
      { text: withTerm('This MOU is effective 1 September 2024 for one year and renews automatically for successive one-year terms.'), today: '2027-01-15' },
    ],
    invalid: [{ text: withTerm('This MOU is effective 1 September 2025 and ends on 31 August 2026.'), today: '2027-01-15', findings: [{ line: 8 }] }],
  },
  check(ctx) {
    if (!ctx.today) return [];
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    const left = daysLeft(term, ctx.today);
    const end = term.end;
    if (left === undefined || left >= 0 || !end?.day) return [];
    const ago = -left;
    return [{ message: `This agreement ended on ${spokenDay(end.day)} (${ago} day${ago === 1 ? '' : 's'} ago). Renew it, or stop the activities it covers.`, span: end.span, data: { end: end.day, today: ctx.today } }];
  },
};
