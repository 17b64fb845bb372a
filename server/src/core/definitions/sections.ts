/**
 * The sections a partnership agreement should have: ids, plain-language
 * titles, what each is for, and the heading phrases real agreements use for
 * them. Data only; the matching lives in ../locate.ts and the judgement of
 * substance in ../substance/.
 *
 * `titles`: phrases that name the section (a heading containing one is that section).
 * `territory`: phrases for neighbouring headings where the section's content often
 * sits when it has no heading of its own (judged, but never counted as a full match).
 */
import type { CoreSectionId } from '../types';

export interface SectionDefinition {
  id: string;
  /** Title as a person would say it, sentence case. */
  title: string;
  /** Heading used when the checker writes this section into a document. */
  heading: string;
  core: boolean;
  /** One line: what the section is for. */
  purpose: string;
  /** One line: why a partnership needs it. */
  why: string;
  /** What makes it strong, for hover and docs. */
  strongWhen: string;
  titles: string[];
  territory?: string[];
}

export const CORE_SECTIONS: Array<SectionDefinition & { id: CoreSectionId }> = [
  {
    id: 'roles',
    title: 'Roles and responsibilities',
    heading: 'Roles and Responsibilities',
    core: true,
    purpose: 'what each party will do',
    why: 'Partners who have not written down their duties find out they disagree only when something is left undone.',
    strongWhen: 'each party has at least one concrete duty phrased as will / shall / agrees to / is responsible for',
    titles: [
      'roles and responsibilities', 'roles & responsibilities', 'responsibilities', 'responsibility', 'obligations',
      'undertaking', 'undertakings', 'duties', 'expectations', 'commitments', 'roles of the parties', 'division of labour',
      'division of labor', 'benefits and obligations', 'what each party will do', 'roles', 'who does what',
      'what each party does', 'what each partner does', 'what we will each do', 'what each of us will do', 'what each partner will do',
      'who will do what', 'how the work is split', 'how the work is shared', 'how the work is divided', 'sharing the work',
      'division of responsibilities', 'split of responsibilities',
    ],
    territory: [
      'scope of work', 'scope', 'collaboration', 'cooperation', 'co-operation', 'working relationship', 'activities',
      'governance', 'nature of the work', 'areas of collaboration', 'program activities', 'partnership activities',
      'how we work together', 'how we will work together', 'working together',
    ],
  },
  {
    id: 'points-of-contact',
    title: 'Points of contact',
    heading: 'Points of Contact',
    core: true,
    purpose: 'a named person, with email or phone, for each party',
    why: 'Without a named contact on each side, requests go unanswered and the partnership stalls when someone changes jobs.',
    strongWhen: 'every party has a person\'s name plus an email or phone, ideally a title, and a rule for handing off when that person changes',
    titles: [
      'points of contact', 'point of contact', 'contacts', 'contact persons', 'contact person', 'contact points',
      'contact information', 'contact details', 'representatives', 'participant representatives', 'liaison', 'liaisons',
      'partnership liaison', 'notices', 'nodal officers', 'nodal officer', 'focal persons', 'focal person', 'focal points', 'focal point', 'key personnel', 'roles of key individuals', 'key contacts', 'project leads',
      'who to call', 'who do i contact', 'who do we contact', 'who should i contact', 'who to contact', 'whom to contact', 'who to talk to', 'who to ask', 'people to talk to', 'people to contact',
    ],
    // "Co-ordinators" heads the people to reach as often as their duties: what is under it decides.
    territory: ['coordinators', 'co-ordinators'],
  },
  {
    id: 'resource-commitments',
    title: 'Resource commitments',
    heading: 'Resource Commitments',
    core: true,
    purpose: 'what each party contributes: money, goods, staff time, space, equipment or expertise',
    why: 'Vague promises of "support" cannot be planned around or held to; amounts and dates can.',
    strongWhen: 'an amount, quantity or date tied to a party ($5,000; 40 mentor hours per semester; within 30 days), or an explicit "no funds change hands"',
    titles: [
      'resource commitments', 'resources', 'resource', 'funding', 'funding provisions', 'financial considerations',
      'financial terms', 'financial arrangements', 'financial', 'finances', 'costs', 'cost', 'budget', 'contributions',
      'contribution', 'in-kind support', 'in kind support', 'fees', 'payment', 'payments', 'compensation', 'sponsorship',
      'donation', 'donations', 'equipment', 'what each partner puts in', 'what each party puts in',
      'what each party contributes', 'what each partner contributes', 'investment', 'investments',
      'what each of us brings', 'what each party brings', 'what each partner brings',
      'revenue sharing', 'revenue share', 'profit sharing', 'revenue', 'donation structure', 'money',
    ],
    // "Commitments" (also "Member Commitments") heads duties as often as contributions: what is under it decides.
    territory: ['commitments'],
  },
  {
    id: 'safety-protocols',
    title: 'Safety protocols',
    heading: 'Safety Protocols',
    core: true,
    purpose: 'how students and participants are kept safe',
    why: 'When students work with adults outside school, the school stays answerable for their safety: checks and supervision must be agreed before the first visit.',
    strongWhen: 'it names the controls: background checks before unsupervised contact, supervision ratios, school-side check-ins or site visits, incident reporting with a time limit, insurance minimums',
    titles: [
      'safety protocols', 'safety', 'student safety', 'health and safety', 'safeguarding', 'child protection', 'supervision',
      'background checks', 'background check', 'human resources management', 'insurance and risk management',
      'risk management', 'insurance', 'workplace standards', 'student welfare', 'wellbeing', 'well-being', 'youth protection',
      'incident reporting', 'incidents and emergencies', 'accidents and incidents', 'emergency procedures',
      'safe', 'keeping students safe', 'looking after participants', 'looking after students', 'looking after young people', 'looking after volunteers', 'looking after learners', 'duty of care', 'physical contact', 'unsupervised contact', 'one to one contact', 'one-to-one contact', 'online contact', 'contact with children', 'contact with students', 'contact with pupils', 'contact with young people', 'contact with learners',
    ],
  },
  {
    id: 'intended-outcomes',
    title: 'Intended outcomes',
    heading: 'Intended Outcomes',
    core: true,
    purpose: 'what the partnership should achieve and how success is measured',
    why: 'Without a measure, a target and a period, nobody can tell at review time whether the partnership worked.',
    strongWhen: 'outcomes with a measure, a target and a period (ideally who measures it, from what data, against what baseline)',
    titles: [
      'intended outcomes', 'outcomes', 'outcome', 'goals and objectives', 'goals', 'objectives', 'measures of success',
      'success metrics', 'success measures', 'performance metrics', 'performance measures', 'performance indicators', 'metrics', 'evaluation', 'deliverables',
      'accountability', 'key performance indicators', 'kpis', 'expected results', 'expected benefits', 'anticipated benefits', 'results', 'targets', 'impact',
      'reporting', 'monitoring and evaluation', 'measurement', 'success', 'what success looks like',
      'how we will know', 'how will we know', 'how will we measure', 'how will success be measured', 'how we will measure', 'what we will measure', 'how success is measured', 'measuring success', 'what we want to achieve', 'what we hope to achieve',
      'what we hope', 'what we expect', 'what we want to see', 'what i hope', 'hopes',
    ],
    territory: ['purpose', 'purposes', 'aims', 'aim', 'shared vision', 'vision', 'shared interest', 'shared interests', 'common interests', 'mutual interests'],
  },
];

/** Recommended sections: reported at lower severity by later rules; used now to recognise headings. */
/**
 * Recommended sections: reported as hints when neither a heading nor text for them is found.
 * `signal` is a regular expression (source) for text that does the section's job without a heading.
 */
export const RECOMMENDED_SECTIONS: Array<SectionDefinition & { signal: string }> = [
  rec('parties', 'Parties', 'the legal name of every party', ['parties', 'the parties', 'between', 'who we are'],
    String.raw`\b(?:between|entered into by|by and between|made by)\b`),
  rec('purpose', 'Purpose', "a specific shared aim tied to students and to each partner's interest", ['purpose', 'purposes', 'background', 'recitals', 'shared vision', 'objectives', 'aims'],
    String.raw`\b(?:purpose|whereas|aims? (?:of|to)|in order to|so that)\b`),
  rec('mutual-benefit', 'Mutual benefit', 'what each partner gains and gives', ['mutual benefit', 'benefits', 'value proposition', 'why we are doing this'],
    String.raw`\bbenefit\w*|\bgains?\b|\bvalue (?:to|for)\b`),
  rec('partnership-type', 'Partnership type', 'formal or informal; donation, in-kind support or collaborative work', ['partnership type', 'type of partnership', 'nature of the partnership', 'legal status', 'nature of this letter'],
    String.raw`\b(?:non-binding|not legally binding|legally binding|binding|formal|informal|in-kind|donation|sponsorship|not a (?:contract|partnership|joint venture)|independent contractors?)\b`),
  rec('communication', 'Communication', 'cadence and channel for check-ins and feedback', ['communication', 'communications', 'meetings', 'reporting and communication', 'governance'],
    String.raw`\b(?:meet(?:s|ing|ings)?|check-?ins?|communicat\w*|newsletter|steering committee|update each other|calls?)\b[^.]{0,60}\b(?:weekly|monthly|quarterly|annually|each (?:month|quarter|semester|term|year)|every)\b|\b(?:weekly|monthly|quarterly) (?:meetings?|calls?|check-?ins?)\b`),
  rec('learning-alignment', 'Learning alignment', "how the partner's goals align with student learning goals", ['learning alignment', 'alignment', 'curriculum alignment', 'student learning', 'learning goals'],
    String.raw`\b(?:curricul\w*|learning (?:goals|objectives|outcomes)|course\w*|standards|competenc\w*|credential\w*|certificat\w*|pathway\w*|skills?)\b`),
  rec('term-and-review', 'Term and review', 'start and end dates and a periodic review', ['term', 'duration', 'period of agreement', 'period of collaboration', 'review', 'commencement', 'term and termination'],
    String.raw`\b(?:effective (?:date|from|on|as of)|runs? from|remain in (?:effect|force)|for a (?:period|term) of|expires?|until \d|through \d|review\w*)\b`),
  rec('termination', 'Termination', 'notice period and what happens to students, data and equipment', ['termination', 'variation and termination', 'term and termination', 'ending this agreement'],
    String.raw`\bterminat\w*|\bend (?:it|this agreement|the agreement)\b|\bwithdraw\w*`),
  rec('confidentiality', 'Confidentiality', 'data protection and use of student records', ['confidentiality', 'privacy', 'data protection', 'data security', 'ferpa', 'student data', 'student records'],
    String.raw`\b(?:confidential\w*|privacy|FERPA|personal data|student (?:data|records)|data protection)\b`),
  rec('liability', 'Liability', 'indemnity and insurance', ['liability', 'indemnity', 'indemnification', 'insurance'],
    String.raw`\b(?:liab\w*|indemnif\w*|insurance|insured|hold harmless)\b`),
  rec('intellectual-property', 'Intellectual property', 'ownership of prior and joint work; use of logos', ['intellectual property', 'ip', 'publishing rights', 'trademark', 'trademarks', 'licensing', 'publicity and logos', 'data and results', 'results and data', 'publication of results', 'ownership of results', 'use of results'],
    String.raw`\b(?:intellectual property|copyright\w*|trademark\w*|logos?|licen[cs]\w*|ownership|own(?:s|ed)? (?:the|all|any)|creative commons)\b`),
  rec('recognition', 'Recognition', 'how partners are thanked and successes shared', ['recognition', 'publicity', 'acknowledgement', 'acknowledgment', 'celebrating success'],
    String.raw`\b(?:recogni\w*|acknowledg\w*|publicity|press release|thank\w*|celebrat\w*|showcase|newsletter|social media|logo)\b`),
  rec('dispute-resolution', 'Dispute resolution', 'escalation steps', ['dispute resolution', 'disputes', 'escalation', 'escalation procedure', 'resolving disagreements'],
    String.raw`\b(?:disputes?|disagreements?|escalat\w*|mediat\w*|arbitrat\w*)\b`),
  rec('signatures', 'Signatures', 'an authorised official of each party: name, title, date', ['signatures', 'signature', 'signing', 'signed', 'signed by the parties', 'signatories', 'execution', 'in witness whereof', 'acceptance', 'agreed and accepted', 'countersignature'],
    String.raw`\b(?:signed|signature\w*|signatory|signatories|countersign\w*|in witness whereof|authori[sz]ed (?:official|representative|signator))\b`),
];

function rec(id: string, title: string, purpose: string, titles: string[], signal: string): SectionDefinition & { signal: string } {
  const heading = title.replace(/\b(\p{Ll})(\p{L}*)/gu, (w, a: string, b: string) => (/^(?:and|or|of|the|to|in)$/.test(w) ? w : a.toUpperCase() + b));
  return { id, title, heading, core: false, purpose, why: '', strongWhen: '', titles, signal };
}

/** The order sections appear in a well-made agreement (the default playbook's). */
export const SECTION_ORDER = [
  'parties', 'purpose', 'mutual-benefit', 'partnership-type', 'roles', 'points-of-contact', 'resource-commitments',
  'safety-protocols', 'intended-outcomes', 'communication', 'learning-alignment', 'term-and-review', 'termination',
  'confidentiality', 'liability', 'intellectual-property', 'recognition', 'dispute-resolution', 'signatures',
];

export function sectionDefinition(id: string): SectionDefinition | undefined {
  return CORE_SECTIONS.find((s) => s.id === id) ?? RECOMMENDED_SECTIONS.find((s) => s.id === id);
}
