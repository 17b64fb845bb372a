import { findTerm } from '../dates/term';
import type { Rule } from './rule';
import { withTerm } from './term-example';

export const termMissing: Rule = {
  id: 'term-missing',
  description: 'The agreement does not say when it starts, or when it ends (an end date, a length, or "until terminated").',
  defaultSeverity: 'information',
  docs: 'docs/rules/term-missing.md',
  examples: {
    valid: [
      withTerm('This MOU is effective 1 September 2026 and remains in effect for two (2) years.'),
      withTerm('This agreement begins on September 1, 2026 and ends on June 30, 2027.'),
      withTerm('This MOU takes effect on signature and remains in effect until terminated by either party.'),
    ],
    invalid: [
      { text: withTerm('The parties look forward to a long partnership.'), findings: [{ line: 0 }] },
      { text: withTerm('This MOU is effective 1 September 2026.'), findings: [{ line: 0 }] },
    ],
  },
  check(ctx) {
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    const missing = [!term.start ? 'when it starts' : '', !term.end ? 'when it ends (an end date, a length such as "for two years", or "until terminated")' : ''].filter(Boolean);
    if (!missing.length) return [];
    return [{
      message: `The agreement does not say ${missing.join(', nor ')}. Without a term, nobody can tell whether it is still in force.`,
      span: { start: ctx.agreement.title.start, end: ctx.agreement.title.end },
      data: { start: !!term.start, end: !!term.end },
    }];
  },
};
