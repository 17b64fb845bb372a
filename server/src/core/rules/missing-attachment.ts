import type { BlockFacts } from '../facts';
import { blockHits } from '../block-scan';
import { attachmentPresent, findAttachmentRefs } from '../substance/common';
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
    const { model } = ctx;
    for (const { i, value: refs } of blockHits(model, 'attachment-refs', (_f, i) => refsIn(model.blocks[i].text, _f))) {
      const block = model.blocks[i];
      for (const ref of refs) {
        const key = ref.name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        if (attachmentPresent(ref.name, model)) continue;
        out.push({
          message: `“${ref.name}” is referred to but is not in this document: attach it, or write what it says here, so every partner signs the same terms.`,
          span: { start: block.start + ref.start, end: block.start + ref.end },
          data: { attachment: ref.name },
        });
      }
    }
    return out;
  },
};

/** References to attachments in a block's passages, as written in the source (block-relative spans). */
function refsIn(blockText: string, f: BlockFacts): Array<{ name: string; start: number; end: number }> | null {
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const p of f.passages) {
    for (const r of findAttachmentRefs(blockText.slice(p.start, p.end))) out.push({ name: r.name, start: p.start + r.start, end: p.start + r.end });
  }
  return out.length ? out : null;
}
