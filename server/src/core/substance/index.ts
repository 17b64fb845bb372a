/** One substance check per core section, and the content signal that locates it when it has no heading. */
import type { CoreSectionId } from '../types';
import { OUTCOME_AIM, outcomeSignal, POC_SIGNAL, PROVIDE_VERB, RESOURCE_STRONG, SAFETY_SIGNAL, JOB_TITLE, EMAIL, OBLIGATION, PHONE, memo, personNames } from '../signals';
import { judgeRoles, leavesRolesElsewhere } from './roles';
import { partyLabelRow } from './structured-duties';
import { hasActor } from './actors';
import { sentencesWithActors } from './duties';
import { outsideRecitals } from './recitals';
import { judgeContacts } from './points-of-contact';
import { judgeResources, isResourceSentence } from './resource-commitments';
import { judgeSafety } from './safety-protocols';
import { judgeOutcomes } from './intended-outcomes';
import type { Judgement, SubstanceInput } from './common';
import { whoWhatHeader, type Located } from '../locate';
import { passagesWhere } from '../block-scan';
import type { DocumentModel } from '../model';
import { findPlaceholders } from '../placeholders';
import { sentences } from '../signals';

export interface SubstanceCheck {
  /** Does this passage carry the section's content when the section has no heading? */
  signal: (text: string) => boolean;
  /** Does text under a neighbouring heading (territory) speak to this section? Default: yes. */
  territory?: (text: string) => boolean;
  /** Sections whose titled text is not searched for this one's content… */
  skipUnder?: string[];
  /** …except passages there that say they are this section's ("School contact for the club: …"). */
  keepUnder?: (text: string, under: string) => boolean;
  judge: (input: SubstanceInput) => Judgement;
  /** What a present section shows, in plain words: what was looked for when it is weak or missing. */
  lookedFor: string;
  /** Text that stands in for the section when neither a heading nor content finds it. */
  standIn?: (model: DocumentModel) => Located | undefined;
}

/**
 * "Name: Aureliano Reyes" (signature blocks): people the agreement names, if no one else. Also
 * where a Word or PDF conversion runs the block's lines together ("By: Ana Ruiz Title: Dean").
 */
/** Does a passage give an email address (not counting a web address's "@")? (One function: memoised per text.) */
/** "School contact for the club:", "Liaison for the project:": a label that names a contact. */
const CONTACT_LABEL = /\b(?:contact|liaison|representative|coordinator)\b[^:\n]{0,40}:/i;
/** A row of a list of courses: "HLTH 130 | First Aid and CPR (C) | 1 | Health". */
const COURSE_ROW = /^\W*[A-Z]{2,5} ?\d{3,4}[A-Z]?\s*\|/;
/** A recital: "WHEREAS, the University offers…". */
const WHEREAS = /^\W*(?:and\s+)?whereas\b/i;
const PHONE_ONCE = new RegExp(PHONE.source);
const HAS_PHONE = (t: string): boolean => PHONE_ONCE.test(t);

const HAS_EMAIL = memo((t: string): boolean => new RegExp(EMAIL.source).test(t.replace(/https?:\/\/\S+/g, ' ')));

const NAME_LINE = /(?:^|[\s*_|>-])(?:name|signed|signatory|by)[*_]*\s*:[*_\s]*(\p{Lu}[^\n|:]{2,60}?)(?=\s+\p{L}+[*_]*\s*:|\s*\||\s*$)/imu;

/** "Dr. Wendell Ames, Superintendent, Harmon County Schools": a person and a job title on a signature line. */
const NAME_TITLE_LINE = /^[\s*_(]*(\p{Lu}[^\n,|:]{3,45}?)[)*_\s]*,\s*([^\n,|]{3,60})/u;

/** Does a passage name a signatory? (One function object: passagesWhere memoises per block and test.) */
const namesSignatory = (t: string): boolean =>
  // (A rule of dots or underscores to sign on, over a name and its title on lines of their own: "Mr Declan Furey" / "Hub Manager".)
  // (…or such a card alone, the signature written above it: "*K. Oyelowo*" / "Professor Kemi Oyelowo" / "Pro Vice-Chancellor".)
  ((/^[\s*_]*[.…_]{10,}[\s*_]*$/m.test(t) || t.split('\n').length <= 2) && t.split('\n').some((line, i, lines) => line.trim().split(/\s+/).length <= 5 && personNames(line).length > 0 && JOB_TITLE.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').split(/\s+/).length <= 10)) ||
  t.split('\n').some((line) => {
    // "| Mr. Somsak Chaiwongsa | Ms. Zhou Lanying |" under the parties' names: a signature table's row of people.
    if (line.includes('|')) {
      const cells = line.split('|').map((c) => c.replace(/[*_]/g, '').trim()).filter(Boolean);
      if (cells.length >= 2 && cells.every((c) => /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Hon)\.?\s+\p{Lu}\p{L}/u.test(c))) return true;
    }
    const m = NAME_LINE.exec(line);
    if (m) return personNames(m[1]).length > 0 && findPlaceholders(m[1]).length === 0;
    const n = line.length <= 120 ? NAME_TITLE_LINE.exec(line) : null;
    return !!n && JOB_TITLE.test(n[2]) && !OBLIGATION.test(line) && personNames(n[1]).length > 0 && findPlaceholders(line).length === 0;
  });

function signatories(model: DocumentModel): Located | undefined {
  const passages = passagesWhere(model, namesSignatory);
  return passages.length ? { by: 'territory', nodes: [], passages, standIn: 'signatories' } : undefined;
}

export const SUBSTANCE: Record<CoreSectionId, SubstanceCheck> = {
  roles: {
    // (…or a table's header over a column of parties and one of what each does.)
    signal: (t) => sentences(t).some((s) => OBLIGATION.test(s) && hasActor(s).actor) || whoWhatHeader(t) || (t.includes('|') && partyLabelRow(t)),
    judge: judgeRoles,
    // (No duty anywhere, but a renewal's word that the original agreement's duties continue: judged, as weak.)
    standIn: (model) => {
      const passages = passagesWhere(model, leavesRolesElsewhere);
      return passages.length ? { by: 'content', nodes: [], passages } : undefined;
    },
    lookedFor: 'a duty of each party, phrased as will / shall / agrees to / is responsible for, or listed under a heading or column that names the party',
    // Duties under "Safety" or "Contacts" belong to those sections, not to roles.
    skipUnder: ['points-of-contact', 'safety-protocols', 'intended-outcomes'],
  },
  'points-of-contact': {
    signal: (t) =>
      POC_SIGNAL.test(t) ||
      // Any email address is a way to reach someone: with no person beside it, a weak contact (a shared mailbox).
      HAS_EMAIL(t) ||
      t.split('\n').some((line, i, lines) => personNames(line).length > 0 && JOB_TITLE.test(lines[i + 1] ?? '') && line.trim().split(/\s+/).length <= 4) ||
      // (…or a table cell's name over its title, "Helen Marsh · Chair", as an HTML cell's line break reads.)
      (t.includes(' · ') && t.split(/\s*[|\n]\s*/).some((cell) => cell.split(' · ').some((part, k, parts) => personNames(part).length > 0 && part.trim().split(/\s+/).length <= 4 && JOB_TITLE.test(parts[k + 1] ?? '')))),
    // (Under "Co-ordinators", a section only when someone there can be reached.)
    territory: (t) => (HAS_EMAIL(t) || HAS_PHONE(t)) && personNames(t).length > 0,
    judge: judgeContacts,
    lookedFor: "a person's name with an email or phone for each party",
    // Signatories sign; they are not the people to call…
    skipUnder: ['signatures'],
    // …unless the acceptance block names the other side's contact ("School contact for the club: Mr. Obi, … Email: …")
    // or gives a signatory's own email or phone: a named person a partner can reach.
    keepUnder: (t) => (HAS_EMAIL(t) || HAS_PHONE(t)) && (CONTACT_LABEL.test(t) || personNames(t).length > 0),
    // …but when nobody else is named, they are the only people a partner could try (weak at best).
    standIn: signatories,
  },
  'resource-commitments': {
    // (Not a recital: "WHEREAS, the University offers…".)
    signal: (t) => !WHEREAS.test(t) && sentencesWithActors(t).some(isResourceSentence),
    territory: (t) => sentencesWithActors(t).some(isResourceSentence),
    // (Found by content, not in the recitals: "(A) … under which the Company hosts College learners aged 16 to 19".)
    judge: (input) => {
      const passages = input.located.by === 'content' ? outsideRecitals(input.model, input.located.passages) : input.located.passages;
      if (!passages.length && input.located.passages.length) return { status: 'missing', reason: 'only the recitals speak of what the parties give, and they commit no one' };
      return judgeResources(passages === input.located.passages ? input : { ...input, located: { ...input.located, passages } });
    },
    lookedFor: 'an amount, quantity or date tied to what a party contributes, or a plain statement that no funds change hands',
    // An insurance minimum or a ratio under "Safety", a line of the contacts, a row of targets under "What success looks like":
    // those sections' own, not contributions (what else the outcomes' text says a party gives is a contribution).
    skipUnder: ['safety-protocols', 'points-of-contact', 'intended-outcomes'],
    // (…what they give, "will provide…", "$…": not a target, "will reach at least 450 family attendees".)
    keepUnder: (t, under) => under === 'intended-outcomes' && !t.includes(' | ') && (PROVIDE_VERB.test(t) || RESOURCE_STRONG.test(t)),
  },
  'safety-protocols': {
    // (A course in a list of courses, "HLTH 130 | First Aid and CPR (C) | 1", is no safety control.)
    signal: (t) => SAFETY_SIGNAL.test(t) && !COURSE_ROW.test(t),
    judge: judgeSafety,
    lookedFor: 'named safety controls: background checks, supervision, incident reporting, insurance minimums, parent permission',
  },
  'intended-outcomes': {
    signal: outcomeSignal,
    // A purpose counts as a (weak) statement of outcomes only when it names an aim to achieve.
    territory: (t) => outcomeSignal(t) || OUTCOME_AIM.test(t),
    judge: judgeOutcomes,
    lookedFor: 'an outcome with a measure, a target and a period',
  },
};
