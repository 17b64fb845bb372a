import { spokenDay } from '../dates/find';
import { findTerm } from '../dates/term';
import type { Rule } from './rule';
import { withTerm } from './term-example';

export const dateAmbiguous: Rule = {
  id: 'date-ambiguous',
  description: 'A numeric date such as 03/04/2027 that reads as two different days, in a document that does not show which way it writes dates.',
  defaultSeverity: 'information',
  docs: 'docs/rules/date-ambiguous.md',
  examples: {
    valid: [
      withTerm('This MOU is effective 03/04/2027 and ends 31/03/2028.'),
      withTerm('This MOU is effective 2027-04-03 for one year.'),
    ],
    invalid: [{ text: withTerm('This MOU is effective 03/04/2027 for one year.'), findings: [{ line: 8 }] }],
  },
  check(ctx) {
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    return term.ambiguous.map((a) => ({
      message: `“${a.text}” could be ${spokenDay(a.readings[0])} or ${spokenDay(a.readings[1])}; write the month in words or as YYYY-MM-DD.`,
      span: a.span,
      data: { readings: a.readings },
    }));
  },
};
