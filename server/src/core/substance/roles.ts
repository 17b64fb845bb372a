/** Roles and responsibilities: concrete duties, phrased as will / shall / agrees to / is responsible for. */
import { passagesWhere } from '../block-scan';
import type { DocumentModel } from '../model';
import { withHeadingPassages } from '../sections';
import { DEFERRAL, OTHER_AGREEMENT, sentences, tests } from '../signals';
import { evidenceOf, missingAttachments, placeholdersIn, quoteList, someEvidence, type Judgement, type SubstanceInput } from './common';
import { partyLabelRow, structuredDuties, vagueColumn } from './structured-duties';
import { blankPartyHeadings, unwrittenPartySections } from './unwritten-duties';
import { actorNames, firstPerson, jointDuty, participantActor, unitParty } from './actors';
import { dutiesPointedAway, idleKind, idleParty, oneSideElsewhere } from './duties-elsewhere';
import { countDuties, documentDuties, headingAsIntro, presentTenseDuties } from './duties';
import { recitalRanges } from './recitals';
import { writtenWithThe, type Party } from '../parties';
import { partyColumnsHeader, whoWhatHeader, type Located } from '../locate';
import type { Evidence, Passage } from '../types';


/**
 * A roles section's passages with its own headings in place: "Harbor Coding Agrees To:" heads the
 * list of Harbor Coding's duties under it.
 */
export function rolesPassages(located: Located): Passage[] {
  if (!located.nodes.length) return located.passages;
  return withHeadingPassages(located.passages, located.nodes.map((n) => n.heading));
}

const ROLES_WORD = /\b(?:responsibilit(?:y|ies)|obligations?|duties|roles)\b/i;

/** "The responsibilities of each party set out in Clause 4 of the Original Agreement continue unchanged": duties left to another agreement. */
export const leavesRolesElsewhere = (t: string): boolean => ROLES_WORD.test(t) && OTHER_DOCUMENT.test(t) && DEFERRAL.test(t);

/** The agreement a renewal or amendment leaves its terms to ("Clause 4 of the Original MOU"). */
const OTHER_DOCUMENT = new RegExp(String.raw`\bof the (${OTHER_AGREEMENT})\b`, 'i');

const STAFF_ACTOR = /^(?:an?\s+|one\s+|two\s+|each\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:teachers?|mentors?|staff(?: members?)?|volunteers?|coordinators?|co-ordinators?|supervisors?|instructors?|employees?|engineers?|chaperones?|adults?|technicians?|tutors?|advis[eo]rs?|preceptors?|facilitators?|in-charge)$/i;

/** Every party at once, as a charter or a consortium agreement names them ("all members", "each party", "the lead member"). */
const COLLECTIVE_OWNER = /^(?:(?:each|every|all|both|any)\s+)?(?:lead\s+)?(?:members?|parties|party|partners?|signator(?:y|ies))$/i;

const EACH_MEMBER = /^\W*(?:\(?[\divx]{1,4}(?:\.\d+)*[.)]\s+)?(?:each|every|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:members?|partners?|participating)\b/iu;

export function judgeRoles(input: SubstanceInput): Judgement {
  const { located, model, parties } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  // Found by content: the recitals tell the story so far ("the Parties have agreed to strengthen…"); they bind no one.
  const recitals = located.by === 'content' ? recitalRanges(model) : [];
  const passages = rolesPassages(located).filter((p) => !recitals.some(([a, b]) => p.start >= a && p.start < b));
  const counted = countDuties(passages);
  // Duties written in structure (party columns, party labels, party headings) count when the
  // section was found by its heading: content search only finds sentences.
  const structured = located.by === 'content' && !passages.some((p) => partyColumnsHeader(p) || (p.kind === 'tableRow' && (whoWhatHeader(p.text) || partyLabelRow(p.text)))) ? [] : structuredDuties(passages, parties, model.text);
  // Evidence: the first passages holding a duty sentence (at most what someEvidence keeps).
  const dutySentences = new Set(counted.owed.map((d) => d.sentence));
  const sentenceEvidence: Evidence[] = [];
  for (const p of located.passages) {
    if (sentenceEvidence.length >= 4) break;
    if (dutySentences.size && dutyIn(p, dutySentences)) sentenceEvidence.push(evidenceOf(p, 'a duty written as will / shall / agrees to'));
  }
  const evidence = someEvidence([...structured.slice(0, 8).map((d) => evidenceOf(d.passage, `a duty of ${d.party} (${d.how})`)), ...sentenceEvidence]);
  const structuredPassages = new Set(structured.map((d) => d.passage));
  const seenDuty = new Map<Passage, Set<string>>();
  const extra = structured.filter((d) => {
    let parties = seenDuty.get(d.passage);
    if (!parties) seenDuty.set(d.passage, (parties = new Set()));
    if (parties.has(d.party)) return false;
    parties.add(d.party);
    return true;
  });
  const dutyCount = counted.duties.length + extra.length;
  // Who owes the duties: each actor counted once per party it names.
  const owners = new Set<string>(extra.map((d) => d.party.toLowerCase()));
  for (const a of counted.actors) {
    const party = parties.find((p) => actorNames(a, p));
    // "A teacher will be present": someone's staff, not a side, when the parties are known.
    if (!party && parties.length >= 2 && STAFF_ACTOR.test(a)) continue;
    // (A party's unit, "Volunteer & Student Services will:", is that party.)
    const unit = party ? undefined : unitParty(model, a, parties);
    if (unit) {
      owners.add(unit.name.toLowerCase());
      continue;
    }
    owners.add(party ? party.name.toLowerCase() : a);
  }
  // A letter's "we will…" duties are its writer's.
  const writer = parties.find((p) => p.writer);
  if (writer && counted.owed.some((d) => d.we)) owners.add(writer.name.toLowerCase());
  // "What we will do" and "What you will do" in an agreement one side writes to the other: two sides.
  else if (owners.has('you') && counted.owed.some((d) => d.we)) owners.add('we');
  // "Tidewater Marine Systems" and "Tidewater" are one side when no party was found to name them.
  for (const a of [...owners]) if ([...owners].some((b) => b !== a && a.includes(b))) owners.delete(a);
  // "Interns will work in a safe environment" beside a party's duties: people who take part are no side.
  if (parties.length >= 2 && [...owners].some((o) => !participantActor(o))) for (const o of [...owners]) if (participantActor(o)) owners.delete(o);
  const { vague } = counted;
  // A party's name as the text writes it: "the District" where it is written so, "Harbor Coding" as it is.
  const asWritten = (owner: string) => {
    const party = parties.find((p) => actorNames(owner.toLowerCase(), p));
    const name = party ? party.names.find((n) => n.toLowerCase() === owner.toLowerCase()) ?? party.name : titleCase(owner);
    return party && writtenWithThe(model, name) ? `the ${name}` : name;
  };
  // (A party found already is shown by its own name: "the Foundation", even where another party's name holds that word.)
  const partyAsWritten = (party: Party) => (writtenWithThe(model, party.name) ? `the ${party.name}` : party.name);
  const oneSide = (owner: string, other: string) => `only ${asWritten(owner)}'s duties are written down; say what ${other} will do`;
  // One party's own heading holds only blanks: its duties are still to be written.
  // (…or its own heading elsewhere: "D. CORPS RESPONSIBILITIES — To be confirmed" after the Hospital's.)
  const unwritten = located.by === 'content' ? [] : [...new Set([...blankPartyHeadings(passages, parties), ...unwrittenPartySections(model, parties)])];
  if (unwritten.length) {
    // "the Partner" where the text writes it so, a name as it is.
    const shown = unwritten.map((n) => (writtenWithThe(model, n) ? `the ${n}` : n));
    return { status: 'weak', reason: `the duties of ${shown.join(' and ')} are still blanks to fill in; say what ${unwritten.length === 1 ? 'it' : 'each'} will do`, evidence };
  }
  // "Students shall follow all hospital policies": what participants must do, not a party's duty.
  if (owners.size && !extra.length && [...owners].every(participantActor) && !parties.some((p) => [...owners].some((o) => actorNames(o, p)))) {
    const whose = titleCase([...owners][0].replace(/^[\divx.()a-z]*[.)]\s+|^\d+(?:\.\d+)*\s+/i, ''));
    if (located.by === 'content') return { status: 'missing', reason: `only what ${whose} must do is written down; no party's duties`, evidence };
    return { status: 'weak', reason: `only what ${whose} must do is written down; say what each party will do`, evidence };
  }
  // Found by content: no duty at all is no section; one duty is a section, if a thin one (below).
  // …nor is one duty that no one in particular owes ("The study will be conducted under ethics clearance").
  // …nor are duties no one owes ("Trainees will be provided with…", "Disputes will be settled amicably").
  const unowned = owners.size === 0 && !counted.owed.some((d) => d.we || jointDuty(d.sentence) || firstPerson(d.sentence));
  // …nor are duties of things, not parties, when the parties are known ("The Program will run from October",
  // "Shadowing will take place on weekday mornings").
  const noPartyOwes = parties.length >= 2 && !extra.length && ![...owners].some((o) => parties.some((p) => actorNames(o, p)))
    && !counted.owed.some((d) => d.we || d.i || jointDuty(d.sentence) || firstPerson(d.sentence));
  // "The museum and the school will work together to offer science experiences": the parties say they
  // will collaborate and no more — a weak section, not a missing one.
  if (located.by === 'content' && dutyCount === 0 && vague.length) return { status: 'weak', reason: 'says the parties will work together but not who does what', evidence };
  const texts = located.passages.filter((p) => !structuredPassages.has(p)).map((p) => p.text);
  const deferred = texts.some(tests(DEFERRAL));
  if (located.by === 'content' && (dutyCount === 0 || (dutyCount === 1 && owners.size === 0) || unowned || noPartyOwes)) {
    // "The responsibilities of the Parties set out in Clause 4 of the Original MOU shall continue": written elsewhere.
    // (…where the text says so, under whatever heading: "2.2 … the responsibilities of each party set out in Clause 4
    // of the Original Agreement continue unchanged".)
    const leftTo = [...texts, ...passagesWhere(model, leavesRolesElsewhere).map((p) => p.text)];
    if (leftTo.some(tests(DEFERRAL))) {
      const other = leftTo.map((t) => OTHER_DOCUMENT.exec(t)?.[1]).find(Boolean);
      return { status: 'weak', reason: `leaves the duties to ${other ? `the ${other}` : 'another document'}, which is not in this file; say here who does what`, evidence };
    }
    // (…where they say they will work together, and no more: a weak section.)
    if (vague.length && !counted.owed.some((d) => parties.some((p) => d.actor && actorNames(d.actor, p)))) return { status: 'weak', reason: 'says the parties will work together but not who does what', evidence };
    return { status: 'missing', reason: 'no section says what each party will do', evidence };
  }
  const missing = missingAttachments(texts, model);
  if (missing.length && dutyCount < 3) {
    return { status: 'weak', reason: `leaves the duties to ${quoteList(missing)}, which is not in this document`, evidence };
  }
  // A party whose every duty is "to perform the services described in Exhibit B", which is not here (or only "on file").
  const pointedAway = dutiesPointedAway(model, parties);
  if (pointedAway) return { status: 'weak', reason: `leaves ${partyAsWritten(pointedAway.party)}'s duties to ${quoteList(pointedAway.to)}, which is not in this document; say here what it will do`, evidence };
  // The signer's own "I will…" duties are the other side's.
  // (…unless that side is every side: "4.1 All Members will", "Each Party shall", a charter's "Lead Member" by component;
  // not a party that is called "the Member Organization" beside "the District".)
  const sole = owners.size === 1 ? [...owners][0] : undefined;
  const everySide = sole !== undefined && COLLECTIVE_OWNER.test(sole) && (parties.length < 2 || !parties.some((p) => actorNames(sole, p)));
  // (…nor when the others' duties are written by kind, "Each member college will adopt…" or listed under "Each member agrees to:".)
  const byKind = counted.owed.some((d) => !d.actor && EACH_MEMBER.test(d.sentence)) || passages.some((p) => EACH_MEMBER.test(p.text) && /\b(?:agrees? to|will|shall)\s*:\s*$/i.test(p.text));
  if (dutyCount >= 2 && sole !== undefined && !everySide && !byKind && !counted.owed.some((d) => d.i || firstPerson(d.sentence))) {
    // Duties for one side only: does the other side have any duty anywhere in the document?
    const only = sole;
    const elsewhere = [...documentDuties(model, true).actors].filter((a) => !(parties.length >= 2 && (STAFF_ACTOR.test(a) || participantActor(a)) && !parties.some((p) => actorNames(a, p))));
    const otherParty = parties.length >= 2 && !extra.length ? undefined : parties.find((p) => p.name.toLowerCase() !== only);
    if (!otherParty && elsewhere.every((a) => a === only || only.includes(a) || a.includes(only))) {
      const named = parties.length === 2 ? parties.find((p) => p.name.toLowerCase() !== only && !actorNames(only, p)) : undefined;
      return { status: 'weak', reason: oneSide(only, named ? partyAsWritten(named) : 'the other party'), evidence };
    }
    if (otherParty && extra.length && !elsewhere.some((a) => actorNames(a, otherParty))) {
      return { status: 'weak', reason: oneSide(only, partyAsWritten(otherParty)), evidence };
    }
  }
  // "Both parties will meet every quarter" (or listed under "The Parties agree to:"): what they do together, not who does what. (…not a letter's "We will…" when the reader's "your organisation will…" stands elsewhere: two sides.)
  const weAndYou = dutyCount >= 2 && counted.owed.length > 0 && counted.owed.every((d) => d.we) && documentDuties(model, true).owed.flat().some((d) => d.actor === 'you');
  if (dutyCount >= 2 && owners.size === 0 && !extra.length && !weAndYou && counted.owed.every((d) => d.joint || jointDuty(d.sentence))) {
    const blanks = placeholdersIn(input);
    const still = blanks.length ? `; each party's own duties are still blanks to fill in (${quoteList(blanks.map((p) => p.text))})` : '; say what each party will do';
    return { status: 'weak', reason: `only joint duties (“both parties will…”) are written down${still}`, evidence };
  }
  // "I will…", "I commit to…": a pledge by whoever signs. With no one else owing anything anywhere,
  // only one side's duties are written down.
  // (With no "we" anywhere, "you" is the one who signs too: "Thank you for volunteering…", "You must sign it".)
  const noWe = !counted.owed.some((d) => d.we);
  const youSign = (d: { actor?: string }) => noWe && d.actor === 'you';
  if (dutyCount >= 2 && [...owners].every((o) => o === 'you' && noWe) && !extra.length && counted.owed.some((d) => d.i || firstPerson(d.sentence)) && counted.owed.every((d) => d.i || firstPerson(d.sentence) || youSign(d))) {
    // (With no "we" anywhere, "you" is the one who signs too: "You must return the signed agreement".)
    const all = documentDuties(model, true).owed.flat();
    const we = all.some((d) => d.we);
    const others = all.filter((d) => !d.i && !firstPerson(d.sentence) && !(d.actor === 'you' && !we));
    if (!others.length) {
      return { status: 'weak', reason: 'only the signer\'s own duties (“I will…”) are written down; say what the other side will do', evidence };
    }
  }
  // "We will:" and its list, with no one else owing anything anywhere: a letter's writer's duties only
  // (when the writer is not known as a party; when it is, the one-side rule above has said so).
  if (dutyCount >= 2 && owners.size === 0 && !extra.length && counted.owed.every((d) => d.we)) {
    const others = documentDuties(model, true).owed.flat().filter((d) => !d.we && d.actor && !STAFF_ACTOR.test(d.actor) && !participantActor(d.actor));
    if (!others.length) {
      return { status: 'weak', reason: 'only what “we” will do is written down; say what the other side will do', evidence };
    }
  }
  // "The specific responsibilities of each Party … will be set out in an Annual Work Plan", which is not
  // here: a few duties besides do not say who does what.
  const later = dutyCount >= 2 && dutyCount <= 3 ? dutiesLeftToPlan(model) : undefined;
  const leftToPlan = (to: string): Judgement => ({ status: 'weak', reason: `leaves each party's duties to ${to}, which is not in this document; say here who does what`, evidence });
  if (later) return leftToPlan(later);
  const column = extra.length ? vagueColumn(passages, parties) : undefined; // ("| Employer | College | District |" over "Support the program as appropriate.")
  if (column) return { status: 'weak', reason: `${partyAsWritten(column[0])}'s column says only “${column[1].slice(0, 60)}”; say what it will do`, evidence };
  const idle = dutyCount >= 2 ? idleParty(model, parties, new Set(extra.map((d) => d.party.toLowerCase())), vague) : undefined;
  if (idle) return { status: 'weak', reason: oneSide(idle[0].name, partyAsWritten(idle[1])), evidence };
  const kind = dutyCount >= 2 && !idle ? idleKind(model, parties, vague) : undefined;
  if (kind) return { status: 'weak', reason: `${titleCase(kind[0])} only say what they intend (“${kind[1].length > 70 ? `${kind[1].slice(0, 69)}…` : kind[1]}”); say what they will do`, evidence };
  if (dutyCount >= 2) {
    return { status: 'present', reason: `${dutyCount} concrete duties are written down`, evidence };
  }
  // A responsibilities section left as the template's blanks is unfinished, whatever duties other
  // sections hold ("2.1 The District will: - [List District responsibilities …] - ____").
  const blanks = dutyCount < 2 ? placeholdersIn(input) : [];
  if (blanks.length && located.by === 'title') return { status: 'weak', reason: `the duties are still blanks to fill in (${quoteList(blanks.map((p) => p.text))})`, evidence };
  // A heading is evidence, not proof: the duties of every party may be written under other headings.
  const across = dutiesAcross(model, parties);
  const acrossLater = across && across.count <= 3 ? dutiesLeftToPlan(model) : undefined;
  if (acrossLater) return leftToPlan(acrossLater);
  if (across) return { status: 'present', reason: across.reason, evidence: someEvidence([...evidence, ...across.evidence]) };
  if (deferred) return { status: 'weak', reason: 'leaves the duties to be worked out later instead of saying who does what', evidence };
  // Nothing owed under the heading ("Advisory Role. Members advise only."), one party's duties elsewhere.
  const sides = dutyCount === 0 && located.by !== 'content' && parties.length === 2 ? oneSideElsewhere(model, parties) : undefined;
  if (sides) return { status: 'weak', reason: oneSide(sides[0].name, asWritten(sides[1].name)), evidence };
  if (blanks.length) return { status: 'weak', reason: `the duties are still blanks to fill in (${quoteList(blanks.map((p) => p.text))})`, evidence };
  if (dutyCount === 1) return { status: 'weak', reason: 'names only one concrete duty; say what each party will do', evidence };
  if (vague.length) return { status: 'weak', reason: 'says the parties will work together but not who does what', evidence };
  return { status: 'weak', reason: 'names activities but not which party will do each one', evidence };
}

/**
 * No two parties found by name: two or more distinct actors ("the Entity", "Code.org"), each
 * with a concrete duty of its own somewhere in the text, show who does what all the same.
 */
function actorsAcross(model: DocumentModel, owed: Array<{ sentence: string; actor: string }>): { reason: string; evidence: Evidence[]; count: number } | undefined {
  const byActor = new Map<string, string>();
  for (const d of owed) if (d.actor && !byActor.has(d.actor)) byActor.set(d.actor, d.sentence);
  // "The College" and "the College's staff" are one side; so are names contained in each other.
  const sides = [...byActor.keys()].filter((a, _, all) => !all.some((b) => b !== a && a.includes(b)));
  if (sides.length < 2 || owed.filter((d) => d.actor).length < 3) return undefined;
  // Each side as the text writes it ("BrightPath", not "Brightpath").
  const written = (a: string) => {
    const s = byActor.get(a)!;
    const i = s.toLowerCase().indexOf(a);
    return i >= 0 ? s.slice(i, i + a.length) : titleCase(a);
  };
  const evidence = sides.slice(0, 4).flatMap((a) => {
    const at = model.passages.find((p) => p.text.includes(byActor.get(a)!));
    return at ? [evidenceOf(at, `a duty of ${written(a)}`)] : [];
  });
  return { reason: `duties of ${quoteList(sides.map(written))} are written down across the agreement`, evidence: someEvidence(evidence), count: owed.filter((d) => d.actor).length };
}

/** Does this passage hold one of these duty sentences (as its sentences, or inside its text)? */
function dutyIn(p: Passage, duties: Set<string>): boolean {
  for (const s of sentences(p.kind === 'heading' ? headingAsIntro(p.text) : p.text)) if (duties.has(s)) return true;
  return false;
}

/**
 * When the agreement names two or more parties and each owes concrete duties somewhere in the
 * text, a reason saying so; otherwise undefined.
 */
function dutiesAcross(model: DocumentModel, parties: Party[]): { reason: string; evidence: Evidence[]; count: number } | undefined {
  const { owed } = documentDuties(model, true);
  if (parties.length < 2) return actorsAcross(model, owed.flat());
  // A duty of "the School and the Credit Union" is joint: it shows neither party's own part.
  // Commitments in the present tense ("EPU contributes faculty time") count here, where the parties are known by name.
  const own = [...owed.flat(), ...presentTenseDuties(model)].filter((d) => d.actor && parties.filter((p) => actorNames(d.actor, p)).length === 1);
  const perParty = parties.map((p) => own.filter((d) => actorNames(d.actor, p)).length);
  if (perParty.some((n) => n === 0)) return undefined;
  const total = perParty.reduce((a, b) => a + b, 0);
  // Evidence: each party's first duty, where it stands.
  const firsts = parties.map((p) => own.find((d) => actorNames(d.actor, p))!);
  const evidence = firsts.flatMap((d, i) => {
    const at = model.passages.find((p) => p.text.includes(d.sentence));
    return at ? [evidenceOf(at, `a duty of ${parties[i].name}`)] : [];
  });
  return { reason: `each party's duties are written down across the agreement (${total}), though not all under one heading`, evidence: someEvidence(evidence), count: total };
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** "The specific responsibilities of each Party … will be set out in an Annual Work Plan": duties written later, elsewhere. */
const DUTIES_LATER = /\b(?:responsibilities|duties|roles|tasks|obligations|activities)\b[^.]{0,120}?\b(?:will|shall)\s+be\s+(?:set out|set forth|detailed|described|specified|defined|agreed|determined|confirmed|listed|documented)\b[^.]{0,80}?\b((?:annual |event |joint |project |detailed )?work ?plan|annex(?:ure)?|appendix|schedule|exhibit|attachment|statement of work)\b/i;

/** What a clause leaves the parties' duties to, when that is not in this document ("an Annual Work Plan", "Annex A"). */
function dutiesLeftToPlan(model: DocumentModel): string | undefined {
  for (const p of passagesWhere(model, tests(DUTIES_LATER))) {
    const m = DUTIES_LATER.exec(p.text)!;
    const missing = missingAttachments([p.text], model);
    if (missing.length) return quoteList(missing);
    // A plan the parties have yet to write (no heading of the document is that plan).
    if (/work ?plan|statement of work/i.test(m[1]) && !model.headings.some((h) => /\bwork ?plan\b|\bstatement of work\b/i.test(h.text))) return `a ${m[1].toLowerCase()}`;
  }
  return undefined;
}
