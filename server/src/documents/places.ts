/**
 * Where a finding is in the Word or PDF file, in words a person can follow there: the heading
 * above it and the paragraph's number under that heading (Word), or the page and the line on that
 * page (PDF). Lines are 0-based lines of the converted markdown.
 */
import type { Source } from './pdf-read';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** For each line of markdown converted from Word: its place, in words. */
export function wordPlaces(markdown: string): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let heading: string | undefined;
  let paragraph = 0;
  let row = 0;
  let inTable = false;
  let blank = true;
  for (const line of lines) {
    const h = HEADING.exec(line);
    const under = heading ? `under the heading “${heading}”` : 'before the first heading';
    if (h) {
      heading = h[2].replace(/\\(.)/g, '$1').replace(/[*_`]/g, '');
      paragraph = 0;
      inTable = false;
      out.push(`the heading “${heading}”`);
      blank = false;
      continue;
    }
    if (!line.trim()) {
      blank = true;
      inTable = false;
      out.push(heading ? `under the heading “${heading}”` : 'the start of the document');
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      if (!inTable) {
        inTable = true;
        row = 0;
        paragraph++;
      }
      if (!TABLE_DELIMITER.test(line)) row++;
      out.push(`${under}, the table after paragraph ${Math.max(1, paragraph - 1)}, row ${Math.max(1, row)}`.replace(', the table after paragraph 0', ', the first table'));
      blank = false;
      continue;
    }
    if (blank || ITEM.test(line)) paragraph++;
    blank = false;
    out.push(`${under}, paragraph ${paragraph}`);
  }
  return out;
}

/** For each line of markdown converted from a PDF: its page and line. */
export function pdfPlaces(sources: Array<Source | undefined>): string[] {
  const out: string[] = [];
  let last: Source | undefined;
  for (const s of sources) {
    if (s) last = s;
    out.push(last ? `page ${last.page}, line ${last.line}` : 'page 1');
  }
  return out;
}
