/** Intended outcomes: a measure, a target and a period. */
import { MEASURE_TARGET, OUTCOME_AIM, OUTCOME_SIGNAL, PAGE_LINE, PERIOD, SERVICE_LEVEL, memo, outcomeSignal, sentences } from '../signals';
import { passagesWhere } from '../block-scan';
import { findPlaceholders, withoutBlanks } from '../placeholders';
import { evidenceWhere, placeholdersIn, quoteList, type Judgement, type SubstanceInput } from './common';

/** How often people meet, not what the partnership achieves: "A Program Committee of at least one representative of each party will meet each term". */
const MEETS = /\b(?:committee|steering group|working group|board|representatives?|coordinators?|co-ordinators?|parties)\b[^.]{0,80}\b(?:will|shall) meet\b|\b(?:will|shall) meet (?:at least )?(?:once|twice|\w+ times|each|every|quarterly|monthly|annually|termly|weekly)\b/i;

/** A form's note in brackets to whoever fills it in: "*(list at least two goals, each with a measure and a target)*". */
const FORM_NOTE = /\((?:list|describe|enter|insert|add|state|specify|fill in)\b[^()]*\)/gi;

/** When the parties meet or review the work: its date is no outcome's period. */
const REVIEW_MEETING = /\b(?:will|shall)\s+(?:meet|confer|review|revisit)\b/i;

/** A note to whoever fills in the form ("*Guidance: list 2–3 measurable outcomes with a target (e.g., "80% of…")*"): its examples are no targets. */
const DRAFTING_NOTE = /^[\s*_>]*(?:guidance|drafting note|note to (?:the )?drafters?|instructions?|hint|tip)\s*[:–—-]/i;

/** The target sentences of one passage, and whether it names a period anywhere (memoised per text). */
const targetsOf = memo((text: string): { targets: string[]; outcomeTargets: string[]; period: boolean; targetPeriod: boolean; outcomePeriod: boolean } => {
  if (DRAFTING_NOTE.test(text)) return { targets: [], outcomeTargets: [], period: false, targetPeriod: false, outcomePeriod: false };
  // (Not a sentence inside a note to the drafter: "[Optional: add targets, e.g. "80% of mentees…"]".)
  const blanks = findPlaceholders(text);
  const inBlank = (s: string) => blanks.length > 0 && blanks.some((b) => text.indexOf(s) >= b.start && text.indexOf(s) < b.end);
  const targets = sentences(text).filter((s) => MEASURE_TARGET.test(s.replace(FORM_NOTE, ' ')) && findPlaceholders(s).length === 0 && !inBlank(s) && !MEETS.test(s));
  // Found by content only: the target itself must speak of an outcome ("100 hours of training" is an input).
  // …and not a service level ("operate the Platform with a target availability of 99.0% per month").
  // (…or the passage's first line introduces them: "14. The Parties intend that the Pathway achieve the following results, …:".)
  const lead = text.split('\n', 1)[0];
  const introduced = /:\s*$/.test(lead) && OUTCOME_SIGNAL.test(lead);
  const outcomeTargets = targets.filter((s) => (introduced || OUTCOME_SIGNAL.test(s) || OUTCOME_AIM.test(s)) && !SERVICE_LEVEL.test(s));
  return {
    targets,
    outcomeTargets,
    // (Not when the parties meet to review the work: "The Directors will meet at the end of each school year to review enrolment".)
    period: PERIOD.test(text) && sentences(text).some((s) => PERIOD.test(s) && !REVIEW_MEETING.test(s)),
    targetPeriod: targets.some((s) => PERIOD.test(s)),
    outcomePeriod: outcomeTargets.some((s) => PERIOD.test(s)),
  };
});

/** Outcomes with a target, when a period is given for them (in the sentence or once for the whole section), over passages read one by one. */
export function measurableOutcomes(texts: string[], aboutOutcomes = false): string[] {
  const each = texts.map(targetsOf);
  const targets = each.flatMap((e) => (aboutOutcomes ? e.outcomeTargets : e.targets));
  if (each.some((e) => (aboutOutcomes ? e.outcomePeriod : e.targetPeriod))) return targets;
  return each.some((e) => e.period) ? targets : [];
}

/** A table row's cells ("Goal | 2024 result | 2025 target"), from a markdown row or a line of an HTML table's text. */
const cellsOf = (row: string): string[] => row.split('|').map((c) => c.trim()).filter(Boolean);
/** A header that names targets with their period: "2025 target", "Target by 31 Dec 2027", "Week 12 target". */
const TARGET_HEADER = /\b(?:targets?|goals?)\b/i;
const HEADER_PERIOD = /\b20\d\d\b|\b(?:week|month|year|term|semester|quarter)\s+\d{1,2}\b/i;
/** A header cell over each row's period: "Period", "By when", "Timeframe", "Due". */
const PERIOD_HEADER = /^(?:period|by when|by|when|timeframe|time ?frame|timing|timeline|timescale|dates?|due(?: date)?|deadline|target date|year|cohorts?)$/i;

/** Rows of a table whose header names a target and its period, with a number in a cell after the first: outcomes with targets. */
function tableTargets(passages: ReadonlyArray<{ text: string; kind?: string }>): string[] {
  // (A passage that is no table: '' between tables, or its own text when it gives the period of the table under it,
  // "By September 30, 2025 the Center will send GPPL a short report with:" over "| Measure | Target |".)
  // (…nor a PDF's running footer between a table's header and the rest of it on the next page.)
  const rows = passages.flatMap((p) => (p.kind === 'tableRow' ? [p.text] : p.text.includes(' | ') ? p.text.split('\n').filter((l) => l.includes('|')) : PAGE_LINE.test(p.text.trim()) ? [] : [/:\s*$/.test(p.text) && PERIOD.test(p.text) ? p.text : '']));
  const out: string[] = [];
  let header: string[] | undefined;
  let periodAbove = false;
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length < 2) {
      header = undefined;
      periodAbove = row !== '';
      continue;
    }
    // ("| Measure | Baseline | Target | Period |": the period in a column of its own.)
    const periodColumn = cells.some((c) => PERIOD_HEADER.test(c));
    const target = cells.findIndex((c) => TARGET_HEADER.test(c) && (HEADER_PERIOD.test(c) || PERIOD.test(c) || periodColumn || periodAbove));
    if (target > 0 && !/\d/.test(cells[0])) {
      header = cells;
      continue;
    }
    // (A number inside a blank, "{{measure_1}}", is no target.)
    if (header && cells.slice(1).some((c) => /\d/.test(c) && /\d/.test(withoutBlanks(c)))) out.push(row);
  }
  return out;
}

export function judgeOutcomes(input: SubstanceInput): Judgement {
  const { located } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  // (A table row read as a sentence and as a row is one outcome.)
  const measurable = [...new Set([...measurableOutcomes(located.passages.map((p) => p.text), located.by !== 'title'), ...tableTargets(located.passages)])];
  const ph = placeholdersIn(input);
  if (measurable.length >= 1) {
    const evidence = evidenceWhere(located.passages, (p) => (measurableOutcomes([p.text], located.by !== 'title').length > 0 || tableTargets([p]).length > 0 ? 'an outcome with a target and a period' : undefined));
    return {
      evidence, status: 'present', reason: `${measurable.length} outcome${measurable.length === 1 ? '' : 's'} with a target and a period` };
  }
  if (ph.length) return { status: 'weak', reason: `the outcomes are still placeholders (${quoteList(ph.map((p) => p.text))})` };
  // A heading is evidence, not proof: a table of targets under another heading ("Ambition | Baseline | Target (2026/27)") counts.
  const mine = new Set(located.passages);
  const others = input.model.passages.filter((p) => !mine.has(p) && (p.kind === 'tableRow' || p.text.includes(' | ')));
  // (…and so does a goal with its target and period written under another heading: "The District's stated goal … from
  // 18 percent (class of 2024 baseline) to 30 percent for the class of 2027".)
  const elsewhere = others.length ? tableTargets(others) : [];
  const goals = !elsewhere.length && located.by === 'title' ? passagesWhere(input.model, outcomeSignal).filter((p) => !mine.has(p) && measurableOutcomes([p.text], true).length) : [];
  if (goals.length) return { evidence: evidenceWhere(goals, () => 'an outcome with a target and a period, under another heading'), status: 'present', reason: `${goals.length} outcome${goals.length === 1 ? '' : 's'} with a target and a period, written under another heading` };
  if (elsewhere.length) {
    const rows = new Set(elsewhere);
    const evidence = evidenceWhere(others, (p) => (p.text.split('\n').some((l) => rows.has(l)) || rows.has(p.text) ? 'an outcome with a target and a period, under another heading' : undefined));
    return { evidence, status: 'present', reason: `${elsewhere.length} outcome${elsewhere.length === 1 ? '' : 's'} with a target and a period, written under another heading` };
  }
  // "The parties aim for at least 25 students to complete…", with no year or date: a target with no period to meet it by.
  const target = located.passages.flatMap((p) => targetsOf(p.text).outcomeTargets)[0];
  if (target) return { status: 'weak', reason: `sets a target (“${target.trim().slice(0, 80)}${target.trim().length > 80 ? '…' : ''}”) but no period or date to meet it by` };
  if (located.by === 'territory') return { status: 'weak', reason: 'states aims but no measure, target or period to judge them by' };
  return { status: 'weak', reason: 'names goals but no targets or dates to check them against' };
}
