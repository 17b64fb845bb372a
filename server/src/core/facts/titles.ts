/** Title heuristics: does a line read like a section title, and its text without numbering. */
import { ALL, dutyHeading, matchHeading } from '../title-match';

const TITLE_WORD_LIMIT = 12;

/** A short line that reads like a section title rather than a sentence. */
export function looksLikeTitle(t: string, bold = false): boolean {
  const text = t.trim();
  if (!text || text.length > 100 || /\n/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > TITLE_WORD_LIMIT) return false;
  if (/[,;]$/.test(text)) return false;
  if (!bold && /[.!?]$/.test(text)) return false;
  if (/^(whereas|and whereas|now,? therefore|in witness whereof|between|and|signed\b(?!\s*[.:]?$))\b/i.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (bold) return true;
  const significant = words.filter((w) => /\p{L}/u.test(w) && !/^(and|or|of|the|for|to|in|on|a|an|&|with|by|at)$/i.test(w));
  const capitalised = significant.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
  return significant.length > 0 && capitalised.length / significant.length >= 0.6;
}

/**
 * "2. Expected outcomes", "3. Child protection": a short sentence-case title, as agreements written
 * outside the US often number them. Only where the structure already says title (a numbered line
 * alone in its list, followed by text): a capital first word, five words at most, no verb of duty.
 */
export function sentenceCaseTitle(t: string, maxWords = 5): boolean {
  const text = t.trim();
  if (!looksLikeTitle(text, true) || /[.!?:;,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= maxWords && /^\p{Lu}/u.test(text) && !/\b(?:will|shall|must|may|agrees?|is|are|was|were)\b/i.test(text);
}

/** Title text without numbering, pandoc attributes or trailing punctuation. */
/** Pandoc's empty anchors from a Word table of contents ("[]{#_Toc172210006 .anchor}"): no text. */
export const PANDOC_ANCHOR = /^\s*(?:\[\]\{#[^}\n]*\}\s*)+$/;

export function cleanTitle(t: string): string {
  return t
    .replace(/\[\]\{[.:#][^}]*\}|\{[.:#][^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]+$/, '')
    .trim();
}

/** "Article 4 – ", "SECTION 3: ", "Part B": a numbered division's lead, its title (if any) starting with a capital. */
const ARTICLE_LEAD = /^(?:Article|ARTICLE|Section|SECTION|Part|PART|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Exhibit|EXHIBIT|Clause|CLAUSE)\s+(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[A-Z])(?:\s*[.:–—-]\s*|\s+)(?:[(\[]?\p{Lu}|$)/u;

/** "ARTICLE IV – SAFETY", "SECTION 3: FUNDING", "ROLES AND RESPONSIBILITIES": a title typed as a plain line. */
export function plainTitle(line: string): boolean {
  // ("Section 5 – Safeguarding, supervision and safety": after its number, a title in any case.)
  if (ARTICLE_LEAD.test(line) && looksLikeTitle(line, true) && !/[.!?]$/.test(line)) return true;
  if (!looksLikeTitle(line)) return false;
  if (/^(?:article|section|part|schedule|annex|appendix|exhibit|clause)\s+(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])\b/i.test(line) && /^\p{Lu}/u.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = line.replace(/[^\p{Lu}]/gu, '');
  if (upper.length !== letters.length) return false;
  // "X. TERM", "4. FEES": numbered, the title itself needs only four letters.
  const numbered = /^(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|[A-Z])[.)]\s+(\p{Lu}[\p{Lu}\s&'’-]*)$/u.exec(line);
  if (numbered) return numbered[1].replace(/[^\p{L}]/gu, '').length >= 4;
  return letters.length >= 6 && line.split(/\s+/).length >= 2;
}

/** The first four letters of every word of the built-in sections' titles and territories. */
const TITLE_WORD_STARTS = new Set(ALL.flatMap((d) => [...d.titles, ...(d.territory ?? [])]).flatMap((t) => t.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 3 && !/^(?:the|and|for|our|your|their|with|what|who|how|will|are)$/.test(w)).map((w) => w.slice(0, 4)));

/**
 * "Roles and Responsibilities", "Keeping kids safe": a plain line in title or sentence case that names a
 * section by its words, as text from a PDF or pasted from Word writes titles (not "The District agrees to:").
 */
export function namesSection(numbered: string): boolean {
  // (Its number aside: "A6. Chapter goals for this term", "3.2 Reporting".)
  const line = numbered.replace(/^(?:[A-Z]?\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+(?=\p{L})/u, '');
  // (…and in two languages, its first: "Who does what / Répartition des tâches".)
  return namesSectionLine(line) || (/\s\/\s/.test(line) && namesSectionLine(firstLanguage(line)));
}

/** A title in two languages, "Who does what / Répartition des tâches", as its first; any other as it is. */
export const firstLanguage = (title: string): string => title.split(/\s+\/\s+/)[0];

const YEAR_END = /\s(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?\s*$/;

function namesSectionLine(line: string): boolean {
  if (guidanceTitle(line)) return matchHeading(line).length > 0;
  // "What Vesturvatn will do", "What the Association will provide": a party's duties, in sentence case.
  if (line.length <= 60 && !/[.;:,!?]$/.test(line) && dutyHeading(line)) return true;
  // (Six words in sentence case when the words name a section: "What we're hoping for this year".)
  // (A year or a school year may end it: "Goals for 2025–26"; no other number: "Total 14".)
  if (line.length > 60 || /[.;:,!?@|]/.test(line) || (/\d\s*$/.test(line) && !YEAR_END.test(line)) || line.split(/\s+/).length > 6 || !(looksLikeTitle(line) || sentenceCaseTitle(line, 6))) return false;
  // "Member Representative Date", "Name Title Signature": a form's or a table's header row, not a title.
  if (/\s/.test(line) && /\b(?:date|dated|signature|signed|name|names|title|position|designation|email|e-mail|phone|tel|mobile|address)\b/i.test(line)) return false;
  // (A cheap test first: some word of the line begins like a word of some section's titles.)
  return line.toLowerCase().split(/[^a-z]+/).some((w) => w.length >= 3 && TITLE_WORD_STARTS.has(w.slice(0, 4))) && matchHeading(line).length > 0;
}

const QUESTION = /^(?:how|who|what|when|where|which|why)\b[^.!;:?]{3,70}\??$/i;

/**
 * "Reporting – How will success be measured?", "Intended outcomes and how they will be measured",
 * "Who will do what?": a template's title with its guidance question, or the question alone.
 */
export function guidanceTitle(line: string): boolean {
  const t = line.trim();
  if (t.length > 100 || t.split(/\s+/).length > 12) return false;
  const g = /^(.{3,50}?)(?:\s+[–—-]|:|\s+and)\s+(.+)$/.exec(t);
  if (g && (looksLikeTitle(g[1]) || sentenceCaseTitle(g[1])) && QUESTION.test(g[2])) return true;
  return t.endsWith('?') && QUESTION.test(t) && t.split(/\s+/).length <= 8;
}

/** How deep a title's number goes: "11.", "IV.", "B." or "A6." → 1, "3.2" → 2, "3.2.1" → 3; 0 when it has none. */
export function numberingDepth(title: string): number {
  const m = /^(?:(?:article|section|clause|part)\s+)?(?:[A-Z]?(\d{1,3}(?:\.\d{1,3})*)(?:[.):]|\s)|([IVXL]{1,5}|[A-Z])[.)])/i.exec(title.trim());
  if (!m) return 0;
  return m[1] ? m[1].split('.').filter(Boolean).length : 1;
}

/**
 * A bold lead-in as a title, in markdown ("**Term.** This…") or HTML ("<p><strong>6. Contacts.</strong> …"):
 * alone on its line ('bold'), run in before its paragraph's text ('runin'), or neither.
 */
export function boldTitle(title: string, restText: string, breakAfter: boolean, listDepth: number): 'bold' | 'runin' | undefined {
  const firstLineRest = restText.split(/\r\n|\r|\n/)[0].trim();
  // (…or an aside in brackets after it: "**Keeping the kids safe** (the non-negotiables from our policy)".)
  const standalone = firstLineRest === '' || /^[.:\-–—]*$/.test(firstLineRest) || (listDepth === 0 && /^\([^()\n]{1,100}\)[.:]?$/.test(firstLineRest)) || breakAfter;
  // A bold lead-in inside a list item ("**Party:** Jane Doe") is a label, not a section title.
  const runin =
    !standalone &&
    listDepth === 0 &&
    /[.:]$/.test(title) &&
    !/\b(?:Inc|Ltd|Co|Corp|LLC|Pty|Pvt|Bhd|Sdn|Pte|Plc|Ltda|Dr|Mr|Ms|Mrs|St|No|P\.C|S\.A|N\.V|B\.V)\.$/i.test(title) &&
    // (In lower case only after a title that names a section: "**What we are aiming for:** more students…".)
    (/^\s+[\p{Lu}\p{N}"“(]/u.test(restText) || (/:$/.test(title) && matchHeading(title.slice(0, -1)).length > 0)) &&
    title.split(/\s+/).length <= 8;
  if (!(standalone || runin) || !looksLikeTitle(title.replace(/[.:]+$/, ''), true)) return undefined;
  return standalone ? 'bold' : 'runin';
}

/** A capital title and its full stop at the start of a numbered clause: "PURPOSE. ", "NO OBLIGATION. ". */
const RUNIN_CAPS = /^(\p{Lu}[\p{Lu}\d &/'’,()-]{2,60}?)\.\s+(?=\S)/u;

/**
 * The capital title a numbered clause opens with: run in ("PURPOSE. The purpose of…") or alone on its first
 * line over the clause's text ("TRAINING GOALS" / "By the end of the placement…").
 */
export function leadTitle(text: string): { title: string; kind: 'runin' | 'numbered' } | undefined {
  const m = RUNIN_CAPS.exec(text);
  if (m && m[1].replace(/[^\p{L}]/gu, '').length >= 4 && looksLikeTitle(m[1])) return { title: m[1], kind: 'runin' };
  const br = text.indexOf('\n');
  const line = br > 0 ? text.slice(0, br).trim() : '';
  return line && line === line.toUpperCase() && !/ {3,}/.test(line) && plainTitle(line) ? { title: line, kind: 'numbered' } : undefined;
}

/** A reviewer's mark on a draft ("**Comment (JL):**", "Reply (DM):", "Drafting note:"): what follows is a note on the text, not agreement text. */
export const REVIEW_MARK = /^\W*(?:(?:reviewer(?:'s)?\s+)?comments?|repl(?:y|ies)|reviewer|drafting note|drafter'?s note|note to (?:drafter|reviewers?|self)|editor'?s note|query)\s*(?:\(\s*[\p{L}.\s]{1,24}\))?\s*:/iu;
