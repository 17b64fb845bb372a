import type { Rule } from './rule';

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'A blank left by a template ([Partner Name], TBD, ____, DD/MM/YYYY) still needs real text.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/placeholder.md',
  examples: {
    valid: [
      `# Memorandum of Understanding

The agreement starts on 1 September 2026. Contact Priya Raman at \`priya.raman@example.org\`.
`,
    ],
    invalid: [
      {
        text: `# Memorandum of Understanding

This MOU is made on DD/MM/YYYY between [Partner Name] and Hillcrest Academy.

The partner contributes $____ each year. The start date is TBD.
`,
        findings: [{ line: 2 }, { line: 2 }, { line: 4 }, { line: 4 }],
      },
    ],
  },
  check(ctx) {
    return ctx.model.placeholders.map((p) => ({
      message: `Placeholder “${p.text}” still needs to be filled in: an agreement with blanks cannot be signed as it stands.`,
      span: { start: p.start, end: p.end },
      data: { placeholder: p.text },
    }));
  },
};
