/** Roles and responsibilities: concrete duties, phrased as will / shall / agrees to / is responsible for. */
import { DEFERRAL, OBLIGATION, VAGUE_DUTY, sentences } from '../signals';
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

export function countDuties(passages: { text: string }[]): { duties: string[]; vague: string[] } {
  const duties: string[] = [];
  const vague: string[] = [];
  // "X will:" followed by passages without their own obligation: each is one of X's duties.
  let introActive = false;
  for (const p of passages) {
    const sents = sentences(p.text);
    let ownObligation = false;
    for (const s of sents) {
      if (!OBLIGATION.test(s)) continue;
      const { actor } = hasActor(s);
      if (/:\s*$/.test(s)) {
        introActive = actor && !VAGUE_DUTY.test(s);
        continue;
      }
      ownObligation = true;
      if (!actor) continue;
      if (VAGUE_DUTY.test(s)) vague.push(s);
      else if (s.split(/\s+/).length >= 4) duties.push(s);
    }
    if (ownObligation) introActive = false;
    else if (introActive) {
      for (const s of sents) if (s.split(/\s+/).length >= 3 && !VAGUE_DUTY.test(s)) duties.push(s);
    }
  }
  return { duties, vague };
}

export function judgeRoles(input: SubstanceInput): Judgement {
  const { located, model } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  const { duties, vague } = countDuties(located.passages);
  const text = located.passages.map((p) => p.text).join('\n');
  const missing = missingAttachments(text, model);
  const deferred = DEFERRAL.test(text);
  if (missing.length && duties.length < 3) {
    return { status: 'weak', reason: `leaves the duties to ${quoteList(missing)}, which is not in this document` };
  }
  if (duties.length >= 2) {
    return { status: 'present', reason: `${duties.length} concrete duties are written down` };
  }
  if (deferred) return { status: 'weak', reason: 'leaves the duties to be worked out later instead of saying who does what' };
  if (duties.length === 1) return { status: 'weak', reason: 'names only one concrete duty; say what each party will do' };
  if (vague.length) return { status: 'weak', reason: 'says the parties will work together but not who does what' };
  return { status: 'weak', reason: 'names activities but not which party will do each one' };
}
