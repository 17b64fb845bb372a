import { partyRule, RECIPROCAL_EXAMPLE } from './party';

export const partyNoContribution = partyRule({
  id: 'party-no-contribution',
  aspect: 'contribution',
  description: 'A party to the agreement contributes nothing: no money, time, space, equipment or expertise.',
  message: (p) => `${p[0].toUpperCase()}${p.slice(1)} contributes nothing in this agreement: say what ${p} brings — money, staff time, space, equipment or expertise.`,
  examples: {
    valid: [
      RECIPROCAL_EXAMPLE(`## Resource Commitments

Arclight will donate 10 spectrometers worth $8,000 by 1 September 2026.
The School will provide a lab classroom and 60 hours of teacher time each semester.
`),
    ],
    invalid: [
      {
        text: RECIPROCAL_EXAMPLE(`## Resource Commitments

Arclight will donate 10 spectrometers worth $8,000 by 1 September 2026.
`),
        findings: [{ section: 'resource-commitments', line: 2 }],
      },
    ],
  },
});
