/** A party's duties not yet written: its own heading holds only blanks, instructions or duties still to come. */
import type { Party } from '../parties';
import type { Passage } from '../types';
import type { DocumentModel } from '../model';
import { startingIn } from '../sections';
import { blockHits } from '../block-scan';
import { CLAUSE_NUMBER, VAGUE_DUTY } from '../signals';
import { EXAMPLES_NOTE, findPlaceholders } from '../placeholders';
import { partyOfHeading, ROLE_WORDS, STILL_TO_COME, wordCount } from './structured-duties';

/** A heading whose subject is itself a blank: "**[Partner Name] will:**", "{{partner}} agrees to". */
const BLANK_SUBJECT = /^\W*(?:the\s+)?(\[[^\]]{2,40}\]|\{\{[^}]{2,40}\}\}|‹[^›]{2,40}›)\s+(?:will|shall|agrees? to|commits? to|(?:is|are) responsible for)\b/i;
/** A pointer in place of a party's duties ("See Attachment A -- Scope of Work"); duties still to come are STILL_TO_COME (structured-duties.ts). */
const SEE_ATTACHMENT = /^\W*(?:see|refer to|as (?:set out|described|listed) in)\s+(?:the\s+)?(?:attachment|annex|appendix|schedule|exhibit)\b/i;

/** An item's number or letter as a PDF leaves it in the text: "a.", "(b)", "iii.", "3.1". */
const ITEM_LETTER = /^\W*(?:\(?(?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})[.)]|\d+(?:\.\d+)*[.)]?)\s+/i;

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
    // ("a. [List partner responsibilities here]", "b. ______": the item's letter is no word of a duty.)
    if (wordCount(p.text.replace(ITEM_LETTER, '')) === 0 || EXAMPLES_NOTE.test(p.text) || STILL_TO_COME.test(p.text)) instructed = true;
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
