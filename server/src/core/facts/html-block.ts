/** HTML blocks in an agreement: headings written as HTML, the text around them, and the blanks inside. */
import type { RootContent } from 'mdast';
import { htmlToText } from '../html';
import { unescapeMarkdown } from '../text';
import { findCodePlaceholder, findPlaceholders } from '../placeholders';
import { boldTitle, cleanTitle, numberingDepth } from './titles';
import { heading, passage, placeholder, type BlockFacts } from './make';

/**
 * `markdownInside`: the cells hold markdown (a Word converter's table, its tags on lines of their own around
 * "__Party__" and "fnwachukwu@college\\.ca"): their emphasis marks and backslash escapes are not text.
 */
export function html(value: string, start: number, facts: BlockFacts, listDepth: number, markdownInside = false): void {
  const toText = markdownInside ? (h: string) => htmlToText(unescapeMarkdown(h).replace(MD_STRONG, '$2')) : htmlToText;
  // Headings written as HTML.
  const found = htmlHeadings(value);
  for (const h of found) {
    facts.headings.push(heading(start + h.index, start + h.end, h.level, cleanTitle(htmlToText(value.slice(h.bodyStart, h.bodyEnd))), 'html'));
  }
  // The text between them: a passage for each paragraph, list item or table, as markdown would give
  // ("<h3>Responsibilities of the Host</h3><p>The Host agrees to:</p><ul><li>…"): the section under an
  // HTML heading holds its own passages, and "X agrees to:" heads the items after it.
  const chunks = htmlChunks(value, found);
  for (const c of chunks) {
    const raw = value.slice(c.start, c.end);
    const item = /^\s*<li\b/i.test(raw.slice(0, 8)) && chunks.length > 1;
    // "<p><strong>6. Contacts.</strong> Bright Path: …</p>": a bold title, run in or alone, as in markdown.
    const lead = item ? null : BOLD_LEAD.exec(raw);
    if (lead) {
      const title = htmlToText(lead[2]).trim();
      const after = raw.slice(lead[0].length);
      const restText = (/^\s/.test(after) ? ' ' : '') + htmlToText(after);
      const kind = boldTitle(title, restText, /^\s*<br\b/i.test(after), listDepth);
      if (kind) {
        const hEnd = start + c.start + lead[0].length;
        const depth = numberingDepth(title);
        facts.headings.push(heading(start + c.start, hEnd, depth ? 6 + depth : kind === 'bold' ? 7 : 8, cleanTitle(title), kind));
        if (restText.trim()) facts.passages.push(passage(hEnd, start + c.end, restText.trim(), 'html', listDepth));
        continue;
      }
    }
    const text = toText(raw);
    if (!text.trim()) continue;
    facts.passages.push(passage(start + c.start, start + c.end, text, item ? 'listItem' : 'html', item ? listDepth + 1 : listDepth));
  }
  let m: RegExpExecArray | null;
  for (const p of findPlaceholders(value)) facts.placeholders.push(placeholder(start + p.start, start + p.end, p.text));
  const code = /<code>([^<]{1,80})<\/code>/gi;
  while ((m = code.exec(value)) !== null) {
    if (findCodePlaceholder(m[1])) {
      facts.placeholders.push(placeholder(start + m.index, start + m.index + m[0].length, m[1].trim()));
    }
  }
}

const MD_STRONG = /(\*\*|__)(?=\S)([^*_\n]+?)\1/g;

/** A paragraph or division that opens with bold text: a title, if `boldTitle` takes it for one. */
const BOLD_LEAD = /^\s*<(?:p|div)\b[^>]*>\s*<(strong|b)\b[^>]*>([^<]{1,300})<\/\1\s*>/i;

/** Where a passage of its own begins: a paragraph, list item, division, definition or quotation; a table is one passage. */
const CHUNK_TAG = /<(?:p|li|div|dt|dd|blockquote)\b[^>]*>|<(table)\b[^>]*>|<\/table\s*>/gi;

/** The runs of an HTML block between its headings, cut where each block element opens (not inside a table). */
function htmlChunks(value: string, headings: Array<{ index: number; end: number }>): Array<{ start: number; end: number }> {
  const cuts = [0];
  let table = 0;
  for (const m of value.matchAll(CHUNK_TAG)) {
    if (m[1]) {
      if (table++ === 0) cuts.push(m.index!);
    } else if (m[0][1] === '/') {
      if (table > 0 && --table === 0) cuts.push(m.index! + m[0].length);
    } else if (table === 0) cuts.push(m.index!);
  }
  for (const h of headings) cuts.push(h.index, h.end);
  cuts.push(value.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (!headings.some((h) => a >= h.index && b <= h.end)) out.push({ start: a, end: b });
  }
  return out;
}

/**
 * `<hN …>…</hN>` elements, in order, each closed by the first matching close tag after it. Linear:
 * a level with no close tag left is not searched again (60,000 unclosed `<h1>` took seconds with
 * one lazy regular expression).
 */
function htmlHeadings(value: string): Array<{ index: number; end: number; level: number; bodyStart: number; bodyEnd: number }> {
  const out: Array<{ index: number; end: number; level: number; bodyStart: number; bodyEnd: number }> = [];
  const open = /<h([1-6])\b[^>]*>/gi;
  const unclosed = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = open.exec(value)) !== null) {
    const level = m[1];
    if (unclosed.has(level)) continue;
    const bodyStart = m.index + m[0].length;
    const close = new RegExp(`</h${level}\\s*>`, 'gi');
    close.lastIndex = bodyStart;
    const c = close.exec(value);
    if (!c) {
      unclosed.add(level);
      continue;
    }
    out.push({ index: m.index, end: c.index + c[0].length, level: Number(level), bodyStart, bodyEnd: c.index });
    open.lastIndex = c.index + c[0].length;
  }
  return out;
}

/**
 * An HTML node opening a table it does not close ("<table>" / "<tr><th>", then "__Party__" between blank lines): the
 * table up to the sibling that closes it read as one HTML block, and that sibling's index; -1 (nothing read) when none does.
 */
export function htmlTableAcross(kids: RootContent[], i: number, src: string, facts: BlockFacts, listDepth: number): number {
  const close = tableClose(kids, i);
  if (close < 0) return -1;
  const start = kids[i].position?.start.offset ?? 0;
  html(src.slice(start, kids[close].position?.end.offset ?? 0), start, facts, listDepth, true);
  return close;
}

/** Of an HTML node opening a table it does not close ("<table>" / "<tr><th>"), the index of the sibling that closes it; -1 when none does. */
function tableClose(kids: RootContent[], i: number): number {
  const v = (kids[i] as { value: string }).value;
  if (!/^\s*<table\b/i.test(v) || /<\/table\s*>/i.test(v)) return -1;
  for (let k = i + 1; k < kids.length && k < i + 2000; k++) {
    const n = kids[k];
    if (n.type === 'html' && /<\/table\s*>/i.test(n.value)) return k;
    // (A markdown heading between: the table was never closed.)
    if (n.type === 'heading') return -1;
  }
  return -1;
}
