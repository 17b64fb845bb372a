/** Is this markdown file an agreement? Front matter, title and vocabulary decide; a README that mentions "partnership" once is not one. */
import { parse as parseYaml } from 'yaml';
import { firstMatch } from './block-scan';
import { blockMemo, type DocumentModel } from './model';
import { contentsOnly, LETTER_ACCEPTANCE, LETTER_TERMS, letterSubject, shorten, SIGNING_BINDS, signingSides, titleBlock, titleSecondLine } from './document-shape';
import { memo } from './signals';
import { NEWS_WRITING, newsMarks, REPORTAGE, WEB_PAGE } from './news';
import { startingIn } from './sections';
import type { Heading, Span } from './types';
import { ABOUT_AGREEMENTS, AGREEMENTS_IF_FUNDED, GENRE_ABOUT, GENRE_NOT, HEAD_GENRE, HEAD_GENRE_ANY, MODEL_TITLE, PROPOSAL_OR_RECORD, TITLE_CERTAIN, TITLE_CHARTER, TITLE_NOT, TITLE_STRONG, TITLE_WEAK } from './genres';

const VOCABULARY: RegExp[] = [
  /\bthe parties\b/i, /\bhereinafter\b/i, /\bwhereas\b/i, /\bmemorandum\b/i, /\beffective date\b/i, /\bterminat(?:e|ion)\b/i,
  /\bsign(?:ed|ature|atures|atory|atories)\b/i, /\bshall\b/i, /\bagree(?:s|d|ment)?\b/i, /\bobligations?\b/i,
  /\bresponsibilit(?:y|ies)\b/i, /\bcommit(?:s|ment|ments)?\b/i, /\bin witness\b/i, /\bauthori[sz]ed\b/i, /\bundertak/i,
  /\bpartners?(?:hip)?\b/i, /\bterm of\b/i, /\bmutual(?:ly)?\b/i, /\bon behalf of\b/i, /\bin effect\b/i,
];

export interface AgreementSignals {
  isAgreement: boolean;
  /** Why, in a few words (for --format json and debugging). */
  reason: string;
  /** Where findings about the whole document (missing sections) are reported. */
  title: Span & { text: string };
  frontMatter?: Record<string, unknown>;
  frontMatterError?: string;
}

/**
 * How many of the agreement words the first 200,000 characters use, up to `enough` (counted per
 * block, once per distinct block; the blocks after the one that reaches `enough` are not read).
 */
function vocabularyIn(model: DocumentModel, enough: number): number {
  const used = new Set<number>();
  for (let i = 0; i < model.blocks.length && model.blocks[i].start < 200_000 && used.size < enough; i++) {
    const b = model.blocks[i];
    const words =
      b.end <= 200_000
        ? blockMemo(model.facts[i], 'vocabulary', () => vocabularyOf(b.text))
        : vocabularyOf(b.text.slice(0, 200_000 - b.start));
    for (const w of words) used.add(w);
  }
  return used.size;
}

function vocabularyOf(text: string): number[] {
  return VOCABULARY.flatMap((re, i) => (re.test(text) ? [i] : []));
}

export function readFrontMatter(model: DocumentModel): { data?: Record<string, unknown>; error?: string } {
  if (!model.frontMatter || model.frontMatter.lang !== 'yaml') return {};
  return parseFrontMatter(model.frontMatter.value);
}

/** Front matter YAML, parsed once per distinct text (it is re-read on every keystroke otherwise). */
const parseFrontMatter = memo((value: string): { data?: Record<string, unknown>; error?: string } => {
  try {
    // (Line breaks as LF: the YAML parser does not take a lone CR for one.)
    const data = parseYaml(value.replace(/\r\n?/g, '\n'), { maxAliasCount: 50, logLevel: 'error' });
    return data && typeof data === 'object' && !Array.isArray(data) ? { data: data as Record<string, unknown> } : {};
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] };
  }
}, 100);

/** The document's title: the first heading that names an agreement, else the first heading, else the first line. */
export function findTitle(model: DocumentModel): Span & { text: string } {
  const early = startingIn(model.headings, 0, 4000).filter((h) => h.level <= 7);
  const pick: Heading | undefined = early.find((h) => TITLE_STRONG.test(h.text) || TITLE_WEAK.test(h.text)) ?? model.headings[0];
  const firstPassage = model.passages[0];
  if (pick && (!firstPassage || pick.start < 4000 || pick.start <= firstPassage.start)) return { start: pick.start, end: pick.end, text: pick.text };
  if (firstPassage) {
    const firstLine = firstPassage.text.split('\n')[0];
    const lineEnd = model.lines.lineEnd(model.lines.position(firstPassage.start).line);
    return { start: firstPassage.start, end: Math.max(firstPassage.start, Math.min(lineEnd, firstPassage.end)), text: firstLine };
  }
  return { start: 0, end: 0, text: '' };
}

/** What the document calls itself: front matter title, else its first heading or first line. */
function documentTitle(model: DocumentModel, fm?: Record<string, unknown>): string {
  if (typeof fm?.title === 'string' && fm.title.trim()) return fm.title;
  const h = model.headings[0];
  const p = model.passages[0];
  if (h && (!p || h.start <= p.start || model.passages.indexOf(model.passages.find((x) => x.start > h.start) ?? p) <= 3)) return h.text;
  // A first line that runs on (a PDF's letterhead and body in one line) is no title.
  const line = p ? p.text.split('\n')[0] : '';
  return line.length <= 150 ? line : '';
}

/** A title about an agreement rather than of one: "… Agreement — FAQ", "A Guide to the MOU", a group named after it ("… Partnership Agreement Steering Group"). */
const ABOUT_TITLE =
  /(?:[—–:|]|\s-)\s*(?:an?\s+|the\s+)?(?:faqs?|frequently asked questions|questions(?: and answers)?|q\s*&\s*a|overview|guide|guidance|explained|summary|fact ?sheet|instructions|tips)\s*$|\b(?:agreement|mou|moa|memorandum(?: of understanding)?|compact)\s+(?:steering (?:group|committee)|working (?:group|party)|(?:management |oversight |advisory |joint |review |implementation )?committee|task ?force|reference group|board|panel|council|team)\s*$|^(?:faqs?|(?:minutes|agenda|meeting notes)\s*[—–:|]|(?:a\s+)?guide to|about|understanding|overview of|questions about|how to|(?:chapter|module|unit|lesson)\s+[\dIVX]+\b)/i;
/** Agreements of a kind, in the plural ("Sponsored Research and Industry Collaboration Agreements"): a title about them. */
const PLURAL_KIND = /\b(?:agreements|memoranda)\b(?!\s+between)/i;
const namesAgreement = (t: string): boolean => TITLE_CERTAIN.test(t) && !ABOUT_TITLE.test(t.trim()) && !PLURAL_KIND.test(t);
/** A title that opens with a meeting's record: "Board Agenda Item 9.3 — …", "Staff Report: …", "Report to the Board — …". */
const RECORD_LEAD = /^\W*(?:(?:board|council|committee|cabinet)\s+)?(?:agenda item|staff report|report to (?:the )?(?:board|council|committee|trustees|governors))\b/i;
/** A first heading that opens with another kind of document ("Policy RES-4.12 — Sponsored Research … Agreements"). */
const GENRE_LEAD = /^\W*(?:(?:board |administrative )?policy|procedures?|guidelines?|regulations?|handbook|toolkit|newsletter|minutes|agenda|annual report|report)\b/i;

/** A page that says it is not the agreement ("It is not the agreement itself", "nothing on this page creates any obligation", a term sheet's "It is not an offer"). */
const NOT_THE_AGREEMENT = /\bnot the (?:agreement|contract|mou|memorandum)(?: itself)?\b|\b(?:it|this (?:document|page|bank|guide|toolkit|collection|template))\s+is\s+not\s+(?:an?|the)\s+(?:agreement|mou|memorandum)\b|\b(?:submitting|submission of|completing|returning|sending)\b[^.]{0,60}\b(?:does|do|will) not (?:create|constitute|form)\b|\bnothing (?:on|in) this (?:page|web ?page|site|faq|guide|summary|overview)\b|\bthis (?:policy|procedure|guide|guidance|page|toolkit|framework|handbook|term sheet|summary|outline|proposal)\b[^.]{0,40}\b(?:does|do|will) not (?:itself )?(?:create|constitute|form|establish)\b|\bit is not an offer\b|\bany obligation to negotiate\b|\bonly (?:if|when|once) a final (?:memorandum|mou|moa|agreement|contract)\b|\b(?:it|this document) (?:does|will) not itself (?:create|constitute|form|establish)\b/i;

const NOT_THE_ONE = new RegExp(NOT_THE_AGREEMENT.source, 'i');

/** A page that says it is the agreement ("This page is our agreement", "this confirmation is our agreement") or records it
 * ("This page sets out what each of us has agreed to"): the self-description counted for it and excepted from "this page". */
const THE_AGREEMENT = String.raw`(?:the|an|our) (?:agreement|memorandum|mou|moa)\b`;
const AGREED_ON_PAGE = String.raw`sets out what (?:each of us|we|both (?:of us|parties|sides)|the parties) (?:has|have) agreed\b`;
/**
 * How the text names itself: "This Memorandum of Understanding…" is one; "This policy applies…" talks
 * about one, and "these agreements" (plural) are others ("Drafting these agreements is a Year 1 milestone").
 */
const SELF_AGREEMENT = new RegExp(
  String.raw`\b(?:this|these(?!\s+(?:[\w-]+\s+)?(?:agreements|mous|moas|memoranda|contracts)\b)|the present)\s+(?:(?:partnership|collaboration|cooperation|sponsorship|data[- ](?:use|sharing)|volunteer|consortium|participation|affiliation|service|services|funding)\s+)?(?:agreements?|memorandum|mou|moa|contract|terms(?: of (?:reference|participation|partnership))?|charter|accord|compact|letter of (?:intent|agreement|understanding|commitment)|governance rules|rules of (?:the )?consortium)\b|\bthese rules\b(?=\s+(?:were|are|have been|shall be)\s+(?:adopted|agreed|approved|accepted))|\bthis (?:page|document|sheet|table|form|confirmation) (?:is|will be|becomes|serves as) ${THE_AGREEMENT}|\bthis (?:page|document|sheet|form) ${AGREED_ON_PAGE}|\bthis (?:e-?mail|letter|message|exchange) (?:to )?(?:be|serve as|stand as|is|constitutes) (?:our|an|the) agreement\b`,
  'gi',
);
const SELF_AGREEMENT_ONE = new RegExp(SELF_AGREEMENT.source, 'i');
const SELF_OTHER = new RegExp(
  String.raw`\bthese standards\b|\b(?:this|the present)\s+(?:policy|regulation|administrative regulation|rfp|request for proposals|solicitation|proposal|narrative|brochure|procedures?|guide|guidance|guideline|page(?! is ${THE_AGREEMENT}| ${AGREED_ON_PAGE})|web ?page|website|site|readme|handbook|article|post|blog|announcement|press release|newsletter|report|paper|briefing|tutorial|template guide|checklist|toolkit|faq)\b|\bthis (?:repository|repo)\b(?=\s+(?:contains|holds|is|provides|hosts|includes|has|collects|documents))`,
  'gi',
);
/** The parties as a pair: agreements bind two or more sides. */
const BILATERAL =
  /\b(?:the parties|each party|both parties|either party|neither party|all parties|the undersigned|by and between|entered into (?:by|between)|made (?:and entered into )?(?:by and )?between|hereinafter|(?:this|the) (?:mou|moa|agreement|memorandum)[^.]{0,80}\bbetween\b|I (?:agree|understand|acknowledge|will|commit)\b|(?:signed|signature)\s*[:_])/gi;
/** An amendment, addendum or variation to an agreement: "AMENDMENT NO. 1 TO THE MEMORANDUM OF UNDERSTANDING". */
const AMENDMENT_OF =
  /\b(?:amendments?|addend(?:um|a)|variation|deed of variation|extension|renewal)\b(?:\s+(?:no\.?|number)\s*\d+)?(?:[^.]|\bno\.){0,40}?\b(?:to|of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,8}?(?:agreements?|memorand(?:um|a)|mou|moa|contract|convenio|letter of (?:agreement|intent))\b/i;

/** Sentences that tell a drafter what to write ("Enter the full legal name…", "Describe the activities…"). */
const DRAFTING = /(?:^|[.!?]\s+)[[(*_]*(?:Enter|Insert|Write|List|Describe|Attach|Delete|Fill in|Give the|Name the|Explain|Summari[sz]e|Tick|Select)\b/gm;

/** What the detector counts in the text, block by block: one record per block (a keystroke looks up one, not one per pattern). */
const COUNTED = { ifFunded: AGREEMENTS_IF_FUNDED, notThe: NOT_THE_AGREEMENT, drafting: DRAFTING, selfAgreement: SELF_AGREEMENT, selfOther: SELF_OTHER, letterTerms: LETTER_TERMS, letterAcceptance: LETTER_ACCEPTANCE, webPage: WEB_PAGE, bilateral: BILATERAL, reportage: REPORTAGE, news: NEWS_WRITING, signingBinds: SIGNING_BINDS };
type Counts = Record<keyof typeof COUNTED, number>;
const PATTERNS = Object.entries(COUNTED) as Array<[keyof Counts, RegExp]>;

/** How often each pattern matches in the passages of the first 200 KB (a long annex does not change what the document is). */
function countsIn(model: DocumentModel): Counts {
  const total = Object.fromEntries(PATTERNS.map(([k]) => [k, 0])) as Counts;
  for (let i = 0; i < model.blocks.length && model.blocks[i].start < 200_000; i++) {
    const f = model.facts[i];
    const c = blockMemo(f, 'detect:counts', () => {
      const n = Object.fromEntries(PATTERNS.map(([k]) => [k, 0])) as Counts;
      for (const p of f.passages) for (const [k, re] of PATTERNS) n[k] += p.text.match(re)?.length ?? 0;
      // ("**Accepted on behalf of Eastgate High School:**" stands as a paragraph's title.)
      for (const h of f.headings) n.letterAcceptance += h.text.match(LETTER_ACCEPTANCE)?.length ?? 0;
      return n;
    });
    for (const [k] of PATTERNS) total[k] += c[k];
  }
  return total;
}

export interface AgreementEvidence {
  /** Distinct sections (core and recommended) named by a heading or label. */
  titledSections: number;
  /** Duties written down (will / shall / agrees to with who acts, or listed under a party). */
  duties: number;
}

/**
 * Is this an agreement? A score over what a careful reader weighs: what the title calls it, how
 * the text names itself ("this MOU" or "this policy"), whether it binds two sides, how many
 * duties it writes down, how many of an agreement's sections it has, and whether it reports on
 * an agreement (a web page, a press release) rather than stating one. The reason names the
 * weightiest signals in words.
 */
export function detectAgreement(model: DocumentModel, evidence: AgreementEvidence, override?: boolean): AgreementSignals {
  const title = findTitle(model);
  const fm = readFrontMatter(model);
  const base = { title, frontMatter: fm.data, frontMatterError: fm.error };
  if (override !== undefined) {
    return { ...base, isAgreement: override, reason: override ? 'you chose to check this file as an agreement' : 'you chose not to check this file as an agreement' };
  }
  const declared = fm.data?.agreement ?? fm.data?.mou;
  if (declared !== undefined && declared !== false && declared !== null) return { ...base, isAgreement: true, reason: 'its front matter says it is an agreement' };
  if (declared === false) return { ...base, isAgreement: false, reason: 'its front matter says it is not an agreement (agreement: false)' };

  const mainTitle = documentTitle(model, fm.data);
  const titleTexts = [
    ...startingIn(model.headings, 0, 4000).filter((h) => h.level <= 7).map((h) => h.text),
    typeof fm.data?.title === 'string' ? fm.data.title : '',
  ].filter(Boolean);
  const shownTitle = shorten(mainTitle);

  const pro: Array<[number, string]> = [];
  const con: Array<[number, string]> = [];
  if (/^(?:post|blog|article|news)$/i.test(String(fm.data?.layout ?? ''))) con.push([4, 'its front matter marks it as a blog post']);
  const firstHeading = model.headings.find((h) => h.level <= 2)?.text ?? '';
  const subject = letterSubject(model);
  const firstLine = (model.passages[0]?.text.split('\n')[0] ?? '').replace(/^#{1,6}\s+/, '');
  const secondLine = titleSecondLine(model) ?? '';
  const block = titleBlock(model);
  // (…not a meeting's item that names the agreement it approves: see RECORD_LEAD below.)
  if (namesAgreement(mainTitle) && !RECORD_LEAD.test(mainTitle)) pro.push([4, `its title (“${shownTitle}”) names an agreement`]);
  // (A PDF's title block may run on into its first paragraph: its first 200 characters.)
  else if (namesAgreement(firstLine.slice(0, 200)) && (!model.headings[0] || model.passages[0].start < model.headings[0].start)) pro.push([4, 'its first line names an agreement']);
  else if (namesAgreement(secondLine)) pro.push([4, `its title block (“${shorten(secondLine)}”) names an agreement`]);
  // An amendment or addendum to an agreement is one too ("ADDENDUM No. 2" over "to the Agreement for the Bellmore Summer…").
  else if (AMENDMENT_OF.test(block)) pro.push([4, `its title (“${shorten(block)}”) names an amendment to an agreement`]);
  else if (namesAgreement(firstHeading) && !RECORD_LEAD.test(firstHeading)) pro.push([4, `its heading (“${shorten(firstHeading)}”) names an agreement`]);
  // A letter to countersign whose subject line names the agreement ("Re: Extension of Memorandum of Understanding — …").
  else if (subject && namesAgreement(subject) && countsIn(model).letterAcceptance) pro.push([2, `its subject line (“${shorten(subject)}”) names an agreement`]);
  else if (TITLE_CHARTER.test(mainTitle)) pro.push([2, `its title (“${shownTitle}”) names rules its members adopt`]);
  // ("Great Lakes Photonics Education Network" over "CHARTER", each a plain line.)
  else if (TITLE_CHARTER.test(secondLine)) pro.push([2, `its title block (“${shorten(secondLine)}”) names rules its members adopt`]);
  else if (titleTexts.some((t) => TITLE_STRONG.test(t))) pro.push([2, 'a heading names an agreement']);
  else if (titleTexts.some((t) => TITLE_WEAK.test(t))) pro.push([1, 'a heading names a partnership']);
  // (A label run in before its text, "**Who:** Tinker Loft and Hollis Middle School", says nothing of what the document is.)
  const labelTitle = model.headings[0]?.kind === 'runin' && model.headings[0].text === mainTitle;
  const titleNot = TITLE_NOT.test(mainTitle) && !namesAgreement(mainTitle) && !labelTitle;
  // "Memoranda of Understanding and Partnership Agreements Procedure": the last word says what it is.
  if (HEAD_GENRE.test(mainTitle)) con.push([5, `its title (“${shownTitle}”) names another kind of document about agreements`]);
  // "Board Agenda Item 9.3 — Approval of Memorandum of Understanding with …": a meeting's record of an agreement it approves.
  else if (RECORD_LEAD.test(mainTitle)) con.push([5, `its title (“${shownTitle}”) names a meeting's item or report about an agreement, not the agreement`]);
  // "Subject: FW: Draft minutes - 11 March meeting (incl. MOU with …)": an email sending another kind of document.
  if (subject && HEAD_GENRE_ANY.test(subject) && !countsIn(model).letterAcceptance) con.push([3, `its subject line (“${shorten(subject)}”) names another kind of document`]);
  if (MODEL_TITLE.test(mainTitle)) con.push([4, `its title (“${shownTitle}”) names a model to copy, not an agreement made`]);
  if (titleNot) con.push([3, `its title (“${shownTitle}”) is not an agreement's`]);
  // (Front matter may give the title, "Industry Collaboration Agreements", over a heading that says what the text is.)
  else if (firstHeading !== mainTitle && GENRE_LEAD.test(firstHeading)) con.push([3, `its heading (“${shorten(firstHeading)}”) names another kind of document`]);
  {
    // Its headings near the top, or the first lines of its title block ("**REQUEST FOR PROPOSALS**");
    // under a title that names an agreement, only what stands above it ("AGENDA ITEM 9.2" over
    // "MEMORANDUM OF UNDERSTANDING – …").
    const titleHeading = namesAgreement(mainTitle) ? startingIn(model.headings, 0, 4000).find((h) => h.text === mainTitle) : undefined;
    const limit = namesAgreement(mainTitle) ? (titleHeading?.start ?? 0) : 600;
    const top = model.text.slice(model.frontMatter?.end ?? 0, Math.min(600, limit)).split(/\r\n|\r|\n/).map((l) => l.replace(/[*_#>`]/g, '').trim()).filter(Boolean).slice(0, 4);
    // (A heading's last words may name the genre: "## Stage 2 Full Application" under the fund's name.)
    const genre = [...startingIn(model.headings, 0, Math.min(600, limit)).filter((h) => h.level <= 7).slice(0, 4).map((h) => ({ text: h.text, heading: true })), ...top.map((text) => ({ text, heading: false }))].map((h) => ({ ...h, text: h.text.slice(0, 120) })).find((h) => !(titleNot && h.text === mainTitle) && (GENRE_NOT.test(h.text) || (h.heading && HEAD_GENRE.test(h.text))) && (!namesAgreement(h.text) || ABOUT_AGREEMENTS.test(h.text)));
    const shown = genre && shorten(genre.text);
    if (genre && ABOUT_AGREEMENTS.test(genre.text)) con.push([6, `its heading (“${shown}”) offers material for writing agreements (sample clauses, a toolkit), not an agreement`]);
    // (A proposal to a funder, minutes or an agenda is never the agreement itself, whatever it quotes of one.)
    else if (genre) con.push([PROPOSAL_OR_RECORD.test(genre.text) ? 5 : 3, `its heading (“${shown}”) names another kind of document`]);
  }

  // "Policy on Memoranda of Understanding", "Minutes of the Partners' Meeting — MOU Working Session": a
  // title that is another kind of document about agreements, whatever agreement words follow.
  const about = startingIn(model.headings, 0, 600).filter((h) => h.level <= 2).map((h) => h.text).find((t) => GENRE_ABOUT.test(t));
  if (about) con.push([5, `its title (“${shorten(about)}”) is another kind of document about agreements, not one`]);

  const counts = countsIn(model);
  if (counts.notThe) con.push([4, `it says it is not the agreement itself (“${(firstMatch(model, NOT_THE_ONE) ?? 'not the agreement').replace(/[*_]/g, '')}…”)`]);

  if (counts.ifFunded) con.push([Math.min(4, 2 * counts.ifFunded), 'it tells a funder about the agreements it will make, or the letters attached to it, if it is funded']);
  const drafting = counts.drafting;
  if (drafting >= 4) con.push([4, 'it tells a drafter what to write (“Enter…”, “Describe…”) rather than saying what was agreed']);

  const selfAgreement = counts.selfAgreement;
  const selfOther = counts.selfOther;
  if (selfAgreement >= 1 && selfAgreement >= selfOther) pro.push([2, `it calls itself an agreement (“${firstMatch(model, SELF_AGREEMENT_ONE) ?? 'this agreement'}”)`]);
  // (Three times or more, and never an agreement: it is that other document.)
  if (selfOther > selfAgreement) con.push([selfOther >= 3 && !selfAgreement ? 4 : 2, 'it calls itself a policy, page, paper or guide rather than an agreement']);

  const letter = Math.min(1, counts.letterTerms) + Math.min(1, counts.letterAcceptance);
  if (letter) pro.push([letter + 1, 'it is a letter or email setting out terms for the other side to accept (“this letter sets out…”, “countersign”, “reply “agreed””)']);

  if (counts.webPage) con.push([2, 'it is a web page (a breadcrumb trail, “skip to content”)']);
  if (contentsOnly(model)) con.push([6, 'it is a cover page and a table of contents, without the agreement\'s text']);

  if (counts.signingBinds) pro.push([2, 'those who sign it agree to it (“by signing below…”)']);
  // Two sides sign at its end ("For the Sponsor" and "For the … Association"), under "OK'd, shook on it" or not.
  const signing = signingSides(model);
  if (signing.sides.length >= 2) pro.push([signing.accepted ? 7 : 2, `${signing.accepted ? 'both sides sign under a line accepting it' : 'two sides sign it'} (${signing.sides.slice(0, 2).map((s) => `“${shorten(s)}”`).join(', ')})`]);
  // (One side's own "Accepted and agreed on behalf of …" over its signature, filled in: a letter countersigned.)
  else if (signing.countersigned) pro.push([3, `${shorten(signing.countersigned)} signs under a line accepting it`]);
  const bilateral = counts.bilateral;
  if (bilateral >= 2) pro.push([1, 'it binds the parties to each other']);

  const reportage = counts.reportage;
  if (reportage >= 2) con.push([3, 'it reports on an agreement (“view PDF”, “signed an MOU”) rather than stating its terms']);
  else if (reportage === 1) con.push([1, 'it reads partly like a report about an agreement']);
  // A dateline, quotations from the signing, front matter filing it as news: two of them make a news story.
  const news = newsMarks(model, fm.data, counts.news);
  if (news.length >= 2) con.push([4, `it is a news story about an agreement (${news.slice(0, 2).join(', ')})`]);

  const { duties, titledSections } = evidence;
  if (duties >= 8) pro.push([2, `it writes down ${duties} duties`]);
  else if (duties >= 3) pro.push([1, `it writes down ${duties} duties`]);
  else if (duties === 0) con.push([1, 'it writes down no duties for anyone']);
  if (titledSections >= 5) pro.push([2, `it has ${titledSections} of an agreement's sections`]);
  else if (titledSections >= 3) pro.push([1, `it has ${titledSections} of an agreement's sections`]);
  else if (titledSections <= 1) con.push([1, 'it has hardly any of an agreement\'s sections']);
  const vocabulary = vocabularyIn(model, 10);
  if (vocabulary >= 10) pro.push([1, 'it uses the language of agreements']);

  const score = pro.reduce((n, [w]) => n + w, 0) - con.reduce((n, [w]) => n + w, 0);
  const isAgreement = score >= 2;

  const byWeight = (a: [number, string], b: [number, string]) => b[0] - a[0];
  const main = (isAgreement ? pro : con).sort(byWeight).slice(0, 3).map(([, w]) => w);
  const against = (isAgreement ? con : pro).sort(byWeight).slice(0, 1).map(([, w]) => w);
  const reason = main.length
    ? `${main.join('; ')}${against.length ? ` (though ${against[0]})` : ''}`
    : isAgreement ? 'it reads like an agreement' : 'nothing in it reads like an agreement';
  return { ...base, isAgreement, reason };
}
