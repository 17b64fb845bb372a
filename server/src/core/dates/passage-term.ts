/**
 * What one passage says about the term: its dates and whether each is a start or an end, a length
 * ("for two (2) years", "Term: 12 months"; not a notice or a period after the term ends), an academic
 * year, "on signature", an open end, renewal (automatic unless denied, or by agreement), review
 * cadence, the notice to end it, and labelled dates that cannot be read. Pure, memoised per text.
 */
import { findPlaceholders } from '../placeholders';
import { memo } from '../signals';
import { dateProblemsIn, datesIn, dayOf, monthNumber, wordNumber, type Day, type DateMention, type DateProblem } from './find';
import { noticeIn, type Notice } from './notice';

export const TERM_CONTEXT = /\b(?:(?:agreement |term |placement |externship |internship |contract |project |loan |hire |membership )?period(?=\s*[*_]*\s*[:：])|runs?\s+(?:from|until|through|to|for)|(?:has|have|shall have|takes?|take) effect|lasts?|ends on|covers the|made on|entered into|dated|effective|commenc\w*|term|expir\w*|terminat\w*|in (?:full )?(?:force|effect)|renew\w*|duration|begin\w*|valid|end date|start date|period of (?:this|the) (?:agreement|mou|memorandum))\b/i;
const START_WORDS = /\b(?:effective|commenc\w*|begin\w*|start\w*|from|as of|takes?\s+effect(?:\s+on)?|comes?\s+into\s+(?:force|effect)(?:\s+on)?)\b/gi;
/** The date the agreement was made: its start when it states no other. */
const MADE_WORDS = /\b(?:entered into|dated|made|signed|executed)(?:\s+(?:on|as of))?\s*(?:this\s+|the\s+)?$/i;
const END_WORDS = /\b(?:expir\w*|terminat\w*|ends?|ending|end date|until|through|thru|conclud\w*|no later than)\b|\s(?:to|–|—|-)\s*(?:the\s+)?$/gi;
const ON_SIGNING = /\b(?:effective|takes? effect|in (?:force|effect) from|comes? into (?:force|effect))\b[^.]{0,60}\b(?:signature|signing|signed|execution|executed)\b|\b(?:signature|signing|execution)\b[^.]{0,40}\b(?:effective|takes? effect)\b|\bfrom (?:the )?(?:date of (?:its |the last |final )?(?:signature|signing|execution)|(?:date|day) (?:it is|this [\w ]{1,30} is) (?:signed|executed))\b/i;
const OPEN_END = /\b(?:until|unless)\s+(?:it is\s+)?(?:modified\s+or\s+)?(?:terminated|ended|cancelled|canceled)\b(?!\s+(?:earlier|sooner|early|before))|\buntil\s+(?:its\s+)?(?:modification\s+or\s+)?termination\b|\bremain(?:s)? in (?:full )?(?:force|effect) (?:indefinitely|until (?:either|one|a) party)/i;
const COUNT = '(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|\\d{1,2})';
const LENGTH = new RegExp(`\\b(?:for|of)\\s+(?:a\\s+(?:period|term)\\s+of\\s+|an?\\s+(?:initial\\s+)?(?:period|term)\\s+of\\s+)?${COUNT}\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:full\\s+|academic\\s+|school\\s+|calendar\\s+)?(years?|months?)\\b`, 'i');
const LENGTH_FROM = new RegExp(`\\b${COUNT}\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:full\\s+|academic\\s+|school\\s+|calendar\\s+)?(years?|months?)\\s+(?:from|after|beginning|starting|commencing)\\b`, 'i');
const ACADEMIC_YEAR = /\b(?:academic|school)\s+years?\s+(20\d\d)\s*[–—/-]\s*(?:20)?(\d\d)\b|\b(20\d\d)\s*[–—/-]\s*(?:20)?(\d\d)\s+(?:academic|school)\s+years?\b/i;
const SINGLE_YEAR = /\bthe\s+(20\d\d)\s+(?:academic|school)\s+year\b|\b(?:academic|school)\s+year\s+(20\d\d)\b(?!\s*[–—/-]\s*\d)/i;
const AUTO_RENEW = /\b(?:automatic(?:ally)?\s+renew\w*|renew\w*\s+automatically|auto-?renew\w*|(?:shall|will)\s+renew\s+for\s+(?:successive|additional|further))\b/gi;
/** "will not be automatically renewed", "without automatic renewal": the opposite of an automatic renewal. */
const NEGATED = /\b(?:not|never|no|without)\s+(?:be\s+)?$/i;
/** A period after the term ends ("confidential for 3 years following the Term", "for one year post-termination"): not the term. */
const AFTER_TERM = /^\s*(?:\([^)]*\)\s*)?(?:following|after|beyond|post-?|from\s+(?:the\s+)?(?:date\s+of\s+)?(?:termination|expir))\s*(?:the\s+|its\s+|any\s+|such\s+)?(?:term\b|terminat|expir|end\b|conclusion)/i;
const RENEW_BY_AGREEMENT = /\b(?:may\s+be\s+(?:renewed|extended)|renew\w*\s+(?:by|upon|on|with|through)\s+(?:the\s+)?(?:mutual|written|a\s+written)|extended\s+by\s+(?:mutual|written)|renewal\s+(?:requires|shall require|will require)|option to renew)\b/i;
const REVIEW = /\b(?:review\w*|evaluat\w*|revisit\w*|assess\w*)\b/i;
const CADENCE: Array<[RegExp, number]> = [
  [/\b(?:quarterly|each quarter|every (?:three|3) months)\b/i, 3],
  [/\b(?:twice (?:a|each|per) year|semi-?annual\w*|bi-?annual\w*|each (?:semester|term)|every (?:six|6) months)\b/i, 6],
  [/\b(?:(?:each|every)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|annual\w*|each year|every year|yearly|once (?:a|each|per) year|each (?:academic|school|fiscal) year|every (?:twelve|12) months|per year)\b/i, 12],
  [/\b(?:every (?:two|2) years|biennial\w*)\b/i, 24],
];
const LABEL = /(?:^|\n)\s*(?:[-*]\s+)?(?:\*\*)?(effective date|start date|commencement date|end date|expiration date|expiry date|termination date)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*([^\n]+)/gi;

export interface PassageTerm {
  dates: DateMention[];
  problems: DateProblem[];
  /** For each date: read as a start, an end, or neither (a deadline, a signature). */
  roles: Array<'start' | 'end' | 'made' | undefined>;
  length?: { months: number; text: string };
  academicYear?: { start: Day; end: Day; text: string; single?: boolean };
  onSigning: boolean;
  openEnd?: string;
  renewal?: { kind: 'automatic' | 'by-agreement'; text: string };
  review?: { months?: number; month?: number; text: string };
  notice?: Notice;
  unreadable: string[];
}

function readPassage(text: string): PassageTerm {
  const dates = datesIn(text);
  const problems = dateProblemsIn(text);
  const context = TERM_CONTEXT.test(text);
  const roles = dates.map((d) => (context ? roleOf(text, d) : undefined));
  const out: PassageTerm = { dates, problems, roles, onSigning: context && ON_SIGNING.test(text), unreadable: [] };
  if (context) {
    const l = termLength(text);
    if (l) {
      const n = /^\d+$/.test(l[1]) ? +l[1] : wordNumber(l[1].replace(/-/g, ' ').replace('twenty four', 'twenty-four').replace('thirty six', 'thirty-six'));
      if (n) out.length = { months: n * (/^year/i.test(l[2]) ? 12 : 1), text: l[0] };
    }
    const o = OPEN_END.exec(text);
    if (o) out.openEnd = o[0];
    const a = automaticRenewal(text);
    const b = a ? undefined : RENEW_BY_AGREEMENT.exec(text) ?? undefined;
    if (a) out.renewal = { kind: 'automatic', text: a[0] };
    else if (b) out.renewal = { kind: 'by-agreement', text: b[0] };
  }
  const ay = ACADEMIC_YEAR.exec(text);
  if (ay) {
    const y = +(ay[1] ?? ay[3]);
    const y2 = 2000 + +(ay[2] ?? ay[4]);
    if (y2 === y + 1) out.academicYear = { start: dayOf(y, 7, 1), end: dayOf(y2, 6, 30), text: ay[0] };
  } else {
    // "the 2025 school year": a calendar year where school years are (southern hemisphere), a year
    // from July elsewhere. Read as both allow: from 1 January to 30 June of the next year, so that
    // no reading finds it over before it is.
    const one = SINGLE_YEAR.exec(text);
    const y = one ? +(one[1] ?? one[2]) : 0;
    if (y) out.academicYear = { start: dayOf(y, 1, 1), end: dayOf(y + 1, 6, 30), text: one![0], single: true };
  }
  if (REVIEW.test(text)) {
    const cadence = CADENCE.find(([re]) => re.test(text));
    const about = /\b(?:agreement|mou|memorandum|partnership|this|terms|program|programme|outcomes|progress|results|year)\b/i.test(text);
    const said = cadence ? cadence[0].exec(text)![0] : REVIEW.exec(text)![0];
    const month = /^(?:each|every)\s+(\w+)$/i.exec(said);
    if (about) out.review = { months: cadence?.[1], ...(month && monthNumber(month[1]) ? { month: monthNumber(month[1]) } : {}), text: said };
  }
  const notice = noticeIn(text);
  if (notice) out.notice = notice;
  LABEL.lastIndex = 0;
  const labelled = /date/i.test(text); // (every label LABEL reads ends in "date")
  for (let m; labelled && (m = LABEL.exec(text)); ) {
    const value = m[2].replace(/\*\*/g, '').trim();
    const at = m.index + m[0].length - m[2].length;
    const read = dates.some((d) => d.start >= at - 2 && d.start < at + m![2].length) || problems.some((p) => p.start >= at - 2 && p.start < at + m![2].length);
    if (!read && /\d/.test(value) && findPlaceholders(value).length === 0) out.unreadable.push(value);
  }
  return out;
}

/** "a one year term", "a two-year term"; a label "Term: 12 months". */
const LENGTH_TERM = new RegExp(`\\b${COUNT}\\s*(?:\\(\\d{1,2}\\)\\s*)?[- ](years?|months?)[- ](?:initial\\s+)?term\\b`, 'i');
const LENGTH_LABEL = new RegExp(`\\bterm\\s*[:：]\\s*${COUNT}\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:full\\s+|academic\\s+|school\\s+|calendar\\s+)?(years?|months?)\\b`, 'i');
const LENGTHS = [LENGTH, LENGTH_FROM, LENGTH_TERM, LENGTH_LABEL].map((re) => new RegExp(re.source, 'gi'));

/** The first length that is the term's: not a notice period, not a period after the term ends. */
function termLength(text: string): RegExpExecArray | undefined {
  for (const g of LENGTHS) {
    g.lastIndex = 0;
    for (let l; (l = g.exec(text)); ) {
      const after = text.slice(l.index + l[0].length, l.index + l[0].length + 40);
      if (/\bnotice\b/i.test(after.slice(0, 20)) || AFTER_TERM.test(after)) continue;
      return l;
    }
  }
  return undefined;
}

/** An automatic renewal that is not denied ("will not be automatically renewed"). */
function automaticRenewal(text: string): RegExpExecArray | undefined {
  AUTO_RENEW.lastIndex = 0;
  for (let a; (a = AUTO_RENEW.exec(text)); ) {
    if (!NEGATED.test(text.slice(Math.max(0, a.index - 20), a.index))) return a;
  }
  return undefined;
}

/** Start or end: the nearest term word before the date (in its sentence) decides. */
function roleOf(text: string, d: DateMention): 'start' | 'end' | 'made' | undefined {
  // '… entered into on 11 September 2024 (the "Effective Date")': the date the text defines as the start.
  if (/^\s*\(\s*(?:the\s+)?["“”'‘’]*\s*effective\s+date\b/i.test(text.slice(d.end, d.end + 30))) return 'start';
  const before = text.slice(Math.max(0, d.start - 90), d.start).split(/[.;!?]\s/).pop() ?? '';
  if (MADE_WORDS.test(before)) return 'made';
  const last = (re: RegExp) => {
    let at = -1;
    re.lastIndex = 0;
    for (let m; (m = re.exec(before)); ) at = m.index + m[0].length;
    return at;
  };
  const s = last(START_WORDS);
  const e = last(END_WORDS);
  // "Period: 3 February 2026 to 10 April 2026", "Term: 1 May 2027": a labelled term starts on its (first) date.
  if (s < 0 && e < 0) return /\b(?:term|period|duration)\s*[*_]*\s*[:：]\s*$/i.test(before) ? 'start' : undefined;
  return e > s ? 'end' : 'start';
}

/** What one passage says about the term (per text, memoised). */
export const passageTerm = memo(readPassage, 20_000);
