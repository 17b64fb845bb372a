/** Safety protocols: named controls, not "a safe environment". */
import { firstMatch, passagesWhere } from '../block-scan';
import { blockMemo, modelMemo, type DocumentModel } from '../model';
import { INSURANCE_KEPT, PARTICIPANT_SIGNAL, SAFETY_CONTROLS, SAFETY_SIGNAL, STUDENT_SIGNAL, memo, tests } from '../signals';

/** Words about people coming to harm or being protected (beyond the section's own vocabulary). */
const PERSONAL_SAFETY = /\b(?:safe|safely|harm\w*|injur\w*|emergenc\w*|hazard\w*|abuse\w*|welfare|well-?being|protect\w* (?:of )?(?:students|children|minors|participants|people|staff|volunteers|youth)|risk\w* to|first aid|medical)\b/i;
import { evidenceWhere, sectionMemo, type Judgement, type SubstanceInput } from './common';
import type { Passage } from '../types';
import { withoutBlanks } from '../placeholders';
import { matchHeading } from '../title-match';
import { firstAtOrAfter } from '../sections';

/**
 * Supervision a party says it does not take on: "has no role in supervising students", "is not responsible for
 * supervising", "volunteers do not supervise unaccompanied children". (Supervision written as a limit, "will not supervise
 * more than eight students", is a control; so is a decision about background checks, "volunteers are not required to
 * undergo one", as a careful reader weighs it beside what the text asks instead.)
 */
const DISCLAIMED = /\b(?:(?:has|have|bears?|takes?|assumes?|plays?) no (?:role|responsibility|part|duty|obligation)s?\s+(?:in|for)|(?:(?:is|are) not|will not be|shall not be) (?:responsible|liable) for|(?:will|shall|does|do|need) not(?: be (?:responsible|required) (?:for|to))?|(?:(?:is|are) not|will not be) required to)\s+(?:[\w-]+\s+){0,2}?(?:supervis\w*|chaperon\w*)\b(?!\s+(?:more|over|alone|unless|except|without)\b)[^.;]{0,40}/gi;

/**
 * The safety controls a text names, not in its blanks ("[Describe supervision ratios, background check requirements…]",
 * "limits of not less than $[LIMIT]"); memoised: a section's text repeats from keystroke to keystroke.
 */
export const safetyControls = memo((text: string): string[] => {
  const t = withoutBlanks(text).replace(DISCLAIMED, ' ');
  return SAFETY_CONTROLS.filter((c) => c.re.test(t)).map((c) => c.id);
});

/** The safety controls named in the passages `keep` accepts, wherever: each block's read once while it is unchanged, so a keystroke reads only its own. */
const controlsIn = (model: DocumentModel, key: string, keep: (p: Passage) => boolean): string[] =>
  modelMemo(model, key, () => [...new Set(model.facts.flatMap((f) => blockMemo(f, key, () => f.passages.flatMap((p) => (keep(p) ? safetyControls(p.text) : [])))))]);

/** The safety controls the whole agreement names, wherever. */
const anywhere = (model: DocumentModel): string[] => controlsIn(model, 'safety:anywhere', (p) => p.kind !== 'heading');

/** No unsupervised contact: the partner's people are never alone with the students (the guide asks for background checks before it). */
const NEVER_ALONE = /\b(?:staff|employees|volunteers|mentors|presenters|engineers|adults|personnel|representatives|visitors|hosts?)\b[^.;]{0,40}\b(?:will|shall|must|are|is|may)\s+(?:not|never)\s+(?:be\s+)?(?:left\s+)?(?:alone|unsupervised|one-to-one|one-on-one)\s+with\s+(?:any\s+|the\s+)?(?:students?|pupils?|children|young people|minors|learners)\b|\bno unsupervised (?:contact|access)\b|\bat no (?:time|point)\b[^.;]{0,60}\b(?:alone|unsupervised)\s+with\s+(?:any\s+|the\s+)?(?:students?|pupils?|children|young people|minors)\b/i;
const neverAlone = (model: DocumentModel): boolean => modelMemo(model, 'safety:never-alone', () => !!firstMatch(model, NEVER_ALONE));

/** A Google Docs comment exported after the text ("**[b]**Andre Whitfield: principals asked whether…"): a reviewer's note, no term. */
const DOCS_COMMENT = /^\W*\[[a-z]{1,2}\]/;
/** The safety controls named anywhere in passages about the people who take part (not a Google Docs comment, "**[b]**Andre: …"). */
const aboutParticipants = (model: DocumentModel): string[] =>
  controlsIn(model, 'safety:about-participants', (p) => p.kind !== 'heading' && !DOCS_COMMENT.test(p.text) && (STUDENT_SIGNAL.test(p.text) || PARTICIPANT_SIGNAL.test(p.text)));

const CONTROLS_BESIDE_CHECKS = ['supervision', 'check-ins', 'incident-reporting', 'insurance', 'permission'];

export function judgeSafety(input: SubstanceInput): Judgement {
  const { located } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  // Read passage by passage (each memoised), and again only when one of them changed (sectionMemo).
  const { here, found: foundHere, says } = sectionMemo('safety', located.passages, () => {
    // (…nor a template's instruction, "*Summarise the safeguarding arrangements, including background checks…*": a blank.)
    const texts = located.passages.map((p) => (DOCS_COMMENT.test(p.text) || input.model.placeholders.some((x) => x.start === p.start && x.end === p.end) ? '' : p.text));
    const here = texts.map(safetyControls);
    const named = new Set(here.flat());
    // ("Brightwater … has no role in supervising students" says what it does not do.)
    const undisclaimed = texts.map((t) => t.replace(DISCLAIMED, ' '));
    const anyText = (re: RegExp) => undisclaimed.some(tests(re));
    return {
      here,
      found: SAFETY_CONTROLS.map((c) => c.id).filter((id) => named.has(id)),
      says: { safety: anyText(SAFETY_SIGNAL), personal: anyText(PERSONAL_SAFETY), insurance: anyText(INSURANCE_KEPT) },
    };
  });
  const labels = (ids: string[]) => ids.map((id) => SAFETY_CONTROLS.find((c) => c.id === id)!.label);
  const found = [...foundHere];
  let evidence = evidenceWhere(located.passages, (_, i) => (here[i].length ? `names ${labels(here[i]).join(', ')}` : undefined));
  // A heading is evidence, not proof: controls written under other headings ("**Checks.** … Enhanced
  // DBS check", a Code of Conduct's "Two adults, always") count for a titled section too.
  if (located.by !== 'content' && found.length < SAFETY_CONTROLS.length) {
    const mine = new Set(located.passages);
    const others = passagesWhere(input.model, tests(SAFETY_SIGNAL)).filter((p) => !mine.has(p) && !DOCS_COMMENT.test(p.text) && safetyControls(p.text).length > 0);
    const more = [...new Set(others.flatMap((p) => safetyControls(p.text)))].filter((id) => !found.includes(id));
    if (more.length) {
      found.push(...more);
      evidence = [...evidence, ...evidenceWhere(others, (p) => `names ${labels(safetyControls(p.text)).join(', ')}, under another heading`)].slice(0, 6);
    }
  }
  // Students, minors or interns take part: background checks and supervision (or check-ins) are not optional.
  // (…not when the only sign is mentoring among adults: "Sprints are open to members of the public aged 18 or over".)
  const signal = found.length ? studentsInvolved(input.model) : '';
  const students = signal && adultsOnly(input.model) && !/\b(?:students?|pupils?|minors?|learners?)\b/i.test(signal) ? '' : signal;
  if (found.length >= 1) {
    // (…wherever the agreement requires them: "Foundation personnel shall hold a current NBI clearance" among a party's
    // duties, a faculty coordinator's fortnightly review with each intern among the Institute's.)
    if (students && !(found.includes('background-checks') && (found.includes('supervision') || found.includes('check-ins')))) {
      // (With one control in the section, only passages that speak of the people taking part count, not a reviewer's comment.)
      const more = (found.length >= 2 ? anywhere(input.model) : aboutParticipants(input.model)).filter((id) => !found.includes(id) && (id === 'background-checks' || id === 'supervision' || id === 'check-ins'));
      if (more.length) {
        found.push(...more);
        evidence = [...evidence, ...evidenceWhere(passagesWhere(input.model, (t) => safetyControls(t).some((id) => more.includes(id))).slice(0, 2), (p) => `names ${labels(safetyControls(p.text).filter((id) => more.includes(id))).join(', ')}, elsewhere in the agreement`)].slice(0, 6);
      }
    }
  }
  if (found.length >= 2) {
    const lacking = [
      // (Checks of adults who work with young people: not asked for when the participants are all adults, nor when
      // the partner's people are never alone with them: "Harrowgate staff will not be left alone with students at any time".)
      !found.includes('background-checks') && !adultsOnly(input.model) && !neverAlone(input.model) ? 'background checks' : '',
      !found.includes('supervision') && !found.includes('check-ins') ? 'supervision or school-side check-ins' : '',
    ].filter(Boolean);
    // (University students on an exchange or a study tour are adults abroad, not pupils in someone's care.)
    // (Three controls of their own — supervision or check-ins, incident reporting, insurance, permission — name how the
    // young people are kept safe, background checks or not: "students remain with an assigned staff member at all times …
    // No more than two students in any one department … reported the same day".)
    const others = found.filter((id) => CONTROLS_BESIDE_CHECKS.includes(id));
    if (students && lacking.length === 1 && lacking[0] === 'background checks' && others.length >= 3) {
      return { evidence, status: 'present', reason: `names ${labels(found).join(', ')} (no background checks are asked for)` };
    }
    if (students && lacking.length && !universityStudents(input.model)) {
      return { evidence, status: 'weak', reason: `students take part (“${students}”), but it does not require ${lacking.join(' or ')}` };
    }
    return { evidence, status: 'present', reason: `names ${labels(found).join(', ')}` };
  }
  // "Compliance Safeguards" over tax rules: a heading is evidence, not proof; nothing here is about people's safety.
  const headings = located.nodes.map((n) => n.heading.text).join('\n');
  if (found.length === 0 && !SAFETY_SIGNAL.test(headings) && !PERSONAL_SAFETY.test(headings) && !says.safety && !says.personal && !says.insurance) {
    const disclaimer = located.passages.map((p) => p.text.match(DISCLAIMED)?.[0]).find(Boolean);
    if (disclaimer) return { status: 'missing', reason: `says only what a party does not take on (“${disclaimer.trim()}”), not how anyone is kept safe` };
    return { status: 'missing', reason: `“${located.nodes[0]?.heading.text ?? 'this text'}” is not about keeping people safe` };
  }
  const missing = labels(['background-checks', 'supervision', 'incident-reporting'].filter((id) => !found.includes(id)));
  // A floor on insurance is a control a reader can check; when no students or minors take part it is enough.
  if (found.length === 1 && found[0] === 'insurance' && participants(input.model).who !== 'students') {
    return { evidence, status: 'present', reason: 'names an insurance minimum' };
  }
  if (found.length === 0 && says.insurance) {
    return { evidence, status: 'weak', reason: 'says insurance is kept but names no minimum or other control' };
  }
  if (found.length === 1) return { evidence, status: 'weak', reason: `names only ${labels(found)[0]}; also say how ${missing.join(' and ')} work` };
  return { evidence, status: 'weak', reason: `promises safety in general terms but names no controls (${missing.join(', ')})` };
}

/** The word that shows students, minors or interns take part, or '' when none do. */
export function studentsInvolved(model: DocumentModel): string {
  // "Externs are adults …; no students take part in this program": when the text first speaks of
  // students to say none take part, none do. (One pass: the first mention, either way.)
  const first = firstMatch(model, STUDENTS_OR_NONE) ?? '';
  return NONE_FIRST.test(first) || onlyInOutcomes(model) ? '' : first;
}

const SPEAKS_OF_STUDENTS = (t: string): boolean => STUDENT_SIGNAL.test(t);
/** Students named only in what the partnership hopes for ("students at the College become more aware of careers", under "Expected outcomes") take no part. */
const onlyInOutcomes = (model: DocumentModel): boolean =>
  modelMemo(model, 'safety:students-only-in-outcomes', () => {
    const ps = passagesWhere(model, SPEAKS_OF_STUDENTS);
    if (!ps.length || ps.length > 6) return false;
    return ps.every((p) => {
      const h = model.headings[firstAtOrAfter(model.headings, p.start) - 1];
      return !!h && p.kind !== 'heading' && matchHeading(h.text).some((m) => m.id === 'intended-outcomes' && !m.territory);
    });
  });

/** "Only participants who are at least eighteen (18) years old…", "Interns must be 18 or older": no minors take part. */
const ADULT_PARTICIPANTS = /\b(?:participants?|students?|interns?|trainees?|attendees?|apprentices?|externs?|learners?|members of the public|volunteers?)\b[^.;]{0,60}\b(?:(?:at least|aged|over the age of)\s+(?:eighteen\s*\(18\)|18|eighteen)(?!\s*(?:or|and)\s+(?:under|younger|below))|(?:18|eighteen)\s+(?:years\s+)?(?:of age\s+)?(?:or|and)\s+(?:older|over|above))\b|\b(?:do|does|will|shall) not (?:admit|recruit|enrol|enroll|accept|register)\s+(?:anyone |any (?:person|persons|one|applicant|participant)s? )?(?:under[- ]18s?|under (?:the age of )?(?:18|eighteen)|below (?:the age of )?(?:18|eighteen)|minors)\b|\b(?:persons?|people|youths?|young people|participants?|trainees?)\s+aged\s+(?:1[89]|2\d)\s*(?:-|–|to)\s*\d{2}\b/i;
const adultsOnly = (model: DocumentModel): boolean => firstMatch(model, ADULT_PARTICIPANTS) !== undefined;

/** Students at university level ("exchange students", "undergraduate students"), with no word anywhere of minors or schools: adults. */
const TERTIARY_STUDENTS = /\b(?:undergraduate|postgraduate|graduate|doctoral|master['’]?s|exchange|university|degree)\s+students?\b/i;
const MINORS = /\b(?:minors?|pupils?|children|child|schoolchildren|under (?:the age of )?(?:18|eighteen)|high[- ]schools?|secondary schools?|middle schools?|elementary|primary schools?|K-12|grades? \d{1,2}(?:\s*(?:-|–|to|through)\s*\d{1,2})?\s+(?:students?|pupils?|learners?|class\w*)|\d{1,2}(?:st|nd|rd|th)[- ]grade\w*|youth|teen\w*|juveniles?|parents?|guardians?)\b/i;
const universityStudents = (model: DocumentModel): boolean => firstMatch(model, TERTIARY_STUDENTS) !== undefined && firstMatch(model, MINORS) === undefined;

/** An agreement that says no students or minors take part. */
const NO_STUDENTS = /\bno (?:students?|minors?|children|pupils?|young people|youth)\s+(?:will\s+|shall\s+|may\s+)?(?:take part|takes part|participate|participates|are involved|is involved|attend|are present)\b|\b(?:does|do|will|shall) not involve (?:any )?(?:students?|minors?|children|pupils?|young people)\b/i;
const STUDENTS_OR_NONE = new RegExp(`${NO_STUDENTS.source}|${STUDENT_SIGNAL.source}`, 'i');
const NONE_FIRST = /^(?:no|does|do|will|shall)\s/i;

/**
 * Who takes part in the agreement's activities: students or minors (school safeguarding applies),
 * other people (volunteers, attendees, the public, patients), or nobody (a data-use agreement, a
 * fiscal sponsorship), with the word that shows it.
 */
export function participants(model: DocumentModel): { who: 'students' | 'people' | 'nobody'; word: string } {
  const students = studentsInvolved(model);
  if (students) return { who: 'students', word: students };
  const people = firstMatch(model, PARTICIPANT_SIGNAL);
  // "volunteer mentors" → "volunteers": the message speaks of people.
  return people ? { who: 'people', word: /s$|public|residents/i.test(people) ? people : `${people}s` } : { who: 'nobody', word: '' };
}
