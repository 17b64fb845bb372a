/** A party's duties not yet written: its own heading holds only blanks, instructions or duties still to come. */
import type { Party } from '../parties';
import type { Passage } from '../types';
import type { DocumentModel } from '../model';
import { startingIn } from '../sections';
import { blockHits } from '../block-scan';
import { CLAUSE_NUMBER, VAGUE_DUTY } from '../signals';
import { EXAMPLES_NOTE, findPlaceholders } from '../placeholders';
import { EMPTY_CELL, partyOfHeading, ROLE_WORDS, wordCount } from './structured-duties';

/** A heading whose subject is itself a blank: "**[Partner Name] will:**", "{{partner}} agrees to". */
const BLANK_SUBJECT = /^\W*(?:the\s+)?(\[[^\]]{2,40}\]|\{\{[^}]{2,40}\}\}|‹[^›]{2,40}›)\s+(?:will|shall|agrees? to|commits? to|(?:is|are) responsible for)\b/i;
/** A pointer in place of a party's duties ("See Attachment A -- Scope of Work"); duties still to come ("To be confirmed following the board meeting", "[Library responsibilities TBD — to be discussed]"). */
const SEE_ATTACHMENT = /^\W*(?:see|refer to|as (?:set out|described|listed) in)\s+(?:the\s+)?(?:attachment|annex|appendix|schedule|exhibit)\b/i;
const STILL_TO_COME = /^\W*(?:(?:these |its |their )?(?:duties |responsibilities |details )?(?:are |is )?(?:still )?to be (?:confirmed|determined|decided|agreed|finali[sz]ed|added|completed|written|provided|set out)|tbc|tbd|tba|pending)\b|^\s*\[[^\]]*\b(?:tbd|tbc|tba|to be (?:discussed|confirmed|decided|agreed|determined))\b[^\]]*\]\s*$/i;

/** Parties whose own heading ("D. CORPS RESPONSIBILITIES", among the first 300) holds only blanks or duties still to come. */
export function unwrittenPartySections(model: DocumentModel, parties: Party[]): string[] {
  const out: string[] = [];
  const hs = model.headings;
  const dutyHeadings = blockHits(model, ROLE_WORDS, (f) => (f.headings.some((h) => ROLE_WORDS.test(h.text)) ? true : null));
  for (const { i: block } of dutyHeadings) for (let i = model.firstHeading[block]; i < Math.min(model.firstHeading[block + 1] ?? hs.length, 300); i++) {
    if (!ROLE_WORDS.test(hs[i].text) || !partyOfHeading(hs[i].text, parties)) continue;
    const under = startingIn(model.passages, hs[i].end, hs[i + 1]?.start ?? Infinity);
    for (const name of blankPartyHeadings([{ start: hs[i].start, end: hs[i].end, text: hs[i].text, kind: 'heading', listDepth: 0 }, ...under], parties)) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Parties whose own heading holds only blanks ("**3. Responsibilities of the Partner**" over "- *[Describe what the Partner will provide …]*"). */
export function blankPartyHeadings(passages: Passage[], parties: Party[]): string[] {
  const out: string[] = [];
  let party: { name: string } | undefined;
  let items = 0;
  let blank = true;
  // A note to the drafter ("[Partner to list its commitments here]"); an item that is a duty in full (no blank, not "as may be agreed");
  // a pointer ("See Attachment A"), which with a blank beside it ("[Describe activity…]") writes nothing; a blank.
  let instructed = false, written = false, pointed = false, held = false;
  const close = () => {
    if (party && items > 0 && (blank || ((instructed || (pointed && held)) && !written)) && !out.includes(party.name)) out.push(party.name);
  };
  for (const p of passages) {
    if (p.kind === 'heading') {
      close();
      const blankSubject = BLANK_SUBJECT.exec(p.text); // ("**[Partner Name] will:**": the party itself is still a blank.)
      party = partyOfHeading(p.text, parties) ?? (blankSubject ? { name: blankSubject[1] } : undefined);
      items = 0;
      blank = true;
      instructed = written = pointed = held = false;
      continue;
    }
    // ("3.2 Partner will:" as a paragraph over its list, "*4.2 The Library will:*" too: the same as a heading.)
    const plain = /[*_]\s*$/.test(p.text) ? p.text.replace(/^[*_]+|[*_]+$/g, '').trim() : p.text;
    const intro = /:\s*$/.test(plain) && wordCount(plain) <= 6 ? partyOfHeading(plain.replace(CLAUSE_NUMBER, '').replace(/:\s*$/, ''), parties) : undefined;
    if (intro) {
      close();
      party = intro;
      items = 0;
      blank = true;
      instructed = written = pointed = held = false;
      continue;
    }
    if (!party) continue;
    // "The Partner will:" introduces the list; the list is what counts.
    if (/:\s*$/.test(p.text) && items === 0) continue;
    items++;
    if (wordCount(p.text) === 0 || EXAMPLES_NOTE.test(p.text) || STILL_TO_COME.test(p.text)) instructed = true;
    else {
      blank = false;
      if (SEE_ATTACHMENT.test(p.text)) pointed = true;
      else if (findPlaceholders(p.text).length) held = true;
      else if (!VAGUE_DUTY.test(p.text)) written = true;
    }
  }
  close();
  return out;
}

/** A cell that writes no duty: empty, "N/A", a duty still to come ("Details to be confirmed with the District's CTE office"). */
const noDutyCell = (c: string): boolean => EMPTY_CELL.test(c) || STILL_TO_COME.test(c);

/**
 * In a table with a column per party, a party whose column holds only support in general words, duties still to come or
 * empty cells ("Support the program as appropriate." / "Details to be confirmed…") beside another party's concrete duties:
 * [that party's name, what its column says]. Each table is read from its header row (markdown rows, or an HTML table's lines).
 */
export function vagueColumn(passages: Passage[], parties: Party[]): [string, string] | undefined {
  const tables: string[][] = [];
  passages.forEach((p, i) => {
    if (p.kind === 'tableRow') (i > 0 && passages[i - 1].kind === 'tableRow' ? tables[tables.length - 1] : tables[tables.push([]) - 1]).push(p.text);
    else if (p.kind === 'html') tables.push(p.text.split('\n').filter((l) => l.includes(' | ')));
  });
  for (const rows of tables) {
    const cellsOf = (row: string) => row.replace(/^\s*\|\s*|\s*\|\s*$/g, '').split(' | ').map((c) => c.trim());
    const header = cellsOf(rows[0] ?? '');
    const columns = header.map((h) => (h && wordCount(h) <= 4 ? partyOfHeading(h, parties) : undefined));
    if (rows.length < 3 || columns.filter(Boolean).length < 2) continue;
    const said = columns.map((_, j) => rows.slice(1).map((r) => cellsOf(r)[j] ?? '').filter((c) => !/^\s*$/.test(c)));
    const concrete = said.map((cs) => cs.filter((c) => !noDutyCell(c) && !VAGUE_DUTY.test(`will ${c}`)).length);
    const idle = columns.findIndex((party, j) => party && said[j].length > 0 && concrete[j] === 0);
    if (idle >= 0 && columns.some((party, j) => party && concrete[j] >= 2)) return [columns[idle]!.name, said[idle][0]];
  }
  return undefined;
}
