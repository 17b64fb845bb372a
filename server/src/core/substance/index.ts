/** One substance check per core section, and the content signal that locates it when it has no heading. */
import type { CoreSectionId } from '../types';
import { OUTCOME_AIM, OUTCOME_SIGNAL, POC_SIGNAL, SAFETY_SIGNAL, JOB_TITLE, EMAIL, OBLIGATION, personNames } from '../signals';
import { judgeRoles, hasActor } from './roles';
import { judgeContacts } from './points-of-contact';
import { judgeResources, isResourceSentence } from './resource-commitments';
import { judgeSafety } from './safety-protocols';
import { judgeOutcomes } from './intended-outcomes';
import type { Judgement, SubstanceInput } from './common';
import { sentences } from '../signals';

export interface SubstanceCheck {
  /** Does this passage carry the section's content when the section has no heading? */
  signal: (text: string) => boolean;
  /** Does text under a neighbouring heading (territory) speak to this section? Default: yes. */
  territory?: (text: string) => boolean;
  /** Sections whose titled text is not searched for this one's content. */
  skipUnder?: string[];
  judge: (input: SubstanceInput) => Judgement;
}

export const SUBSTANCE: Record<CoreSectionId, SubstanceCheck> = {
  roles: {
    signal: (t) => sentences(t).some((s) => OBLIGATION.test(s) && hasActor(s).actor),
    judge: judgeRoles,
    // Duties under "Safety" or "Contacts" belong to those sections, not to roles.
    skipUnder: ['points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'],
  },
  'points-of-contact': {
    signal: (t) =>
      POC_SIGNAL.test(t) ||
      (new RegExp(EMAIL.source).test(t) && personNames(t).length > 0) ||
      t.split('\n').some((line, i, lines) => personNames(line).length > 0 && JOB_TITLE.test(lines[i + 1] ?? '') && line.trim().split(/\s+/).length <= 4),
    judge: judgeContacts,
    // Signatories sign; they are not the people to call.
    skipUnder: ['signatures'],
  },
  'resource-commitments': {
    signal: (t) => sentences(t).some(isResourceSentence),
    judge: judgeResources,
  },
  'safety-protocols': {
    signal: (t) => SAFETY_SIGNAL.test(t),
    judge: judgeSafety,
  },
  'intended-outcomes': {
    signal: (t) => OUTCOME_SIGNAL.test(t),
    // A purpose counts as a (weak) statement of outcomes only when it names an aim to achieve.
    territory: (t) => OUTCOME_SIGNAL.test(t) || OUTCOME_AIM.test(t),
    judge: judgeOutcomes,
  },
};
