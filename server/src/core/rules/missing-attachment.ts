import { attachmentPresent } from '../substance/common';
import { ATTACHMENT_REF } from '../signals';
import type { Rule } from './rule';

export const missingAttachment: Rule = {
  id: 'missing-attachment',
  description: 'The agreement refers to an exhibit, annex, schedule, appendix or cover page that is not in the document.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/missing-attachment.md',
  examples: {
    valid: [
      `# Memorandum of Understanding

The partner pays the fee listed in Exhibit 1.

## Exhibit 1

The fee is $2,000 per semester.
`,
    ],
    invalid: [
      {
        text: `# Memorandum of Understanding

The partner pays the fee listed in Exhibit 1, and the activities are set out in Annex A.
`,
        findings: [{ line: 2 }, { line: 2 }],
      },
    ],
  },
  check(ctx) {
    const seen = new Set<string>();
    const out: ReturnType<Rule['check']> = [];
    for (const p of ctx.model.passages) {
      const src = ctx.model.text.slice(p.start, p.end);
      for (const m of src.matchAll(new RegExp(ATTACHMENT_REF.source, 'gi'))) {
        const name = m[0].replace(/\s+/g, ' ');
        const key = name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        if (attachmentPresent(name, ctx.model)) continue;
        out.push({
          message: `“${name}” is referred to but is not in this document: attach it, or write what it says here, so every partner signs the same terms.`,
          span: { start: p.start + m.index!, end: p.start + m.index! + m[0].length },
          data: { attachment: name },
        });
      }
    }
    return out;
  },
};
