import { spokenDay } from '../dates/find';
import { findTerm } from '../dates/term';
import type { Rule, RuleFinding } from './rule';
import { withTerm } from './term-example';

export const termInconsistent: Rule = {
  id: 'term-inconsistent',
  description: 'A date or period that cannot be right: the end before the start, a date that does not exist, a weekday that does not match its date, "thirty (60) days", or a labelled date that cannot be read.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/term-inconsistent.md',
  examples: {
    valid: [withTerm('This MOU is effective Monday, 7 September 2026 and ends on 31 August 2027. Either party may end it with thirty (30) days\' written notice.')],
    invalid: [
      { text: withTerm('This MOU is effective 1 September 2027 and expires on 31 August 2026.'), findings: [{ line: 8 }] },
      { text: withTerm('This MOU is effective 31 June 2027 for one year.'), findings: [{ line: 8 }] },
      { text: withTerm('This MOU is effective Monday, 3 March 2027 for one year.'), findings: [{ line: 8 }] },
      { text: withTerm('This MOU is effective 1 March 2027 for one year. Either party may end it with thirty (60) days\' notice.'), findings: [{ line: 8 }] },
      { text: withTerm('Effective Date: 1st Septembre 2026\n\nThe MOU lasts for one year.'), findings: [{ line: 8 }] },
    ],
  },
  check(ctx) {
    const term = findTerm(ctx.model, ctx.agreement.frontMatter);
    const out: RuleFinding[] = [];
    if (term.backwards && term.start?.day && term.end?.day) {
      out.push({ message: `The term ends (${spokenDay(term.end.day)}) before it starts (${spokenDay(term.start.day)}).`, span: term.end.span, data: { kind: 'backwards', start: term.start.day, end: term.end.day } });
    }
    for (const p of term.problems) out.push({ message: `${p.message}.`, span: p.span, data: { kind: p.kind } });
    for (const u of term.unreadable) out.push({ message: `“${u.text}” could not be read as a date; write it like 1 September 2026 or 2026-09-01.`, span: u.span, data: { kind: 'unreadable' } });
    return out;
  },
};
