/**
 * Who acts in a duty sentence: the words before "will / shall / agrees to", normalised ("The
 * College" → "college"); whether they are the parties together, the signer ("I will"), the writer of a
 * letter ("we will"), or people who take part rather than a party; and whether an actor names a party.
 */
import { OBLIGATION } from '../signals';
import type { Party } from '../parties';
import { modelMemo, type DocumentModel } from '../model';
import { mentions } from '../party-words';
import { escapeRegExp } from '../text';
const ACTOR_WORDS =
  /\b(?:I|we|you|party|parties|partner|partners|participants?|each|both|either|school|schools|district|college|university|center|centre|company|employer|organi[sz]ation|contractor|licensee|licensor|recipient|provider|sponsor|host|mentors?|tutors?|volunteers?|staff|teachers?|students?|interns?|institution|agency|committee|board|city|county|state|department|office|library|libraries|museum|network|foundation|association|society|trust|council|chapter|team|group|clinic|hospital|bank|church|contributor|trainer|consultant|vendor|supplier|member|members)\b/i;
const NOT_ACTOR = /^(?:the|this|that|each|any|all|such|these|those|mou|moa|memorandum|agreement|contract|section|term|terms|it|there|cooperation|collaboration|work|activities|nothing|no|everyone|everybody|anyone|anybody|nobody|someone)$/i;

/**
 * "Copies must be given to the technician", "Safety glasses must be worn": the words before the
 * obligation name what is acted on, not who acts (unless "by the School" says who).
 */
const PASSIVE = /^\s*be\s+(?:[\p{L}-]+ly\s+)?(?:given|worn|kept|made|sent|done|taken|brought|shown|held|built|paid|laid|read|set|put|\p{L}{3,}ed)\b(?<!\b(?:required|expected|obliged|obligated|asked|prepared|committed|entitled|allowed|permitted|invited|encouraged|authori[sz]ed|pleased|dedicated|determined|interested|involved|engaged|responsible|concerned)(?=\s+(?:to|in|with)\b))(?!\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:the\s+)?\p{Lu})/u;

/** A passive duty with its agent right after it ("be made to the School by the District"). */
const PASSIVE_AGENT = /^\s*be\s+(?:[\p{L}-]+ly\s+)?(?:given|made|sent|done|taken|paid|held|\p{L}{3,}ed)\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:the\s+)?\p{Lu}/u;

/** Is the duty after "will / shall / must" written in the passive (with its agent too, when `withAgent`)? */
function passiveAfter(sentence: string, m: RegExpExecArray, withAgent: boolean): boolean {
  if (!/^(?:will|shall|must)$/i.test(m[0])) return false;
  const rest = sentence.slice(m.index + m[0].length);
  return PASSIVE.test(rest) || (withAgent && PASSIVE_AGENT.test(rest));
}

/** The words before the obligation name who acts. */
/**
 * "The Annual Work Plan will set out the activities…": a document speaks; it owes nothing. (Not "the other
 * participants to this MoU", whose head is "participants".)
 */
function documentSubject(words: string[]): boolean {
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  return /^(?:plan|plans|schedule|annex|appendix|policy|strategy|agreement|memorandum|mou|moa|proposal|report|charter|framework|handbook|guidelines)$/i.test(last) && !words.some((w) => /^(?:to|of|in|under|for|by|with)$/i.test(w));
}

export function hasActor(sentence: string): { actor: boolean; index: number } {
  const m = OBLIGATION.exec(sentence);
  if (!m) return { actor: false, index: -1 };
  if (passiveAfter(sentence, m, false)) return { actor: false, index: m.index };
  // "During the term of this agreement, the CONTRIBUTOR agrees to": who acts comes after the opening phrase.
  const before = afterOpeningPhrase(sentence.slice(0, m.index)).trim();
  const words = before.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || documentSubject(words)) return { actor: false, index: m.index };
  if (ACTOR_WORDS.test(before)) return { actor: true, index: m.index };
  const named = words.some((w) => /^\p{Lu}/u.test(w) && !NOT_ACTOR.test(w.replace(/[^\p{L}]/gu, '')));
  return { actor: named, index: m.index };
}

/** The words after an opening phrase set off by a comma ("Upon signing, the District…"); all of them otherwise. */
export function afterOpeningPhrase(before: string): string {
  // ("NOW THEREFORE the Parties agree": the recitals' close, no opening phrase of its own.)
  before = before.replace(/^\s*now,?\s+therefore,?\s+/i, '');
  const comma = before.lastIndexOf(', ');
  const rest = comma >= 0 && /^\s*(?:(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?:during|upon|on|after|before|within|for|from|throughout|through|in|at|by|under|subject|unless|if|when|whenever|where|once|following|as|with|prior to|except|beginning|starting|commencing|effective|additionally|also|separately|finally|first(?:ly)?|second(?:ly)?|third(?:ly)?|thereafter|likewise|similarly|meanwhile|otherwise)\b/i.test(before) ? before.slice(comma + 2) : before;
  // "We believe (that) this partnership will help…": who acts is what follows the belief.
  const belief = BELIEF.exec(rest);
  if (belief) return rest.slice(belief.index + belief[0].length);
  // "The Member Organization agrees that its representative will", "Copperline agrees that it will:": the party, through its
  // people or by a pronoun; "The School agrees that the Company will": the one named after "that".
  const that = / that /i.test(rest) && AGREES_HINT.test(rest) ? AGREES_THAT.exec(rest) : null;
  if (that) return /^(?:its|their|his|her|it|they|he|she)\b/i.test(that[2]) ? that[1] : that[2];
  // "On the school side we'll coordinate…", "In return we will…": the pronoun after a phrase with no comma acts.
  const pronoun = /^[^,]*\s(we|I|they)\s*$/i.exec(rest);
  // "During the placement the student will:", "Before the first session the Host will": who is named last acts.
  const when = pronoun ? null : /^(?:during|before|after|throughout|within|at the (?:start|end) of|by the end of)\s+(?:the|each|every|its|this)\s+[^,]{1,40}?\s((?:the|each|every)\s+[^,]{1,40})$/i.exec(rest.trim());
  if (when) return when[1];
  // "I have read and agree to follow…": the pronoun that opens a pair of verbs acts.
  const pair = pronoun ? null : /^(we|I|you|they)\s+[^,]{0,40}\band\s*$/i.exec(rest);
  return pronoun ? pronoun[1] : pair ? pair[1] : rest;
}
const AGREES_HINT = /\b(?:agree|undertake|confirm|ensure|warrant|guarantee|acknowledge)/i;
const AGREES_THAT = /^(.*?)\s+(?:agrees?|undertakes?|confirms?|ensures?|warrants?|guarantees?|acknowledges?)(?:\s+(?:on behalf of|for)\s+[^,;]{1,80}?)?\s+that\s+(.*)$/is;
const BELIEF = /(?:^|\s)(?:we|i|the parties|both parties|the partners)\s+(?:(?:firmly|strongly|truly)\s+)?(?:believe|hope|expect|trust|anticipate|are confident|am confident|feel|think|know)\s+(?:that\s+)?/i;

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
  return !!m && /^[\s>*_\-–•[\]x☐☑☒✓✔□■▢]*I$/.test(afterOpeningPhrase(sentence.slice(0, m.index)).trim());
}

const COLLECTIVE = /^(?:i|we|us|each|both|either|all|any|everyone|everybody|anyone|anybody|the parties|parties|the partners|partners|each party|both parties|either party|all parties|the participants|participants)$/i;

/** What a party writes, not who acts for it: "the Council's Strategy", "the University's Policy". */
const PAPER = /^(?:strateg(?:y|ies)|plans?|polic(?:y|ies)|vision|mission|framework|reports?|charter|constitution|statutes?|regulations?|budget|manifesto|roadmap)$/i;

/** Who acts in a duty sentence, normalised ("The College" → "college"); '' when unclear or collective. */
export function actorOf(sentence: string): string {
  const m = OBLIGATION.exec(sentence);
  if (!m) return '';
  // ("Payments will be made by the District": someone acts, though not the words before; no actor named here.)
  if (passiveAfter(sentence, m, true)) return '';
  const words = afterOpeningPhrase(sentence.slice(0, m.index))
    .replace(/[*_“”"]/g, '')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:the|a|an|this|that)$/i.test(w));
  // "1.4 The Donor shall…": the clause's number is no part of who acts.
  if (words.length > 1 && /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,4}[.)])$/i.test(words[0])) words.shift();
  // "Each Member School agrees to": every member of a named kind, an actor of its own.
  if (/^(?:each|every)$/i.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? '')) words.shift();
  if (!words.length || words.length > 6) return '';
  // "UCM's staff will…", "The College's mentors will…": the party whose people act.
  const owner = words.findIndex((w) => /[’']s$/.test(w));
  if (owner >= 0 && owner < words.length - 1 && words.slice(0, owner + 1).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) {
    // …but "The Council's Economic Development Strategy commits to…": a document speaks, no one is bound.
    if (words.slice(owner + 1).some((w) => PAPER.test(w))) return '';
    words.splice(owner + 1);
  }
  // A party is a name ("Acme Robotics", "TIOF") or a party noun ("the College"), not "scholarships already awarded".
  const properName = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:for|of|and|&|de|la)$/i.test(w));
  if (!properName && !ACTOR_WORDS.test(words.join(' '))) return '';
  if (documentSubject(words)) return '';
  // "Use of the Bank's name and logo shall conform…", "Payment of the fee shall…": a thing, whoever's it is.
  if (!properName && /^(?:use|payment|delivery|copies|copy|provision|transfer|ownership|publication|disclosure|costs?|expenses?|funding|any|all)$/i.test(words[0] ?? '') && /^of$/i.test(words[1] ?? '')) return '';
  const actor = words.join(' ').replace(/[’']s$/, '').toLowerCase();
  // "Your organisation will nominate twelve mentors": the letter's reader, as "you" is.
  if (/^your (?:organi[sz]ation|company|firm|business|school|college|team|institution|centre|center|agency)$/.test(actor)) return 'you';
  return COLLECTIVE.test(actor) || /\b(?:each|both|either|all)\b/.test(actor) ? '' : actor;
}

/** Who acts is "we" or "our team/staff/company…" ("As partners, we will:"). */
export function firstPersonPlural(sentence: string): boolean {
  const m = OBLIGATION.exec(sentence);
  return !!m && /^[\s>*_\-–•☐☑☒✓✔□■▢]*(?:we|our\s+(?:team|staff|company|organi[sz]ation|firm|school|college|centre|center|people|engineers|volunteers))$/i.test(afterOpeningPhrase(sentence.slice(0, m.index)).trim());
}

/** An actor phrase that starts with people who take part ("students and school staff", "2.1 interns placed at …"). */
const PARTICIPANT_ACTOR = /^(?:(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]?\s+)?(?:(?:the|each|every|all|any)\s+)?(?:students?|pupils?|learners?|interns?|externs?|trainees?|apprentices?|participants?|children|campers?|mentees?|attendees?|visitors?)\b/i;

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

/** What names a unit of an organisation: "Volunteer & Student Services", "Office of Research", "Outreach Team". */
const UNIT_WORD = /^\p{L}[\p{L}&' -]*\b(?:services|office|department|dept|unit|team|division|bureau|desk|directorate|secretariat)\b/u;

/**
 * The party a unit belongs to ("Volunteer & Student Services will:" in a letter whose letterhead has
 * "MERCY RIDGE MEDICAL CENTER" over "Volunteer & Student Services"): the one party named on the short
 * lines next to the unit's name in the letterhead or the signature block, wherever it stands so there.
 */
export function unitParty(model: DocumentModel, actor: string, parties: readonly Party[]): Party | undefined {
  if (parties.length < 2 || !UNIT_WORD.test(actor) || participantActor(actor)) return undefined;
  // (Only in a letterhead, the first lines, or a signature block, the last quarter and at most its last 20,000 characters;
  // remembered for those lines and these parties, so a keystroke elsewhere reads nothing again.)
  const head = model.lines.offset({ line: Math.min(7, model.lines.lineCount - 1), character: 0 });
  const tail = Math.max(head, Math.floor(model.text.length * 0.75), model.text.length - 20_000);
  const region = modelMemo(model, 'unit-party:region', () => `${model.text.slice(0, head)}\u0000${model.text.slice(tail)}`);
  const key = `${actor}\u0000${parties.map((p) => p.names.join('|')).join('\u0001')}`;
  let known = unitMemo.get(region);
  if (!known) {
    if (unitMemo.size > 8) unitMemo.clear();
    unitMemo.set(region, (known = new Map()));
  }
  if (!known.has(key)) known.set(key, unitPartyIn(model, actor, parties, [[0, head], [tail, model.text.length]]));
  const name = known.get(key);
  return name === undefined ? undefined : parties.find((p) => p.name === name);
}
const unitMemo = new Map<string, Map<string, string | undefined>>();

function unitPartyIn(model: DocumentModel, actor: string, parties: readonly Party[], ranges: Array<[number, number]>): string | undefined {
  const found = new Set<Party>();
  const lineText = (l: number) => (l < 0 || l >= model.lines.lineCount ? '' : model.text.slice(model.lines.offset({ line: l, character: 0 }), model.lines.lineEnd(l)));
  const re = new RegExp(escapeRegExp(actor), 'gi');
  for (const [from, to] of ranges) {
    re.lastIndex = from;
    for (let m = re.exec(model.text); m && m.index < to; m = re.exec(model.text)) {
      const { line, character } = model.lines.position(m.index);
      const own = lineText(line);
      if (own.length > 80) continue;
      // (The unit's own words are not the party's: "Mercy Ridge Volunteer Services" names Mercy Ridge only outside them.)
      const near = [lineText(line - 1), own.slice(0, character) + ' ' + own.slice(character + actor.length), lineText(line + 1)].filter((t) => t.length <= 80);
      const named = parties.filter((p) => near.some((t) => mentions(t, p)));
      if (named.length === 1) found.add(named[0]);
    }
  }
  return found.size === 1 ? [...found][0].name : undefined;
}
