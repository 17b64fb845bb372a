import { SHARING } from '../signals';
import { somePassage } from '../block-scan';
import type { Rule } from './rule';

export const sharedEngagement: Rule = {
  id: 'shared-engagement',
  description: 'Several partners take part, but the agreement does not say how engagement is shared among them.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/shared-engagement.md',
  examples: {
    valid: [
      `# Memorandum of Understanding

This MOU is made between Lakeside School District (the "District"), Orbit Labs ("Orbit") and Cobalt Energy ("Cobalt").

## Roles and Responsibilities

The District will schedule all visits. Orbit and Cobalt will each host one visit per semester, alternating schools so that every school is served equally.
`,
    ],
    invalid: [
      {
        text: `# Memorandum of Understanding

This MOU is made between Lakeside School District (the "District"), Orbit Labs ("Orbit") and Cobalt Energy ("Cobalt").

## Roles and Responsibilities

The District will schedule all visits. Orbit will host site visits. Cobalt will provide guest speakers.
`,
        findings: [{ section: 'roles', line: 4 }],
      },
    ],
  },
  check(ctx) {
    if (ctx.parties.length < 3) return [];
    if (somePassage(ctx.model, SHARING)) return [];
    const roles = ctx.sections.find((s) => s.id === 'roles');
    const span = roles?.span ?? { start: ctx.agreement.title.start, end: ctx.agreement.title.end };
    const names = ctx.parties.map((p) => p.name);
    return [
      {
        message: `${names.length} partners take part (${names.join(', ')}): say how engagement is shared — who hosts what and when, how schools are served equitably, and how no partner is overburdened.`,
        span,
        section: 'roles',
        data: { parties: names },
      },
    ];
  },
};
