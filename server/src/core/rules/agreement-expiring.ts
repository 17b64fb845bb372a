import { spokenDay } from '../dates/find';
import { DEFAULT_EXPIRING_WITHIN_DAYS, daysLeft } from '../dates/report';
import { findTerm } from '../dates/term';
import type { Rule } from './rule';
import { withTerm } from './term-example';

export const agreementExpiring: Rule = {
  id: 'agreement-expiring',
  description: 'The agreement ends within the coming days (setting mou.expiringWithinDays, default 60) and does not renew automatically.',
  defaultSeverity: 'information',
  docs: 'docs/rules/agreement-expiring.md',
  examples: {
    valid: [{ text: withTerm('This MOU is effective 1 September 2026 for two years.'), today: '2027-01-15' }],
    invalid: [{ text: withTerm('This MOU is effective 1 March 2026 and ends on 28 February 2027.'), today: '2027-01-15', findings: [{ line: 8 }] }],
  },
  check(ctx) {
    if (!ctx.today) return [];
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    const left = daysLeft(term, ctx.today);
    const end = term.end;
    if (left === undefined || left < 0 || left > (ctx.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS) || !end?.day) return [];
    return [{ message: `This agreement ends on ${spokenDay(end.day)}, in ${left} day${left === 1 ? '' : 's'}. Start the renewal or plan the wind-down now.`, span: end.span, data: { end: end.day, today: ctx.today, daysLeft: left } }];
  },
};
