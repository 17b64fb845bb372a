/**
 * Duties in sentences: whether a duty is concrete, vague or a blank, the lists "X will:" introduces,
 * and the duties of a run of passages or a whole document with who owes each (per block, memoised;
 * who acts is actors.ts). The roles judge (roles.ts) and reciprocity read them.
 */
import { blockMemo, modelMemo, type DocumentModel } from '../model';
import { withHeadingPassages } from '../sections';
import { CLAUSE_NUMBER, NEGATIVE_DUTY, OBLIGATION, VAGUE_DUTY, memo, sentences, tests } from '../signals';
import { EXAMPLES_NOTE, withoutBlanks } from '../placeholders';
import { actorOf, firstPerson, firstPersonPlural, hasActor, jointDuty, participantActor } from './actors';
import { recitalRanges } from './recitals';

/** What the duty count needs to know about one sentence (memoised: sentences repeat across analyses). */
interface SentenceFacts {
  obligation: boolean;
  /** Names who acts before the obligation (`hasActor`). */
  actor: boolean;
  /** Ends with a colon: introduces a list of duties. */
  intro: boolean;
  vague: boolean;
  negative: boolean;
  words: number;
  /** `actorOf`: who acts, normalised ('' when unclear or collective). */
  who: string;
  /** What is to be done is still a blank ("The Partner will [describe activities]", "- [Partner duty 1]"). */
  blank: boolean;
  /** "We will…", "Our team will…": the writer's own duty in a letter (joint in an agreement written by both). */
  we: boolean;
  /** "I will…": the signer's own. */
  i: boolean;
}

/** A note giving examples ("e.g. orientation…"), or fewer than two words left of what is to be done once the template's blanks are taken out. */
function blankDuty(s: string): boolean {
  if (EXAMPLES_NOTE.test(s)) return true;
  const rest = withoutBlanks(s);
  if (rest === s) return false;
  const m = OBLIGATION.exec(rest);
  const what = m ? rest.slice(m.index + m[0].length) : rest;
  return (what.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

const blankOf = memo(blankDuty);
const vagueOf = tests(VAGUE_DUTY);
/** An item listed under "X will:" read as "will …" ("Explore opportunities for…", "2. Promote … where possible"). */
const vagueItemOf = memo((s: string): boolean => vagueOf(s) || vagueOf(`will ${s.replace(CLAUSE_NUMBER, '')}`));
const negativeOf = tests(NEGATIVE_DUTY);

/** Who a party names, not what it does: "The School's focal person shall be Mr. Daniel Ochieng". */
const DESIGNATION = /\b(?:shall|will)\s+be\s+(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Engr|Shri|Smt)\.?\s|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;

/**
 * What is said of the document itself, not a duty to each other: "the Parties agree to renew the
 * Original MOU", "all other clauses shall continue to apply", "this Renewal shall prevail".
 */
const INSTRUMENT = /\bagree(?:s|d)? to (?:renew|extend|amend|vary|enter into|execute|sign|adopt|replace)\b[^.;]{0,50}?\b(?:MOU|memorandum|agreement|contract|arrangement|renewal|variation|amendment|compact|charter)\b|\b(?:will|shall) (?:continue to apply|continue in (?:full )?(?:force|effect)|prevail|apply|take effect|come into (?:force|effect)|remain (?:unchanged|in (?:full )?(?:force|effect)))\b/i;

/** A question left open in a draft. */
const QUESTION = /\?[\s*_)\]]*$/;

/** A right, not a duty: "The Agency shall have the right of first refusal to adopt any winning solution". */
const RIGHT = /\b(?:will|shall) (?:have|retain|reserve) the (?:right|option|discretion)\b|\breserves? the right\b|\b(?:is|are|shall be|will be) entitled to\b/i;

const sentenceFacts = memo((s: string): SentenceFacts => {
  // ("Who at the District will be the day-to-day lead?": a question, not a duty.)
  const obligation = OBLIGATION.test(s) && !DESIGNATION.test(s) && !INSTRUMENT.test(s) && !RIGHT.test(s) && !QUESTION.test(s);
  return {
    // (Read only for duties and lines listed under an introduction, not for most sentences: tested when first asked.)
    get blank() {
      return blankOf(s);
    },
    obligation,
    actor: obligation && hasActor(s).actor,
    intro: /:\s*$/.test(s),
    get vague() {
      return vagueOf(s);
    },
    get negative() {
      return negativeOf(s);
    },
    words: s.split(/\s+/).length,
    who: obligation ? actorOf(s) : '',
    we: obligation && firstPersonPlural(s),
    i: obligation && firstPerson(s),
  };
});

/** A subheading such as "4.1 The College will" introduces the duties listed under it. */
export const headingAsIntro = memo((text: string): string => {
  // "What we will do", "What the Library will provide": "we will:", "the Library will:".
  const t = text.trim().replace(/^what\s+/i, '').replace(/\s+(?:do|provide|contribute|offer|bring)$/i, '');
  return OBLIGATION.test(t) && /\b(?:will|shall|agrees? to|(?:is|are) responsible for)$/i.test(t) ? `${t}:` : text;
});

/** Where a list of duties introduced by "X will:" stands at the end of a run of passages. */
export interface DutyState {
  introActive: boolean;
  introActor: string;
  /** The list was introduced by "we will:". */
  introWe?: boolean;
  /** …or by "I will:". */
  introI?: boolean;
  /** …or by "The Parties agree to:": duties of the parties together. */
  introJoint?: boolean;
  /** Items of the list have been read (a paragraph after them ends it). */
  introListed?: boolean;
}

export const NO_INTRO: DutyState = { introActive: false, introActor: '' };

export interface Duties {
  duties: string[];
  vague: string[];
  actors: Set<string>;
  /** Each duty with who owes it ('' when unclear); `we` when "we" owe it. */
  owed: Array<{ sentence: string; actor: string; we?: boolean; i?: boolean; joint?: boolean }>;
  /** The state after the last passage (to continue into the next run). */
  state: DutyState;
}

export function countDuties(passages: { text: string; kind?: string }[], start: DutyState = NO_INTRO): Duties {
  const duties: string[] = [];
  const owed: Duties['owed'] = [];
  const vague: string[] = [];
  const actors = new Set<string>();
  // "X will:" followed by passages without their own obligation: each is one of X's duties.
  let introActive = start.introActive;
  let introActor = start.introActor;
  let introWe = !!start.introWe;
  let introI = !!start.introI;
  let introJoint = !!start.introJoint;
  // Who the list's introduction says owes its items: "we", "I", or the parties together.
  const introMarks = () => ({ ...(introWe ? { we: true } : {}), ...(introI ? { i: true } : {}), ...(introJoint ? { joint: true } : {}) });
  // Whether the list under the intro has begun: a paragraph after its items is not one of them.
  let introListed = !!start.introListed;
  for (const p of passages) {
    const sents = sentences(p.kind === 'heading' ? headingAsIntro(p.text) : p.text);
    let ownObligation = false;
    let introduces = false;
    // "Each Member College agrees to:" with its duties on the lines under it, in the same paragraph
    // ("a. appoint one representative;" is not a list item to markdown).
    let inlineIntro: string | undefined;
    let listedInline = false;
    for (const s of sents) {
      const f = sentenceFacts(s);
      if (!f.obligation) {
        if (inlineIntro !== undefined && f.words >= 3 && vagueItemOf(s) && !f.blank) vague.push(inlineIntro ? `${inlineIntro} will ${s}` : s);
        else if (inlineIntro !== undefined && f.words >= 3 && !f.vague && !f.blank) {
          listedInline = true;
          duties.push(s);
          if (inlineIntro) actors.add(inlineIntro);
          owed.push({ sentence: s, actor: inlineIntro, ...introMarks() });
        }
        continue;
      }
      inlineIntro = undefined;
      if (f.intro) {
        // ("Members will work together in a spirit of partnership to:" introduces intentions, not duties.)
        if (f.vague && f.actor && !f.negative) vague.push(s);
        introActive = f.actor && !f.vague;
        introActor = f.who;
        introWe = f.we;
        introI = f.i;
        introJoint = !f.we && jointDuty(s);
        introListed = false;
        introduces = true;
        if (introActive) inlineIntro = f.who;
        continue;
      }
      ownObligation = true;
      // Under "What the Club will do", "The club will provide laptops" is the Club's, named or not.
      // (…not what the people who take part must do: "Students placed under this agreement … are expected to follow…".)
      if (!f.actor && introActive && introActor && !f.negative && !f.blank && !f.vague && f.words >= 4 && !participantActor(s)) {
        duties.push(s);
        actors.add(introActor);
        owed.push({ sentence: s, actor: introActor });
        continue;
      }
      if (!f.actor || f.negative || f.blank) continue;
      if (f.vague) vague.push(s);
      else if (f.words >= 4) {
        duties.push(s);
        if (f.who) actors.add(f.who);
        owed.push({ sentence: s, actor: f.who, ...(f.we ? { we: true } : {}) });
      }
    }
    // A list of duties ends at its own obligation, or at a heading that does not introduce another
    // ("## Contacts" after "The Partner will:"); the line that introduces it is not one of them.
    if (ownObligation || listedInline || (p.kind === 'heading' && !introduces) || (introListed && p.kind !== 'listItem')) introActive = false;
    else if (introActive && !introduces) {
      if (p.kind === 'listItem') introListed = true;
      for (const s of sents) {
        const f = sentenceFacts(s);
        // ("Explore opportunities for students to observe…" under "The Hospital will:": an intention of the Hospital's.)
        if (f.words >= 3 && !f.blank && !f.obligation && vagueItemOf(s)) vague.push(introActor ? `${introActor} will ${s}` : s);
        else if (f.words >= 3 && !f.vague && !f.blank) {
          duties.push(s);
          if (introActor) actors.add(introActor);
          owed.push({ sentence: s, actor: introActor, ...introMarks() });
        }
      }
    }
  }
  return { duties, vague, actors, owed, state: { introActive, introActor, ...(introWe ? { introWe } : {}), ...(introI ? { introI } : {}), ...(introJoint ? { introJoint } : {}), ...(introListed ? { introListed } : {}) } };
}

/** The duties of a whole document: who has some, and each block's duties with who owes them. */
export interface DocumentDuties {
  actors: Set<string>;
  /** How many duties in all. */
  count: number;
  owed: Array<Duties['owed']>;
}

/**
 * The duties of the whole document (with its headings read as passages, or without), from each
 * block's duties: a block is recounted only when it changed or the list it continues did.
 */
export function documentDuties(model: DocumentModel, withHeadings: boolean): DocumentDuties {
  return modelMemo(model, withHeadings ? 'duties+headings' : 'duties', () => {
    const all: DocumentDuties = { actors: new Set(), owed: [], count: 0 };
    let st = NO_INTRO;
    for (const f of model.facts) {
      // Per block, by the state it starts in (almost always: no list of duties open).
      const byState = blockMemo(f, withHeadings ? 'duties+headings' : 'duties', () => new Map<string, Duties>());
      const stateKey = st.introActive || st.introActor ? `${st.introActive ? 1 : 0}:${st.introActor}:${st.introWe ? 'we' : ''}:${st.introI ? 'i' : ''}:${st.introListed ? 'l' : ''}` : '';
      let part = byState.get(stateKey);
      if (!part) byState.set(stateKey, (part = countDuties(withHeadings ? withHeadingPassages(f.passages, f.headings) : f.passages, st)));
      if (part.actors.size) for (const a of part.actors) all.actors.add(a);
      if (part.owed.length) all.owed.push(part.owed);
      all.count += part.duties.length;
      st = part.state;
    }
    return all;
  });
}
/**
 * A passage's sentences, with the lines listed under "Each Member School agrees to:" in the same
 * paragraph written out as that party's ("Each Member School will enrol at least 15 students a
 * year"), so what they commit to reads like any other duty. Memoised per passage text.
 */
export const sentencesWithActors = memo((text: string): string[] => {
  let subject = '';
  return sentences(text).map((s) => {
    const f = sentenceFacts(s);
    if (f.obligation) {
      const m = f.intro && f.actor && !f.vague ? OBLIGATION.exec(s) : null;
      subject = m ? s.slice(0, m.index).trim() : '';
      return s;
    }
    return subject && f.words >= 3 ? `${subject} will ${s.replace(/^\(?[a-z0-9ivx]{1,4}[.)]\s+/i, '')}` : s;
  });
});

/** "EPU contributes faculty time", "3.2 HCS assigns two teachers": a commitment in the present tense, as agreements often write them. */
const PRESENT_DUTY =
  /^(?:(?:\d+(?:\.\d+)*\.?|\(?[a-z]\))\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})\s+(?:also\s+)?(?:provides|contributes|pays|assigns|hosts|supplies|donates|funds|waives|offers|maintains|covers|lends|loans|designates|appoints|recruits|selects|delivers|trains|conducts|reimburses)\b/u;

/** Does a sentence commit its subject in the present tense ("HCNC hosts up to 16 visits a year")? */
export const presentTenseDuty = (s: string): boolean => PRESENT_DUTY.test(s.trim());

/** The text's present-tense commitments with who makes them (per block, memoised); only read against named parties. */
export function presentTenseDuties(model: DocumentModel): Array<{ sentence: string; actor: string }> {
  return modelMemo(model, 'present-duties', () => {
    // Recitals describe the parties ("THE SCHOOL offers two technical programmes"); they commit no one.
    const recitals = recitalRanges(model);
    return model.facts.flatMap((f, i) =>
      blockMemo(f, 'present-duties', () =>
        f.passages.flatMap((p, j) =>
          sentences(p.text).flatMap((s) => {
            const m = PRESENT_DUTY.exec(s.trim());
            return m && s.split(/\s+/).length >= 5 && !NEGATIVE_DUTY.test(s) && !/^\W*whereas\b/i.test(s) ? [{ sentence: s, actor: m[1].toLowerCase(), j }] : [];
          }),
        ),
      ).filter((d) => {
        const at = model.passages[model.firstPassage[i] + d.j]?.start ?? -1;
        return !recitals.some(([a, b]) => at >= a && at < b);
      }),
    );
  });
}
