/**
 * Is this markdown file an agreement? Front matter, title and vocabulary decide;
 * a README that mentions "partnership" once is not one.
 */
import { parse as parseYaml } from 'yaml';
import { blockMemo, type DocumentModel } from './model';
import { memo } from './signals';
import type { Heading, Span } from './types';

const TITLE_STRONG =
  /\b(?:memorandum of (?:understanding|agreement)|mou|moa|agreement|terms of reference|letter of (?:intent|agreement|understanding)|statement of work|service level agreement|compact|accord)\b/i;
/** Titles that name an agreement on their own. */
const TITLE_CERTAIN =
  /\b(?:memorandum of (?:understanding|agreement)|(?:partnership|collaboration|cooperation|data (?:use|sharing)|affiliation|internship|sponsorship|mentoring) agreement|letter of (?:understanding|intent|agreement)|agreement between|mou between|moa between)\b/i;
const TITLE_WEAK = /\b(?:partnership|partners?|collaboration|cooperation|co-operation|consortium|alliance|sponsorship)\b/i;
/** Titles of documents that talk about agreements without being one. */
const TITLE_NOT =
  /^(?:what|how|why|when|where|who|ten|five|\d+ (?:ways|tips|lessons|things))\b|\b(?:policy|procedure|procedures|handbook|notes|minutes|agenda|readme|changelog|change log|release notes|how to|how we|guide|guidelines for|tips|lessons|ways to|why|faq|newsletter|blog|job|jobs|posting|vacancy|hiring|careers?|contributing|tutorial|webinar|workshop recap|checklist|template instructions|best practices|reflections?|stories|story)\b/i;

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

/** How many of the agreement words the first 200,000 characters use (counted per block, once per distinct block). */
function vocabularyIn(model: DocumentModel): number {
  const used = new Set<number>();
  for (let i = 0; i < model.blocks.length && model.blocks[i].start < 200_000; i++) {
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
  const early = model.headings.filter((h) => h.start < 4000 && h.level <= 7);
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
  return p ? p.text.split('\n')[0] : '';
}

export function detectAgreement(model: DocumentModel, coreLocated: number, override?: boolean): AgreementSignals {
  const title = findTitle(model);
  const fm = readFrontMatter(model);
  const base = { title, frontMatter: fm.data, frontMatterError: fm.error };
  if (override !== undefined) {
    return { ...base, isAgreement: override, reason: override ? 'you chose to check this file as an agreement' : 'you chose not to check this file as an agreement' };
  }
  const declared = fm.data?.agreement ?? fm.data?.mou;
  if (declared !== undefined && declared !== false && declared !== null) return { ...base, isAgreement: true, reason: 'front matter declares an agreement' };
  if (declared === false) return { ...base, isAgreement: false, reason: 'front matter says it is not an agreement' };

  const titleTexts = [
    ...model.headings.filter((h) => h.start < 4000 && h.level <= 7).map((h) => h.text),
    typeof fm.data?.title === 'string' ? fm.data.title : '',
    model.passages[0] && (!model.headings[0] || model.passages[0].start < model.headings[0].start) ? model.passages[0].text.split('\n')[0] : '',
  ].filter(Boolean);
  const mainTitle = documentTitle(model, fm.data);
  if (/^(?:post|blog|article|news)$/i.test(String(fm.data?.layout ?? ''))) {
    return { ...base, isAgreement: false, reason: 'front matter marks it as a blog post' };
  }
  if (TITLE_NOT.test(mainTitle) && !TITLE_CERTAIN.test(mainTitle)) {
    return { ...base, isAgreement: false, reason: `its title (“${mainTitle}”) is not an agreement's` };
  }
  if (TITLE_CERTAIN.test(mainTitle)) return { ...base, isAgreement: true, reason: 'titled as an agreement' };
  const strong = titleTexts.some((t) => TITLE_STRONG.test(t));
  const weak = titleTexts.some((t) => TITLE_WEAK.test(t));
  const vocabulary = vocabularyIn(model);
  if (strong && (vocabulary >= 2 || coreLocated >= 1)) return { ...base, isAgreement: true, reason: 'titled as an agreement' };
  if (weak && vocabulary >= 3 && coreLocated >= 2) return { ...base, isAgreement: true, reason: 'titled as a partnership, with agreement vocabulary' };
  if (weak && coreLocated >= 3) return { ...base, isAgreement: true, reason: 'titled as a partnership, with several agreement sections' };
  if (vocabulary >= 8 && coreLocated >= 3) return { ...base, isAgreement: true, reason: 'reads like an agreement' };
  return { ...base, isAgreement: false, reason: 'no agreement title or vocabulary' };
}
