import { sectionDefinition } from '../definitions/sections';
import { participants } from '../substance/safety-protocols';
import type { Rule } from './rule';

const THIN = `# Memorandum of Understanding between Northside High School and Lumen Labs

This Memorandum of Understanding is entered into by Northside High School ("the School") and Lumen Labs Inc. ("Lumen").

## Purpose

The parties share an interest in preparing students for careers in optics.

## Term

This MOU runs from August 1, 2026 to July 31, 2027.

## Signatures

Signed for the School and for Lumen by their authorised officials.
`;

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A required section is not in the agreement at all.',
  defaultSeverity: 'error',
  docs: 'docs/rules/missing-section.md',
  examples: {
    valid: [],
    invalid: [
      {
        text: THIN,
        findings: [
          { section: 'roles', line: 0 },
          { section: 'points-of-contact', line: 0 },
          { section: 'resource-commitments', line: 0 },
          { section: 'safety-protocols', line: 0 },
          { section: 'intended-outcomes', line: 0 },
        ],
      },
    ],
  },
  check(ctx) {
    return ctx.sections
      .filter((s) => s.required && s.status === 'missing')
      .map((s) => {
        const def = ctx.definitions.find((d) => d.id === s.id) ?? sectionDefinition(s.id)!;
        const add = `Add ${/^[AEIOU]/i.test(def.heading) ? 'an' : 'a'} “${def.heading}” section.`;
        const base = { span: { start: ctx.agreement.title.start, end: ctx.agreement.title.end }, section: s.id, data: { section: s.id, heading: def.heading } };
        if (s.id === 'safety-protocols') {
          // Who takes part decides what safety must say, and how much its absence matters.
          const taking = participants(ctx.model);
          if (taking.who === 'people') {
            return {
              ...base,
              severity: 'warning' as const,
              message: `Missing section: ${def.title} — this agreement involves ${taking.word}, but does not say how they are kept safe: supervision, incident reporting with a time limit, insurance minimums. ${add}`,
            };
          }
          if (taking.who === 'nobody') {
            return {
              ...base,
              severity: 'information' as const,
              message: `No ${def.title.toLowerCase()} section. Nobody seems to take part in activities under this agreement, so this is a reminder rather than a gap: if people will take part, say how they are kept safe, or mark the section not applicable.`,
            };
          }
          return { ...base, message: `Missing section: ${def.title} — ${def.purpose}. ${def.why} This agreement involves ${taking.word}: name background checks and supervision or school-side check-ins. ${add}` };
        }
        return { ...base, message: `Missing section: ${def.title} — ${def.purpose}.${def.why ? ` ${def.why}` : ''} ${add}` };
      });
  },
};
