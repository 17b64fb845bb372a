/** One line of a contacts passage (a list item, a table row, a line of a paragraph): the people, personal channels and shared mailboxes it gives. */
import { EMAIL, isOrgWord, memo, PHONE, SHARED_MAILBOX, personNames } from '../signals';
import { OFFICE_WORD, officeMailbox } from '../party-contacts';

/** One line of a contacts section (a list item, a table row, a line of a paragraph). */
export interface Entry {
  names: string[];
  /** Personal emails and phone numbers. */
  channels: number;
  shared: string[];
}

export const entryOf = memo(entryOfUncached);


/** A table row of a field other than the name ("Title | Apprenticeship Coordinator | …"), of three cells at most (not a contacts row whose party is "the Department"): its cells are not people. */
const FIELD_ROW = /^(?:title|job title|role|position|department|unit|office|organi[sz]ation|institution|address|location)\s*\|/i;

/**
 * A line of an address: a house number first ("210 Cedar Hall, 1500 College Avenue"), a P.O. box, a suite or floor, a
 * town before its ZIP or postcode ("Eau Claire, WI 54701"), a company with its suffix, a street after a comma ("Lough Carran ETB, FET
 * Centre, Abbey Road, Carran", but not after a person: "Mr Declan Furlong, …, Main Street"). Its capitalised words are not people.
 */
const ADDRESS_LINE =
  /^\W*(?:\d{1,5}[A-Za-z]?,?\s+\p{Lu}|p\.?\s?o\.?\s+box\b|(?:suite|unit|floor|level|room)\s+\d)|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\s*$|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\s*$|\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|PLC|Pty|Pvt|GmbH|CIC|CLG)\.?\s*$|^(?!\W*(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Smt|Shri)\b).*,\s*(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Way|Place|Square|Crescent|Terrace|Close|Court|Highway|Parkway|Rd|St|Ave)\b\.?(?:,|\s*$)/u;

/** What comes before a team's mailbox: "the branch team at", "our office:", "the Bookings desk (". */
const TEAM_BEFORE = /\b(?:team|office|desk|department|unit|inbox|mailbox|helpdesk|help desk|reception|secretariat)(?:['’]s)?\s*(?:at|on|via|[:(–—-])?\s*[(<]?\s*$/i;

/** A line that opens with one capitalised word and a dash or colon: a first name in informal notes ("Marisol — cell …"). */
const FIRST_NAME_LEAD = /^[\s*_>•-]*(\p{Lu}\p{Ll}{1,19})[*_]*\s*(?:[—–]|-\s|:)/u;
/** …but not a channel's or a place's label ("Email — …", "Office: …"). */
const NOT_A_FIRST_NAME = /^(?:email|e-mail|mail|phone|tel|telephone|mobile|cell|fax|web|website|office|contact|contacts|address|main|reception|enquiries|inquiries|general|bookings|admin|support|hours|site|school|college|library|team|desk|www|direct|switchboard|emergency|urgent)$/i;

function entryOfUncached(line: string): Entry {
  // (Whom to call about the signer, not a partner's contact: "Emergency contact: Siân Rhys, 07700 900 527".)
  if (/^\W*(?:emergency contact|next of kin|in (?:case of )?(?:an )?emergency)\b/i.test(line)) return { names: [], channels: 0, shared: [] };
  const emails: string[] = line.match(EMAIL) ?? [];
  let rest = line;
  for (const e of emails) rest = rest.replace(e, ' ');
  const phones: string[] = rest.match(new RegExp(PHONE.source, 'g')) ?? [];
  for (const p of phones) rest = rest.replace(p, ' ');
  // ("email the branch team at haverleigh.central@…": a team's mailbox, whatever its address.)
  const team = (e: string) => TEAM_BEFORE.test(line.slice(Math.max(0, line.indexOf(e) - 40), line.indexOf(e)));
  const named = (FIELD_ROW.test(line.trim()) && line.split('|').length <= 4) || ADDRESS_LINE.test(line) ? [] : personNames(rest);
  const office = (e: string) => officeMailbox(e, rest, personNames(rest)); // (any person on the line, "To: Luis Ortega luis@…")
  const personal = emails.filter((e) => !SHARED_MAILBOX.test(e) && !team(e) && !office(e));
  // ("Dev — cell 555-608-2291, dev@…" in a list of contacts: a person by a first name, with a channel of their own;
  // not a party's label over its team's mailbox, "Brightwire: Community Days team, communitydays@…".)
  const first = !named.length && (personal.length || phones.length) && !OFFICE_WORD.test(line) ? FIRST_NAME_LEAD.exec(line) : null;
  const names = first && !NOT_A_FIRST_NAME.test(first[1]) && !isOrgWord(first[1]) ? [first[1]] : named;
  return {
    names,
    channels: Math.max(personal.length, phones.length),
    shared: emails.filter((e) => SHARED_MAILBOX.test(e) || team(e) || office(e)),
  };
}
