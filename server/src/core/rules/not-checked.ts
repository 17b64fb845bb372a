import { blockHits } from '../block-scan';
import { tooCostly } from '../block-guard';
import type { Rule, RuleFinding } from './rule';

const KEY = 'not-checked';

/** Blocks the parser was not given (block-guard.ts): read as plain text, so this part was not really checked. */
export const notChecked: Rule = {
  id: 'not-checked',
  description: 'Part of the agreement was not checked: its markdown would take the parser too long (hundreds of emphasis markers or link brackets in one paragraph, or lists nested dozens deep).',
  defaultSeverity: 'warning',
  docs: 'docs/rules/not-checked.md',
  examples: {
    valid: [
      `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

- Hilltop School will **recruit** ten students.
- Beacon Labs will _host_ them.
`,
    ],
    invalid: [
      {
        text: `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

${'*_'.repeat(300)}
`,
        findings: [{ line: 4 }],
      },
    ],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const { blocks, text } = ctx.model;
    for (const { i, value: why } of blockHits(ctx.model, KEY, (_f, i) => tooCostly(blocks[i].text) ?? null)) {
      const block = blocks[i];
      // On the line where the costly run starts (the block itself may be megabytes long).
      const start = block.start + why.at;
      const nl = text.indexOf('\n', start);
      const end = Math.min(nl < 0 ? block.end : nl, block.end, start + 200);
      out.push({
        message: `This part was not checked: ${why.reason}, which would take the markdown parser too long. This block (from its heading or the paragraph before) was read as plain text, so its sections, duties and contacts may be missed. Split it up, or remove the repeated markers.`,
        span: { start, end },
      });
    }
    return out;
  },
};
