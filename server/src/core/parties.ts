/**
 * The parties to an agreement, from its opening: defined terms ("the College", "Halvorsen"),
 * "between A and B", a Parties section, or front matter. Each party gets the names the text
 * uses for it, so duties, contacts and contributions can be attributed to it.
 */
import type { DocumentModel } from './model';
import type { HeadingIndex } from './locate';
import { passagesIn } from './sections';
import { memo } from './signals';
import { matchHeading } from './locate';

export interface Party {
  /** The name the agreement uses most: its defined short name when it has one. */
  name: string;
  /** Every name that refers to this party (full name, short name). */
  names: string[];
  /** Offset of the first mention (for findings about the party). */
  start: number;
  end: number;
}

const NOT_A_PARTY =
  /^(?:students?|learners?|pupils?|participants?|attendees?|interns?|apprentices?|trainees?|mentees?|children|minors?|youth|the public|public|community members?|members of the public|visitors?|users?|customers?|clients?|patients?|families|parents?|volunteers?|staff|employees?|first party|second party|third party|third parties|steering committee|committee|board|ferpa|gdpr|hipaa|terms|projects?|mou|moa|mou's|agreement|this agreement|memorandum|parties|party|the parties|members|partners|participants|effective date|project|program|programme|term|purpose|purposes|services|data|confidential information|licensed material|work|commitments|scope|activities|definitive agreement|annex|exhibit|schedule|appendix|attachment|cover page|disclosing party|receiving party|industry partners?|collectively)$/i;
/** A proper name: capitalised words, joined by "of", "for", "the", "de" or "&". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:of|for|the|de|du|la|on|in|at|&)[ \t]+)*\p{Lu}[\p{L}\p{N}&'’.-]*)*`;
const QUOTED = String.raw`["“'‘]((?:[Tt]he\s+)?[^"”'’\n]{2,40})["”'’](?:\s+or\s+["“'‘][^"”'’\n]{2,40}["”'’])?`;
/** `(the "Alias")`, `("Alias")`, `(hereinafter referred to as "Alias")`. */
const DEFINITION = new RegExp(String.raw`\(\s*(?:[Tt]he\s+|[Hh]ereinafter\s+(?:referred to as\s+|called\s+)?(?:the\s+)?|[Hh]ereafter\s+(?:the\s+)?)?${QUOTED}\s*\)`, 'gu');
const PARTY_INTRO = /\b(?:between|entered into|made (?:on|this|by)|by and between|part(?:y|ies)|partners?|on behalf of|represented by|signed by)\b/i;
/** Defined terms that name a thing, not an organisation. */
const THING_WORDS = /\b(?:studies|study|agreement|data|records|section|information|material|materials|services|program|programme|project|date|term|termination|fees?|law|act|policy|elements?|purposes?|commitments?|activities|platform|framework|curriculum|course|courses)\b/i;
const STREET = /\b(?:Way|Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Parkway|Pkwy|Boulevard|Blvd|Lane|Ln|Plaza|Court|Place|Square|Highway|Hwy|Suite|Floor|Building)\.?$/;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This|The|These|Each|YYYY|MM|DD)$/;

/** The full name a definition refers to: a name containing the short name, else the last bold name, else the clause's first name. */
function namedBefore(text: string, at: number, alias: string): string | undefined {
  const short = clean(alias).toLowerCase();
  const before = text.slice(Math.max(0, at - 320), at);
  const containing = [...before.matchAll(new RegExp(NAME, 'gu'))]
    .map((m) => m[0])
    .filter((n) => n.toLowerCase().includes(short) && n.toLowerCase() !== short && !STREET.test(n));
  if (containing.length) return containing[0];
  const from = Math.max(
    text.lastIndexOf(')', at - 1),
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
    if (!MONTHS.test(m[0].split(/\s+/)[0]) && !/^(?:and|by|between)$/i.test(m[0])) return m[0];
  }
  return undefined;
}

/** A sentence listing the members or parties by name. */
const MEMBER_LIST =
  /\b(?:the\s+)?(?:initial\s+|founding\s+)?(?:members|parties|partners|signatories|collaborating organi[sz]ations|member organi[sz]ations|partner organi[sz]ations)\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:are|include)\s*:?\s+((?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}(?:\s*\([^()]{2,20}\))?(?:,\s*|,?\s+and\s+)){1,9}\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}(?:\s*\([^()]{2,20}\))?)/u;

/** A line (or table row) that labels a party: "Party A | Open Circuits Foundation", "First Party: Acme Ltd". */
const PARTY_LABEL_LINE = /^[\s|*_]*(?:party\s*(?:[A-D]|[1-4]|one|two|three|four)|(?:first|second|third|fourth) party)[\s*_]*(?:[|:][\s|*_]*)+([^|\n]{3,120}?)[\s|*_]*$/i;

/** `(the FPA)`, `(hereinafter the College)`: a short name defined without quotes. */
const UNQUOTED_DEFINITION = new RegExp(
  String.raw`\(\s*(?:(?:[Hh]ere(?:in)?after\s+(?:referred to as\s+|called\s+)?(?:[Tt]he\s+)?)|[Tt]he\s+)(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})\s*\)`,
  'gu',
);

/** `Turntabl Limited (Turntabl UK)`: an unquoted short name after a company name. */
const COMPANY_ALIAS = new RegExp(String.raw`(${NAME}\s+(?:Limited|Ltd|Inc|LLC|Pty Ltd|Pvt Ltd|Corporation|Corp|Company|GmbH|PLC|Bhd))\.?\s*\((${NAME})\)`, 'gu');
const BETWEEN_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:of|for|the|de|by|&)[ \t]+)*\p{Lu}[\p{L}\p{N}&'’.-]*)*(?:[ \t]+\(\p{Lu}[\p{L}\p{N}&.-]{1,15}\))?`;
const BETWEEN = new RegExp(String.raw`\b[Bb]etween\s+(?:[Tt]he\s+)?(${BETWEEN_NAME})\s*,?\s+(?:and|&)\s+(?:the\s+)?(${BETWEEN_NAME})`, 'gu');

/** Words that do not identify a party on their own. */
const GENERIC = /^(?:the|of|and|for|inc|llc|ltd|pvt|co|corp|corporation|company|limited|school|district|college|university|center|centre|board|regional|community|public|city|county|state|national|department|foundation|institute|academy|association|group|partners?)$/i;

/** "United by Christ Ministries (UCM)" → the name and its short form. */
function withAlias(name: string): string[] {
  const m = /^(.*?)\s*\(([^()]{2,20})\)\s*$/.exec(name);
  return m ? [m[1], m[2]] : [name];
}

/** Short names a definition gives a party by its role. */
const ROLE_ALIAS =
  /^(?:the\s+)?(?:organi[sz]er|sponsor|partner|host|school|district|college|university|company|contractor|recipient|provider|grantee|grantor|licensee|licensor|vendor|supplier|institution|center|centre|agency|foundation|association|consortium|museum|library|employer|client|researcher|investigator|volunteer|member)$/i;
/** A full name that is an organisation's. */
const ORGANISATION =
  /\b(?:LLC|Inc|Ltd|Limited|Corp|Corporation|Company|GmbH|PLC|AISBL|Pty|Pvt|Bhd|University|College|School|Schools|District|Academy|Institute|Foundation|Association|Society|Agency|Department|Ministry|Council|Center|Centre|Museum|Library|Trust|Authority|Board|Network|Alliance|Consortium|Hub|Lab|Labs|Ministries|Church)\b\.?/;

const HEADING_PARTY = [
  /^(?:what\s+)?(?:the\s+)?(.{2,60}?)\s+(?:agrees? to|will|shall|commits? to|undertakes? to)(?:\s+(?:the\s+following|do|provide|contribute))?\s*:?$/i,
  /^(?:the\s+)?(.{2,60}?)(?:[’']s)?\s+(?:responsibilities|obligations|duties|undertakings?|commitments|roles?)(?:\s*\(.*\))?$/i,
  /^(?:responsibilities|obligations|duties|role|roles|commitments|undertakings?)\s+of\s+(?:the\s+)?(.{2,60})$/i,
];

const partyOfHeading = memo(partyOfHeadingUncached, 5_000);

function partyOfHeadingUncached(text: string): string | undefined {
  const t = text.replace(/^[\s\d.)#*]+/, '').replace(/^(?:article|section|part)\s+[\divxlc]+[.:)]?\s*/i, '').replace(/[*_]/g, '').trim();
  for (const re of HEADING_PARTY) {
    const m = re.exec(t);
    if (!m) continue;
    const name = m[1].replace(/\s*\(.*$/, '').trim();
    if (/^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 6 && !/^(?:roles?|general|joint|mutual|shared|other|key|partner(?:ship)?s?|parties|party|our|your|their|each|both|all|specific|additional|individual)\b/i.test(name.replace(/^[Pp]artners?\s+(?=\p{Lu}\p{Ll})/u, ''))) return name;
  }
  return undefined;
}

/** How often the text's passages use a name as written (whole words), up to 3. */
function usedInText(model: DocumentModel, name: string): number {
  let n = 0;
  for (const p of model.passages) {
    if (wordIn(p.text, name) && ++n >= 3) break;
  }
  return n;
}

/** An ALL-CAPS name as the text otherwise writes it ("R SAVE" → "R Save"), else as it is. */
function properCase(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  for (const m of text.slice(0, 50_000).matchAll(re)) if (m[0] !== m[0].toUpperCase()) return m[0];
  return name;
}

function clean(name: string): string {
  return name
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .split(/,\s/)[0]
    .replace(/^(?:the|a)\s+/i, '')
    .replace(/[,.;:\s]+$/, '')
    .trim();
}

/** Does a clause introduce parties ("made between", "entered into by", a list of bold names)? */
const introducesParties = memo((src: string): boolean => PARTY_INTRO.test(src) || /^\s*(?:\d+[.)]\s+)?\*\*/.test(src));

/** `Acme Ltd ("Acme")`, `(hereinafter "the College")`, `Acme Ltd (Acme UK)`: the names each definition gives, in order. */
const definedParties = memo((src: string): string[][] => {
  const out: string[][] = [];
  for (const m of src.matchAll(DEFINITION)) {
    const alias = m[1];
    if (NOT_A_PARTY.test(clean(alias))) {
      // ("First Party") says the name before it is a party, whatever kind of body it is; ("Licensee") only of an organisation.
      const full = namedBefore(src, m.index!, alias);
      if (full && (ORGANISATION.test(full) || /^(?:first|second|third|fourth)\s+party$/i.test(clean(alias)))) out.push([full]);
      continue;
    }
    if (THING_WORDS.test(alias) || MONTHS.test(clean(alias))) continue;
    const full = namedBefore(src, m.index!, alias);
    out.push(full && !/\b(?:this|memorandum|agreement|mou)\b/i.test(full) ? [full, alias] : [alias]);
  }
  for (const m of src.matchAll(COMPANY_ALIAS)) out.push([m[1], m[2]]);
  return out;
}, 20_000);

/** "(the FPA)", "(the CONTRIBUTOR)": a short name defined without quotes, for the name just before it (text with "\\(" already "("). */
const unquotedParties = memo((src: string): string[][] => {
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

/** "between A and B": both, each with its short form. */
const betweenParties = memo((text: string): string[][] => [...text.matchAll(BETWEEN)].flatMap((m) => [withAlias(m[1]), withAlias(m[2])]), 20_000);

/**
 * Definitions that name an organisation or a party's role, wherever they stand in the opening
 * ("Zamna Hawaii LLC ("Organizer")" on a line of its own under "1. EVENT ORGANIZER").
 */
const organisationDefinitions = memo((src: string): string[][] => {
  const out: string[][] = [];
  for (const m of src.matchAll(DEFINITION)) {
    const alias = clean(m[1]);
    if (NOT_A_PARTY.test(alias) || THING_WORDS.test(alias) || MONTHS.test(alias)) continue;
    const full = namedBefore(src, m.index!, m[1]);
    if (ROLE_ALIAS.test(alias) || (full && ORGANISATION.test(full))) out.push(full && !/\b(?:this|memorandum|agreement|mou)\b/i.test(full) ? [full, m[1]] : [m[1]]);
  }
  return out;
}, 20_000);

export function findParties(model: DocumentModel, index: HeadingIndex, frontMatter?: Record<string, unknown>): Party[] {
  const parties: Party[] = [];
  const add = (names: string[], start: number, end: number) => {
    const ns = [...new Set(names.map(clean).filter((n) => n.length >= 2 && !NOT_A_PARTY.test(n) && !NOT_A_PARTY.test(`the ${n}`)))];
    if (!ns.length) return;
    const existing = parties.find((p) => p.names.some((a) => ns.some((b) => sameParty(a, b))));
    if (existing) {
      for (const n of ns) if (!existing.names.includes(n)) existing.names.push(n);
      return;
    }
    parties.push({ name: ns[ns.length - 1], names: ns, start, end });
  };

  const fmParties = frontMatter?.parties;
  if (Array.isArray(fmParties)) {
    for (const p of fmParties) {
      if (typeof p === 'string') add([p], 0, 0);
      else if (p && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string') add([(p as { name: string }).name], 0, 0);
    }
  }

  // The opening: before the first core section, plus any Parties section.
  const firstCore = Math.min(
    ...['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'].flatMap((id) =>
      (index.title.get(id) ?? []).map((n) => n.heading.start),
    ),
    model.text.length,
  );
  const openingEnd = Math.min(Math.max(firstCore, 1500), 6000);
  const opening = model.passages.filter((p) => p.start < openingEnd);
  // A Parties section (not the document's title, which may say "between A and B" and run to the end).
  const partiesSections = (index.title.get('parties') ?? [])
    .filter((n) => n.heading.level > 1 && n.end - n.heading.end < 20_000)
    .flatMap((n) => passagesIn(model.passages, n.heading.end, n.end));
  const inPartiesSection = new Set(partiesSections);
  const sources = [...new Set([...opening, ...partiesSections])];
  const titles = model.headings.filter((h) => h.start < openingEnd);

  // Each pass reads one passage at a time (memoised by its text: passages repeat from keystroke to keystroke).
  for (const p of sources) {
    const src = model.text.slice(p.start, p.end);
    // Only clauses that introduce parties: "made between", "entered into by", a list of bold names.
    if (!introducesParties(src) && !inPartiesSection.has(p)) continue;
    for (const names of definedParties(src)) add(names, p.start, p.start);
  }
  for (const p of sources) {
    if (p.text.includes('(')) for (const names of unquotedParties(p.text)) add(names, p.start, p.start);
  }
  for (const t of [...titles.map((h) => ({ text: h.text, start: h.start, end: h.end })), ...sources]) {
    for (const names of betweenParties(t.text)) add(names, t.start, t.end);
  }
  for (const p of sources) {
    if (p.text.includes('(')) for (const names of organisationDefinitions(model.text.slice(p.start, p.end))) add(names, p.start, p.start);
  }
  // "Parties: Riverbend Food Bank & Eastside College", also as a bold run-in label.
  const labelled = model.headings
    .filter((h) => h.start < openingEnd && h.kind === 'runin' && /^(?:the\s+)?parties$/i.test(h.text.trim()))
    .map((h) => model.passages.find((p) => p.start >= h.end && p.start <= h.end + 2));
  for (const p of [...opening, ...labelled]) {
    if (!p) continue;
    const m = labelled.includes(p) ? /^\s*(.{3,200})$/m.exec(p.text) : /^\s*(?:the\s+)?parties\s*:\s*(.{3,200})$/im.exec(p.text);
    if (!m) continue;
    for (const name of m[1].split(/\s+(?:&|and)\s+|;\s*|,\s+(?=\p{Lu})/u)) add(withAlias(name.replace(/[{}[\]‹›<>]/g, '')), p.start, p.end);
  }
  // "The initial collaborating organisations are Nyaruka, InSTEDD, Ona, and Viamo."
  for (const p of opening) {
    const m = MEMBER_LIST.exec(p.text);
    if (!m) continue;
    for (const name of m[1].split(/\.\s/)[0].split(/,\s*(?:and\s+)?|\s+and\s+/)) if (/^\p{Lu}/u.test(name.trim())) add(withAlias(name.trim()), p.start, p.end);
  }
  // "| Party A | Open Circuits Foundation (OCF) |", "**Second Party:** Harbor Bank": a party by its label.
  for (const p of opening) {
    if (!/\bparty\b/i.test(p.text)) continue;
    for (const line of p.text.split('\n')) {
      const m = PARTY_LABEL_LINE.exec(line);
      if (m && /^\p{Lu}/u.test(m[1].trim())) add(withAlias(m[1].trim()), p.start, p.end);
    }
  }
  // Headings that give one party its duties: "Code.org Agrees To:", "Sponsor Responsibilities",
  // "Responsibilities of the College", "R Save's Role".
  // The name must be one the text uses for someone who acts, not a section's name ("Resource
  // Commitments", "Post-termination Obligations").
  // (The first 200 headings: parties are introduced early, and this keeps a long annex cheap.)
  for (const h of model.headings.slice(0, 200)) {
    const found = partyOfHeading(h.text);
    if (!found) continue;
    const name = properCase(found, model.text);
    if (matchHeading(name).length || !/^\p{Lu}/u.test(name)) continue;
    if (ROLE_ALIAS.test(name) || ORGANISATION.test(name) || usedInText(model, name) >= 2) add([name], h.start, h.end);
  }
  return parties.filter((p) => p.names.some((n) => n.length >= 2));
}

const significantWords = memo((name: string): string[] => name.split(/[\s,]+/).filter((w) => w.length > 1 && !GENERIC.test(w)));

/** Two names for the same party: one contains the other as whole words. */
export function sameParty(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 3 && wordIn(long, short);
}

const partyMemos = new Map<string, (text: string) => unknown>();

/**
 * A per-text memo of `fn` for one party: keyed by the party's names, so it outlives the analysis
 * (the Party objects are new each time, their names are not). `kind` tells memos of one party apart.
 */
export function perParty<T>(party: Party, kind: string, fn: (text: string) => T): (text: string) => T {
  const key = `${kind}\n${party.names.join('\n')}`;
  let m = partyMemos.get(key);
  if (!m) {
    if (partyMemos.size > 200) partyMemos.clear();
    partyMemos.set(key, (m = memo(fn, 20_000)));
  }
  return m as (text: string) => T;
}

/** Does this text mention the party by one of its names (or by the distinctive words of its full name)? */
export function mentions(text: string, party: Party): boolean {
  const names = party.names;
  return perParty(party, 'mentions', (t) => mentionsUncached(t, [...names]))(text);
}

function mentionsUncached(text: string, names: string[]): boolean {
  for (const n of names) {
    if (wordIn(text, n)) return true;
    const sig = significantWords(n);
    if (sig.length >= 2 && wordIn(text, sig.slice(0, 2).join(' '))) return true;
    if (sig.length === 1 && sig[0].length >= 4 && /^\p{Lu}/u.test(sig[0]) && wordIn(text, sig[0])) return true;
  }
  return false;
}

/** An email address whose domain carries the party's distinctive name ("@cascadiapl.com" for Cascadia Power & Light). */
export function emailDomainMatches(email: string, party: Party): boolean {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return party.names.some((n) => {
    const sig = significantWords(n);
    return sig.length > 0 && sig[0].length >= 4 && domain.includes(sig[0].toLowerCase());
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the code point ending just before `i` (or starting at `i`) a letter or digit? */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  const cp = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : lo;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Does the phrase occur in the text as whole words (no letter or digit right before or after it)?
 * An indexOf scan: one regular expression per phrase would cost a Unicode-class compile each.
 */
function wordIn(text: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!wordCharBefore(text, i) && !wordCharAt(text, i + phrase.length)) return true;
  }
  return false;
}
