/**
 * How agreements name their parties, read from one piece of text at a time: the patterns (defined
 * terms, labelled rows, member lists, party-named headings; pairs are party-pairs.ts) and the per-text
 * readers findParties (parties.ts) combines. Pure and memoised by text.
 */
import { memo } from './signals';
import { unescapeMarkdown } from './text';
import { joinWraps } from './facts/make';

/** A passage's source with the lines a conversion broke mid-phrase joined (memoised by text). */
export const joinedSource = memo((src: string) => joinWraps(boldAsMarkdown(unescapeMarkdown(src.replace(/\r\n?/g, '\n')))), 5_000);
/** Markdown's backslash escapes as the text reads them: pandoc writes `(the \"District\")`, `School District \#12`. */

/** No bold around a quoted short name: `(hereinafter called <b>“the Donor”</b>)` reads as `(hereinafter called “the Donor”)`. */
function boldAsMarkdown(src: string): string {
  if (!src.includes('<') && !src.includes('*')) return src;
  const BOLD = String.raw`(?:\*\*|<(?:b|strong)>|<\/(?:b|strong)>)`;
  return src.replace(new RegExp(String.raw`${BOLD}(?=["“'‘][^"”'’\n]{2,40}["”'’]${BOLD})|(?<=${BOLD}["“'‘][^"”'’\n]{2,40}["”'’])${BOLD}`, 'gi'), '');
}

export const NOT_A_PARTY =
  /^(?:students?|learners?|pupils?|participants?|attendees?|interns?|apprentices?|trainees?|mentees?|children|minors?|youth|the public|public|community members?|members of the public|visitors?|users?|customers?|clients?|patients?|families|parents?|volunteers?|staff|employees?|first party|second party|third party|third parties|steering committee|committee|board|ferpa|gdpr|hipaa|terms|projects?|mou|moa|mou's|agreement|this agreement|memorandum|parties|party|the parties|members|partners|participants|effective date|project|program|programme|term|purpose|purposes|services|data|confidential information|licensed material|work|commitments|scope|activities|definitive agreement|annex|exhibit|schedule|appendix|attachment|cover page|disclosing party|receiving party|industry partners?|collectively)$/i;
/** People who take part, however qualified ("Student Trainees", "summer interns"): participants, never a party. */
export const PARTICIPANT_NAME = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:students?|learners?|pupils?|trainees?|interns?|apprentices?|participants?|mentees?|campers?|attendees?|children|youth)$/iu;
/** A company's suffix after its comma ("Corvane Fabrication, Inc."). */
const LEGAL_SUFFIX = /^,[ \t]*(?:Inc|LLC|L\.L\.C|Ltd|Limited|PLC|Corp|Co|GmbH|LLP|Pty(?: Ltd)?|S\.A|N\.V|B\.V)\b\.?/;
/** A proper name: capitalised words, joined by "of", "for", "the", "de" or "&". */
export const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:of|for|the|de|du|la|on|in|at|&)[ \t]+)*\p{Lu}[\p{L}\p{N}&'’.-]*)*`;
/** A quoted short name, and a second one after "or" (`"Kilele" or "the Company"`): groups 1 and 2. */
const QUOTED = String.raw`["“'‘]((?:[Tt]he\s+)?[^"”'’\n]{2,40})["”'’](?:\s+or\s+["“'‘]((?:[Tt]he\s+)?[^"”'’\n]{2,40})["”'’])?`;
/**
 * `(the "Alias")`, `("Alias")`, `(hereinafter referred to as "Alias")`, and the same with a clause
 * before the parenthesis closes (`(hereinafter "the Trust", which expression shall include its successors)`).
 */
const DEFINITION = new RegExp(String.raw`\(\s*(?:[Tt]he\s+|[Hh]ereinafter\s+(?:referred to as\s+|called\s+)?(?:the\s+)?|[Hh]ereafter\s+(?:the\s+)?)?${QUOTED}\s*(?:\)|[,;][^()"“”]{0,200}\))`, 'gu');
/** `…, hereinafter called "the Institution"`, `hereinafter referred to as "the MUSEUM"`: a definition without a parenthesis. */
const HEREINAFTER = new RegExp(String.raw`(?<!\(\s*)\b[Hh]ere(?:in)?after\s+(?:referred to as|called|known as|designated as|named)\s+(?:the\s+)?${QUOTED}`, 'gu');
/** Every definition in a text, with and without a parenthesis, in order. */
function definitions(src: string): RegExpExecArray[] {
  const out = [...src.matchAll(DEFINITION)] as RegExpExecArray[];
  if (/here(?:in)?after/i.test(src)) out.push(...(src.matchAll(HEREINAFTER) as Iterable<RegExpExecArray>));
  return out.sort((a, b) => a.index - b.index);
}
const PARTY_INTRO = /\b(?:between|entered into|made (?:on|this|by)|by and between|part(?:y|ies)|partners?|on behalf of|represented by|signed by)\b/i;
/** Defined terms that name a thing, not an organisation. */
const THING_WORDS = /\b(?:studies|study|agreement|data|records|section|information|material|materials|services|program|programme|project|date|term|termination|fees?|law|act|policy|elements?|purposes?|commitments?|activities|platform|framework|curriculum|course|courses)\b/i;
/** A short name for the arrangement itself, when no body of that name stands before it. */
const ARRANGEMENT = /^(?:the\s+)?(?:partnership|collaboration|initiative|alliance|pilot|network)$/i;
const STREET = /\b(?:Way|Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Parkway|Pkwy|Boulevard|Blvd|Lane|Ln|Plaza|Court|Place|Square|Highway|Hwy|Suite|Floor|Building)\.?$/;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This|The|These|Each|YYYY|MM|DD)$/;

/** A sentence's end inside a run of capitalised words: a full stop after a word of three or more lower-case letters ("Scotia. ", not "Inc. " or "St. "). */
const SENTENCE_END = /(?<=\p{Lu}\p{Ll}*\p{Ll}{2}(?<!\b(?:Inc|Ltd|Corp|Bhd|Pty|Pvt|Plc|Co|St|Ave|Dept|Univ|Assn|Intl|Govt))\.)\s+(?=\p{Lu})/u;

/** A clause that opens with a name and a comma ("(1) ACME LIMITED, a company…", "**Disha Samiti**, a society…", "BETWEEN ACME LIMITED, a company…"). */
const LEAD_NAME = new RegExp(String.raw`^\s*(?:\(?\d{1,2}\)|\d{1,2}[.)]|\(?[a-z]\))?\s*(?:(?:BETWEEN|AND|[Bb]etween|[Aa]nd)\s+)?(?:[Tt]he\s+|THE\s+)?\**(${NAME})\**(?:\s*\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\))?(?:,\s*\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2})?\s*,\s+(?:an?|the)\s`, 'u');

/** The full name a definition refers to: a name containing the short name, else the last bold name, else the clause's first name. */
function namedBefore(text: string, at: number, alias: string, after = -1): string | undefined {
  // "(1) BRENNAN-MOREAU TEST & MEASUREMENT LIMITED, a company … whose office is at Unit 4, … (the "Lender")":
  // the name that opens the clause, not a word of its address.
  const lead = LEAD_NAME.exec(text);
  if (lead && /\s/.test(lead[1].trim()) && !/\(\s*(?:the\s+)?["“]/i.test(text.slice(0, at))) return lead[1];
  const short = clean(alias).toLowerCase();
  // (Not before the previous definition: a name it defined is another party's.)
  const before = text.slice(Math.max(0, at - 320, after), at);
  const containing = [...before.matchAll(new RegExp(NAME, 'gu'))]
    .map((m) => m[0] + (LEGAL_SUFFIX.exec(before.slice(m.index! + m[0].length))?.[0] ?? '')) // ("Corvane Fabrication, Inc.")
    // A name runs on over a sentence's end ("… Nova Scotia. Harbourview Regional High School"): the last sentence's part.
    .map((n) => n.split(SENTENCE_END).pop()!)
    .filter((n) => n.toLowerCase().includes(short) && n.toLowerCase() !== short && !STREET.test(n));
  if (containing.length) return containing[0];
  const from = Math.max(
    lastClauseParen(text, at),
    text.lastIndexOf(';', at - 1),
    text.lastIndexOf('\n', at - 1),
    text.lastIndexOf(' and ', at - 1),
    text.lastIndexOf(' by ', at - 1),
    text.lastIndexOf(' between ', at - 1),
    text.lastIndexOf(':', at - 1),
    at - 240,
    -1,
  );
  const clause = text.slice(from + 1, at);
  const bold = [...clause.matchAll(/\*\*([^*\n]{3,90})\*\*/g)].pop();
  if (bold) return bold[1];
  for (const m of clause.matchAll(new RegExp(NAME, 'gu'))) {
    // (A capitalised word that opens a sentence, "Following our conversation…", is no name.)
    if (/^\p{Lu}\p{Ll}+$/u.test(m[0]) && /^\s+\p{Ll}/u.test(clause.slice(m.index! + m[0].length))) continue;
    if (!MONTHS.test(m[0].split(/\s+/)[0]) && !/^(?:and|by|between)$/i.test(m[0])) return m[0];
  }
  return undefined;
}

/** The last ")" before `at` that ends a clause: not one inside a name ("Fynbos Fintech (Pty) Ltd"). */
function lastClauseParen(text: string, at: number): number {
  let i = text.lastIndexOf(')', at - 1);
  while (i >= 0 && /^\(\p{Lu}\p{L}{1,4}\)\s+\p{Lu}/u.test(text.slice(text.lastIndexOf('(', i), i + 3))) i = text.lastIndexOf(')', i - 1);
  return i;
}

/** A sentence listing the members or parties by name. */
export const MEMBER_LIST =
  /\b(?:the\s+)?(?:initial\s+|founding\s+)?(?:members|parties|partners|signatories|collaborating organi[sz]ations|member organi[sz]ations|partner organi[sz]ations)\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:are|include)\s*:?\s+((?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}(?:\s*\([^()]{2,20}\))?(?:,\s*|,?\s+and\s+)){1,9}\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}(?:\s*\([^()]{2,20}\))?)/u;

/** A line (or table row) that labels a party: "Party A | Open Circuits Foundation", "First Party: Acme Ltd", "School Partner: Oakridge CTC". */
export const PARTY_LABEL_LINE = /^[\s|*_]*(?:party\s*(?:[A-D]|[1-4]|one|two|three|four)|(?:first|second|third|fourth) party|(?:school|industry|employer|host|community|university|college|business|district|placement|site) partner)[\s*_]*(?:[|:][\s|*_]*)+([^|\n]{3,120}?)[\s|*_]*$/i;

/** `(the FPA)`, `(hereinafter the College)`: a short name defined without quotes. */
const UNQUOTED_DEFINITION = new RegExp(
  String.raw`\(\s*(?:(?:[Hh]ere(?:in)?after\s+(?:referred to as\s+|called\s+)?(?:[Tt]he\s+)?)|[Tt]he\s+)(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})\s*\)`,
  'gu',
);

/** `Turntabl Limited (Turntabl UK)`: an unquoted short name after a company name. */
const COMPANY_ALIAS = new RegExp(String.raw`(${NAME}\s+(?:Limited|Ltd|Inc|LLC|Pty Ltd|Pvt Ltd|Corporation|Corp|Company|GmbH|PLC|Bhd))\.?\s*\((${NAME})\)`, 'gu');
/** A bold name, what it is, then its short name in quotes at the end of its line: `**A** (…), "A"; and`. */
const TRAILING_ALIAS = /^[ \t]*(?:[-*•][ \t]+|\(?\d{1,2}[.)][ \t]+)?\*\*([^*\n]{3,120})\*\*[^"“\n]{0,240}?,[ \t]*["“]((?:[Tt]he\s+)?[^"”\n]{2,40})["”][ \t]*[;.,]?[ \t]*(?:and|or)?[ \t]*$/gmu;
/** What COMPANY_ALIAS needs: a company word right before "(" (a cheap test first). */
const COMPANY_ALIAS_HINT = /(?:Limited|Ltd|Inc|LLC|Corporation|Corp|Company|GmbH|PLC|Bhd)\.?\s*\(/;

/** The document's own name just before a definition: "This Data Use Agreement", "Memorandum of Understanding". */
const DOCUMENT_NAME_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+){0,5}(?:Agreement|Memorandum(?:\s+of\s+\p{Lu}\p{L}+)?|Contract|Charter))\s*$/u;

/** Is `alias` the initials of the document's name written just before it ("Data Use Agreement" ("DUA"))? */
function namesTheDocument(before: string, alias: string): boolean {
  // (DOCUMENT_NAME_BEFORE ends with one of these words, or "Memorandum of" and a word, before the end.)
  const m = /(?:Agreement|Memorandum(?:\s+of\s+\S+)?|Contract|Charter)\s*$/.test(before) ? DOCUMENT_NAME_BEFORE.exec(before) : null;
  if (!m) return false;
  const initials = (m[1].match(/\b\p{Lu}/gu) ?? []).join('');
  const letters = clean(alias).replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && initials.includes(letters);
}

/** Words that do not identify a party on their own. */
export const GENERIC = /^(?:the|of|and|for|inc|llc|ltd|pvt|co|corp|corporation|company|limited|school|district|college|university|center|centre|board|regional|community|public|city|county|state|national|department|foundation|institute|academy|association|group|partners?)$/i;

/** "United by Christ Ministries (UCM)" → the name and its short form. */
export function withAlias(name: string): string[] {
  const m = /^(.*?)\s*\(([^()]{2,20})\)\s*$/.exec(name);
  // (A status in brackets is no short name: "Sri Venkatadri Institute of Technology (Autonomous)".)
  if (m && /^(?:autonomous|registered|regd\.?|deemed(?: to be)?(?: university)?|affiliated|accredited|a constituent college)$/i.test(m[2].trim())) return [m[1]];
  return m ? [m[1], m[2]] : [name];
}

/** Short names a definition gives a party by its role. */
export const ROLE_ALIAS =
  /^(?:the\s+)?(?:organi[sz]er|sponsor|partner|host|school|district|college|university|company|contractor|recipient|provider|grantee|grantor|licensee|licensor|vendor|supplier|institution|center|centre|agency|foundation|association|consortium|museum|library|employer|client|researcher|investigator|volunteer|member)$/i;
/** A full name that is an organisation's. */
export const ORGANISATION =
  /\b(?:LLC|Inc|Ltd|Limited|Corp|Corporation|Company|GmbH|PLC|AISBL|Pty|Pvt|Bhd|University|College|School|Schools|District|Academy|Institute|Foundation|Association|Society|Agency|Department|Ministry|Council|Center|Centre|Museum|Library|Trust|Authority|Board|Network|Alliance|Consortium|Hub|Lab|Labs|Ministries|Church|Club|Chamber|Hospital|Clinic|Bank|Union|Commission|Cooperative|Co-operative|Polytechnic|Zoo|Aquarium|Observatory|Gallery|Associates|Group|Holdings|Enterprises|Industries|Technologies|LLP)\b\.?/;

/** ORGANISATION in any case ("ASHCOMBE BOROUGH COUNCIL", "a volunteer civic technology group"). */
export const ORGANISATION_ANY_CASE = new RegExp(ORGANISATION.source, 'i');

/** A bracket that says what a name is, as an organisation: "Code for Port Alder (a volunteer civic technology group, …)". */
export function describedAsOrganisation(text: string): boolean {
  const bracket = /\(\s*(?:an?|the)\s[^()]*\)/.exec(text)?.[0];
  return !!bracket && ORGANISATION_ANY_CASE.test(bracket);
}

/** What may follow the verb of a heading over a party's duties: "… will do", "… agrees to the following", "… will do / provide". */
export const DUTY_HEADING_TAIL = String.raw`(?:\s+(?:the\s+following|do|provide|contribute|bring|offer)(?:\s*(?:\/|and|&)\s*(?:do|provide|contribute|bring|offer))?)?\s*:?$`;

const HEADING_PARTY = [
  new RegExp(String.raw`^(?:what\s+)?(?:the\s+)?(.{2,60}?)\s+(?:agrees? to|will|shall|commits? to|undertakes? to)${DUTY_HEADING_TAIL}`, 'i'),
  /^(?:the\s+)?(.{2,60}?)(?:[’']s)?\s+(?:responsibilities|obligations|duties|undertakings?|commitments|roles?)(?:\s*\(.*\))?$/i,
  /^(?:responsibilities|obligations|duties|role|roles|commitments|undertakings?)\s+of\s+(?:the\s+)?(.{2,60})$/i,
  // (In the present tense, as a term sheet labels a row: "University provides", "What the Council contributes".)
  /^(?:what\s+)?(?:the\s+)?(.{2,60}?)\s+(?:provides|contributes|supplies|undertakes|does)\s*:?$/i,
];
export const partyOfHeading = memo(partyOfHeadingUncached, 5_000);

function partyOfHeadingUncached(text: string): string | undefined {
  const t = text.replace(/^[\s\d.)#*]+/, '').replace(/^(?:article|section|part)\s+[\divxlc]+[.:)]?\s*/i, '').replace(/[*_]/g, '').trim();
  for (const re of HEADING_PARTY) {
    const m = re.exec(t);
    if (!m) continue;
    const name = m[1].replace(/\s*\(.*$/, '').trim();
    if (/^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 6 && !/^(?:roles?|general|joint|mutual|shared|other|key|partner(?:ship)?s?|parties|party|our|your|their|each|both|all|specific|additional|individual|advisory|supporting|leadership|coordinating|facilitating|oversight|governance|management)\b/i.test(name.replace(/^[Pp]artners?\s+(?=\p{Lu}\p{Ll})/u, ''))) return name;
  }
  return undefined;
}

export function clean(name: string): string {
  return name
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .split(/,\s/)[0]
    .replace(/^(?:the|a)\s+/i, '')
    .replace(/[,.;:\s]+$/, '')
    .trim();
}

/**
 * Is a definition inside a relative clause of the one before it, in the same sentence ("… (the "Member
 * Organization"), which has agreed to have one of its employees serve on the Advisory Council (the "Council")")?
 * Then it names what that party does or joins, not another party; "…, and B ("B")" brings a party back.
 */
function inRelativeClause(src: string, prevEnd: number, at: number): boolean {
  if (prevEnd < 0) return false;
  const between = src.slice(prevEnd, at);
  return /^,\s+(?:which|who)\b/.test(between) && !/\band\b|[.;]\s/.test(between);
}

/** Does a clause introduce parties ("made between", "entered into by", a list of bold names)? */
export const introducesParties = memo((src: string): boolean => PARTY_INTRO.test(src) || /^\s*(?:\d+[.)]\s+|[-*•▪◦·]\s+)?\*\*|\bhere(?:in)?after\b/i.test(src));

const ON_BEHALF = /^\W*(?:acting\s+)?(?:for\s+and\s+)?on\s+behalf\s+of\b(?:(?!\band\b)[^;])*$/i;

/** `Acme Ltd ("Acme")`, `(hereinafter "the College")`, `Acme Ltd (Acme UK)`: the names each definition gives, in order. */
export const definedParties = memo((src: string): string[][] => {
  const out: string[][] = [];
  let prevEnd = -1;
  for (const m of definitions(src)) {
    const alias = m[1];
    const after = prevEnd;
    prevEnd = m.index! + m[0].length;
    if (inRelativeClause(src, after, m.index!)) continue;
    if (NOT_A_PARTY.test(clean(alias))) {
      // ("First Party") says the name before it is a party, whatever kind of body it is; ("Licensee") only of an organisation.
      const full = namedBefore(src, m.index!, alias);
      if (full && (ORGANISATION.test(full) || /^(?:first|second|third|fourth)\s+party$/i.test(clean(alias)))) out.push([full]);
      continue;
    }
    if (THING_WORDS.test(alias) || MONTHS.test(clean(alias))) continue;
    const full = namedBefore(src, m.index!, alias, after);
    // `a research–practice partnership (the "Partnership")` names the arrangement; `Ashford Learning Partnership ("the Partnership")` a body.
    if (ARRANGEMENT.test(clean(alias)) && !(full && full.toLowerCase().includes(clean(alias).toLowerCase()))) continue;
    // `This Data Use Agreement ("DUA")` names the document, not a party.
    if (namesTheDocument(src.slice(Math.max(0, m.index! - 100), m.index!), alias) || /^\s*(?:this|these|the present)\b/i.test(alias)) continue;
    // (A second short name, `"Kilele" or "the Company"`, is the party's too; the first stays its name.)
    const also = m[2] && !NOT_A_PARTY.test(clean(m[2])) && !THING_WORDS.test(m[2]) ? [m[2]] : [];
    const names = full && !/\b(?:this|memorandum|agreement|mou)\b/i.test(full) ? [full, ...also, alias] : [...also, alias];
    // `the District ("District"), on behalf of Lakeview High School ("LHS")`: the school is the District's.
    if (out.length && after >= 0 && ON_BEHALF.test(src.slice(after, m.index))) out[out.length - 1].push(...names);
    else out.push(names);
  }
  if (COMPANY_ALIAS_HINT.test(src)) for (const m of src.matchAll(COMPANY_ALIAS)) out.push([m[1], m[2]]);
  // `- **Kër Code — Association for Civic Technology** (registered association, …), "Kër Code"; and`: the short name last, no brackets.
  if (src.includes('**')) for (const m of src.matchAll(TRAILING_ALIAS)) if (!NOT_A_PARTY.test(clean(m[2])) && !THING_WORDS.test(m[2])) out.push([clean(m[1].split(/\s+[—–]\s+/)[0]), m[2]]);
  return out;
}, 20_000);

/** "(the FPA)", "(the CONTRIBUTOR)": a short name defined without quotes, for the name just before it (text with "\\(" already "("). */
export const unquotedParties = memo((src: string): string[][] => {
  if (!/\b(?:between|here(?:in)?after)\b/i.test(src)) return [];
  const out: string[][] = [];
  for (const m of src.matchAll(UNQUOTED_DEFINITION)) {
    const alias = m[1];
    if (NOT_A_PARTY.test(alias) || THING_WORDS.test(alias) || MONTHS.test(alias)) continue;
    const clause = src.slice(Math.max(0, m.index! - 200), m.index!).split(/\bbetween\b|\band\b|[;)]/i).pop() ?? '';
    const full = [...clause.matchAll(new RegExp(NAME, 'gu'))].map((x) => x[0]).filter((n) => !MONTHS.test(n.split(/\s+/)[0])).pop();
    // A two-word alias ("CorrelAid Germany") is a name in itself; a one-word one ("FPA") names the name before it.
    out.push(full && full !== alias && !/\s/.test(alias) ? [full, alias] : [alias]);
  }
  return out;
}, 20_000);


/**
 * Definitions that name an organisation or a party's role, wherever they stand in the opening
 * ("Zamna Hawaii LLC ("Organizer")" on a line of its own under "1. EVENT ORGANIZER").
 */
export const organisationDefinitions = memo((src: string): string[][] => {
  const out: string[][] = [];
  let prevEnd = -1;
  for (const m of definitions(src)) {
    const alias = clean(m[1]);
    const after = prevEnd;
    prevEnd = m.index! + m[0].length;
    if (inRelativeClause(src, after, m.index!)) continue;
    if (NOT_A_PARTY.test(alias) || THING_WORDS.test(alias) || MONTHS.test(alias)) continue;
    const full = namedBefore(src, m.index!, m[1], after);
    if (ROLE_ALIAS.test(alias) || (full && ORGANISATION.test(full))) out.push(full && !/\b(?:this|memorandum|agreement|mou)\b/i.test(full) ? [full, m[1]] : [m[1]]);
  }
  return out;
}, 20_000);

