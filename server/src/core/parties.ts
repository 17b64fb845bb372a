/**
 * The parties to an agreement, from its opening: defined terms ("the College", "Halvorsen"),
 * "between A and B", a Parties section, or front matter. Each party gets the names the text
 * uses for it, so duties, contacts and contributions can be attributed to it.
 */
import { blockMemo, modelMemo, type DocumentModel } from './model';
import { passagesIn, startingIn } from './sections';
import { memo } from './signals';
import { escapeRegExp } from './text';
import type { Passage } from './types';
import { distinctOrganisations, mentions, sameParty, wordIn } from './party-words';
import { titleBlockPairs } from './party-title-page';
import { betweenParties, capsParties, pairedSubjects } from './party-pairs';
import {
  MEMBER_LIST, NOT_A_PARTY, ORGANISATION, PARTICIPANT_NAME, PARTY_LABEL_LINE,
  ROLE_ALIAS, clean, definedParties,
  introducesParties, joinedSource, organisationDefinitions, partyOfHeading, unquotedParties, withAlias,
} from './party-names';
import { columnHeads, matchHeading, partyColumnsHeader, type HeadingIndex } from './locate';

export interface Party {
  /** The name the agreement uses most: its defined short name when it has one. */
  name: string;
  /** Every name that refers to this party (full name, short name). */
  names: string[];
  /** Offset of the first mention (for findings about the party). */
  start: number;
  end: number;
  /** The organisation that writes a letter agreement: its "we will" duties are its own. */
  writer?: boolean;
}

/** How often the text's passages use a name as written (whole words), up to 3 (counted block by block, memoised). */
function usedInText(model: DocumentModel, name: string): number {
  const key = `used\n${name}`;
  let n = 0;
  for (const f of model.facts) {
    n += blockMemo(f, key, () => f.passages.reduce((k, p) => k + (wordIn(p.text, name) ? 1 : 0), 0));
    if (n >= 3) return 3;
  }
  return n;
}

/** An ALL-CAPS name as the text otherwise writes it ("R SAVE" → "R Save"), else as it is. */
function properCase(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const re = new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi');
  // (As a name is written: capitalised, not inside an email address, "j.doe@uam.ac.ma".)
  for (const m of text.slice(0, 50_000).matchAll(re)) if (m[0] !== m[0].toUpperCase() && /^\p{Lu}/u.test(m[0])) return m[0];
  return name;
}

/** A paragraph that is only a name and the short name it is given: `__Sable Point College__ (the "College")`. */
const NAME_DEFINED_ALONE = /^[\s*_]*\p{Lu}[^()\n]{2,120}?[\s*_]*\((?:the |hereinafter (?:the )?)?["“][^"”\n]{2,40}["”]\)[\s.,;]*$/u;

/** A short name that names an activity, not an organisation ("the Challenge", "the Programme", "the Portal"). */
const ACTIVITY_ALIAS = /^(?:the\s+)?(?:challenge|hackathon|competition|contest|tournament|event|camp|festival|conference|initiative|scheme|project|program|programme|pilot|course|module|portal|platform|placement|internship)$/i;

const DOCUMENT_NAME = /\b(?:agreement|memorandum|mou|moa|contract|charter|amendment|addendum|variation)$/i;

export function findParties(model: DocumentModel, index: HeadingIndex, frontMatter?: Record<string, unknown>): Party[] {
  const parties: Party[] = [];
  const add = (names: string[], start: number, end: number) => {
    // (Names defined as participants, "Students of the University ("Student Trainees")", are no party.)
    if (names.length > 1 && names.some((n) => PARTICIPANT_NAME.test(clean(n)))) return;
    // (…nor is an activity defined by its short name, "the Abaroma GovTech Challenge 2025 ("the Challenge")".)
    if (names.length > 1 && names.some((n) => ACTIVITY_ALIAS.test(clean(n)))) return;
    // (A document's name, "Consortium Partnership Agreement", is no organisation.)
    const ns = [...new Set(names.map(clean).filter((n) => n.length >= 2 && !NOT_A_PARTY.test(n) && !NOT_A_PARTY.test(`the ${n}`) && !PARTICIPANT_NAME.test(n) && !DOCUMENT_NAME.test(n)))];
    if (!ns.length) return;
    // (A name the text already gave a party is that party's, before any name it is a word of.)
    const existing =
      parties.find((p) => p.names.some((a) => ns.some((b) => a.toLowerCase() === b.toLowerCase()))) ??
      parties.find((p) => p.names.some((a) => ns.some((b) => sameParty(a, b))) && !distinctOrganisations(p.names, ns));
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
  const opening = startingIn(model.passages, 0, openingEnd);
  // A Parties section (not the document's title, which may say "between A and B" and run to the end).
  const partiesSections = (index.title.get('parties') ?? [])
    .filter((n) => n.heading.level > 1 && n.end - n.heading.end < 20_000)
    .flatMap((n) => passagesIn(model.passages, n.heading.end, n.end));
  const inPartiesSection = new Set(partiesSections);
  const sources = [...new Set([...opening, ...partiesSections])];
  const titles = startingIn(model.headings, 0, openingEnd);

  // A party's name in bold over its details ("**KAROO DISCOVERY SCIENCE CENTRE NPC**" / "(Registration …)" /
  // "(hereinafter "the Centre")"): the bold line is read with them.
  const boldOver = new Map(titles.filter((h) => h.kind === 'bold').map((h) => [h.end, h.start]));
  // (Only when the passage opens with the details, not a name: "**1. EVENT ORGANIZER**" over "Zamna Hawaii
  // LLC ("Organizer")" is a label.)
  const withBold = (p: Passage, read: (src: string) => string[][]): string[][] => {
    const over = boldOver.get(p.start);
    return read(joinedSource(model.text.slice(over !== undefined && /^\s*[([]/.test(p.text) ? over : p.start, p.end)));
  };
  // Each pass reads one passage at a time (memoised by its text: passages repeat from keystroke to keystroke).
  for (const p of sources) {
    const src = joinedSource(model.text.slice(boldOver.get(p.start) ?? p.start, p.end));
    // Only clauses that introduce parties: "made between", "entered into by", a list of bold names, a name and its short
    // name standing alone under "Between:" ("__Northern Corridor Workforce Planning Board__ (the "Board")").
    if (!introducesParties(src) && !inPartiesSection.has(p) && !NAME_DEFINED_ALONE.test(src)) continue;
    for (const names of withBold(p, definedParties)) add(names, p.start, p.start);
  }
  for (const p of sources) {
    if (p.text.includes('(')) for (const names of unquotedParties(p.text)) add(names, p.start, p.start);
  }
  for (const t of [...titles.map((h) => ({ text: h.text, start: h.start, end: h.end })), ...sources]) {
    for (const names of betweenParties(t.text)) add(names, t.start, t.end);
  }
  // (…and the opening sentence's pair of organisations: "A and B (a … society) are teaming up to…".)
  for (const p of opening.slice(0, 3)) for (const names of pairedSubjects(p.text)) add(names, p.start, p.end);
  // …and, when nothing else named two parties, a title in capitals does, as the text otherwise writes them.
  if (parties.length < 2) for (const t of [...titles, ...sources]) for (const name of capsParties(t.text)) add([properCase(name, model.text)], t.start, t.end);
  for (const p of sources) {
    if (p.text.includes('(') || /here(?:in)?after/i.test(p.text)) for (const names of withBold(p, organisationDefinitions)) add(names, p.start, p.start);
  }
  // "Parties: Riverbend Food Bank & Eastside College", also as a bold run-in label.
  const labelled = titles
    .filter((h) => h.kind === 'runin' && /^(?:the\s+)?(?:parties|partners|who)$/i.test(h.text.trim()))
    .map((h) => model.passages.find((p) => p.start >= h.end && p.start <= h.end + 2));
  for (const p of [...opening, ...labelled].filter((x) => x !== undefined)) {
    // (A name wrapped onto the next line, "… and Marlow" / "Institute of Technology", continues it; a new "Label:" does not.)
    // ("**Who:** Tinker Loft (the makerspace on Ferry St) and Hollis Middle School (the Maker Club)": names, not what they are.)
    const text = labelled.includes(p) || /(?:parties|partners)\s*:/i.test(p.text) ? p.text.replace(/\n(?![^\n]*:)/g, ' ').replace(/\s*\((?![""“'‘])[^()]{8,}\)/g, '').replace(/\.\s*$/, '') : '';
    const m = labelled.includes(p) ? /^\s*(.{3,200})$/m.exec(text) : /^\s*(?:the\s+)?(?:parties|partners)\s*:\s*(.{3,200})$/im.exec(text);
    // ("Partners: Wollindi High School · Wollindi Shire Council · …": names, each with a capital.)
    if (m) for (const name of m[1].split(/\s[·•|]\s/.test(m[1]) ? /\s+[·•|]\s+/ : /\s+(?:&|and)\s+|;\s*|,\s+(?=\p{Lu})/u)) if (/^[\s{[‹<]*\p{Lu}/u.test(name)) add(withAlias(name.replace(/[{}[\]‹›<>]/g, '')), p.start, p.end);
  }
  // "The initial collaborating organisations are Nyaruka, InSTEDD, Ona, and Viamo."
  for (const p of opening) {
    const m = MEMBER_LIST_HINT.test(p.text) ? MEMBER_LIST.exec(p.text) : null;
    if (!m) continue;
    for (const name of m[1].split(/\.\s/)[0].split(/,\s*(?:and\s+)?|\s+and\s+/)) if (/^\p{Lu}/u.test(name.trim())) add(withAlias(name.trim()), p.start, p.end);
  }
  // "| Party A | Open Circuits Foundation (OCF) |", "**Second Party:** Harbor Bank", "**School Partner: Oakridge CTC**": a party by its label.
  for (const p of opening) {
    if (!/\b(?:party|partner)\b/i.test(p.text)) continue;
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
  // (…and the header cells of a table of duties: "| Brightwater Science Museum will… | Harbor View Elementary will… |".)
  const headerCells = model.passages.slice(0, 300).filter(partyColumnsHeader).flatMap((p) => columnHeads(p.text).map((text) => ({ text, start: p.start, end: p.end, column: true })));
  for (const h of [...model.headings.slice(0, 200), ...headerCells]) {
    const found = partyOfHeading(h.text);
    if (!found) continue;
    const name = properCase(found, model.text);
    if (matchHeading(name).length || !/^\p{Lu}/u.test(name)) continue;
    if ('column' in h || ROLE_ALIAS.test(name) || ORGANISATION.test(name) || usedInText(model, name) >= 2) add([name], h.start, h.end);
  }
  // A letter: its letterhead and the address block above "Dear …" name the writer's and the reader's organisations
  // (read last: a name found above stays the party's name, "the Library" as the letter writes it).
  const salutation = opening.findIndex((p) => SALUTATION.test(p.text));
  if (salutation >= 0) {
    const before = opening[salutation].start;
    for (const p of [...opening.slice(0, salutation + 1), ...startingIn(model.headings, 0, before)]) {
      // (…not the salutation itself: "Dear Members of the Booster Club Board,".)
      for (const line of p.text.split(/\r\n|\r|\n/)) {
        const name = SALUTATION.test(line) ? undefined : letterheadOrganisation(line);
        if (name) add([properCase(name, model.text)], p.start, p.end);
      }
    }
  }
  // Short of two: a table of members ("| Member | Type | Representative |" over "| Ashford City School District | … |").
  if (parties.length < 2) for (const names of memberTableNames(model.passages.slice(0, 300))) add([names], 0, 0);
  // Short of two: the title page's pair ("Piedmont STEM Center (PRSC) & Hollins Creek Nature Center (HCNC)", "A" / "and" / "B")
  // (not when the one party found already holds two sides' short names, "the College" and "the District").
  const page = parties.length === 0 || (parties.length === 1 && parties[0].names.filter((n) => ROLE_ALIAS.test(n)).length < 2) ? [...opening.filter((p) => p.kind !== 'tableRow'), ...titles].filter((p) => p.start < 1500).sort((a, b) => a.start - b.start) : [];
  if (page.length) for (const names of titleBlockPairs(page.flatMap((p) => ['', ...p.text.split('\n')]), model.text)) add(names.map((n) => properCase(n, model.text)), page[0].start, page[0].end);
  const found = parties.filter((p) => p.names.some((n) => n.length >= 2));
  const writer = salutation >= 0 ? letterWriter(model, found) : undefined;
  if (writer) writer.writer = true;
  return found;
}

/** A letter's salutation line ("Dear Mrs Patel,"): the letterhead and address block stand above it. */
const SALUTATION = /^\s*Dear\s+[^\n]{2,80},?\s*$/m;

/** A letter's closing line ("Sincerely,", "Yours faithfully,"): its signature block follows. */
export const CLOSING = /^[ \t*_]*(?:sincerely|(?:yours|very truly yours)(?:\s+(?:sincerely|faithfully|truly))?|(?:kind|best|warm|warmest|with best)\s+regards|regards|respectfully(?:\s+yours)?|with (?:thanks|gratitude|best wishes)|on behalf of)\b[^\n]{0,60}$/im;

/** A letter's writer: the one party named in the lines after its closing ("Sincerely, … Community Manager, Harbor Robotics"). */
function letterWriter(model: DocumentModel, parties: Party[]): Party | undefined {
  const m = CLOSING.exec(model.text);
  if (!m) return undefined;
  // Its signature block: up to the other side's acceptance ("Agreed:", "ACCEPTED", a line to sign on).
  const lines = model.text.slice(m.index, m.index + 400).split(/\r\n|\r|\n/).slice(0, 8);
  const end = lines.findIndex((l, i) => i > 0 && /\b(?:agreed|accepted|acknowledged|confirmed|countersign\w*)\b|_{4,}/i.test(l));
  const after = lines.slice(0, end < 0 ? lines.length : end).join('\n');
  const named = parties.filter((p) => mentions(after, p));
  return named.length === 1 ? named[0] : undefined;
}

/** A line that is an organisation's name and nothing else ("**Harbor Robotics Inc.**", "Bayview High School"). */
const letterheadOrganisation = memo((line: string): string | undefined => {
  const t = line.replace(/[*_#]/g, '').replace(/[,.]+$/, '').trim();
  // An ALL-CAPS letterhead ("KANEM POWER SYSTEMS LIMITED") is read in title case.
  const titled = t === t.toUpperCase() ? t.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : t;
  if (t.length > 80 || !ORGANISATION.test(titled) || !letterheadShaped(t)) return undefined;
  return NOT_A_PARTY.test(t) ? undefined : t;
});
/** A name in capitals, as a letterhead writes it (its company suffix after a comma, ", Inc.", left out). */
const letterheadShaped = (name: string): boolean => LETTERHEAD_NAME.test(name.replace(/,\s*(?:inc|llc|ltd|limited|plc|corp|pty ltd)\.?$/i, ''));
const LETTERHEAD_NAME = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for|the|and|&|de|in|on|at)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,7}$/u;

/** What MEMBER_LIST needs before its list of names ("partners are", "members of the Network include"): a cheap test first. */
const MEMBER_LIST_HINT = /(?:members|parties|partners|signatories|organi[sz]ations)\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:are|include)\b/;

/** Does the text write `name` after "the" ("the Bank will…") at least as often as without it? (Per block, memoised.) */
export function writtenWithThe(model: DocumentModel, name: string): boolean {
  if (/^the\s/i.test(name)) return false;
  return modelMemo(model, `the:${name}`, () => countedWithThe(model, name));
}

function countedWithThe(model: DocumentModel, name: string): boolean {
  // Only the name standing for the party: not inside a longer name ("Fairhaven STEM Hub") and not
  // naming something else ("the Harbor Coding program"), so followed by punctuation or a verb.
  const re = new RegExp(`(\\b[Tt]he\\s+["“'‘]?)?(?<!\\p{Lu}[\\p{L}.&'-]*\\s+)\\b${escapeRegExp(name)}\\b(?=["”'’]?(?:[^\\p{L}\\s]|\\s*$|\\s+(?:will|shall|may|must|agrees?|is|are|has|have|and|or|to|with|of|for|in|at|on|by|under|each|also|does|did)\\b))`, 'gu');
  let withThe = 0;
  let bare = 0;
  const key = `the:${name}`;
  for (const f of model.facts) {
    const [w, b] = blockMemo(f, key, () => {
      let n = 0;
      let m = 0;
      // (The pattern holds the name as written: a passage without it has no hit.)
      for (const p of f.passages) if (p.text.includes(name)) for (const hit of p.text.matchAll(re)) hit[1] ? n++ : m++;
      return [n, m] as const;
    });
    withThe += w;
    bare += b;
  }
  return withThe > 0 && withThe >= bare;
}

/** A table's header whose first cell is over the members ("Member", "Partner organisation", "Institution"). */
const MEMBER_HEADER = /^(?:members?|member (?:organi[sz]ations?|institutions?)|partners?|partner (?:organi[sz]ations?|institutions?)|organi[sz]ations?|institutions?|signator(?:y|ies))$/i;

/** The organisations in the first column of a table of members: at least two, each an organisation's name. */
function memberTableNames(passages: readonly Passage[]): string[] {
  const first = (p: Passage) => p.text.split('|').map((c) => c.replace(/[*_]/g, '').trim()).filter(Boolean)[0] ?? '';
  for (let i = 0; i < passages.length; i++) {
    if (passages[i].kind !== 'tableRow' || passages[i - 1]?.kind === 'tableRow' || !MEMBER_HEADER.test(first(passages[i]))) continue;
    const names: string[] = [];
    for (let k = i + 1; passages[k]?.kind === 'tableRow'; k++) names.push(first(passages[k]));
    // (Names, each in capitals: most of them with a word that makes them an organisation's, "… School District", "… LLC".)
    const named = names.filter((n) => n.split(/\s+/).length >= 2 && letterheadShaped(n));
    if (named.length >= 2 && named.length === names.length && named.filter((n) => ORGANISATION.test(n)).length * 2 > named.length) return named;
  }
  return [];
}
