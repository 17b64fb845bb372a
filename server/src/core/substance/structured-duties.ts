/**
 * Duties written without "will": read from the structure a careful reader sees.
 * - a table with one column per party ("| Area | Forje | LBS |"): each filled cell is a duty of
 *   that column's party; a table with a party column and a duty column ("| Party | Duty |"): each
 *   row is a duty of the party it names;
 * - a run-in label that names a party ("**Sanctuary:** assessment, behaviour plan…");
 * - a heading that names a party ("Sponsor Responsibilities", "The District Agrees To:", "R Save's Role"): the items under it are that party's duties.
 * Pure over passages and parties; whoever acts is a party's canonical name.
 */
import type { Party } from '../parties';
import { TITLE_CERTAIN } from '../genres';
import { mentions } from '../party-words';
import { partyOfHeading as partyNamedBy } from '../party-names';
import { DUTY_HEADER, PARTY_HEADER, type Located } from '../locate';
import type { DocumentModel } from '../model';
import { startingIn } from '../sections';
import { AS_AVAILABLE, CLAUSE_NUMBER, EMAIL, memo, OBLIGATION, VAGUE_DUTY } from '../signals';
import { withoutBlanks } from '../placeholders';
import type { Passage } from '../types';
import { listMarkerIndent } from '../text';
import { participantActor } from './actors';

/** Words of a passage, its template blanks ("[Partner duty 1]") and a Google Docs comment mark ("[b]") not counted. */
export const wordCount = memo((text: string): number => withoutBlanks(text).replace(/\[[a-z]{1,2}\]/g, ' ').split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length);

export interface StructuredDuty {
  passage: Passage;
  /** The party's name (`Party.name`). */
  party: string;
  /** Where the duty was read from, in plain words. */
  how: 'table column' | 'table row' | 'label' | 'heading';
}

/** A row of a contacts or signature table: its label is a channel, or it holds an email. */
const CONTACT_ROW = new RegExp(String.raw`^\W*(?:e-?mail|phone|telephone|tel\.?|mobile|cell|signature|signed)\W*\||${EMAIL.source}`, 'i');
/** A responsibility matrix's mark for doing or owning the row's activity: R, A, "A/R", a tick, "Lead" (C and I are not). */
const RACI_DUTY = /^(?:[RA](?:\s*[/,&+]\s*[RA])?|[✓✔●]|lead|responsible|accountable)$/i;
/** A table cell that says nothing: empty, a dash, "N/A", "TBD". */
const EMPTY_CELL = /^(?:[-–—−]+|n\/?a|none|nil|tbd|tba|\s*)$/i;
export const ROLE_WORDS = /\b(?:responsibilit(?:y|ies)|roles?|duties|obligations?|undertakings?|commitments?|activities|contributions?|agrees? to|will|shall|commits? to|undertakes? to|expectations|provides|contributes|offers|brings|delivers)\b/i;

/** Does a short label or heading name this party (by a name, or by a word of its name: "Sanctuary")? */
export function namesParty(label: string, party: Party): boolean {
  if (mentions(label, party)) return true;
  const words = label.replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}&.-]+/u).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w));
  return words.some((w) => party.names.some((n) => n.split(/\s+/).includes(w)));
}

/** The one party a label names, or undefined (memoised per label and list of parties: labels repeat at every keystroke). */
function partyIn(label: string, parties: Party[]): Party | undefined {
  const i = partyIndexIn(parties)(label);
  return i >= 0 ? parties[i] : undefined;
}

const keyOfParties = new WeakMap<Party[], string>();
const byParties = new Map<string, (label: string) => number>();

function partyIndexIn(parties: Party[]): (label: string) => number {
  let key = keyOfParties.get(parties);
  if (key === undefined) keyOfParties.set(parties, (key = parties.map((p) => p.names.join('\u0001')).join('\u0002')));
  let find = byParties.get(key);
  if (!find) {
    if (byParties.size > 50) byParties.clear();
    const list = [...parties];
    byParties.set(
      key,
      (find = memo((label: string) => {
        // A label that names one party in full wins ("Piedmont Regional STEM Center", though
        // "Hollins Creek Nature Center" shares "Center"); else the one party a word of it names.
        const only = (test: (p: Party) => boolean): number => {
          let found = -1;
          for (let i = 0; i < list.length; i++) {
            if (!test(list[i])) continue;
            if (found >= 0) return -2;
            found = i;
          }
          return found;
        };
        const full = only((p) => mentions(label, p));
        return full >= 0 ? full : full === -2 ? -1 : Math.max(-1, only((p) => namesParty(label, p)));
      }, 20_000)),
    );
  }
  return find;
}

/** "**Sanctuary:** assessment, behaviour plan…": a run-in label and what follows it (memoised). */
const runInLabel = memo((text: string): string | null => {
  const label = /^([^:\n]{2,60}):\s+(\S[\s\S]*)$/.exec(text);
  return label && label[2].split(/\s+/).length >= 2 ? label[1] : null;
});

/**
 * A term sheet's row: its label and its terms ("| **Centre obligations** | Design and deliver…"), after
 * the row's number where the sheet numbers its rows ("| 3 | University provides | Two trained…").
 * (Two cells, a label and its terms: "| Employer will | Provider will |" heads columns instead.)
 */
const TERM_ROW = /^\s*\|?\s*(?:\d{1,3}[.)]?\s*\|\s*)?([^|\n]{2,60}?)\s*\|([^|\n]*\S[^|\n]*)\|?\s*$/;
/** A label that says whose duties the row holds: "Centre obligations", "University provides", "What the Council will do". */
const DUTY_LABEL = /\b(?:responsibilit(?:y|ies)|roles?|duties|obligations?|undertakings?|commitments?|contributions?)\b|\b(?:provides|contributes|supplies|undertakes|agrees to|will (?:provide|do|contribute|supply))\s*:?\s*$/i;

/** A term sheet's row that gives a party its duties: its label names a party's obligations, whatever party that is (memoised per row). */
export const partyLabelRow = memo((row: string): boolean => {
  const m = TERM_ROW.exec(row);
  return !!m && DUTY_LABEL.test(m[1]) && partyNamedBy(m[1].replace(/[*_]/g, '')) !== undefined;
}, 5_000);

/** A party-label row's duty: the rest of the row, if it says something. */
function labelRowDuty(row: Passage, parties: Party[]): StructuredDuty | undefined {
  if (!partyLabelRow(row.text)) return undefined;
  const [, label, text] = TERM_ROW.exec(row.text)!;
  const party = partyIn(label.replace(/[*_]/g, ''), parties);
  return party && wordCount(text) >= 3 && !VAGUE_DUTY.test(`will ${text}`) ? { passage: row, party: party.name, how: 'table row' } : undefined;
}


/**
 * An item that promises nothing in particular: support in general, hedged ("The Library will support the
 * program where practicable", "help as resources allow"). (Cooperating on something named is still a duty.)
 */
const vagueItem = memo((text: string): boolean => {
  const bare = text.replace(CLAUSE_NUMBER, '');
  if (/\d/.test(bare)) return false;
  // (Support, cooperation or encouragement in general: "The School shall give the necessary support and cooperation".)
  if (VAGUE_DUTY.test(OBLIGATION.test(bare) ? bare : `will ${bare}`)) return true;
  // (A list of enclosures is no duty: "Encl.: Schedule A – Responsibilities of the Mission".)
  if (/^\W*(?:encl(?:osures?)?\.?|attachments?|cc)\s*:/i.test(bare)) return true;
  // (A pointer is no duty: "4.1 The obligations of the Polytechnic … are as set out in its Industrial Training Guidelines".)
  if (POINTER.test(bare)) return true;
  // (A permission is no duty: "5.2 The Mission or its agency may conduct inspections at any time".)
  if (/^(?:[\p{L}'’.-]+\s+){1,8}?(?:may|can)\s+(?!not\b)/iu.test(bare) && !OBLIGATION.test(bare)) return true;
  // ("shall endeavour to facilitate the work of SITS, subject to the availability of its staff": best efforts only.)
  return (HEDGED.test(bare) && /\b(?:support|help|assist|contribute|participate|cooperate|co-operate|collaborate|facilitate)\b/i.test(bare)) || /\b(?:endeavou?r|strive|make (?:all )?(?:reasonable|best) efforts?) to\b/i.test(bare);
}, 5_000);
const POINTER = /^\W*(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:obligations|responsibilities|duties|roles?|functions)\b[^.]{0,100}?\b(?:are|is|shall be|will be)\s+(?:as\s+)?(?:set out|set forth|detailed|described|specified|listed|defined|contained|provided|laid down)\s+(?:in|under|by)\b/iu;
const HEDGED = new RegExp(String.raw`\b(?:where|when|if|wherever|whenever) (?:possible|feasible|practicable|appropriate|needed|required)\b|\bas (?:its |their |our )?(?:resources|capacity|time|budget)s? (?:allows?|permits?)\b|\bto the extent (?:possible|feasible|practicable)\b|\bas (?:and when )?(?:needed|required|appropriate|necessary)\b|\bas (?:may be|is) (?:necessary|required|needed|appropriate)\b|\bsubject to (?:the )?availability of\b|\b${AS_AVAILABLE}\b`, 'i');

function cells(p: Passage): string[] {
  return p.text.split(' | ').map((c) => c.trim());
}

/** An HTML table's rows, read as one passage with a line per row ("A | B |"): each as a markdown row's text. */
const htmlRows = (p: Passage): Passage[] => p.text.split('\n').filter((l) => l.includes(' | ')).map((l) => ({ ...p, text: l.replace(/^\s*\|\s*|\s*\|\s*$/g, '') }));

/** The party a heading gives duties to ("Sponsor Responsibilities", "What the Library provides", "Partner"); not a title ("Letter of Commitment – Port Halden Academy ROV Club"). */
export function partyOfHeading(text: string, parties: Party[]): Party | undefined {
  return (ROLE_WORDS.test(text) || wordCount(text) <= 4) && !TITLE_CERTAIN.test(text) ? partyIn(text, parties) : undefined;
}

/** `source` is the document's text: a party's heading that leads a list item ("3. **The Polytechnic agrees to:**") ends at the next item that leads with its own bold label ("4. **Students** placed…"). */
export function structuredDuties(passages: Passage[], parties: Party[], source: string): StructuredDuty[] {
  if (!parties.length) return [];
  const out: StructuredDuty[] = [];
  let headingParty: Party | undefined;
  let headingItem = -1;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    if (p.kind === 'heading') {
      headingParty = partyOfHeading(p.text, parties);
      headingItem = headingParty ? listMarkerIndent(source, p.start) : -1;
      continue;
    }
    if (headingItem >= 0 && /^(?:\*\*|__)/.test(source.slice(p.start, p.start + 2)) && listMarkerIndent(source, p.start) >= 0 && listMarkerIndent(source, p.start) <= headingItem) headingParty = undefined;
    if (p.kind === 'tableRow') {
      // A table starts at a row that follows something other than a table row.
      if (i > 0 && passages[i - 1].kind === 'tableRow') continue;
      let end = i;
      while (end + 1 < passages.length && passages[end + 1].kind === 'tableRow') end++;
      // (A row naming a party's obligations is no header over columns.)
      const table = partyLabelRow(p.text) ? [] : tableDuties(passages.slice(i, end + 1), parties);
      out.push(...table);
      // (…or, in a table of terms, the rows that name a party's obligations.)
      if (!table.length) for (const row of passages.slice(i, end + 1)) {
        const d = labelRowDuty(row, parties);
        if (d) out.push(d);
      }
      // "## What the Library provides" over "| Item | Commitment |": each row is the heading's party's.
      if (!table.length && headingParty) {
        for (const row of passages.slice(i + 1, end + 1)) {
          if (cells(row).filter((c) => !EMPTY_CELL.test(c)).join(' ').split(/\s+/).length >= 3) out.push({ passage: row, party: headingParty.name, how: 'heading' });
        }
      }
      continue;
    }
    // An HTML table reads as one passage, a line per row ("A | B |"): the same reading as a markdown table.
    if (p.kind === 'html') {
      const rows = htmlRows(p);
      if (rows.length >= 2) {
        out.push(...tableDuties(rows, parties).map((d) => ({ ...d, passage: p })));
        continue;
      }
    }
    const label = runInLabel(p.text);
    if (label !== null) {
      const party = partyIn(label, parties);
      if (party) {
        out.push({ passage: p, party: party.name, how: 'label' });
        continue;
      }
    }
    // ("The Library will support the program where practicable": under its own heading, still no duty.)
    // (Numbered lines in one paragraph, "3.1 support … where possible;" / "3.2 foster links…", are read one by one.)
    const lines = p.text.split('\n');
    // (…nor what the people who take part must do under it: "Students placed under this agreement … are expected to…".)
    if (headingParty && wordCount(p.text) >= 2 && !/:\s*$/.test(p.text) && !participantActor(p.text) && !(lines.length > 1 && lines.every((l) => CLAUSE_NUMBER.test(l)) ? lines.every(vagueItem) : vagueItem(p.text))) {
      out.push({ passage: p, party: headingParty.name, how: 'heading' });
    }
  }
  return out;
}

function tableDuties(rows: Passage[], parties: Party[]): StructuredDuty[] {
  if (rows.length < 2) return [];
  const header = cells(rows[0]);
  const out: StructuredDuty[] = [];
  // One column per party (…not a table of each party's contacts or signatures: "| Email | niamh@… | t.ekwueme@… |").
  const columns = header.map((h) => (h ? partyIn(h, parties) : undefined));
  if (columns.filter(Boolean).length >= 1 && header.length >= 2 && !rows.some((r) => CONTACT_ROW.test(r.text))) {
    for (const row of rows.slice(1)) {
      const cs = cells(row);
      cs.forEach((c, j) => {
        const party = columns[j];
        // ("Support the program as needed": a cell that promises nothing in particular is no duty.)
        if (party && !EMPTY_CELL.test(c) && c.split(/\s+/).length >= 2 && !VAGUE_DUTY.test(`will ${c}`)) out.push({ passage: row, party: party.name, how: 'table column' });
        // A RACI matrix's mark ("| Triage new issues weekly | A | R |"): the party that does the activity or owns it.
        else if (party && RACI_DUTY.test(c) && cs.some((a, k) => !columns[k] && a.split(/\s+/).length >= 2)) out.push({ passage: row, party: party.name, how: 'table column' });
      });
    }
    if (out.length) return out;
  }
  // A party column and a duty column.
  const who = header.findIndex((h) => PARTY_HEADER.test(h.replace(/[*_]/g, '').trim()));
  const what = header.findIndex((h, j) => j !== who && DUTY_HEADER.test(h));
  if (who >= 0 && what >= 0) {
    for (const row of rows.slice(1)) {
      const cs = cells(row);
      const party = partyIn(cs[who] ?? '', parties);
      if (party && !EMPTY_CELL.test(cs[what] ?? '') && (cs[what] ?? '').split(/\s+/).length >= 2) out.push({ passage: row, party: party.name, how: 'table row' });
    }
  }
  return out;
}

/**
 * Lists under headings that are each a party's bare name ("**Tinker Loft:**" over its list, "**Hollis:**" over
 * the school's), for two parties or more: the roles, where no heading names roles and no sentence was found.
 */
export function partyHeadingLists(model: DocumentModel, parties: Party[]): Located | undefined {
  if (parties.length < 2) return undefined;
  const hs = model.headings.slice(0, 200);
  const passages: Passage[] = [];
  const named = new Set<string>();
  hs.forEach((h, k) => {
    const title = h.text.replace(/[:：]\s*$/, '').trim();
    const party = wordCount(title) <= 4 && !ROLE_WORDS.test(title) ? partyOfHeading(title, parties) : undefined;
    if (!party) return;
    const under = startingIn(model.passages, h.end, hs[k + 1]?.start ?? Infinity).filter((p) => p.kind === 'listItem');
    if (!under.length) return;
    named.add(party.name);
    passages.push({ start: h.start, end: h.end, text: h.text, kind: 'heading', listDepth: 0 }, ...under);
  });
  return named.size >= 2 ? { by: 'territory', nodes: [], passages } : undefined;
}

/** Duties still to come ("To be confirmed following the board meeting", "[Library responsibilities TBD — to be discussed]", "Details to be confirmed"). */
export const STILL_TO_COME = /^\W*(?:(?:these |its |their )?(?:duties |responsibilities |details )?(?:are |is )?(?:still )?to be (?:confirmed|determined|decided|agreed|finali[sz]ed|added|completed|written|provided|set out)|tbc|tbd|tba|pending)\b|^\s*\[[^\]]*\b(?:tbd|tbc|tba|to be (?:discussed|confirmed|decided|agreed|determined))\b[^\]]*\]\s*$/i;

/** A cell that writes no duty: empty, "N/A", a duty still to come ("Details to be confirmed with the District's CTE office"). */
const noDutyCell = (c: string): boolean => EMPTY_CELL.test(c) || STILL_TO_COME.test(c);

/**
 * In a table with a column per party, a party whose column holds only support in general words, duties still to come or
 * empty cells ("Support the program as appropriate." / "Details to be confirmed…") beside another party's concrete duties:
 * [that party, what its column says]. Tables are read as tableDuties reads them (markdown rows, or an HTML table's lines).
 */
export function vagueColumn(passages: Passage[], parties: Party[]): [Party, string] | undefined {
  const tables: Passage[][] = [];
  passages.forEach((p, i) => {
    if (p.kind === 'tableRow') (i > 0 && passages[i - 1].kind === 'tableRow' ? tables[tables.length - 1] : tables[tables.push([]) - 1]).push(p);
    else if (p.kind === 'html') tables.push(htmlRows(p));
  });
  for (const rows of tables) {
    const header = rows[0] ? cells(rows[0]) : [];
    const columns = header.map((h) => (h && wordCount(h) <= 4 ? partyOfHeading(h, parties) : undefined));
    if (rows.length < 3 || columns.filter(Boolean).length < 2) continue;
    const said = columns.map((_, j) => rows.slice(1).map((r) => cells(r)[j] ?? '').filter((c) => c !== ''));
    const concrete = said.map((cs) => cs.filter((c) => !noDutyCell(c) && !VAGUE_DUTY.test(`will ${c}`)).length);
    const idle = columns.findIndex((party, j) => party && said[j].length > 0 && concrete[j] === 0);
    if (idle >= 0 && columns.some((party, j) => party && concrete[j] >= 2)) return [columns[idle]!, said[idle][0]];
  }
  return undefined;
}
