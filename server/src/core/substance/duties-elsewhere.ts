/**
 * Whose duties are not here: a party whose every duty, wherever written, points to an attachment or publication the file
 * does not hold ("The Grantee shall perform the services described in Exhibit B", Exhibit B being only "(On file with the
 * Department.)"); a party or a kind of member whose only duty is an intention; of two parties, the one with no duty at all.
 * The attachment test is read per block of duties once (its duties are the same objects while it is unchanged), so a
 * keystroke reads only its own; the idle party and kind read the document's duties only when a vague duty names one.
 */
import { escapeRegExp } from '../text';
import { modelMemo, type DocumentModel } from '../model';
import type { Party } from '../parties';
import { actorNames, actorOf } from './actors';
import { attachmentRefs, missingAttachments } from './common';
import { documentDuties, type DocumentDuties } from './duties';

type Owed = DocumentDuties['owed'][number];

/** Per block of duties: for each actor, whether every duty of theirs there names an attachment. */
const byBlock = new WeakMap<Owed, Map<string, boolean>>();

function pointingActors(model: DocumentModel): Map<string, boolean> {
  return modelMemo(model, 'roles:pointing-actors', () => {
    const all = new Map<string, boolean>();
    for (const owed of documentDuties(model, true).owed) {
      let m = byBlock.get(owed);
      if (!m) {
        m = new Map();
        // (A duty only if something goes wrong, "If the Fair is cancelled, the Association will refund…", is no part of its role.)
        for (const d of owed) if (d.actor && !CONTINGENT.test(d.sentence)) m.set(d.actor, (m.get(d.actor) ?? true) && (attachmentRefs(d.sentence).length > 0 || OUTSIDE_DOCUMENT.test(d.sentence)));
        byBlock.set(owed, m);
      }
      for (const [a, v] of m) all.set(a, (all.get(a) ?? true) && v);
    }
    return all;
  });
}

const CONTINGENT = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:if|in the event|should|where)\b[^.;]{0,120}?\b(?:cancel\w*|terminat\w*|breach\w*|withdraw\w*|fails?|not (?:take place|held))\b/i;
/** A publication a duty points to, not attached ("the benefits listed for the Platinum level in the Association's *2025 Sponsorship Prospectus*"). */
const OUTSIDE_DOCUMENT = /\b(?:listed|set out|described|specified|detailed)\s+(?:for\s+[^.;]{0,40}?\s+)?in\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,2}?[*_]*((?:\d{4}\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Prospectus|Brochure|Catalog(?:ue)?|Handbook|Guide|Manual|Website|Package|Menu))\b/u;

/** Every duty of the document with who owes it, once per analysis. */
const allOwed = (model: DocumentModel): Owed => modelMemo(model, 'roles:all-owed', () => documentDuties(model, true).owed.flat());

/** The first party (of two or more) whose duties all point to attachments not here, with those attachments' names. */
export function dutiesPointedAway(model: DocumentModel, parties: readonly Party[]): { party: Party; to: string[] } | undefined {
  if (parties.length < 2) return undefined;
  const actors = [...pointingActors(model)];
  for (const party of parties) {
    const own = actors.filter(([a]) => actorNames(a, party));
    if (!own.length || !own.every(([, pointing]) => pointing)) continue;
    const names = new Set(own.map(([a]) => a));
    const theirs = allOwed(model).filter((d) => d.actor && names.has(d.actor)).map((d) => d.sentence);
    const to = [...missingAttachments(theirs, model), ...theirs.flatMap((t) => OUTSIDE_DOCUMENT.exec(t)?.[1] ?? []).filter((n) => !model.headings.some((h) => h.text.includes(n)))];
    if (to.length) return { party, to };
  }
  return undefined;
}

/** Every party at once ("each party", "all members", "the parties"): a duty of everyone. */
const EVERYONE = /^(?:(?:each|every|all|both|any|the)\s+)?(?:(?:lead|member|partner)\s+)?(?:members?|parties|party|partners?|signator(?:y|ies)|organi[sz]ations?|institutions?)$/i;

/**
 * Of two to four parties, one whose only duty in the roles section is vague ("The District will collaborate with the
 * University on implementation and support the program") and who owes no concrete duty anywhere in the text, while
 * another owes two or more: [a party with duties, the idle one]. `structured` names the parties owing duties in tables
 * or under their headings; `vague` is the roles section's vague duties.
 */
export function idleParty(model: DocumentModel, parties: readonly Party[], structured: ReadonlySet<string>, vague: readonly string[]): [Party, Party] | undefined {
  if (parties.length < 2 || parties.length > 4) return undefined;
  // (Only a party some vague duty names can be idle: most documents stop here.)
  const vaguely = vague.map(actorOf).filter(Boolean);
  if (!parties.some((p) => vaguely.some((a) => actorNames(a, p)))) return undefined;
  const owed = allOwed(model);
  if (owed.some((d) => d.actor && EVERYONE.test(d.actor))) return undefined;
  const counts = parties.map((p) => (structured.has(p.name.toLowerCase()) ? 2 : 0) + owed.filter((d) => (d.actor && actorNames(d.actor, p)) || (d.we && p.writer)).length);
  const idle = counts.findIndex((n, k) => n === 0 && vaguely.some((a) => actorNames(a, parties[k])));
  const busy = counts.findIndex((n) => n >= 2);
  return idle >= 0 && busy >= 0 ? [parties[busy], parties[idle]] : undefined;
}

/** A kind of member, not a name: "employer members", "partner agencies" ("members", "the parties" are everyone). */
const MEMBER_WORDS = /\b(?:members?|partners?|organi[sz]ations?|institutions?|agencies|agency|bodies|body|signator(?:y|ies))\b/gi;
const NOT_A_KIND = /\b(?:staff|teachers?|mentors?|volunteers?|coordinators?|supervisors?|committee|group|board|council|secretariat|chair|team|officer|students?|pupils?|learners?|interns?|participants?)\b/i;

/**
 * A kind of member named in the roles section only with an intention ("Employer members agree to promote the Consortium,
 * to support student pathways where possible, and to explore work-based learning") and owing nothing concrete anywhere,
 * when no party is named for it: [who, what they say]. Charters give duties by kind of member ("Each member college will…").
 */
export function idleKind(model: DocumentModel, parties: readonly Party[], vague: readonly string[]): [string, string] | undefined {
  for (const s of vague) {
    const who = actorOf(s);
    const kind = who.replace(/^(?:the|each|every|all|any)\s+/, '').replace(MEMBER_WORDS, ' ').trim().replace(/\s+/g, ' ');
    if (!kind || kind === who || NOT_A_KIND.test(who) || parties.some((p) => actorNames(who, p))) continue;
    const stem = kind.replace(/(?:ies|s)$/, '');
    // (…by the kind itself, "each member school will…", not by one member with a role of its own, "the Convening School will…".)
    const ofKind = new RegExp(`^(?:\\W*(?:\\(?[\\divx]{1,4}(?:\\.\\d+)*[.)]?\\s+))?(?:(?:the|each|every|all|any|other|participating)\\s+)*(?:member\\s+)?${escapeRegExp(stem)}`);
    const owes = allOwed(model).some((d) => ofKind.test(d.actor) || ofKind.test(d.sentence.slice(0, 80).toLowerCase().split(/\b(?:will|shall|agrees? to|must)\b/)[0].trim()));
    if (!owes) return [who, s];
  }
  return undefined;
}

/** Of two parties, the one that owes duties somewhere in the text and the one that owes none; undefined otherwise. */
export function oneSideElsewhere(model: DocumentModel, parties: Party[]): [Party, Party] | undefined {
  const owed = allOwed(model);
  const owes = parties.map((p) => owed.some((d) => d.actor && actorNames(d.actor, p)));
  if (owes[0] === owes[1]) return undefined;
  return owes[0] ? [parties[0], parties[1]] : [parties[1], parties[0]];
}
