import { findTerm } from '../dates/term';
import type { Rule } from './rule';
import { withTerm } from './term-example';

export const reviewMissing: Rule = {
  id: 'review-missing',
  description: 'The agreement sets no periodic review (each year, each semester…) of what stays, goes or changes; CTE and P-TECH guidance expect an annual review.',
  defaultSeverity: 'hint',
  docs: 'docs/rules/review-missing.md',
  examples: {
    valid: [withTerm('This MOU is effective 1 September 2026 for two years.', 'The partners will meet annually to review the agreement and its outcomes.')],
    invalid: [
      { text: withTerm('This MOU is effective 1 September 2026 for two years.', 'Either party may end it with written notice.'), findings: [{ line: 0 }] },
      { text: withTerm('This MOU is effective 1 September 2026 for two years.', 'The parties may review this agreement.'), findings: [{ line: 0 }] },
    ],
  },
  check(ctx) {
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    if (term.review?.months) return [];
    const span = term.review?.span ?? { start: ctx.agreement.title.start, end: ctx.agreement.title.end };
    return [{
      message: term.review
        ? 'The agreement mentions a review but not how often; say when (for example "each year in June") so it happens.'
        : 'The agreement sets no periodic review; add one (for example "The partners will review this agreement each year in June") to decide what stays, goes or changes.',
      span: term.review ? { start: ctx.agreement.title.start, end: ctx.agreement.title.end } : span,
    }];
  },
};
