import { partyRule, RECIPROCAL_EXAMPLE } from './party';

export const partyNoDuty = partyRule({
  id: 'party-no-duty',
  aspect: 'duty',
  description: 'A party to the agreement has no duty of its own anywhere in it.',
  message: (p) => `${cap(p)} has no duty of its own in this agreement: say what ${p} will do. A partnership is reciprocal — every party commits to something.`,
  examples: {
    valid: [
      RECIPROCAL_EXAMPLE(`## Roles and Responsibilities

The School will recruit 12 students and assign a teacher coordinator.
Arclight will host the students for two site visits each semester.
`),
    ],
    invalid: [
      {
        text: RECIPROCAL_EXAMPLE(`## Roles and Responsibilities

The School will recruit 12 students, assign a teacher coordinator and arrange transport for every visit.
The School will share attendance records with the coordinator each month.
`),
        findings: [{ section: 'roles', line: 2 }],
      },
    ],
  },
});

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
