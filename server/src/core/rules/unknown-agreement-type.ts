import { PLAYBOOKS } from '../definitions/playbooks';
import type { Rule } from './rule';

export const unknownAgreementType: Rule = {
  id: 'unknown-agreement-type',
  description: 'The front matter names an agreement type (agreement: { type }) that is not a playbook: the agreement is checked as a general MOU instead.',
  defaultSeverity: 'error',
  docs: 'docs/rules/unknown-agreement-type.md',
  examples: {
    valid: [
      `---
agreement:
  type: work-based-learning
---
# Memorandum of Understanding between Hill School and Beacon Labs
`,
    ],
    invalid: [
      {
        text: `---
agreement:
  type: work-based-learnin
---
# Memorandum of Understanding between Hill School and Beacon Labs
`,
        findings: [{ line: 2 }],
      },
    ],
  },
  check(ctx) {
    const fm = ctx.model.frontMatter;
    const ag = ctx.agreement.frontMatter?.agreement;
    const type = ag && typeof ag === 'object' && !Array.isArray(ag) ? (ag as Record<string, unknown>).type : undefined;
    if (!fm || typeof type !== 'string' || PLAYBOOKS.some((p) => p.id === type)) return [];
    // The key's line inside the front matter.
    const m = /^[ \t]*type[ \t]*:.*$/m.exec(fm.value);
    const start = m ? ctx.model.text.indexOf(fm.value, fm.start) + m.index : fm.start;
    return [
      {
        message: `“${type}” is not an agreement type, so this agreement is checked as a general MOU. Use one of: ${PLAYBOOKS.map((p) => p.id).join(', ')}.`,
        span: { start, end: start + (m?.[0].length ?? 3) },
        data: { type },
      },
    ];
  },
};
