import { sectionDefinition } from '../definitions/sections';
import type { Rule } from './rule';

export const weakSection: Rule = {
  id: 'weak-section',
  description: 'A section is there but does not yet say enough to rely on.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/weak-section.md',
  examples: {
    valid: [],
    invalid: [
      {
        text: `# Partnership Agreement between Eastfield College and Brightwater Utilities

## Roles and Responsibilities

The parties will collaborate to support students.

## Points of Contact

- Eastfield College: Dana Whitlock, Director of Workforce Programs
- Brightwater Utilities: Omar Haddad, HR Manager
`,
        findings: [
          { section: 'roles', line: 2 },
          { section: 'points-of-contact', line: 6 },
        ],
      },
    ],
  },
  check(ctx) {
    return ctx.sections
      .filter((s) => s.status === 'weak' && s.span)
      .map((s) => {
        const def = ctx.definitions.find((d) => d.id === s.id) ?? sectionDefinition(s.id)!;
        return {
          message: `Weak section: ${def.title} — ${s.reason}. It is strong when ${def.strongWhen}.`,
          span: s.span!,
          section: s.id,
          data: { section: s.id, reason: s.reason },
        };
      });
  },
};
