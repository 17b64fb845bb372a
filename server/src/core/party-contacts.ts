/**
 * Each party's contact details as the agreement writes them, from its Points of Contact section:
 * a line with an email or phone that names the party (or follows a line that does, or whose email
 * domain carries the party's name), and a table whose columns are the parties. Reciprocity reads
 * "has a contact" from these; the partner registry compares them across agreements.
 */
import type { Party } from './parties';
import { emailDomainMatches, mentions, perParty } from './party-words';
import { EMAIL, memo, PHONE, SHARED_MAILBOX } from './signals';
import type { Passage } from './types';
import { sectionMemo } from './substance/common';

export interface PartyContact {
  /** The line(s) as written, markdown marks removed (at most 200 characters). */
  text: string;
  emails: string[];
  phones: string[];
}

const linesOf = memo((text: string): string[] => text.split('\n'));

/** The emails and phone numbers on a line. */
const EMAILS = new RegExp(EMAIL.source, 'g');
const PHONES = new RegExp(PHONE.source, 'g');
const channelsOf = memo((line: string): { emails: string[]; phones: string[] } => ({
  emails: line.match(EMAILS) ?? [],
  phones: line.match(PHONES) ?? [],
}));

/** A line as a person reads it: no emphasis, table bars or list marks, one space between words. */
const plainLine = (s: string): string =>
  s.replace(/[*_`]+/g, '').replace(/^\s*(?:[-+]|\d+[.)])\s+/, '').replace(/\s*\|\s*/g, ' · ').replace(/\s+/g, ' ').replace(/^[·\s]+|[·\s]+$/g, '').slice(0, 200);

/** The party's contacts in the contact section's passages, each written once, in the order they appear. */
export function partyContacts(passages: Passage[], party: Party): PartyContact[] {
  return sectionMemo(`party-contacts\n${party.names.join('\n')}`, passages, () => readPartyContacts(passages, party));
}

function readPartyContacts(passages: Passage[], party: Party): PartyContact[] {
  const out: PartyContact[] = [...columnContacts(passages, party)];
  // Passage by passage, memoised per party: a keystroke re-reads only the passage it changed.
  const inPassage = perParty(party, 'contacts', (text) => contactsIn(text, party));
  for (const p of passages) out.push(...inPassage(p.text));
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.text) && !!seen.add(c.text));
}

/**
 * The party's emails in these passages (by its domain) are all shared mailboxes, with no phone beside them: no one to
 * reach by name. `shared`: emails the text itself gives as a team's or office's ("Work-Based Learning Office <wbl@…>").
 */
export function onlySharedMailboxes(passages: readonly Passage[], party: Party, shared: readonly string[] = []): boolean {
  const emails = passages.flatMap((p) => p.text.match(EMAILS) ?? []).filter((e) => emailDomainMatches(e, party));
  return emails.length > 0 && emails.every((e) => SHARED_MAILBOX.test(e) || shared.includes(e)) && partyContacts([...passages], party).every((c) => c.phones.length === 0);
}

/** The party's contacts on the lines of one passage. */
function contactsIn(text: string, party: Party): PartyContact[] {
  const out: PartyContact[] = [];
  const lines = linesOf(text);
  lines.forEach((line, i) => {
    const { emails, phones } = channelsOf(line);
    if (!emails.length && !phones.length) return;
    if (mentions(line, party)) out.push({ text: plainLine(line), emails, phones });
    else if (i > 0 && mentions(lines[i - 1], party)) out.push({ text: plainLine(`${lines[i - 1]} · ${line}`), emails, phones });
    else if (emails.some((e) => emailDomainMatches(e, party))) out.push({ text: plainLine(i > 0 ? `${lines[i - 1]} · ${line}` : line), emails, phones });
  });
  return out;
}

/** A table whose header row names the parties in columns ("| | Career Center | Voltaic |"): contacts by column. */
function columnContacts(passages: Passage[], party: Party): PartyContact[] {
  const columnOf = headerColumns(party);
  const out: PartyContact[] = [];
  for (let i = 0; i < passages.length; i++) {
    if (passages[i].kind !== 'tableRow') continue;
    const col = columnOf(passages[i].text);
    if (col < 0) continue;
    for (let k = i + 1; k < passages.length && passages[k].kind === 'tableRow'; k++) {
      const cells = passages[k].text.split(' | ');
      const cell = cells[col] ?? '';
      const { emails, phones } = channelsOf(cell);
      if (emails.length || phones.length) out.push({ text: plainLine(`${cells[0] ? `${cells[0]}: ` : ''}${cell}`), emails, phones });
    }
    if (out.length) return out;
  }
  return out;
}

/** For a party: the column of a table row (after the first) that names it, or -1 (memoised per party and row). */
function headerColumns(party: Party): (row: string) => number {
  return perParty(party, 'column', (row) => row.split(' | ').findIndex((cell, j) => j > 0 && mentions(cell, party)));
}

/** Words that make a name an office's, not a person's ("Collections & Loans Office", "Volunteer Team"). */
export const OFFICE_WORD = /\b(?:office|team|desk|department|dept|unit|reception|switchboard|services|helpdesk|help desk|secretariat|hotline|helpline)\b/i;

/**
 * A mailbox named after the office the line names, not after a person ("Office of Research Compliance …
 * research.compliance@…", "Collections & Loans Office — loans@…"): every word of its local part is a word
 * of the line near a word that names an office, and none is part of a person's name there.
 */
export function officeMailbox(email: string, rest: string, names: string[]): boolean {
  const words = email.slice(0, email.indexOf('@')).toLowerCase().split(/[._-]+/).map((w) => w.replace(/\d+/g, '')).filter((w) => w.length >= 3);
  if (!words.length || !OFFICE_WORD.test(rest)) return false;
  const line = rest.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim().split(' ');
  const people = names.join(' ').toLowerCase();
  const near = (w: string) => line.some((x, i) => (x === w || x === w.replace(/s$/, '') || x === `${w}s`) && line.slice(Math.max(0, i - 4), i + 5).some((y) => OFFICE_WORD.test(y)));
  return words.every((w) => near(w) && !people.includes(w));
}
