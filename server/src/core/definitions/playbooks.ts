/**
 * Built-in playbooks: what each kind of partnership agreement needs. Data only.
 * `required` sections are errors when missing; `recommended` are hints; `notExpected` sections are
 * not asked for (with the reason shown to the user). Where sections go is SECTION_ORDER (sections.ts).
 */
import { CORE_SECTIONS, SECTION_ORDER } from './sections';

export interface Playbook {
  id: string;
  title: string;
  description: string;
  required: string[];
  recommended: string[];
  notExpected: Record<string, string>;
}

const CORE: string[] = CORE_SECTIONS.map((s) => s.id);
/** Every other section, in SECTION_ORDER. */
const ALL_RECOMMENDED = SECTION_ORDER.filter((id) => !CORE.includes(id));

export const PLAYBOOKS: Playbook[] = [
  {
    id: 'mou',
    title: 'Memorandum of understanding (general)',
    description: 'Any partnership between a school, college or STEM center and a partner.',
    required: CORE,
    recommended: ALL_RECOMMENDED,
    notExpected: {},
  },
  {
    id: 'industry-partnership',
    title: 'Industry partnership',
    description: 'A company supports a program: curriculum advice, mentors, site visits, internships.',
    required: CORE,
    recommended: ALL_RECOMMENDED,
    notExpected: {},
  },
  {
    id: 'work-based-learning',
    title: 'Work-based learning',
    description: 'Students work or learn at the partner’s site: internships, apprenticeships, job shadowing.',
    required: [...CORE, 'liability'],
    recommended: ALL_RECOMMENDED.filter((s) => s !== 'liability'),
    notExpected: {},
  },
  {
    id: 'in-kind-donation',
    title: 'In-kind donation or sponsorship',
    description: 'A partner gives money, equipment or services; its staff do not work with students.',
    required: ['roles', 'points-of-contact', 'resource-commitments', 'intended-outcomes'],
    recommended: ['parties', 'purpose', 'partnership-type', 'recognition', 'term-and-review', 'intellectual-property', 'signatures'],
    notExpected: { 'safety-protocols': 'a donation puts no partner staff in contact with students' },
  },
  {
    id: 'community-of-practice',
    title: 'Community of practice',
    description: 'Educators from several organisations share practice; usually no money changes hands.',
    required: ['roles', 'points-of-contact', 'resource-commitments', 'intended-outcomes', 'communication'],
    recommended: ['parties', 'purpose', 'mutual-benefit', 'term-and-review', 'termination', 'intellectual-property', 'signatures'],
    notExpected: { 'safety-protocols': 'members are adult educators; add it if students take part' },
  },
  {
    id: 'research-practice',
    title: 'Research–practice partnership',
    description: 'Researchers and a school or district study a problem of practice together, often with student data.',
    required: ['roles', 'points-of-contact', 'resource-commitments', 'intended-outcomes', 'confidentiality'],
    recommended: ALL_RECOMMENDED.filter((s) => s !== 'confidentiality').concat('safety-protocols'),
    notExpected: {},
  },
  {
    id: 'multi-partner',
    title: 'Multi-partner program',
    description: 'Several industry partners and schools in one program (P-TECH style).',
    required: [...CORE, 'communication'],
    recommended: ALL_RECOMMENDED.filter((s) => s !== 'communication'),
    notExpected: {},
  },
];

export function playbook(id: string | undefined): Playbook {
  return PLAYBOOKS.find((p) => p.id === id) ?? PLAYBOOKS[0];
}
