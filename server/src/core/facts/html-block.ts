/** HTML blocks in an agreement: headings written as HTML, the text around them, and the blanks inside. */
import { htmlToText } from '../html';
import { findCodePlaceholder, findPlaceholders } from '../placeholders';
import { cleanTitle } from './titles';
import { heading, passage, placeholder, type BlockFacts } from './make';

export function html(value: string, start: number, facts: BlockFacts, listDepth: number): void {
  // Headings written as HTML.
  const found = htmlHeadings(value);
  let rest = '';
  let at = 0;
  for (const h of found) {
    facts.headings.push(heading(start + h.index, start + h.end, h.level, cleanTitle(htmlToText(value.slice(h.bodyStart, h.bodyEnd))), 'html'));
    rest += value.slice(at, h.index) + '\n';
    at = h.end;
  }
  const text = htmlToText(found.length ? rest + value.slice(at) : value);
  if (text.trim()) facts.passages.push(passage(start, start + value.length, text, 'html', listDepth));
  let m: RegExpExecArray | null;
  for (const p of findPlaceholders(value)) facts.placeholders.push(placeholder(start + p.start, start + p.end, p.text));
  const code = /<code>([^<]{1,80})<\/code>/gi;
  while ((m = code.exec(value)) !== null) {
    if (findCodePlaceholder(m[1])) {
      facts.placeholders.push(placeholder(start + m.index, start + m.index + m[0].length, m[1].trim()));
    }
  }
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

/** Placeholders in a leaf node: regexes over its source, plus backticked template names. */
