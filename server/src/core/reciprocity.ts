/**
 * Reciprocity: for each party, does the agreement give it a duty, a contact and a contribution?
 * "A party listed under parties that has no duty, no contact, or no contribution anywhere:
 * the agreement is not reciprocal for that party."
 */
import type { BlockFacts } from './facts';
import type { Located } from './locate';
import { blockHits } from './block-scan';
import { blockMemo, type DocumentModel } from './model';
import { writtenWithThe, type Party } from './parties';
import { mentions } from './party-words';
import { partyContacts, type PartyContact } from './party-contacts';
import { memo, NEGATED, OBLIGATION, PROVIDE_VERB, sentences, tests } from './signals';
import { actorNames, actorOf } from './substance/actors';
import { documentDuties } from './substance/duties';
import { rolesPassages } from './substance/roles';
import { structuredDuties } from './substance/structured-duties';
import { isResourceSentence } from './substance/resource-commitments';
import { matchHeading } from './locate';

const COLLECTIVE_SUBJECT =
  /^(?:an?\s+(?:member|party|partner)\b|(?:each|every|both|all)\s+(?:of the\s+)?(?:parties|party|members?|partners?|participants?)\b|(?:the\s+)?(?:parties|members|partners)\s+(?:will|shall|each)\b)/i;

export interface PartyStanding {
  name: string;
  names: string[];
  /** Where the party is first named. */
  span: { start: number; end: number };
  duty: boolean;
  contact: boolean;
  /** Its contact details as the Points of Contact section writes them (what `contact` rests on). */
  contacts: PartyContact[];
  contribution: boolean;
  /** The text writes the name after "the" at least as often as without it ("the Bank", "the College"). */
  the?: boolean;
}

const actorIs = (actor: string, party: Party): boolean => !!actor && actorNames(actor, party);

/** A sentence where someone contributes something, with who (when the sentence says). */
interface Contribution {
  sentence: string;
  /** "Each Member bears its own costs and provides its space": a contribution of every party. */
  collective: boolean;
  /** Who acts, when the sentence is a duty ('' otherwise or when unclear). */
  actor: string;
}

/** Contributions: resource sentences, and any sentence where a party provides, hosts, lends… something. */
const contributionOf = memo((s: string): Contribution | null =>
  isResourceSentence(s) || (PROVIDE_VERB.test(s) && OBLIGATION.test(s) && !NEGATED.test(s))
    ? { sentence: s, collective: COLLECTIVE_SUBJECT.test(s), actor: OBLIGATION.test(s) ? actorOf(s) : '' }
    : null,
);

function blockContributions(f: BlockFacts): Contribution[] {
  return blockMemo(f, 'contributions', () => {
    const out: Contribution[] = [];
    for (const p of f.passages) {
      for (const s of sentences(p.text)) {
        const c = contributionOf(s);
        if (c) out.push(c);
      }
    }
    return out;
  });
}

/** "Code for Australia Responsibilities", "Responsibilities of the College": duties by heading. */
function roleHeadings(f: BlockFacts): string[] | null {
  const texts = f.headings.filter((h) => matchHeading(h.text).some((m) => m.id === 'roles')).map((h) => h.text);
  return texts.length ? texts : null;
}

export function assessParties(model: DocumentModel, parties: Party[], located: Map<string, Located | undefined>): PartyStanding[] {
  if (!parties.length) return [];
  const { actors, owed } = documentDuties(model, true);
  const headingTexts = blockHits(model, 'roleHeadings', roleHeadings).flatMap((h) => h.value);

  const roles = located.get('roles');
  const structured = roles && roles.by !== 'content' ? structuredDuties(rolesPassages(roles), parties, model.text) : [];
  const poc = located.get('points-of-contact');

  return parties.map((party) => {
    // A letter's "we will…" duties are its writer's.
    const own = (d: { actor: string; we?: boolean }) => actorIs(d.actor, party) || (!!party.writer && !!d.we);
    const duty =
      [...actors].some((a) => actorIs(a, party)) || headingTexts.some((h) => mentions(h, party)) || structured.some((d) => d.party === party.name) ||
      (!!party.writer && owed.some((part) => part.some(own)));

    const contacts = partyContacts(poc?.passages ?? [], party);

    // "The Center will:" followed by "- provide a classroom…": a contribution of the Center.
    const partyKey = party.names.join('\n') + (party.writer ? '\nwriter' : '');
    const listed = owed.some((part) => listedIn(part, partyKey, () => part.some((d) => own(d) && (tests(PROVIDE_VERB)(d.sentence) || isResourceSentence(d.sentence)))));
    const contributes = (c: Contribution) => c.collective || (c.actor ? actorIs(c.actor, party) : mentions(c.sentence, party));
    const contributesKey = `contributes\n${partyKey}`;
    const contribution = listed || model.facts.some((f) => {
      const cs = blockContributions(f);
      return cs.length > 0 && listedIn(cs, contributesKey, () => cs.some(contributes));
    });

    const at = firstMention(model, party);
    const standing: PartyStanding = { name: party.name, names: party.names, span: at, duty, contact: contacts.length > 0, contacts, contribution };
    // Read only when a message or fix names the party (a pass over the whole text, not needed on most keystrokes).
    Object.defineProperty(standing, 'the', { get: () => writtenWithThe(model, party.name) || undefined, enumerable: true });
    return standing;
  });
}

/** Per block's duties or contributions (the same array while the block is unchanged) and party: does it hold one of the party's? */
const listedMemo = new WeakMap<object, Map<string, boolean>>();
function listedIn(part: object, partyKey: string, compute: () => boolean): boolean {
  let m = listedMemo.get(part);
  if (!m) listedMemo.set(part, (m = new Map()));
  let v = m.get(partyKey);
  if (v === undefined) m.set(partyKey, (v = compute()));
  return v;
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
