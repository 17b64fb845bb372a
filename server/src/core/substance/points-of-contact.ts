/** Points of contact: a person's name plus an email or phone, for each party. */
import { EMAIL, JOB_TITLE, PAGE_LINE, POC_SIGNAL, memo, personNames } from '../signals';
import { SIGNING_BLANK_LINE, signingLabelBefore } from '../placeholders';
import { startingIn } from '../sections';
import { modelMemo, type DocumentModel } from '../model';
import { writtenWithThe, type Party } from '../parties';
import { mentions } from '../party-words';
import { OFFICE_WORD, onlySharedMailboxes, partyContacts } from '../party-contacts';
import type { Passage } from '../types';
import { evidenceWhere, missingAttachments, placeholdersIn, quoteList, sectionMemo, attachedPassages, type Judgement, type SubstanceInput } from './common';
import { footPassages, introducedCards, signatureBlockPassages, signatureCard, TO_FOOT, TO_SIGNATURES } from './contacts-elsewhere';
import { entryOf, type Entry } from './contact-lines';

/** The name in an entry most likely to be a person: one followed by a job title, else the first. */
function likelyPerson(line: string, names: string[]): string {
  return names.find((n) => JOB_TITLE.test(line.slice(line.indexOf(n) + n.length, line.indexOf(n) + n.length + 50))) ?? names[0];
}

/** A passage's non-blank lines and their entries (memoised per passage text); page footers are not lines of a card. */
const linesOf = memo((text: string): { lines: string[]; entries: Entry[] } => {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !PAGE_LINE.test(l));
  return { lines, entries: lines.map(entryOf) };
});

export function contactEntries(text: string): { reachable: number; unreachable: string[]; shared: string[]; named: number } {
  return contactEntriesIn([text]);
}

/** "Please get in touch with me on …": the writer's own channel. */
const FIRST_PERSON = /\b(?:me|my|I)\b/;
/** A letter's closing ("Warm regards,", "Yours sincerely,"): the name under it is the writer's. */
const CLOSING_LINE = /^\W*(?:(?:warm|kind|best|with best)\s+(?:regards|wishes)|regards|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely(?:\s+yours)?|with thanks|thank you)\W*$/i;

/** "represented by its authorised signatory", "represented by its duly authorised representative". */
const SIGNING_CAPACITY = /\brepresented by (?:its|their|the) (?:duly )?(?:authori[sz]ed )?(?:signator(?:y|ies)|representatives?|officers?)\b/i;

/** A line whose only channel is a shared mailbox, with no person named ("- **DoIT:** innovation@larkspurfalls.gov"). */
const SHARED_LINE = (line: string): boolean => {
  const e = entryOf(line);
  return e.shared.length > 0 && e.channels === 0 && e.names.length === 0;
};

const DETAILS_ELSEWHERE = /\bcontact (?:details|information|list|persons?)\b[^.]{0,80}\b(?:annex|appendix|schedule|exhibit|attachment)\s+[A-Z0-9]/i;
const TO_BE_NAMED = /\bto be (?:named|designated|appointed|assigned|nominated|identified|confirmed|advised)\b/i;

/** A line that says where questions go ("Questions about this MOU may be sent to…", "Enquiries to…", "Questions about rosters or anything else: …"). */
const ENQUIRIES = /\b(?:questions|enquiries|inquiries|queries|requests|correspondence)\b[^.]{0,80}\b(?:sent|directed|addressed|emailed|submitted|go)\s+to\b|^\W*(?:enquiries|inquiries|queries)\s*(?:to\b|:)|^\W*(?:questions|enquiries|inquiries|queries)\b[^.:]{0,80}:|\bcontact us\b/i;

/** The contacts in these texts, read line by line as one run. */
export function contactEntriesIn(texts: string[]): { reachable: number; unreachable: string[]; shared: string[]; named: number } {
  const lines: string[] = [];
  const entries: Entry[] = [];
  for (const t of texts) {
    const l = linesOf(t);
    for (let i = 0; i < l.lines.length; i++) {
      lines.push(l.lines[i]);
      entries.push(l.entries[i]);
    }
  }
  let reachable = 0;
  let named = 0;
  const unreachable: string[] = [];
  const shared: string[] = [];
  // People, not channels: "Email: … Mobile: …" is one person, and so are a name and the email and
  // phone on the lines under it.
  const reached = new Set<number>();
  // (Read only when a name with no channel is found.)
  let letter: { writer: boolean; closing: number } | undefined;
  const signer = (i: number) => {
    letter ??= { writer: entries.some((e, k) => e.channels > 0 && !e.names.length && FIRST_PERSON.test(lines[k])), closing: lines.findIndex((l) => CLOSING_LINE.test(l)) };
    return letter.writer && letter.closing >= 0 && i > letter.closing;
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    shared.push(...e.shared);
    if (e.names.length) named++;
    if (e.channels > 0) {
      if (e.names.length) {
        reachable += Math.min(e.channels, e.names.length);
        reached.add(i);
      } else {
        // The contact this line continues: the nearest line above (within three) with a name or a channel.
        let owner = -1;
        for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
          if (entries[j].names.length || entries[j].channels > 0) {
            owner = j;
            break;
          }
        }
        // Another channel of a contact already counted (the line above gave one, or its people are reached).
        if (owner >= 0 && (entries[owner].names.length === 0 || reached.has(owner))) continue;
        // Where to send questions, with no person near ("Questions may be sent to opendata@… (City)"): a mailbox, not a contact.
        if (owner < 0 && ENQUIRIES.test(lines[i])) {
          shared.push(...(lines[i].match(EMAIL) ?? []));
          continue;
        }
        // An office's phone beside its mailbox, no person near ("Collections & Loans Office — loans@… — (414) 555-…",
        // "Volunteer Team" over "volunteers@… · 01632 960 412", a letterhead's "… Placement Services" over its address,
        // "Office of Institutional Research and Effectiveness" over "ir-data@…", no one named in the card): the office's, whatever its address.
        if (owner < 0 && lines.slice(Math.max(0, i - 3), i + 1).some((l) => OFFICE_WORD.test(l)) && ((lines[i].match(EMAIL) ?? []).every((m) => e.shared.includes(m)) || !entries.slice(Math.max(0, i - 6), i).some((x) => x.names.length))) {
          shared.push(...(e.shared.length ? e.shared : [lines[i]]));
          continue;
        }
        // A row of emails under a row of names (a table with a column per party): one per email
        // (channels count the larger of emails and phones, so "Email: … Mobile: …" is one).
        reachable += e.channels;
        reached.add(owner >= 0 ? owner : i);
      }
      continue;
    }
    if (!e.names.length) continue;
    // A name whose email or phone is on the next lines (a title, a department, an organisation and three
    // lines of address may come between), without another name in between.
    const next = entries.slice(i + 1, i + 8);
    const follow = next.findIndex((n) => n.channels > 0 || n.names.length > 0);
    if (follow >= 0 && next[follow].channels > 0 && next[follow].names.length === 0) continue;
    // "Encik Mohd Hafiz / Ketua Unit … (Head, Disaster Management Unit) / Tel: … Email: …": a title line between them is no second person.
    // (…also a title written on two lines, "Ketua Unit Latihan Industri" / "(Head, Industrial Training Unit)".)
    const reachedAt = next.findIndex((n) => n.channels > 0);
    if (follow === 0 && reachedAt >= 1 && reachedAt <= 2 && next[reachedAt].names.length === 0 && next.slice(0, reachedAt).every((n, k) => n.channels === 0 && (JOB_TITLE.test(lines[i + 1 + k]) || /^\W*(?:\(|(?:designation|position|job title|title|role)\b)/i.test(lines[i + 1 + k])))) continue;
    // The one who signs a letter that says "get in touch with me on …": reached by that line.
    if (signer(i)) continue;
    unreachable.push(likelyPerson(lines[i], e.names));
  }
  // A person reachable on one line and only named on another ("Named researchers: Dr Nuala Brennan; …") is reachable.
  const bare = (n: string) => n.replace(/^(?:dr|mr|mrs|ms|miss|prof|professor|engr|encik|puan|shri|smt)\.?\s+/i, '').toLowerCase();
  const reachedNames = new Set([...reached].flatMap((i) => entries[i].names.map(bare)));
  return { reachable, unreachable: unreachable.filter((n) => !reachedNames.has(bare(n))), shared, named };
}

/** A contact field left blank ("Email: ____", "| Mobile | ____ |"), away from the lines to sign on. */
const CONTACT_FIELD = /(?:^|\|)[\s*_]*(?:e-?mail(?: address)?|phone|telephone|tel\.?|mobile|cell)[\s*_]*(?:[:|][\s*_|]*)?$/i;
function blankContactField(model: DocumentModel): string | undefined {
  return modelMemo(model, 'contacts:blank-field', () => {
    for (const p of model.placeholders) {
      const line = model.lines.position(p.start).line;
      const start = model.lines.offset({ line, character: 0 });
      const before = model.text.slice(start, p.start);
      if (!CONTACT_FIELD.test(before)) continue;
      const near = model.text.slice(model.lines.offset({ line: Math.max(0, line - 3), character: 0 }), model.lines.lineEnd(Math.min(model.lines.lineCount - 1, line + 3)));
      if (/\b(?:signature|signed|sign here|date)\b/i.test(near)) continue;
      return `${before.replace(/[|*_:\s]+/g, ' ').trim()}: ${p.text.slice(0, 12)}`;
    }
    return undefined;
  });
}

/** The attestation that opens the signature block ("IN WITNESS WHEREOF the Parties have set their hands…", "Signed this 20th day of March, 2025."). */
const TESTIMONIUM = /^\W*(?:in\s+witness\s+(?:whereof|thereof)\b|signed\s+(?:(?:at\s+[^,\n]{2,40},?\s+)?(?:on\s+)?(?:this|the)\s+\S+\s+day\s+of)\b)/i;

/** The passages read for contacts: no headings, and no signing card or signature block without an email or phone in it. */
function signingApart(passages: readonly Passage[]): Passage[] {
  const from = passages.findIndex((p) => TESTIMONIUM.test(p.text));
  return passages.filter((p, i) => p.kind !== 'heading' && !((signatureCard(p.text) || (from >= 0 && i >= from)) && contactEntries(p.text).reachable === 0));
}

/** A line break and a name after a blank: the signer's name under the rule to sign on. */
const SIGNER_UNDER = /^\s*<br\s*\/?>\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,5}\s*<br\s*\/?>/u;

export function judgeContacts(input: SubstanceInput): Judgement {
  const { located } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but no contacts under it' };
  // (A signature block under the contacts, "Signed for and on behalf of … / Name: … / Signature: ____", names who
  // signs, not whom to contact: read only for an email or phone in it.)
  // (The clause that points to the signatures is looked for once per version of the section, not per keystroke.)
  // (…nor does what follows "IN WITNESS WHEREOF" under the notices clause: the signers' table and their witnesses.)
  const read = sectionMemo('contacts', located.passages, () => ({
    ...contactEntriesIn(signingApart(located.passages).map((p) => p.text)),
    toSignatures: located.passages.findIndex((p) => TO_SIGNATURES.test(p.text)),
    toFoot: located.passages.findIndex((p) => TO_FOOT.test(p.text)),
    toCome: located.passages.flatMap((p) => (TO_BE_NAMED.test(p.text) ? p.text.split('\n') : [])).filter((l) => TO_BE_NAMED.test(l) && !l.includes('@')),
    roster: located.passages.find((p) => DETAILS_ELSEWHERE.test(p.text)),
  }));
  const { shared, named } = read;
  // The people to reach in an annex the section names ("Each Party names an Exchange Coordinator in Annex 1").
  // …and those in the signature block or at the foot of the page it points to, or in cards it introduces under titles of their own.
  const annexed = located.by === 'content' ? [] : [...attachedPassages(located.passages, input.model), ...signatureBlockPassages(located.passages, read.toSignatures, input.model), ...footPassages(located.passages, read.toFoot, input.model), ...(read.reachable ? [] : introducedCards(located.passages, input.model))].filter((p) => contactEntries(p.text).reachable > 0);
  const reachable = read.reachable + (annexed.length ? contactEntriesIn(annexed.map((p) => p.text)).reachable : 0);
  // A party's own name ("Civic Bridge shall not replace…") is not a person without a channel.
  const unreachable = read.unreachable.filter((n) => !input.parties.some((party) => mentions(n, party)));
  // A blank to sign on ("_______   Date: ______") is the signature block's, not a contact left blank.
  const { lines } = input.model;
  // (…also "Signature: ______   Date: 8/10/2024", a blank after a signing label on a line otherwise filled in.)
  const ph = placeholdersIn(input).filter((p) => {
    const line = lines.position(p.start).line;
    const lineStart = lines.offset({ line, character: 0 });
    // (…also an HTML cell's rule to sign on over the signer's name: "<br><br>______<br>Professor … Al Nuaimi<br>Chancellor".)
    const after = input.model.text.slice(p.end, Math.min(lines.lineEnd(line), p.end + 120));
    return !SIGNING_BLANK_LINE.test(input.model.text.slice(lineStart, lines.lineEnd(line))) && !signingLabelBefore(input.model.text.slice(lineStart, p.start)) && !SIGNER_UNDER.test(after);
  });
  const evidence = evidenceWhere([...located.passages, ...annexed], (p) => (p.kind !== 'heading' && contactEntries(p.text).reachable > 0 ? 'a named contact with email or phone' : undefined));
  if (located.standIn === 'signatories') {
    const people = located.passages.flatMap((p) => personNames(p.text)).filter((n, i, all) => all.indexOf(n) === i);
    return {
      evidence: evidenceWhere(located.passages, () => 'a signatory, named without email or phone'),
      status: 'weak',
      reason: `names only its signatories (${quoteList(people, 2)}), with no email or phone and no contact for day-to-day work`,
    };
  }
  if (ph.length) {
    return { evidence, status: 'weak', reason: `a contact is still a placeholder: ${quoteList(ph.map((p) => p.text))}` };
  }
  // A side's contact still to be chosen ("| Northfield | To be designated by Northfield Human Resources within 30 days |").
  const toCome = read.toCome.find((l) => input.parties.some((party) => mentions(l, party)));
  if (toCome) return { evidence, status: 'weak', reason: `a contact is still to be named: “${toCome.replace(/\s*\|\s*/g, ' ').trim().slice(0, 90)}”` };
  // "Contact details for all members are kept on the Committee roster (Schedule A)", which is not in the file.
  const rosterMissing = read.roster ? missingAttachments([read.roster.text], input.model) : [];
  if (rosterMissing.length) return { evidence, status: 'weak', reason: `leaves contact details to ${quoteList(rosterMissing)}, which is not in this document` };
  // The other side's details still to fill in elsewhere ("| Email | ______ |" in a volunteer's form).
  const blankField = reachable >= 1 ? blankContactField(input.model) : undefined;
  if (blankField) {
    return { evidence, status: 'weak', reason: `a contact is still a placeholder: “${blankField}”` };
  }
  // Found by content (no contacts heading), a name with no channel elsewhere ("represented by its
  // Headmaster, Shri Ramesh Jadhav") is not a contact left incomplete.
  // "DoIT: innovation@…" beside the other side's named people, or only "Community Outreach <outreach@harrowgate-eng.com>" of its domain: that side gives only a shared mailbox.
  // (…not beside its own person's line: "Polytechnic Internship Supervisor: Ms Deepa …, deepa_s@… — 6555 0294" over "Polytechnic Internship Office: internship@…".)
  // (A card under its own run-in title, "**Polytechnic Internship Supervisor:**", is read with it.)
  const lineOf = (party: Party, test: (l: string) => boolean) =>
    located.passages.some((p, i) => p.text.split('\n').some((l, k) => (mentions(l, party) || (k === 0 && located.passages[i - 1]?.kind === 'heading' && mentions(located.passages[i - 1].text, party))) && test(l)));
  const byLine = (party: Party) => lineOf(party, SHARED_LINE) && !lineOf(party, (l) => contactEntries(l).reachable > 0);
  const mailboxOnly = shared.length ? input.parties.find(byLine) ?? input.parties.find((party) => onlySharedMailboxes(located.passages, party, shared)) : undefined;
  if (mailboxOnly && reachable >= 1) {
    const name = writtenWithThe(input.model, mailboxOnly.name) ? `the ${mailboxOnly.name}` : mailboxOnly.name;
    return { evidence, status: 'weak', reason: `${name} gives only a shared mailbox, not a person to contact` };
  }
  // (Other people named beside each party's reachable contact, "| Principal | Mr. … | Dr. … |" under the
  // coordinators' emails, are not contacts left incomplete.)
  const eachReached = () => input.parties.length >= 2 && input.parties.every((party) => partyContacts([...located.passages, ...annexed], party).length > 0);
  if (reachable >= 2 && (unreachable.length === 0 || located.by === 'content' || eachReached())) {
    return { evidence, status: 'present', reason: `${reachable} named contacts with email or phone` };
  }
  if (unreachable.length && located.by !== 'content') {
    const verb = unreachable.length === 1 ? 'has a name but no email or phone' : 'have names but no email or phone';
    return { status: 'weak', reason: `${quoteList(unreachable)} ${verb}` };
  }
  if (reachable === 1 && located.by === 'title') {
    // The other side's person may be written in the opening lines ("Volunteer: Mei-Ling Zhou /
    // Mobile: … / Email: …" above the text of an agreement one person signs).
    const mine = new Set(located.passages);
    const firstHeading = input.model.headings.find((h) => h.level <= 7 && h.start > 0)?.start ?? 0;
    const opening = startingIn(input.model.passages, 0, Math.min(firstHeading + 1500, 3000)).filter((p) => !mine.has(p) && p.kind !== 'heading');
    const atTop = opening.filter((p) => contactEntries(p.text).reachable > 0);
    if (atTop.length) {
      return {
        evidence: [...evidence, ...evidenceWhere(atTop, () => 'a named contact with email or phone, in the opening lines')].slice(0, 4),
        status: 'present',
        reason: `${reachable + 1} named contacts with email or phone (one in the opening lines)`,
      };
    }
  }
  if (reachable === 1) return { status: 'weak', reason: 'only one contact has an email or phone; each party needs its own' };
  if (shared.length && !named) return { status: 'weak', reason: `gives only a shared mailbox (${quoteList([...new Set(shared)])}), not a person` };
  if (named) return { status: 'weak', reason: 'names people but gives no email or phone to reach them' };
  // Found only by "represented by its authorised signatory": who signs for a party, not whom to contact
  // (unlike "represented by its Steering Group", a body a partner can deal with).
  if (located.by === 'content' && located.passages.every((p) => POC_SIGNAL.exec(p.text)?.[0].toLowerCase() === 'represented by' && SIGNING_CAPACITY.test(p.text))) {
    return { status: 'missing', reason: 'says only who represents each party in signing, not whom to contact' };
  }
  return { status: 'weak', reason: 'names a role or office but no person to contact' };
}
