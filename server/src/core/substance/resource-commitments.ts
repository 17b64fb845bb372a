/** Resource commitments: amounts, quantities or dates tied to a party — or an explicit "no funds change hands". */
import { AMOUNT, CURRENCY_CODES, DEADLINE, DEFERRAL, EMAIL, FOR_PERIOD, isMoneyShare, NEGATED, NEGATIVE_DUTY, NO_FUNDS, PROVIDE_VERB, QUANTIFIED, RESOURCE_QUANTITY, RESOURCE_STRONG, RESOURCE_WEAK, VAGUE_DUTY, memo } from '../signals';
import { hasActor, participantActor } from './actors';
import { documentDuties, presentTenseDuty, sentencesWithActors } from './duties';
import { modelMemo, type DocumentModel } from '../model';
import { BODY_NAME, PAYER_UNDECIDED, describesParty, governs, OUTCOME_MEASURE, SIZE_IN_BRACKETS } from './not-contributions';
import { findPlaceholders } from '../placeholders';
import { currencyTableRows, targetsTableRow } from './money-tables';
import { attachmentRefs, evidenceWhere, missingOf, referencedClauses, sectionMemo, placeholdersIn, quoteList, type Judgement, type SubstanceInput } from './common';

/** "The partner shall build a minimum of one collection": a party's duty with a number or date in it. */
function quantifiedDuty(s: string): boolean {
  const quantified = QUANTIFIED.test(s) || (FOR_PERIOD.test(s) && !RETENTION.test(s));
  return quantified && !MEETING.test(s) && !REPORTING.test(s) && !REVIEW_OF_TERMS.test(s) && !SCHEDULE.test(s) && (hasActor(s).actor || presentTenseDuty(s)) && !NEGATIVE_DUTY.test(s) && findPlaceholders(s).length === 0;
}


/** "The program will run from March to November", "Visits will take place on Tuesdays": when things happen, not what a party gives. */
const SCHEDULE = /\b(?:will|shall|is to|are to)\s+(?:run|take place|begin|start|commence|last|end|continue|be held|operate)\s+(?:from|between|on|during|in|for|until|through|over|each|every|weekly|monthly|annually)\b/i;

/** A ratio of adults to participants: how supervision works, not what a party contributes. */
const STAFF_RATIO = /\b(?:\d+|one|two|three|an?)\s+(?:[\w-]+\s+){0,3}?(?:adults?|staff(?: members?)?|members? of staff|teachers?|chaperones?|supervisors?|leaders?|instructors?|volunteers?|mentors?|tutors?)(?:\s+or\s+(?:[\w-]+\s+){0,3}?(?:adults?|staff(?: members?)?|teachers?|supervisors?|leaders?|instructors?|volunteers?|mentors?|tutors?))?\s+(?:for|per|to)\s+(?:every\s+|each\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:[\w-]+\s+){0,2}?(?:students?|pupils?|children|participants?|campers?|learners?|youths?|young people|interns?)\b/i;

/** Keeping records for a period ("keep the signed forms for three years") is retention, not a contribution. */
const RETENTION = /\b(?:keep|keeps|kept|retain\w*|stor(?:e|es|ed|ing)|archiv\w*|preserv\w*|destroy\w*)\b/i;

/** "The Partners will review the Statement by 30 September", "will review progress against the targets each semester", "The results shall be compared with…": a review of the agreement or the work, not a contribution. */
const REVIEW_OF_TERMS = /\b(?:review|reviews|monitor|monitors|track|tracks)\s+(?:the\s+)?(?:progress|performance|results)\b|\b(?:results|findings|outcomes|data)\s+(?:shall|will)\s+be\s+(?:compared|analy[sz]ed|reviewed|evaluated|assessed)\b|\b(?:review|reviews|revisit|evaluate|assess|decide|renew|extend|amend)\b[^.;]{0,30}\b(?:statement|agreement|memorandum|mou|moa|partnership|arrangement|terms|charter|schedules?|annex(?:es)?)\b/i;

/** "EDWI will share a short results report with the Hub by 15 February", "will report its credential counts to the Chair by 31 July": reporting on the work (its outcomes), not a contribution. */
const REPORTING = /\b(?:share|shares|send|sends|submit|submits|circulate|circulates|present|presents|prepare|prepares|produce|produces|write|writes|deliver|delivers|provide|provides)\b[^.;]{0,40}\b(?:reports?|findings)\b|\b(?:will|shall|must|to)\s+report\b/i;

/** How often people meet or talk is the partnership's communication, not a contribution. */
const MEETING = /\b(?:meet|meets|meeting|meetings|calls?|communicat\w*|check[- ]?ins?|checks? in|touch base|stand-?ups?)\b/i;

const PARTICIPANTS_ACHIEVE = /\b(?:students?|pupils?|teachers?|participants?|trainees?|learners?|graduates?|young people|apprentices?|interns?|completers?)\b[^.;]{0,80}?\b(?:complete|completes|pass|passes|achieve|achieves|attain|attains|reach|reaches|obtain|obtains|earn|earns)\b/i;

/** Participants as the subject of what happens ("Year 11 and 12 students in the elective may spend…", "5.3 Minor Students shall not…"). */
const PARTICIPANTS_DO = /^\W*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:[\p{L}\d-]+\s+){0,6}?(?:students?|pupils?|learners?|interns?|trainees?|apprentices?|participants?|children|campers?|mentees?|externs?)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:may|will|shall|can|must|are to|are expected to|are required to)\s/iu;

/** "Intake referrals, shared resources, co-promotion": resources the parties pool, named without amounts. */
const SHARED_RESOURCES = /\b(?:shared|joint|pooled|mutual)\s+(?:resources|facilities|equipment|staff(?:ing)?|space|funding|costs|expenses)\b/i;

/** Money told as background ("received initial funding from X", "we hope to outlast the grant"), not promised. */
const NOT_PROMISED = /\b(?:received|was (?:funded|awarded|granted)|has (?:received|been funded)|have (?:received|been funded)|hopes?|hoped|aspires?|aspiration|wish(?:es)?|would like)\b/i;

/**
 * A sentence that offers or commits a contribution (or says none is due), not one that tells of
 * money received or hoped for: what makes text found only by its vocabulary a statement of resources.
 */
export const isPromise = memo((s: string): boolean => NO_FUNDS.test(s) || SHARED_RESOURCES.test(s) || !NOT_PROMISED.test(s));

/** "Host 3 Year 11 students for a 2-day taster", "accept up to ten (10) Trainees": places a party gives people who take part. */
const HOSTS_PARTICIPANTS = /\b(?:host|hosts|hosting|accept|accepts|take on|takes on|place|places|offer places to)\s+(?:up to |at least |a minimum of )?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:\s*\(\d+\))?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:students|pupils|learners|trainees|interns|apprentices|externs|teachers)\b/iu;

/** "The School's supervising teacher will visit the Clinic at least once each week": monitoring (safety), not a contribution. */
const monitoringVisit = (s: string): boolean =>
  /\b(?:teachers?|tutors?|lecturers?|placement (?:officers?|coordinators?))\b[^.;]{0,40}\bvisit(?:s|ed|ing)?\b/i.test(s) && !AMOUNT.test(s) && !RESOURCE_STRONG.test(s);

/** "Give you a volunteer induction (about 90 minutes) covering child safety": a safety briefing, not a contribution. */
const safetyBriefing = (s: string): boolean =>
  /\b(?:inductions?|orientations?|(?:safety )?briefings?)\b/i.test(s) && !AMOUNT.test(s) && !RESOURCE_STRONG.test(s);

/** Receiving is what a party gives a participant ("Each intern will receive $400"). */
const RECEIVES = /\b(?:receive|receives|be given|be provided|be issued|be loaned|be paid|get)\b/i;

/** What participants are not charged ("6.2 Learners shall not be charged any fee", "No fees shall be charged to any learner"): a term of taking part, not a party's contribution. */
const PARTICIPANTS_FREE =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+)?(?:the\s+|all\s+|any\s+)?(?:learners?|students?|participants?|trainees?|pupils?|families|parents|apprentices?|interns?|candidates?|children|youth|young people)\b[^.;]{0,30}?\b(?:shall|will|must|are|is|do|does)\s+not\s+(?:be\s+)?(?:charged|pay)\b|\bno\s+(?:fees?|charges?|tuition)\s+(?:shall|will|is|are)\s+(?:be\s+)?(?:charged|payable|levied)\s+(?:to|by|from)\s+(?:any\s+|the\s+)?(?:learners?|students?|participants?|trainees?|pupils?|families|parents|apprentices?|interns?|candidates?|children|(?:library|club|community)\s+members|members of the public|borrowers|visitors|attendees)\b/i;
/**
 * A fee given up ("Exchange Students do not pay tuition … at the receiving institution", "tuition is
 * waived"): a contribution whose amount is the whole fee. (Not "supplied free of charge": what is
 * given still has no quantity.)
 */
const FEE_WAIVER = /\b(?:waive[sd]?|waiver of|exempt(?:ed|ion)? from|(?:(?:do|does|shall|will) not|doesn[’']t|don[’']t|won[’']t) (?:pay|be charged|charge))\b(?![^.;]{0,40}\b(?:more than|in excess of|beyond|above|other than|except)\b)[^.;]{0,60}?\b(?:tuition|fees?|charges?)\b|\b(?:tuition|fees?)\b[^.;]{0,40}?\b(?:(?:is|are|will be|shall be) waived|(?:is|are|will|shall) not (?:be )?(?:charged|payable))\b/i;

/** A sentence that talks about what a party contributes (read without a body's name in it). */
export const isResourceSentence = memo((s: string): boolean => resourceSentence((/(?:Commission|Fund)\b/.test(s) ? s.replace(BODY_NAME, ' ') : s).replace(REGISTERED_NUMBER, ' ').replace(NO_ONE, ' nobody')));
/** "No one mentors while a clearance is pending": a pronoun, no number of mentors. */
const NO_ONE = /\b(?:no|any|every|some)\s+one\b/gi;
/** A party's registered number ("company no. 11920457"): no quantity; and what a party must not do ("will not give gifts worth more than $10", "shall limit access to the Data File to the two employees"). */
const REGISTERED_NUMBER = /\b(?:company|(?:registered )?charity|registration|reg\.|companies house|abn|acn|ein|cin|uen|vat|gst|tax(?: id)?)\s+(?:no\.?|number|#)\s*[:.]?\s*[A-Z0-9][A-Z0-9 -]{2,14}\b/gi;
const NOT_DUTY = /^[^.;]{0,80}?\b(?:will|shall|must|agrees? to)\s+not\b|\b(?:limit|limits|restrict|restricts)\s+access\b/i;

function resourceSentence(s: string): boolean {
  if ((describesParty(s) || governs(s)) && !AMOUNT.test(s)) return false;
  // "median second-quarter earnings of at least $11,500": what completers earn, a target, not a contribution.
  if (OUTCOME_MEASURE.test(s)) return false;
  if (NO_FUNDS.test(s) || SHARED_RESOURCES.test(s) || HOSTS_PARTICIPANTS.test(s) || (FEE_WAIVER.test(s) && !PARTICIPANTS_FREE.test(s))) return true;
  // "At least one adult member of staff for every ten students": a supervision ratio (safety).
  if (STAFF_RATIO.test(s) && !AMOUNT.test(s)) return false;
  if (NOT_DUTY.test(s)) return false;
  // "Provide a safe environment for volunteers": a promise of safety, not a contribution.
  if (/\bsafe\b[^.;]{0,40}\b(?:environment|space|place|setting)\b/i.test(s) && !AMOUNT.test(s) && !RESOURCE_QUANTITY.test(s)) return false;
  // "180 teachers complete the 40-hour course": what participants achieve is an outcome, not a contribution.
  if (PARTICIPANTS_ACHIEVE.test(s) && !PROVIDE_VERB.test(s) && !RESOURCE_STRONG.test(s) && !AMOUNT.test(s)) return false;
  // "Year 11 students may spend up to three mornings observing staff": what participants do, not what a party gives.
  if (PARTICIPANTS_DO.test(s) && !PROVIDE_VERB.test(s) && !RESOURCE_STRONG.test(s) && !AMOUNT.test(s) && !RECEIVES.test(s)) return false;
  if (monitoringVisit(s) || safetyBriefing(s)) return false;
  // Insurance limits and indemnities are safety and liability terms, not contributions.
  if (/\b(?:insurance|insured|liability coverage|indemnif\w*|hold harmless)\b/i.test(s)) return false;
  if (NEGATED.test(s) && !AMOUNT.test(s) && !RESOURCE_QUANTITY.test(s)) return false;
  // "Both parties will collaborate to offer … talks by company personnel": an intention, not a contribution.
  // (…but "a stipend at rates to be agreed", "contributions … those listed in Appendix B of the Original MOU, updated where needed" are the weak case.)
  if (VAGUE_DUTY.test(s) && !AMOUNT.test(s) && !RESOURCE_QUANTITY.test(s) && !((TO_BE_AGREED.test(s) || DEFERRAL.test(s)) && RESOURCE_STRONG.test(s))) return false;
  return RESOURCE_STRONG.test(s) || RESOURCE_QUANTITY.test(s) || (PROVIDE_VERB.test(s) && RESOURCE_WEAK.test(s)) || quantifiedDuty(s);
}

/** A resource sentence with a number, amount or date in it (and no blank left to fill). */
export const isConcreteCommitment = memo((s: string): boolean => concreteCommitment(s.replace(REGISTERED_NUMBER, ' ').replace(NO_ONE, ' nobody')));

/** What every amount, quantity, date or period needs: a digit or a number in words. */
const ANY_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|dozen|several|once|twice)\b/i;

const HAS_EMAIL = new RegExp(EMAIL.source);

/** A course's code ("AGRI 2900", "CS101"): no quantity of anything given. */
const COURSE_CODE = new RegExp(String.raw`\b(?!(?:${CURRENCY_CODES.split('|').filter((c) => /^[A-Za-z]{2,5}$/.test(c)).map((c) => c.toUpperCase()).join('|')}|KSHS?|RS|RP|US|HK|NT|NZ|TK|SH|FTE|FTES) ?\d)[A-Z]{2,5} ?\d{3,4}[A-Z]?\b`, 'g');

function concreteCommitment(text: string): boolean {
  const t = /[A-Z]{2} ?\d{3}/.test(text) ? text.replace(COURSE_CODE, 'course') : text;
  const s = /(?:Commission|Fund)\b|\(\s*\S*\s*\d/.test(t) ? t.replace(BODY_NAME, ' ').replace(SIZE_IN_BRACKETS, ' ') : t;
  // A contact's line ("| Daniel Rotich | +254 733 600 281 (24 hours) | safeguarding@…"): how to reach someone, not what anyone gives.
  if (s.includes('@') && HAS_EMAIL.test(s) && !AMOUNT.test(s)) return false;
  if (monitoringVisit(s) || safetyBriefing(s)) return false;
  if (findPlaceholders(s).length || describesParty(s)) return false;
  // (…promised, not sought: "will seek to reduce or waive tuition … to the extent permitted" waives nothing yet.)
  if (FEE_WAIVER.test(s) && !/\binsurance\b/i.test(s) && !PARTICIPANTS_FREE.test(s) && !VAGUE_DUTY.test(s)) return true;
  if (!ANY_NUMBER.test(s)) return false;
  if (STAFF_RATIO.test(s) && !AMOUNT.test(s)) return false;
  return (
    AMOUNT.test(s) ||
    isMoneyShare(s) ||
    HOSTS_PARTICIPANTS.test(s) ||
    RESOURCE_QUANTITY.test(s) ||
    (DEADLINE.test(s) && (RESOURCE_STRONG.test(s) || PROVIDE_VERB.test(s) || /\btransfer\w*\b/i.test(s))) ||
    quantifiedDuty(s)
  );
}

/** A template's note to its drafter ("If no money changes hands, state: "No funds will be exchanged.""): not the agreement's words. */
const INSTRUCTION = /^\W*if\b[^.;]{0,100}?,\s*(?:state|write|insert|add|include|say|use|enter)\b|\b(?:state|write|insert|enter)\s*:\s*["“]/i;

/**
 * Own costs that do not say no money changes hands: those of negotiating the agreement ("its own costs … in
 * relation to the negotiation and execution of this MoA", "its own costs of negotiating and preparing this Heads of Agreement"), or all but those an annex sets out ("Except as
 * set out in Annex 2, each Party bears its own costs").
 */
const NOT_NO_FUNDS = /\b(?:negotiation|preparation|execution|drafting|signing) of (?:this|the)\b|\b(?:negotiat|prepar|execut|draft|sign)ing\b(?:,?\s+(?:and|or)\s+\w+ing)?\s+(?:this|the)\s+(?:heads|agreement|mou|moa|memorandum|deed|contract|letter|document|arrangement)\b|\bexcept as (?:set out|provided|stated|specified|described) (?:in|under) (?:annex|schedule|appendix|exhibit|clause|section|article)\b/i;

const TO_BE_AGREED = /\b(?:as (?:shall|may|will) be agreed|to be agreed|to be determined|(?:shall|will) be (?:mutually )?agreed (?:upon )?(?:by the parties )?in (?:the|a|each) (?:relevant |separate |specific )?(?:implementing arrangement|agreement|annual plan|work ?plan|addendum|schedule))\b/i;

/** What the judge needs from one passage (memoised: a keystroke re-reads only passages it changed). */
interface PassageResources {
  /** Sentences with an amount, quantity or date… */
  concrete: number;
  /** …of which resource sentences (what counts when the section was found by its content). */
  concreteResource: number;
  /** …of which resource sentences with an amount of money (what counts outside the section). */
  money: number;
  noFunds: boolean;
  toBeAgreed: boolean;
  /** Attachments referred to. */
  refs: string[];
}

const passageResources = memo((text: string): PassageResources => {
  const r: PassageResources = { concrete: 0, concreteResource: 0, money: 0, noFunds: false, toBeAgreed: false, refs: [] };
  for (const s of sentencesWithActors(text)) {
    if (isConcreteCommitment(s)) {
      r.concrete++;
      if (isResourceSentence(s)) {
        r.concreteResource++;
        if (AMOUNT.test(s) || isMoneyShare(s)) r.money++;
      }
    }
    // (…nor that the people who take part pay nothing: "No fee will be charged to library members to borrow a kit".)
    if (NO_FUNDS.test(s) && !INSTRUCTION.test(s) && !NOT_NO_FUNDS.test(s) && !PARTICIPANTS_FREE.test(s)) r.noFunds = true;
    if (TO_BE_AGREED.test(s)) r.toBeAgreed = true;
    r.refs.push(...attachmentRefs(s));
  }
  return r;
});

/** Words in or just before a blank that make it an amount ("$[AMOUNT]", "[number] hours", "{{ stipend }}"). */
const MONEY_BLANK = /amount|sum|fee|cost|budget|price|rate|stipend|salary|wage|fund|value|total|[$£€₹]/i;
const QUANTITY_BLANK = /number|qty|quantity|hours?|days?|\d/i;
/** The section's placeholders that stand for an amount, a number or a quantity (`money`: an amount of money only). */
function amountPlaceholders(input: SubstanceInput, money = false): ReturnType<typeof placeholdersIn> {
  const text = input.model.text;
  const isMoney = (p: { text: string; start: number }) => MONEY_BLANK.test(p.text) || /[$£€₹]\s*$/.test(text.slice(Math.max(0, p.start - 2), p.start));
  return placeholdersIn(input).filter((p) => isMoney(p) || (!money && (QUANTITY_BLANK.test(p.text) || /^\s*(?:hours?|days?|per\b|%)/i.test(text.slice(p.end, p.end + 8)))));
}

/** Sentences listed as what participants will do (the duty lists of "Each Extern will:"), per document. */
function participantListed(model: DocumentModel): Set<string> {
  return modelMemo(model, 'participant-listed', () => {
    const out = new Set<string>();
    for (const block of documentDuties(model, true).owed) for (const d of block) if (d.actor && participantActor(d.actor) && !RECEIVES.test(d.sentence)) out.add(d.sentence);
    return out;
  });
}

export function judgeResources(input: SubstanceInput): Judgement {
  const { located, model } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  // What the passages say, read again only when one of them changed (sectionMemo).
  const read = sectionMemo(`resources:${located.by}`, located.passages, () => {
    const each = located.passages.map((p) => passageResources(p.text));
    return {
      each,
      // Found only by its vocabulary: some sentence must promise something, or it is not this section.
      promises: located.by !== 'content' || located.passages.some((p) => sentencesWithActors(p.text).some((s) => isResourceSentence(s) && s.split(/;\s+/).some((c) => isResourceSentence(c) && isPromise(c)))),
      concrete: each.reduce((n, r) => n + (located.by === 'content' ? r.concreteResource : r.concrete), 0),
      noFunds: each.some((r) => r.noFunds),
    };
  });
  if (!read.promises) {
    return { status: 'missing', reason: 'money or resources are mentioned only in passing, not as anything a party gives' };
  }
  const { each } = read;
  // (…also in the section's own title, a bold sentence run in: "**No funds change hands under this MOU.** Each side pays…".)
  const titled = read.noFunds || located.by === 'content' ? [] : located.nodes.filter((n) => NO_FUNDS.test(n.heading.text)).map((n) => ({ ...n.heading, kind: 'paragraph' as const, listDepth: 0 }));
  const noFunds = read.noFunds || titled.length > 0;
  // What participants do, listed under "Each Extern will:" ("complete all 40 placement hours by July 31"), gives nothing.
  const listed = read.concrete ? participantListed(model) : undefined;
  // "Materials roughly £25–30 a week. Who pays not decided": an amount no one has taken on.
  const undecided = each.map((r, i) => (r.concrete > 0 || r.concreteResource > 0) && PAYER_UNDECIDED.test(located.passages[i].text));
  const counts = each.map((r, i) => {
    const n = undecided[i] ? 0 : located.by === 'content' ? r.concreteResource : r.concrete;
    if (!n || !listed?.size) return n;
    return n - sentencesWithActors(located.passages[i].text).filter((x) => listed.has(x) && isConcreteCommitment(x) && (located.by !== 'content' || isResourceSentence(x))).length;
  });
  const concrete = counts.reduce((a, b) => a + b, 0);
  const why = (i: number) => (counts[i] ? 'a contribution with an amount, quantity or date' : each[i].noFunds ? 'says no funds change hands' : undefined);
  const evidence = [...evidenceWhere(titled, () => 'says no funds change hands, in its title'), ...evidenceWhere(located.passages, (_, i) => why(i))];
  // "Each party bears its own costs, except as stated" beside "$[AMOUNT] per hour": the amounts are still blanks.
  const amountBlanks = !concrete ? amountPlaceholders(input) : each.some((r) => r.money) ? [] : amountPlaceholders(input, true); // (beside hours only, "$____ per day" leaves the money to write)
  if ((noFunds || concrete) && amountBlanks.length) {
    return { evidence, status: 'weak', reason: `the amounts are still placeholders (${quoteList(amountBlanks.map((p) => p.text))})` };
  }
  if (concrete || noFunds) {
    return {
      evidence,
      status: 'present',
      reason: noFunds && !concrete ? 'says plainly that no funds change hands' : `${concrete} commitment${concrete === 1 ? '' : 's'} with an amount, quantity or date`,
    };
  }
  // A budget table in the currency its title or header names ("ANNEX A — BUDGET AND CONTRIBUTIONS (KES)" over "| … | 2,592,000 |").
  const sums = located.by === 'content' ? [] : currencyTableRows(located.passages, located.nodes.map((n) => n.heading.text));
  if (sums.length) {
    return { evidence: evidenceWhere(sums, () => 'a sum in the currency the table names'), status: 'present', reason: `${sums.length} sum${sums.length === 1 ? '' : 's'} in a budget table` };
  }
  // "The Host will contribute staff time and facilities as described in clause 3.2": read the clause it names.
  if (located.by !== 'content') {
    const mine = new Set(located.passages);
    const referred = referencedClauses(located.passages.map((p) => p.text), model).filter((p) => !mine.has(p) && passageResources(p.text).concreteResource > 0);
    if (referred.length) {
      const n = referred.reduce((a, p) => a + passageResources(p.text).concreteResource, 0);
      return {
        evidence: evidenceWhere(referred, () => 'a contribution with an amount, quantity or date, in the clause this section refers to'),
        status: 'present',
        reason: `${n} commitment${n === 1 ? '' : 's'} with an amount, quantity or date, in the clause the section refers to`,
      };
    }
  }
  // A heading is evidence, not proof: "Each Member will … pay annual dues of $2,500" under the
  // members' duties is a contribution with an amount all the same.
  if (located.by !== 'content') {
    const mine = new Set(located.passages);
    const elsewhere = model.passages.filter((p) => !mine.has(p) && p.kind !== 'heading' && (passageResources(p.text).money > 0 || passageResources(p.text).noFunds) && !targetsTableRow(model, p));
    if (elsewhere.length) {
      const money = elsewhere.map((p) => passageResources(p.text).money);
      const n = money.reduce((a, b) => a + b, 0);
      return {
        evidence: evidenceWhere(elsewhere, (_, i) => (money[i] ? 'a payment or contribution with an amount of money' : 'says no funds change hands')),
        status: 'present',
        reason: n ? `${n} commitment${n === 1 ? '' : 's'} with an amount of money, written under other headings` : 'says plainly, under another heading, that no funds change hands',
      };
    }
  }
  if (undecided.some(Boolean)) return { status: 'weak', reason: `names an amount but leaves who pays it undecided (“${PAYER_UNDECIDED.exec(located.passages[undecided.indexOf(true)].text)![0]}”)` };
  const missing = missingOf(each.flatMap((r) => r.refs), model);
  if (missing.length) return { status: 'weak', reason: `points to ${quoteList(missing)} for the amounts, but it is not in this document` };
  // Blanks for an address or a programme's name are not amounts still to write.
  if (amountBlanks.length) return { status: 'weak', reason: `the amounts are still placeholders (${quoteList(amountBlanks.map((p) => p.text))})` };
  if (each.some((r) => r.toBeAgreed)) {
    return { status: 'weak', reason: 'leaves the contributions “to be agreed” instead of stating them' };
  }
  return { status: 'weak', reason: 'mentions support but gives no amounts, quantities or dates' };
}
