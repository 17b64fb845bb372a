import { ordinal, spokenDay } from '../dates/find';
import { DEFAULT_EXPIRING_WITHIN_DAYS } from '../dates/report';
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
    const end = term.end;
    if (!end?.day || end.open || term.renewal?.kind === 'automatic' || term.backwards) return [];
    const left = ordinal(end.day) - ordinal(ctx.today);
    if (left < 0 || left > (ctx.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS)) return [];
    return [{ message: `This agreement ends on ${spokenDay(end.day)}, in ${left} day${left === 1 ? '' : 's'}. Start the renewal or plan the wind-down now.`, span: end.span, data: { end: end.day, today: ctx.today, daysLeft: left } }];
  },
};
