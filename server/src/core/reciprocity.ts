/**
 * Reciprocity: for each party, does the agreement give it a duty, a contact and a contribution?
 * "A party listed under parties that has no duty, no contact, or no contribution anywhere:
 * the agreement is not reciprocal for that party."
 */
import type { Located } from './locate';
import type { DocumentModel } from './model';
import { emailDomainMatches, mentions, type Party } from './parties';
import { EMAIL, NEGATED, OBLIGATION, PHONE, PROVIDE_VERB, sentences } from './signals';
import { actorOf, countDuties } from './substance/roles';
import { isResourceSentence } from './substance/resource-commitments';
import { matchHeading } from './locate';
import type { Passage } from './types';

const COLLECTIVE_SUBJECT =
  /^(?:an?\s+(?:member|party|partner)\b|(?:each|every|both|all)\s+(?:of the\s+)?(?:parties|party|members?|partners?|participants?)\b|(?:the\s+)?(?:parties|members|partners)\s+(?:will|shall|each)\b)/i;

export interface PartyStanding {
  name: string;
  names: string[];
  /** Where the party is first named. */
  span: { start: number; end: number };
  duty: boolean;
  contact: boolean;
  contribution: boolean;
}

function actorIs(actor: string, party: Party): boolean {
  if (!actor) return false;
  return party.names.some((n) => {
    const name = n.toLowerCase();
    return actor === name || actor.includes(name) || (name.includes(actor) && actor.length > 3);
  });
}

export function assessParties(model: DocumentModel, parties: Party[], located: Map<string, Located | undefined>): PartyStanding[] {
  const withHeadings: Passage[] = [
    ...model.passages,
    ...model.headings.map((h) => ({ start: h.start, end: h.end, text: h.text, kind: 'heading' as const, listDepth: 0 })),
  ].sort((a, b) => a.start - b.start);
  const { actors, owed } = countDuties(withHeadings);
  // "Code for Australia Responsibilities", "Responsibilities of the College": duties by heading.
  const roleHeadings = model.headings.filter((h) => matchHeading(h.text).some((m) => m.id === 'roles'));

  const poc = located.get('points-of-contact');
  const contactLines: string[][] = (poc?.passages ?? []).map((p) => p.text.split('\n'));

  // Contributions: resource sentences, and any sentence where a party provides, hosts, lends… something.
  const resourceSentences = model.passages
    .flatMap((p) => sentences(p.text))
    .filter((s) => isResourceSentence(s) || (PROVIDE_VERB.test(s) && OBLIGATION.test(s) && !NEGATED.test(s)));

  return parties.map((party) => {
    const duty = [...actors].some((a) => actorIs(a, party)) || roleHeadings.some((h) => mentions(h.text, party));

    let contact = columnContacts(poc?.passages ?? [], party);
    for (const lines of contactLines) {
      lines.forEach((line, i) => {
        const emails: string[] = line.match(new RegExp(EMAIL.source, 'g')) ?? [];
        const phones: string[] = line.match(new RegExp(PHONE.source, 'g')) ?? [];
        if (!emails.length && !phones.length) return;
        if (mentions(line, party) || (i > 0 && mentions(lines[i - 1], party)) || emails.some((e) => emailDomainMatches(e, party))) contact = true;
      });
    }

    // "The Center will:" followed by "- provide a classroom…": a contribution of the Center.
    const listed = owed.some((d) => actorIs(d.actor, party) && (PROVIDE_VERB.test(d.sentence) || isResourceSentence(d.sentence)));
    const contribution = listed || resourceSentences.some((s) => {
      // "Each Member bears its own costs and provides its space": a contribution of every party.
      if (COLLECTIVE_SUBJECT.test(s)) return true;
      const actor = OBLIGATION.test(s) ? actorOf(s) : '';
      return actor ? actorIs(actor, party) : mentions(s, party);
    });

    const at = firstMention(model, party);
    return { name: party.name, names: party.names, span: at, duty, contact, contribution };
  });
}

function firstMention(model: DocumentModel, party: Party): { start: number; end: number } {
  let best = { start: party.start, end: party.start };
  let bestAt = Infinity;
  for (const n of party.names) {
    const i = model.text.indexOf(n, party.start);
    if (i >= 0 && i < bestAt) {
      bestAt = i;
      best = { start: i, end: i + n.length };
    }
  }
  return best;
}

/** A table whose header row names the parties in columns ("| | Career Center | Voltaic |"): contacts by column. */
function columnContacts(passages: Passage[], party: Party): boolean {
  for (let i = 0; i < passages.length; i++) {
    if (passages[i].kind !== 'tableRow') continue;
    const header = passages[i].text.split(' | ');
    const col = header.findIndex((cell, j) => j > 0 && mentions(cell, party));
    if (col < 0) continue;
    for (let k = i + 1; k < passages.length && passages[k].kind === 'tableRow'; k++) {
      const cell = passages[k].text.split(' | ')[col] ?? '';
      if (new RegExp(EMAIL.source).test(cell) || new RegExp(PHONE.source).test(cell)) return true;
    }
  }
  return false;
}
