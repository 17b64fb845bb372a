/** Title heuristics: does a line read like a section title, and its text without numbering. */

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
export function sentenceCaseTitle(t: string): boolean {
  const text = t.trim();
  if (!looksLikeTitle(text, true) || /[.!?:;,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(text) && !/\b(?:will|shall|must|may|agrees?|is|are|was|were)\b/i.test(text);
}

/** Title text without numbering, pandoc attributes or trailing punctuation. */
export function cleanTitle(t: string): string {
  return t
    .replace(/\{[.:#][^}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]+$/, '')
    .trim();
}

/** "ARTICLE IV – SAFETY", "SECTION 3: FUNDING", "ROLES AND RESPONSIBILITIES": a title typed as a plain line. */
export function plainTitle(line: string): boolean {
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
