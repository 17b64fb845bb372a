import { sectionDefinition } from '../definitions/sections';
import { studentsInvolved } from '../substance/safety-protocols';
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
        const students = s.id === 'safety-protocols' ? studentsInvolved(ctx.model) : '';
        const context = students ? ` This agreement involves ${students}: name background checks and supervision or school-side check-ins.` : '';
        return {
          message: `Missing section: ${def.title} — ${def.purpose}.${def.why ? ` ${def.why}` : ''}${context} Add ${/^[AEIOU]/i.test(def.heading) ? 'an' : 'a'} “${def.heading}” section.`,
          span: { start: ctx.agreement.title.start, end: ctx.agreement.title.end },
          section: s.id,
          data: { section: s.id, heading: def.heading },
        };
      });
  },
};
