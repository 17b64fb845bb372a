import { indexHeadings } from '../locate';
import { modelMemo } from '../model';
import { buildSectionTree } from '../sections';
import type { Placeholder } from '../types';
import type { Rule, RuleContext } from './rule';
import { userPattern } from '../user-pattern';
import { SIGNING_BLANK_LINE, signingLabelBefore } from '../placeholders';

/** Matches of the organisation's own placeholder patterns (from .mou.json) in the text, outside code. */
function configured(ctx: RuleContext): Placeholder[] {
  if (!ctx.placeholders.length) return [];
  const out: Placeholder[] = [];
  for (const source of ctx.placeholders) {
    // On a linear-time engine: a workspace's pattern can never freeze the checker (user-pattern.ts).
    const re = userPattern(source);
    if (typeof re === 'string') continue; // reported on the config file itself
    for (const p of ctx.model.passages) {
      const src = ctx.model.text.slice(p.start, p.end);
      for (const m of re.matches(src)) {
        const start = p.start + m.start;
        const end = p.start + m.end;
        if (!ctx.model.placeholders.some((x) => x.start < end && start < x.end) && !out.some((x) => x.start < end && start < x.end)) {
          out.push({ start, end, text: m.text });
        }
      }
    }
  }
  return out;
}

/**
 * A blank line to sign or date on ("Signature: ________", "Date: ____", or any line of blanks in the
 * Signatures section) is filled in at signing, not while drafting: not a placeholder to report.
 */
function isSigningBlank(ctx: RuleContext, p: Placeholder): boolean {
  if (!/^(?:\\?_)+$/.test(p.text)) return false;
  const lineStart = ctx.model.lines.starts[ctx.model.lines.position(p.start).line];
  const before = ctx.model.text.slice(lineStart, p.start);
  if (signingLabelBefore(before)) return true;
  // "_______________     Date: ________" under IN WITNESS WHEREOF: a line only to sign and date on.
  const line = ctx.model.lines.position(p.start).line;
  if (SIGNING_BLANK_LINE.test(ctx.model.text.slice(lineStart, ctx.model.lines.lineEnd(line))) && p.start > witnessAt(ctx)) return true;
  const signatures = modelMemo(ctx.model, 'signatures', () => indexHeadings(buildSectionTree(ctx.model), undefined, ctx.model).title.get('signatures') ?? []);
  return signatures.some((n) => p.start >= n.heading.end && p.start < n.end);
}

/** Where "IN WITNESS WHEREOF" first is (the signature block follows it); Infinity when it is not there. */
function witnessAt(ctx: RuleContext): number {
  return modelMemo(ctx.model, 'placeholder:witness', () => {
    const m = /\bin witness whereof\b/i.exec(ctx.model.text);
    return m ? m.index : Infinity;
  });
}

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
      `# Memorandum of Understanding

## Signatures

For Hillcrest Academy: Dana Reyes, Principal

Signature: ____________________  Date: __________
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
    const found = [...ctx.model.placeholders, ...configured(ctx)].sort((a, b) => a.start - b.start);
    return found.filter((p) => !isSigningBlank(ctx, p)).map((p) => ({
      message: `Placeholder “${p.text}” still needs to be filled in: an agreement with blanks cannot be signed as it stands.`,
      span: { start: p.start, end: p.end },
      data: { placeholder: p.text },
    }));
  },
};
