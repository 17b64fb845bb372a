/** Roles and responsibilities: concrete duties, phrased as will / shall / agrees to / is responsible for. */
import { blockMemo, modelMemo, type DocumentModel } from '../model';
import { withHeadingPassages } from '../sections';
import { DEFERRAL, NEGATIVE_DUTY, OBLIGATION, VAGUE_DUTY, memo, sentences, tests } from '../signals';
import { evidenceOf, missingAttachments, placeholdersIn, quoteList, someEvidence, type Judgement, type SubstanceInput } from './common';
import { structuredDuties } from './structured-duties';
import type { Party } from '../parties';
import type { Located } from '../locate';
import type { Evidence, Passage } from '../types';
import { findPlaceholders } from '../placeholders';

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
function afterOpeningPhrase(before: string): string {
  const comma = before.lastIndexOf(', ');
  return comma >= 0 && /^\s*(?:during|upon|on|after|before|within|for|from|throughout|in|at|by|under|subject|unless|if|when|once|following|as)\b/i.test(before) ? before.slice(comma + 2) : before;
}

/** A duty of the parties together ("Both parties will…", "The partners shall…", "We will…"); "each party" is each one's own. */
function jointDuty(sentence: string): boolean {
  const m = OBLIGATION.exec(sentence);
  if (!m) return false;
  const who = afterOpeningPhrase(sentence.slice(0, m.index)).replace(/[*_\->•\s]+/g, ' ').trim();
  return /^(?:both(?: parties| partners)?|the parties|parties|the partners|partners|we|all parties|the parties jointly|together,? the parties)$/i.test(who);
}

/** A duty the signer takes on in the first person ("I will…", "By signing, I agree to…"). */
function firstPerson(sentence: string): boolean {
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
  const phs = findPlaceholders(s);
  if (!phs.length) return false;
  let rest = '';
  let at = 0;
  for (const p of phs) {
    rest += `${s.slice(at, p.start)} `;
    at = p.end;
  }
  rest += s.slice(at);
  const m = OBLIGATION.exec(rest);
  const what = m ? rest.slice(m.index + m[0].length) : rest;
  return (what.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

const sentenceFacts = memo((s: string): SentenceFacts => {
  const obligation = OBLIGATION.test(s);
  return {
    blank: blankDuty(s),
    obligation,
    actor: obligation && hasActor(s).actor,
    intro: /:\s*$/.test(s),
    vague: VAGUE_DUTY.test(s),
    negative: NEGATIVE_DUTY.test(s),
    words: s.split(/\s+/).length,
    who: obligation ? actorOf(s) : '',
  };
});

/** A subheading such as "4.1 The College will" introduces the duties listed under it. */
const headingAsIntro = memo((text: string): string =>
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
    for (const s of sents) {
      const f = sentenceFacts(s);
      if (!f.obligation) continue;
      if (f.intro) {
        introActive = f.actor && !f.vague;
        introActor = f.who;
        introduces = true;
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
    if (ownObligation || (p.kind === 'heading' && !introduces)) introActive = false;
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
 * A roles section's passages with its own headings in place: "Harbor Coding Agrees To:" heads the
 * list of Harbor Coding's duties under it.
 */
export function rolesPassages(located: Located): Passage[] {
  if (!located.nodes.length) return located.passages;
  return withHeadingPassages(located.passages, located.nodes.map((n) => n.heading));
}

export function judgeRoles(input: SubstanceInput): Judgement {
  const { located, model, parties } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  const passages = rolesPassages(located);
  const counted = countDuties(passages);
  // Duties written in structure (party columns, party labels, party headings) count when the
  // section was found by its heading: content search only finds sentences.
  const structured = located.by === 'content' ? [] : structuredDuties(passages, parties);
  // Evidence: the first passages holding a duty sentence (at most what someEvidence keeps).
  const dutySentences = new Set(counted.owed.map((d) => d.sentence));
  const sentenceEvidence: Evidence[] = [];
  for (const p of located.passages) {
    if (sentenceEvidence.length >= 4) break;
    if (dutySentences.size && dutyIn(p, dutySentences)) sentenceEvidence.push(evidenceOf(p, 'a duty written as will / shall / agrees to'));
  }
  const evidence = someEvidence([...structured.slice(0, 8).map((d) => evidenceOf(d.passage, `a duty of ${d.party} (${d.how})`)), ...sentenceEvidence]);
  const structuredPassages = new Set(structured.map((d) => d.passage));
  const seenDuty = new Map<Passage, Set<string>>();
  const extra = structured.filter((d) => {
    let parties = seenDuty.get(d.passage);
    if (!parties) seenDuty.set(d.passage, (parties = new Set()));
    if (parties.has(d.party)) return false;
    parties.add(d.party);
    return true;
  });
  const dutyCount = counted.duties.length + extra.length;
  // Who owes the duties: each actor counted once per party it names.
  const owners = new Set<string>(extra.map((d) => d.party.toLowerCase()));
  for (const a of counted.actors) {
    const party = parties.find((p) => actorNames(a, p));
    owners.add(party ? party.name.toLowerCase() : a);
  }
  const { vague } = counted;
  if (located.by === 'content' && dutyCount < 2) {
    return { status: 'missing', reason: 'no section says what each party will do', evidence };
  }
  const texts = located.passages.filter((p) => !structuredPassages.has(p)).map((p) => p.text);
  const missing = missingAttachments(texts, model);
  const deferred = texts.some(tests(DEFERRAL));
  if (missing.length && dutyCount < 3) {
    return { status: 'weak', reason: `leaves the duties to ${quoteList(missing)}, which is not in this document`, evidence };
  }
  // The signer's own "I will…" duties are the other side's.
  if (dutyCount >= 2 && owners.size === 1 && !counted.owed.some((d) => firstPerson(d.sentence))) {
    // Duties for one side only: does the other side have any duty anywhere in the document?
    const [only] = owners;
    const elsewhere = documentDuties(model, false).actors;
    const otherParty = parties.length >= 2 && !extra.length ? undefined : parties.find((p) => p.name.toLowerCase() !== only);
    if (!otherParty && [...elsewhere].every((a) => a === only || only.includes(a) || a.includes(only))) {
      return { status: 'weak', reason: `only ${titleCase(only)}'s duties are written down; say what the other party will do`, evidence };
    }
    if (otherParty && extra.length && ![...elsewhere].some((a) => actorNames(a, otherParty))) {
      return { status: 'weak', reason: `only ${titleCase(only)}'s duties are written down; say what ${otherParty.name} will do`, evidence };
    }
  }
  // "Both parties will meet every quarter": what they do together, not who does what.
  if (dutyCount >= 2 && owners.size === 0 && !extra.length && counted.owed.every((d) => jointDuty(d.sentence))) {
    const blanks = placeholdersIn(input);
    const still = blanks.length ? `; each party's own duties are still blanks to fill in (${quoteList(blanks.map((p) => p.text))})` : '; say what each party will do';
    return { status: 'weak', reason: `only joint duties (“both parties will…”) are written down${still}`, evidence };
  }
  // "I will…", "I commit to…": a pledge by whoever signs. With no one else owing anything anywhere,
  // only one side's duties are written down.
  if (dutyCount >= 2 && owners.size === 0 && !extra.length && counted.owed.every((d) => firstPerson(d.sentence))) {
    const others = documentDuties(model, true).owed.flat().filter((d) => !firstPerson(d.sentence));
    if (!others.length) {
      return { status: 'weak', reason: 'only the signer\'s own duties (“I will…”) are written down; say what the other side will do', evidence };
    }
  }
  if (dutyCount >= 2) {
    return { status: 'present', reason: `${dutyCount} concrete duties are written down`, evidence };
  }
  // A heading is evidence, not proof: the duties of every party may be written under other headings.
  const across = located.by === 'content' ? undefined : dutiesAcross(model, parties);
  if (across) return { status: 'present', reason: across.reason, evidence: someEvidence([...evidence, ...across.evidence]) };
  if (deferred) return { status: 'weak', reason: 'leaves the duties to be worked out later instead of saying who does what', evidence };
  const blanks = dutyCount < 2 ? placeholdersIn(input) : [];
  if (blanks.length) return { status: 'weak', reason: `the duties are still blanks to fill in (${quoteList(blanks.map((p) => p.text))})`, evidence };
  if (dutyCount === 1) return { status: 'weak', reason: 'names only one concrete duty; say what each party will do', evidence };
  if (vague.length) return { status: 'weak', reason: 'says the parties will work together but not who does what', evidence };
  return { status: 'weak', reason: 'names activities but not which party will do each one', evidence };
}

/**
 * No two parties found by name: two or more distinct actors ("the Entity", "Code.org"), each
 * with a concrete duty of its own somewhere in the text, show who does what all the same.
 */
function actorsAcross(model: DocumentModel, owed: Array<{ sentence: string; actor: string }>): { reason: string; evidence: Evidence[] } | undefined {
  const byActor = new Map<string, string>();
  for (const d of owed) if (d.actor && !byActor.has(d.actor)) byActor.set(d.actor, d.sentence);
  // "The College" and "the College's staff" are one side; so are names contained in each other.
  const sides = [...byActor.keys()].filter((a, _, all) => !all.some((b) => b !== a && a.includes(b)));
  if (sides.length < 2 || owed.filter((d) => d.actor).length < 3) return undefined;
  // Each side as the text writes it ("BrightPath", not "Brightpath").
  const written = (a: string) => {
    const s = byActor.get(a)!;
    const i = s.toLowerCase().indexOf(a);
    return i >= 0 ? s.slice(i, i + a.length) : titleCase(a);
  };
  const evidence = sides.slice(0, 4).flatMap((a) => {
    const at = model.passages.find((p) => p.text.includes(byActor.get(a)!));
    return at ? [evidenceOf(at, `a duty of ${written(a)}`)] : [];
  });
  return { reason: `duties of ${quoteList(sides.map(written))} are written down across the agreement`, evidence: someEvidence(evidence) };
}

/** Does this passage hold one of these duty sentences (as its sentences, or inside its text)? */
function dutyIn(p: Passage, duties: Set<string>): boolean {
  for (const s of sentences(p.kind === 'heading' ? headingAsIntro(p.text) : p.text)) if (duties.has(s)) return true;
  return false;
}

/**
 * When the agreement names two or more parties and each owes concrete duties somewhere in the
 * text, a reason saying so; otherwise undefined.
 */
function dutiesAcross(model: DocumentModel, parties: Party[]): { reason: string; evidence: Evidence[] } | undefined {
  const { owed } = documentDuties(model, true);
  if (parties.length < 2) return actorsAcross(model, owed.flat());
  // A duty of "the School and the Credit Union" is joint: it shows neither party's own part.
  const own = owed.flat().filter((d) => d.actor && parties.filter((p) => actorNames(d.actor, p)).length === 1);
  const perParty = parties.map((p) => own.filter((d) => actorNames(d.actor, p)).length);
  if (perParty.some((n) => n === 0)) return undefined;
  const total = perParty.reduce((a, b) => a + b, 0);
  // Evidence: each party's first duty, where it stands.
  const firsts = parties.map((p) => own.find((d) => actorNames(d.actor, p))!);
  const evidence = firsts.flatMap((d, i) => {
    const at = model.passages.find((p) => p.text.includes(d.sentence));
    return at ? [evidenceOf(at, `a duty of ${parties[i].name}`)] : [];
  });
  return { reason: `each party's duties are written down across the agreement (${total}), though not all under one heading`, evidence: someEvidence(evidence) };
}

/** Does an actor ("the college", "acme robotics") name this party? */
export function actorNames(actor: string, party: Party): boolean {
  return party.names.some((n) => {
    const name = n.toLowerCase();
    return actor === name || actor.includes(name) || (name.includes(actor) && actor.length > 3);
  });
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
