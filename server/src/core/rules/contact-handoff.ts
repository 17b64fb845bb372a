import { HANDOFF } from '../signals';
import { someHeading, somePassage } from '../block-scan';
import type { Rule } from './rule';

export const contactHandoff: Rule = {
  id: 'contact-handoff',
  description: 'The contacts section does not say what happens when a contact person changes.',
  defaultSeverity: 'information',
  docs: 'docs/rules/contact-handoff.md',
  examples: {
    valid: [
      `# Memorandum of Understanding

## Points of Contact

- Hilltop School: Dana Reyes, dreyes@hilltop.k12.us
- Beacon Labs: Sam Ito, sito@beaconlabs.com

If a contact changes, that party will name a replacement in writing within 10 days.
`,
    ],
    invalid: [
      {
        text: `# Memorandum of Understanding

## Points of Contact

- Hilltop School: Dana Reyes, dreyes@hilltop.k12.us
- Beacon Labs: Sam Ito, sito@beaconlabs.com
`,
        findings: [{ section: 'points-of-contact', line: 2 }],
      },
    ],
  },
  check(ctx) {
    const poc = ctx.sections.find((s) => s.id === 'points-of-contact');
    // No contacts section at all (signatories only): adding the section brings its hand-off rule.
    if (!poc || poc.status === 'missing' || poc.standIn || !poc.span) return [];
    if (somePassage(ctx.model, HANDOFF) || someHeading(ctx.model, HANDOFF)) return [];
    return [
      {
        message: 'No hand-off rule: say what happens when a contact changes, e.g. “If a contact changes, that party will name a replacement in writing within 10 days.” Partnerships stall when the one person who knew about them moves on.',
        span: poc.span,
        section: 'points-of-contact',
        data: { section: 'points-of-contact' },
      },
    ];
  },
};
