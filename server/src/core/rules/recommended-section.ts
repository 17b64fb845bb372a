import { sectionDefinition } from '../definitions/sections';
import type { Rule } from './rule';

export const recommendedSection: Rule = {
  id: 'recommended-section',
  description: 'A recommended section (purpose, term, termination, confidentiality, signatures, …) is not in the agreement.',
  defaultSeverity: 'hint',
  docs: 'docs/rules/recommended-section.md',
  examples: {
    valid: [],
    invalid: [
      {
        text: `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

Hilltop School will recruit 10 students. Beacon Labs will host them each Friday.
`,
        findings: [
          { section: 'purpose' }, { section: 'mutual-benefit' }, { section: 'partnership-type' }, { section: 'communication' }, { section: 'learning-alignment' },
          { section: 'term-and-review' }, { section: 'termination' }, { section: 'confidentiality' }, { section: 'liability' },
          { section: 'intellectual-property' }, { section: 'recognition' }, { section: 'dispute-resolution' }, { section: 'signatures' },
        ],
      },
    ],
  },
  check(ctx) {
    return ctx.recommended
      .filter((r) => !r.found)
      .map((r) => {
        const def = ctx.definitions.find((d) => d.id === r.id) ?? sectionDefinition(r.id)!;
        return {
          message: `Consider adding “${def.heading}” — ${def.purpose}. Most strong agreements have it.`,
          span: { start: ctx.agreement.title.start, end: ctx.agreement.title.end },
          section: r.id,
          data: { section: r.id, heading: def.heading },
        };
      });
  },
};
