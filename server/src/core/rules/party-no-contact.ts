import { partyRule, RECIPROCAL_EXAMPLE } from './party';

export const partyNoContact = partyRule({
  id: 'party-no-contact',
  aspect: 'contact',
  description: 'A party to the agreement has no named contact with an email or phone.',
  message: (p) => `No contact is given for ${p}: name a person at ${p} with an email or phone, so the other partners know whom to call.`,
  examples: {
    valid: [
      RECIPROCAL_EXAMPLE(`## Points of Contact

- For the School: Maria Lopez, CTE Coordinator, mlopez@pineridge.k12.us
- For Arclight: Ben Okafor, Education Lead, bokafor@arclightoptics.com
`),
    ],
    invalid: [
      {
        text: RECIPROCAL_EXAMPLE(`## Points of Contact

- For the School: Maria Lopez, CTE Coordinator, mlopez@pineridge.k12.us, (555) 301-2200
`),
        findings: [{ section: 'points-of-contact', line: 2 }],
      },
    ],
  },
});
