/** Shared shape of the three reciprocity rules: a party with no duty, no contact or no contribution. */
import type { PartyStanding } from '../reciprocity';
import type { Rule, RuleExample } from './rule';

type Aspect = 'duty' | 'contact' | 'contribution';

const SECTION_OF: Record<Aspect, string> = { duty: 'roles', contact: 'points-of-contact', contribution: 'resource-commitments' };

export function partyRule(spec: {
  id: string;
  aspect: Aspect;
  description: string;
  message: (party: string) => string;
  examples: { valid: string[]; invalid: RuleExample[] };
}): Rule {
  return {
    id: spec.id,
    description: spec.description,
    defaultSeverity: 'warning',
    docs: `docs/rules/${spec.id}.md`,
    examples: spec.examples,
    check(ctx) {
      // Judged only with two or more parties identified, and only when the section itself exists
      // (a missing section is already reported once, not once per party).
      if (ctx.parties.length < 2 || !ctx.located.get(SECTION_OF[spec.aspect])) return [];
      return ctx.parties
        .filter((p: PartyStanding) => !p[spec.aspect])
        .map((p) => ({
          message: spec.message(display(p)),
          span: p.span,
          section: SECTION_OF[spec.aspect],
          data: { party: p.name, aspect: spec.aspect },
        }));
    },
  };
}

/** "the Bank" where the agreement writes it so, "Acme" for a name. */
export function display(p: PartyStanding): string {
  return p.the ? `the ${p.name}` : p.name;
}

export const RECIPROCAL_EXAMPLE = (body: string) => `# Memorandum of Understanding

This MOU is made between Pine Ridge High School (the "School") and Arclight Optics Inc. ("Arclight").

${body}`;
