import type { Rule } from './rule';

export const notApplicableReason: Rule = {
  id: 'not-applicable-reason',
  description: 'A section is declared not applicable in the front matter without saying why.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/not-applicable-reason.md',
  examples: {
    valid: [
      `---
agreement:
  not-applicable:
    safety-protocols: "a one-off equipment donation; no partner staff meet students"
---
# Memorandum of Understanding between Hill School and Beacon Labs
`,
    ],
    invalid: [
      {
        text: `---
agreement:
  not-applicable:
    safety-protocols: ""
---
# Memorandum of Understanding between Hill School and Beacon Labs
`,
        findings: [{ section: 'safety-protocols', line: 3 }],
      },
    ],
  },
  check(ctx) {
    const fm = ctx.model.frontMatter;
    if (!fm) return [];
    return ctx.sections
      .filter((s) => s.status === 'not-applicable' && /without a reason/.test(s.reason))
      .map((s) => {
        // The key's line inside the front matter.
        const m = new RegExp(`^[ \\t]*${s.id}[ \\t]*:.*$`, 'm').exec(fm.value);
        const start = m ? ctx.model.text.indexOf(fm.value, fm.start) + m.index : fm.start;
        return {
          message: `${s.title} is declared not applicable without a reason: say why (e.g. "no students take part"), so partners and reviewers can agree.`,
          span: { start, end: start + (m?.[0].length ?? 3) },
          section: s.id,
          data: { section: s.id },
        };
      });
  },
};
