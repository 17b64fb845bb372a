/** Roles and responsibilities: concrete duties, phrased as will / shall / agrees to / is responsible for. */
import { DEFERRAL, NEGATIVE_DUTY, OBLIGATION, VAGUE_DUTY, sentences } from '../signals';
import { missingAttachments, quoteList, type Judgement, type SubstanceInput } from './common';

const ACTOR_WORDS =
  /\b(?:I|we|party|parties|partner|partners|participants?|each|both|either|school|schools|district|college|university|center|centre|company|employer|organi[sz]ation|contractor|licensee|licensor|recipient|provider|sponsor|host|mentors?|staff|teachers?|students?|interns?|institution|agency|committee|board|city|county|state|department|office)\b/i;
const NOT_ACTOR = /^(?:the|this|that|each|any|all|such|these|those|mou|moa|memorandum|agreement|contract|section|term|terms|it|there|cooperation|collaboration|work|activities|nothing|no)$/i;

/** The words before the obligation name who acts. */
export function hasActor(sentence: string): { actor: boolean; index: number } {
  const m = OBLIGATION.exec(sentence);
  if (!m) return { actor: false, index: -1 };
  const before = sentence.slice(0, m.index).trim();
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return { actor: false, index: m.index };
  if (ACTOR_WORDS.test(before)) return { actor: true, index: m.index };
  const named = words.some((w) => /^\p{Lu}/u.test(w) && !NOT_ACTOR.test(w.replace(/[^\p{L}]/gu, '')));
  return { actor: named, index: m.index };
}

const COLLECTIVE = /^(?:i|we|us|each|both|either|all|any|the parties|parties|the partners|partners|each party|both parties|either party|all parties|the participants|participants)$/i;

/** Who acts in a duty sentence, normalised ("The College" → "college"); '' when unclear or collective. */
export function actorOf(sentence: string): string {
  const m = OBLIGATION.exec(sentence);
  if (!m) return '';
  const words = sentence
    .slice(0, m.index)
    .replace(/[*_“”"]/g, '')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:the|a|an|this|that)$/i.test(w));
  if (!words.length || words.length > 6) return '';
  // A party is a name ("Acme Robotics", "TIOF") or a party noun ("the College"), not "scholarships already awarded".
  const properName = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:for|of|and|&|de|la)$/i.test(w));
  if (!properName && !ACTOR_WORDS.test(words.join(' '))) return '';
  const actor = words.join(' ').replace(/[’']s$/, '').toLowerCase();
  return COLLECTIVE.test(actor) || /\b(?:each|both|either|all)\b/.test(actor) ? '' : actor;
}

export function countDuties(passages: { text: string; kind?: string }[]): {
  duties: string[];
  vague: string[];
  actors: Set<string>;
  /** Each duty with who owes it ('' when unclear). */
  owed: Array<{ sentence: string; actor: string }>;
} {
  const duties: string[] = [];
  const owed: Array<{ sentence: string; actor: string }> = [];
  const vague: string[] = [];
  const actors = new Set<string>();
  // "X will:" followed by passages without their own obligation: each is one of X's duties.
  let introActive = false;
  let introActor = '';
  for (const p of passages) {
    // A subheading such as "4.1 The College will" introduces the duties listed under it.
    const text = (p as { kind?: string }).kind === 'heading' && OBLIGATION.test(p.text) && /\b(?:will|shall|agrees? to|(?:is|are) responsible for)$/i.test(p.text.trim()) ? `${p.text}:` : p.text;
    const sents = sentences(text);
    let ownObligation = false;
    for (const s of sents) {
      if (!OBLIGATION.test(s)) continue;
      const { actor } = hasActor(s);
      if (/:\s*$/.test(s)) {
        introActive = actor && !VAGUE_DUTY.test(s);
        introActor = actorOf(s);
        continue;
      }
      ownObligation = true;
      if (!actor || NEGATIVE_DUTY.test(s)) continue;
      if (VAGUE_DUTY.test(s)) vague.push(s);
      else if (s.split(/\s+/).length >= 4) {
        duties.push(s);
        const who = actorOf(s);
        if (who) actors.add(who);
        owed.push({ sentence: s, actor: who });
      }
    }
    if (ownObligation) introActive = false;
    else if (introActive) {
      for (const s of sents) {
        if (s.split(/\s+/).length >= 3 && !VAGUE_DUTY.test(s)) {
          duties.push(s);
          if (introActor) actors.add(introActor);
          owed.push({ sentence: s, actor: introActor });
        }
      }
    }
  }
  return { duties, vague, actors, owed };
}

export function judgeRoles(input: SubstanceInput): Judgement {
  const { located, model } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  const { duties, vague, actors } = countDuties(located.passages);
  if (located.by === 'content' && duties.length < 2) {
    return { status: 'missing', reason: 'no section says what each party will do' };
  }
  const text = located.passages.map((p) => p.text).join('\n');
  const missing = missingAttachments(text, model);
  const deferred = DEFERRAL.test(text);
  if (missing.length && duties.length < 3) {
    return { status: 'weak', reason: `leaves the duties to ${quoteList(missing)}, which is not in this document` };
  }
  if (duties.length >= 2 && actors.size === 1) {
    // Duties for one side only: does the other side have any duty anywhere in the document?
    const [only] = actors;
    const elsewhere = countDuties(model.passages).actors;
    if ([...elsewhere].every((a) => a === only || only.includes(a) || a.includes(only))) {
      return { status: 'weak', reason: `only ${titleCase(only)}'s duties are written down; say what the other party will do` };
    }
  }
  if (duties.length >= 2) {
    return { status: 'present', reason: `${duties.length} concrete duties are written down` };
  }
  if (deferred) return { status: 'weak', reason: 'leaves the duties to be worked out later instead of saying who does what' };
  if (duties.length === 1) return { status: 'weak', reason: 'names only one concrete duty; say what each party will do' };
  if (vague.length) return { status: 'weak', reason: 'says the parties will work together but not who does what' };
  return { status: 'weak', reason: 'names activities but not which party will do each one' };
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
