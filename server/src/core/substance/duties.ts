/**
 * Duties in sentences: who acts before "will / shall / agrees to", whether a duty is concrete, a
 * blank, joint or the signer's own, and the duties of a run of passages or a whole document (per
 * block, memoised). The roles judge (roles.ts) and reciprocity read them.
 */
import { blockMemo, modelMemo, type DocumentModel } from '../model';
import { withHeadingPassages } from '../sections';
import { NEGATIVE_DUTY, OBLIGATION, VAGUE_DUTY, memo, sentences, tests } from '../signals';
import { withoutBlanks } from '../placeholders';
import type { Party } from '../parties';
const ACTOR_WORDS =
  /\b(?:I|we|party|parties|partner|partners|participants?|each|both|either|school|schools|district|college|university|center|centre|company|employer|organi[sz]ation|contractor|licensee|licensor|recipient|provider|sponsor|host|mentors?|staff|teachers?|students?|interns?|institution|agency|committee|board|city|county|state|department|office|library|libraries|museum|network|foundation|association|society|trust|council|chapter|team|group|clinic|hospital|bank|church|contributor|trainer|consultant|vendor|supplier|member|members)\b/i;
const NOT_ACTOR = /^(?:the|this|that|each|any|all|such|these|those|mou|moa|memorandum|agreement|contract|section|term|terms|it|there|cooperation|collaboration|work|activities|nothing|no)$/i;

/** The words before the obligation name who acts. */
export function hasActor(sentence: string): { actor: boolean; index: number } {
  const m = OBLIGATION.exec(sentence);
  if (!m) return { actor: false, index: -1 };
  // "During the term of this agreement, the CONTRIBUTOR agrees to": who acts comes after the opening phrase.
  const before = afterOpeningPhrase(sentence.slice(0, m.index)).trim();
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return { actor: false, index: m.index };
  if (ACTOR_WORDS.test(before)) return { actor: true, index: m.index };
  const named = words.some((w) => /^\p{Lu}/u.test(w) && !NOT_ACTOR.test(w.replace(/[^\p{L}]/gu, '')));
  return { actor: named, index: m.index };
}

/** The words after an opening phrase set off by a comma ("Upon signing, the District…"); all of them otherwise. */
export function afterOpeningPhrase(before: string): string {
  const comma = before.lastIndexOf(', ');
  return comma >= 0 && /^\s*(?:during|upon|on|after|before|within|for|from|throughout|in|at|by|under|subject|unless|if|when|once|following|as)\b/i.test(before) ? before.slice(comma + 2) : before;
}

/** A duty of the parties together ("Both parties will…", "The partners shall…", "We will…"); "each party" is each one's own. */
export function jointDuty(sentence: string): boolean {
  const m = OBLIGATION.exec(sentence);
  if (!m) return false;
  const who = afterOpeningPhrase(sentence.slice(0, m.index)).replace(/[*_\->•\s]+/g, ' ').trim();
  return /^(?:both(?: parties| partners)?|the parties|parties|the partners|partners|we|all parties|the parties jointly|together,? the parties)$/i.test(who);
}

/** A duty the signer takes on in the first person ("I will…", "By signing, I agree to…"). */
export function firstPerson(sentence: string): boolean {
  const m = OBLIGATION.exec(sentence);
  return !!m && /^[\s>*_\-–•[\]x]*I$/.test(afterOpeningPhrase(sentence.slice(0, m.index)).trim());
}

const COLLECTIVE = /^(?:i|we|us|each|both|either|all|any|the parties|parties|the partners|partners|each party|both parties|either party|all parties|the participants|participants)$/i;

/** Who acts in a duty sentence, normalised ("The College" → "college"); '' when unclear or collective. */
export function actorOf(sentence: string): string {
  const m = OBLIGATION.exec(sentence);
  if (!m) return '';
  const words = afterOpeningPhrase(sentence.slice(0, m.index))
    .replace(/[*_“”"]/g, '')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:the|a|an|this|that)$/i.test(w));
  // "Each Member School agrees to": every member of a named kind, an actor of its own.
  if (/^(?:each|every)$/i.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? '')) words.shift();
  if (!words.length || words.length > 6) return '';
  // "UCM's staff will…", "The College's mentors will…": the party whose people act.
  const owner = words.findIndex((w) => /[’']s$/.test(w));
  if (owner >= 0 && owner < words.length - 1 && words.slice(0, owner + 1).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) {
    words.splice(owner + 1);
  }
  // A party is a name ("Acme Robotics", "TIOF") or a party noun ("the College"), not "scholarships already awarded".
  const properName = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:for|of|and|&|de|la)$/i.test(w));
  if (!properName && !ACTOR_WORDS.test(words.join(' '))) return '';
  const actor = words.join(' ').replace(/[’']s$/, '').toLowerCase();
  return COLLECTIVE.test(actor) || /\b(?:each|both|either|all)\b/.test(actor) ? '' : actor;
}

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
}

/** Fewer than two words left of what is to be done once the template's blanks are taken out. */
function blankDuty(s: string): boolean {
  const rest = withoutBlanks(s);
  if (rest === s) return false;
  const m = OBLIGATION.exec(rest);
  const what = m ? rest.slice(m.index + m[0].length) : rest;
  return (what.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

const blankOf = memo(blankDuty);
const vagueOf = tests(VAGUE_DUTY);
const negativeOf = tests(NEGATIVE_DUTY);

const sentenceFacts = memo((s: string): SentenceFacts => {
  const obligation = OBLIGATION.test(s);
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
  };
});

/** A subheading such as "4.1 The College will" introduces the duties listed under it. */
export const headingAsIntro = memo((text: string): string =>
  OBLIGATION.test(text) && /\b(?:will|shall|agrees? to|(?:is|are) responsible for)$/i.test(text.trim()) ? `${text}:` : text,
);

/** Where a list of duties introduced by "X will:" stands at the end of a run of passages. */
export interface DutyState {
  introActive: boolean;
  introActor: string;
}

export const NO_INTRO: DutyState = { introActive: false, introActor: '' };

export interface Duties {
  duties: string[];
  vague: string[];
  actors: Set<string>;
  /** Each duty with who owes it ('' when unclear). */
  owed: Array<{ sentence: string; actor: string }>;
  /** The state after the last passage (to continue into the next run). */
  state: DutyState;
}

export function countDuties(passages: { text: string; kind?: string }[], start: DutyState = NO_INTRO): Duties {
  const duties: string[] = [];
  const owed: Array<{ sentence: string; actor: string }> = [];
  const vague: string[] = [];
  const actors = new Set<string>();
  // "X will:" followed by passages without their own obligation: each is one of X's duties.
  let introActive = start.introActive;
  let introActor = start.introActor;
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
        if (inlineIntro !== undefined && f.words >= 3 && !f.vague && !f.blank) {
          listedInline = true;
          duties.push(s);
          if (inlineIntro) actors.add(inlineIntro);
          owed.push({ sentence: s, actor: inlineIntro });
        }
        continue;
      }
      inlineIntro = undefined;
      if (f.intro) {
        introActive = f.actor && !f.vague;
        introActor = f.who;
        introduces = true;
        if (introActive) inlineIntro = f.who;
        continue;
      }
      ownObligation = true;
      if (!f.actor || f.negative || f.blank) continue;
      if (f.vague) vague.push(s);
      else if (f.words >= 4) {
        duties.push(s);
        if (f.who) actors.add(f.who);
        owed.push({ sentence: s, actor: f.who });
      }
    }
    // A list of duties ends at its own obligation, or at a heading that does not introduce another
    // ("## Contacts" after "The Partner will:"); the line that introduces it is not one of them.
    if (ownObligation || listedInline || (p.kind === 'heading' && !introduces)) introActive = false;
    else if (introActive && !introduces) {
      for (const s of sents) {
        const f = sentenceFacts(s);
        if (f.words >= 3 && !f.vague && !f.blank) {
          duties.push(s);
          if (introActor) actors.add(introActor);
          owed.push({ sentence: s, actor: introActor });
        }
      }
    }
  }
  return { duties, vague, actors, owed, state: { introActive, introActor } };
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
      const stateKey = st.introActive || st.introActor ? `${st.introActive ? 1 : 0}:${st.introActor}` : '';
      let part = byState.get(stateKey);
      if (!part) byState.set(stateKey, (part = countDuties(withHeadings ? withHeadingPassages(f.passages, f.headings) : f.passages, st)));
      for (const a of part.actors) all.actors.add(a);
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
  return modelMemo(model, 'present-duties', () =>
    model.facts.flatMap((f) =>
      blockMemo(f, 'present-duties', () =>
        f.passages.flatMap((p) =>
          sentences(p.text).flatMap((s) => {
            const m = PRESENT_DUTY.exec(s.trim());
            return m && s.split(/\s+/).length >= 5 && !NEGATIVE_DUTY.test(s) ? [{ sentence: s, actor: m[1].toLowerCase() }] : [];
          }),
        ),
      ),
    ),
  );
}

/** An actor phrase that starts with people who take part ("students and school staff", "2.1 interns placed at …"). */
const PARTICIPANT_ACTOR = /^(?:(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]?\s+)?(?:the\s+)?(?:students?|pupils?|learners?|interns?|trainees?|apprentices?|participants?|children|campers?|mentees?|attendees?|visitors?)\b/i;

/** People who take part act here, not a party ("Students shall follow…", "2.3 students"). */
export const participantActor = (actor: string): boolean => PARTICIPANT_ACTOR.test(actor.trim());

/** Does an actor ("the college", "acme robotics") name this party? */
export function actorNames(actor: string, party: Party): boolean {
  // "students who visit the company": participants, whichever party the phrase mentions.
  if (PARTICIPANT_ACTOR.test(actor) && !party.names.some((n) => PARTICIPANT_ACTOR.test(n))) return false;
  return party.names.some((n) => {
    const name = n.toLowerCase();
    return actor === name || actor.includes(name) || (name.includes(actor) && actor.length > 3);
  });
}
