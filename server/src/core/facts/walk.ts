/**
 * The mdast walk: one block's tree read into facts (headings of every kind, passages, placeholders,
 * front matter). Titles that are not markdown headings are recognised with titles.ts.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { DRAFTING_NOTE, findPlaceholders, findCodePlaceholder } from '../placeholders';
import { heading, passage, placeholder, type BlockFacts } from './make';
import { BULLETED, bulletItems, CAPS_WRAP, indentedProse, laidOut, lastRow, lineIndents, nthBreak, plainText, SIDE_BY_SIDE } from './lines';
import { html, htmlTableAcross } from './html-block';
import { htmlToText } from '../html';
import { PAGE_LINE } from '../signals';
import { dutyHeading } from '../title-match';
import { PANDOC_ANCHOR, REVIEW_MARK, boldTitle, cleanTitle, firstLanguage, guidanceTitle, leadTitle, looksLikeTitle, namesSection, numberingDepth, plainTitle, sentenceCaseTitle } from './titles';

/** Containers nested deeper than this are read as plain text (remark copes; a recursive walk would not). */
const MAX_DEPTH = 200;

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

function span(node: Positioned): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

export function walkChildren(parent: Parents | Root, src: string, facts: BlockFacts, listDepth: number, depth: number): void {
  const kids = parent.children as RootContent[];
  for (let i = 0; i < kids.length; i++) {
    // An HTML table whose cells markdown read apart (blank lines between its tags): one table, read as HTML.
    const close = kids[i].type === 'html' ? htmlTableAcross(kids, i, src, facts, listDepth) : -1;
    if (close > i) i = close;
    else walk(kids[i], src, facts, listDepth, parent, depth + 1);
  }
}

function walk(node: RootContent, src: string, facts: BlockFacts, listDepth: number, parent: Parents | Root, depth = 0): void {
  if (depth > MAX_DEPTH) {
    const s = span(node);
    const text = src.slice(s.start, s.end).replace(/^[\s>*+-]+/gm, '').trim();
    if (text) facts.passages.push(passage(s.start, s.end, text.slice(0, 10_000), 'paragraph', listDepth));
    return;
  }
  switch (node.type) {
    case 'yaml':
    case 'toml' as string: {
      const s = span(node);
      facts.frontMatter = { ...s, value: (node as { value: string }).value, lang: node.type === 'yaml' ? 'yaml' : 'toml' };
      // Blanks in front matter values ("[why this section does not apply]") are placeholders too.
      const raw = src.slice(s.start, s.end);
      for (const p of findPlaceholders(raw)) facts.placeholders.push(placeholder(s.start + p.start, s.start + p.end, p.text));
      return;
    }
    case 'heading': {
      const s = span(node);
      const raw = src.slice(s.start, s.end);
      const setext = !/^ {0,3}#/.test(raw);
      // "Equipment Loan Agreement – VRTU/IL/2025/014      Page 1 of 5" over a rule of dashes: a page footer, not a title.
      if (setext && PAGE_LINE.test(inlineText(node, src).trim())) return;
      // The last row of a pandoc simple table over its closing rule ("Median days to fix    n/a    ≤ 10 days" /
      // "------------"): columns set apart by runs of spaces, a row, not a title.
      // (…or of a two-column one: "Mr. Kwabena Ofori-Atta      Ms. Efua Mensah-Bonsu" / "Email: …      Email: …".)
      const indents = setext && SIDE_BY_SIDE.test(raw.split(/\r\n|\r|\n/)[0]) ? lineIndents(src, s.start, s.end).slice(0, -1) : undefined;
      const laid = indents && (laidOut(inlineText(node, src), indents) ?? lastRow(inlineText(node, src), indents, raw));
      if (laid) {
        for (const t of laid.texts) facts.passages.push(passage(s.start, s.end, t, laid.kind, listDepth));
        return;
      }
      facts.headings.push(heading(s.start, s.end, node.depth, cleanTitle(inlineText(node, src)), setext ? 'setext' : 'atx'));
      scanPlaceholders(node, src, facts);
      return;
    }
    case 'paragraph': {
      paragraph(node, src, facts, listDepth, parent);
      return;
    }
    case 'list': {
      node.children.forEach((item, i) => listItem(item, src, facts, listDepth + 1, node.ordered === true, node.children, i, depth));
      return;
    }
    case 'blockquote':
      walkChildren(node, src, facts, listDepth, depth);
      return;
    case 'table': {
      for (const row of node.children) {
        const s = span(row);
        const cells = row.children.map((c) => inlineText(c, src).trim());
        facts.passages.push(passage(s.start, s.end, cells.join(' | '), 'tableRow', listDepth));
        for (const cell of row.children) scanPlaceholders(cell, src, facts);
      }
      return;
    }
    case 'html': {
      // Read the source, not node.value: inside a block quote or list item the value has lost its
      // "> " and indentation, so its offsets would not be the document's.
      const s = span(node);
      let source = src.slice(s.start, s.end);
      // …but blank out those "> " markers (same length, so offsets hold) or they become text.
      if (source !== node.value) source = source.replace(/(\r\n|\r|\n)((?:[ \t]*>)+[ \t]?)/g, (_m, eol: string, marks: string) => eol + ' '.repeat(marks.length));
      html(source, s.start, facts, listDepth);
      return;
    }
    case 'code': {
      // Code is not agreement text; an indented block of prose (a PDF's indented clause or contact card) is.
      const s = span(node);
      for (const c of (node.lang ? undefined : indentedProse(src, s.start, s.end, node.value)) ?? []) facts.passages.push(passage(c.start, c.end, c.text, 'paragraph', listDepth));
      return;
    }
    case 'footnoteDefinition':
      walkChildren(node, src, facts, listDepth, depth);
      return;
    default:
      return; // thematicBreak, definition: nothing to read
  }
}

function listItem(
  item: Extract<Nodes, { type: 'listItem' }>,
  src: string,
  facts: BlockFacts,
  listDepth: number,
  ordered: boolean,
  siblings: readonly Nodes[],
  index: number,
  depth = 0,
): void {
  const first = item.children[0];
  // "8. Human Resources Management" alone in its list, followed by body text: a numbered title from
  // PDF conversion. In a longer list ("4. Financial Arrangements" then "1. Sub-award amounts…"), only
  // one that names a section, between items that are not titles too (not a table of contents).
  const t = ordered && first?.type === 'paragraph' && item.children.length === 1 ? titleItem(item, src) : undefined;
  if (t !== undefined) {
    const alone = siblings.length === 1 || (listDepth === 1 && namesSection(t) && ![siblings[index - 1], siblings[index + 1]].some((n) => n && titleItem(n, src) !== undefined));
    if (alone) {
      const s = span(first);
      facts.headings.push(heading(s.start, s.end, 7, cleanTitle(t), 'numbered'));
      return;
    }
  }
  // "1. PURPOSE. The purpose of this MOU is…", "5. TRAINING GOALS" over "By the end of the placement…": a numbered
  // clause with its capital title run in or on its first line (a Word or PDF agreement's numbered paragraphs as a list).
  const lead = ordered && listDepth === 1 && first?.type === 'paragraph' && first.children[0]?.type === 'text' ? leadTitle(first.children[0].value) : undefined;
  if (lead) {
    const s = span(first);
    const text = inlineText(first, src);
    const at = text.indexOf(lead.title);
    if (at >= 0 && at < 3) {
      const hEnd = s.start + src.slice(s.start, s.end).indexOf(lead.title) + lead.title.length + 1;
      facts.headings.push(heading(s.start, hEnd, 7, cleanTitle(lead.title), lead.kind));
      const rest = text.slice(at + lead.title.length).replace(/^\.?\s+/, '').trim();
      if (rest) facts.passages.push(passage(hEnd, s.end, rest, 'paragraph', 0));
      scanPlaceholders(first as Parents, src, facts);
      for (const child of item.children.slice(1)) walk(child as RootContent, src, facts, listDepth, item, depth + 1);
      return;
    }
  }
  for (const child of item.children) walk(child as RootContent, src, facts, listDepth, item, depth + 1);
}

/** The text of a list item that is one title-like line of plain text ("Goals and Measures"). */
function titleItem(item: Nodes, src: string): string | undefined {
  const first = item.type === 'listItem' && item.children.length === 1 ? item.children[0] : undefined;
  // (A title is short and ends in no full stop: most items are read no further.)
  if (first?.type !== 'paragraph') return undefined;
  const at = span(first);
  if (at.end - at.start > 120 || /[.;,]\s*$/.test(src.slice(at.start, at.end)) || !first.children.every((c) => c.type === 'text')) return undefined;
  const t = inlineText(first, src).trim();
  // (A title in two languages, "Who does what / Répartition des tâches", reads as its first.)
  const title = (x: string) => looksLikeTitle(x) || sentenceCaseTitle(x) || guidanceTitle(x) || dutyHeading(x);
  return (title(t) || title(firstLanguage(t))) && !BARE_ADDRESS.test(t) ? t : undefined;
}

function paragraph(
  node: Extract<Nodes, { type: 'paragraph' }>,
  src: string,
  facts: BlockFacts,
  listDepth: number,
  _parent: Parents | Root,
): void {
  const s = span(node);
  scanPlaceholders(node, src, facts);
  // (A reviewer's comment left in a draft, "> **Comment (JL):** Section 6 is thin…", is no agreement text.)
  if (REVIEW_MARK.test(src.slice(s.start, Math.min(s.end, s.start + 60)))) return;
  // (A Word heading's anchor before it, "[]{#_Toc172210006 .anchor}**6. People to talk to**", is no text; nor is
  // mammoth's '<a id="_Toc178402215"></a>'.)
  let kids = node.children[0]?.type === 'text' && node.children.length > 1 && PANDOC_ANCHOR.test(node.children[0].value) ? node.children.slice(1) : node.children;
  while (kids.length > 2 && kids[0].type === 'html' && /^<a\s+(?:id|name)=["'][^"']*["']\s*>$/i.test(kids[0].value.trim()) && kids[1].type === 'html' && /^<\/a>$/i.test(kids[1].value.trim())) kids = kids.slice(2);
  const first = kids[0];
  // A template's instruction in italics, "*Summarise the safeguarding arrangements… including background checks…*": a blank to fill as well.
  const note = kids.length === 1 && first.type === 'emphasis' ? inlineText(first, src).trim() : '';
  if (note && DRAFTING_NOTE.test(note.replace(/^\[/, ''))) facts.placeholders.push(placeholder(s.start, s.end, note));
  // <span class="header_2">Title</span> rest…
  if (first?.type === 'html') {
    const m = /^<span\s+class=["']header_(\d)["']\s*>$/i.exec(first.value.trim());
    const close = kids.findIndex((k, i) => i > 0 && k.type === 'html' && /^<\/span>$/i.test(k.value.trim()));
    if (m && close > 1) {
      const titleText = kids.slice(1, close).map((k) => inlineText(k, src)).join('');
      const end = span(kids[close]).end;
      facts.headings.push(heading(s.start, end, Number(m[1]), cleanTitle(titleText), 'span'));
      const rest = kids.slice(close + 1).map((k) => inlineText(k, src)).join('').trim();
      if (rest) facts.passages.push(passage(end, s.end, rest, listDepth ? 'listItem' : 'paragraph', listDepth));
      return;
    }
  }
  // **Title.** alone, or as a run-in title before the paragraph's text.
  if (first?.type === 'strong') {
    const title = inlineText(first, src).trim();
    const after = kids.slice(1);
    const restText = after.map((k) => inlineText(k, src)).join('');
    const kind = boldTitle(title, restText, after[0]?.type === 'break', listDepth);
    if (kind) {
      const standalone = kind === 'bold';
      const hEnd = span(first).end;
      // Numbered titles nest by their numbers ("**11. Contacts.**" alone and "**12. No Fee.** No fee…"
      // run in are siblings); otherwise a run-in title sits under a bold one.
      const depth = numberingDepth(title);
      facts.headings.push(heading(s.start, hEnd, depth ? 6 + depth : standalone ? 7 : 8, cleanTitle(title), standalone ? 'bold' : 'runin'));
      const rest = restText.trim();
      // (Its text may end in "•" lines: "**Scope:** … / **Responsibilities:** / • **College:** recruitment…".)
      if (rest && !(BULLETED.test(restText) && bulletItems(restText, src, hEnd, s.end, facts, listDepth))) facts.passages.push(passage(hEnd, s.end, rest, listDepth ? 'listItem' : 'paragraph', listDepth));
      return;
    }
  }
  // "ARTICLE IV – SAFETY", "RESPONSIBILITIES OF THE EMPLOYER": a plain line standing for a heading
  // (agreements typed in Word or converted from PDF), alone or as the first line of its paragraph.
  if (listDepth === 0 && first?.type === 'text' && kids.every((k) => k.type === 'text' || k.type === 'break' || k.type === 'emphasis' || k.type === 'strong')) {
    const whole = inlineText(node, src);
    const lines = whole.split(/\r\n|\r|\n/, 2);
    // A capital title a conversion wrapped ("SPONSORSHIP OF … (\"IRON" / "COMETS\") – 2024–25 SEASON") is read whole.
    const take = lines.length > 1 && CAPS_WRAP.test(lines[0].trim()) && lines[1].trim() && lines[1] === lines[1].toUpperCase() && /\p{Lu}{2}/u.test(lines[1]) ? 2 : 1;
    const line = lines.slice(0, take).map((l) => l.trim()).join(' ');
    // A paragraph of addresses ("CIVIC BRIDGE / Lead: … / tamsin@civicbridge.org") is a contact block, not a title and its
    // text, and two names side by side ("NORTHGATE COLLEGE      HARLOW CASTINGS LTD") head two signature blocks.
    if ((plainTitle(line) || namesSection(line)) && !BARE_ADDRESS.test(whole) && !SIDE_BY_SIDE.test(line)) {
      // The line break after it, however the file writes it (\n, \r\n or a lone \r), in the text and in the source.
      const br = nthBreak(whole, 0, take);
      const end = br ? nthBreak(src, s.start, take) : null;
      const lineEnd = end && end.index < s.end ? end.index : s.end;
      // (Numbered ones nest by their numbers: "5.1 IRS COMPLIANCE" under "ARTICLE V: …" or "5. FUNDING".)
      const depth = numberingDepth(line);
      facts.headings.push(heading(s.start, lineEnd, depth > 1 ? 6 + depth : 7, cleanTitle(line), 'numbered'));
      const rest = br ? whole.slice(br.index + br[0].length).trim() : '';
      if (rest) facts.passages.push(passage(lineEnd + (end ? end[0].length : 1), s.end, rest, 'paragraph', listDepth));
      return;
    }
  }
  const text = inlineText(node, src);
  if (BULLETED.test(text) && bulletItems(text, src, s.start, s.end, facts, listDepth)) return;
  // (A pandoc simple table's rows, cells set apart by runs of spaces, as " | "; or two columns side by side, each its own.)
  // (…each row a table's row, as a pipe table's are.)
  const laid = listDepth === 0 && text.includes('   ') ? laidOut(text, lineIndents(src, s.start, s.end)) : undefined;
  if (laid) {
    for (const t of laid.texts) facts.passages.push(passage(s.start, s.end, t, laid.kind, 0));
    return;
  }
  if (text.trim()) facts.passages.push(passage(s.start, s.end, text, listDepth ? 'listItem' : 'paragraph', listDepth));
}

function scanPlaceholders(node: Parents, src: string, facts: BlockFacts): void {
  const s = span(node);
  const raw = src.slice(s.start, s.end);
  for (const p of findPlaceholders(raw)) facts.placeholders.push(placeholder(s.start + p.start, s.start + p.end, p.text));
  visitInline(node, (n) => {
    if (n.type === 'inlineCode' && findCodePlaceholder(n.value)) {
      const c = span(n);
      facts.placeholders.push(placeholder(c.start, c.end, n.value.trim()));
    }
  });
}

function visitInline(node: Nodes, fn: (n: Nodes) => void, depth = 0): void {
  fn(node);
  if (depth < MAX_DEPTH && 'children' in node) for (const c of node.children as Nodes[]) visitInline(c, fn, depth + 1);
}

/** Plain text of inline content; HTML tags dropped, breaks kept as newlines. */
export function inlineText(node: Nodes, src: string, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'text':
      return plainText(node.value);
    // A redline's struck-out words ("~~weekends~~ mutually convenient days") are not the agreement's.
    case 'delete':
      return '';
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : htmlToText(node.value);
    case 'image':
      return node.alt ?? '';
    case 'footnoteReference':
      return '';
    default:
      if ('children' in node) return (node.children as Nodes[]).map((c) => inlineText(c, src, depth + 1)).join('');
      return 'value' in node && typeof node.value === 'string' ? node.value : '';
  }
}

/** A bare e-mail address or web address (GFM would have made it a link). */
const BARE_ADDRESS = /[\p{L}\p{N}._+-]@[\p{L}\p{N}._-]|https?:\/\/|\bwww\./iu;
