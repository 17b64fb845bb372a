/**
 * PDF → markdown: the text layer (unpdf's build of PDF.js) read as a person reads the page. Text
 * pieces on one baseline make a line; lines close together make a paragraph; larger type and
 * short numbered clause lines are headings; lines starting with a bullet or a number are list
 * items; lines split into columns by wide gaps, one after another, are a table; a line that repeats
 * at the top or bottom of most pages (a running header or footer) and page numbers are left out.
 * Every markdown line keeps the page and line it came from (`sources`).
 */
import type { Root, RootContent, Paragraph, Heading, List, ListItem, Table, TableRow, PhrasingContent } from 'mdast';
import { DocumentError } from './error';
import { promoteTitles } from './tidy';
import { stringify } from './docx-read';
import { dropRunningLines, linesOf, type Item, type Line, type Source } from './pdf-lines';

export type { Source } from './pdf-lines';

export interface PdfConverted {
  markdown: string;
  /** For each line of `markdown` (0-based), where it is in the PDF. */
  sources: Array<Source | undefined>;
  pages: number;
}

const BULLET = /^[•◦▪▫●○■□–—·*-]\s*/;
const ORDERED = /^(\d{1,3})[.)]\s+/;

export async function pdfToMarkdown(buf: Buffer): Promise<PdfConverted> {
  if (!buf.subarray(0, 1024).includes(Buffer.from('%PDF-'))) throw new DocumentError('this file is not a PDF (it may be damaged or only named .pdf)');
  const { getDocumentProxy } = await import('unpdf');
  let pages: Item[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, disableFontFace: true, verbosity: 0 } as never);
    pages = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, { fontFamily?: string }>;
      pages.push(
        (content.items as Array<{ str?: string; transform?: number[]; width?: number; fontName?: string }>)
          .filter((it) => typeof it.str === 'string' && it.transform)
          .map((it) => ({
            str: it.str as string,
            x: it.transform![4],
            y: it.transform![5],
            width: it.width ?? 0,
            fontSize: Math.hypot(it.transform![2], it.transform![3]) || Math.abs(it.transform![0]),
            fontFamily: `${it.fontName ?? ''} ${styles[it.fontName ?? '']?.fontFamily ?? ''}`,
          })),
      );
      page.cleanup();
    }
    await pdf.destroy();
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException' || /password/i.test(String((e as Error)?.message))) throw new DocumentError('this PDF is protected with a password: open it, save a copy without the password (or ask the sender for one), and check that copy');
    if (e instanceof DocumentError) throw e;
    throw new DocumentError(`this PDF cannot be read: it is damaged or not a complete PDF (${String((e as Error)?.message ?? e).slice(0, 80)})`);
  }
  const chars = pages.reduce((n, p) => n + p.reduce((m, it) => m + it.str.replace(/\s/g, '').length, 0), 0);
  if (chars < 20) throw new DocumentError('this PDF is a scan: it has no text layer to read. Run OCR first (for example “Recognize text” in your PDF reader) and check the result');
  return buildMarkdown(pages.map((items, i) => linesOf(items, i + 1)));
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

type Block = { node: RootContent; sources: Source[] };

function buildMarkdown(rawPages: Line[][]): PdfConverted {
  const pages = dropRunningLines(rawPages);
  const all = pages.flat();
  // Body type: the size most characters are set in.
  const weight = new Map<number, number>();
  for (const l of all) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const headingSizes = [...new Set(all.filter((l) => l.size > body * 1.12).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const levelOf = (size: number) => Math.min(6, headingSizes.indexOf(Math.round(size * 2) / 2) + 1);
  // The usual distance between lines of a paragraph: the commonest gap between body lines.
  const gaps = new Map<number, number>();
  for (const p of pages)
    for (let i = 1; i < p.length; i++) {
      const g = Math.round((p[i - 1].y - p[i].y) * 2) / 2;
      if (g > 0 && Math.abs(p[i].size - body) < 0.6) gaps.set(g, (gaps.get(g) ?? 0) + 1);
    }
  const lineGap = [...gaps].sort((a, b) => b[1] - a[1])[0]?.[0] ?? body * 1.2;
  const width = Math.max(...all.map((l) => l.right - Math.min(...all.map((m) => m.x))), 1);
  const left = Math.min(...all.map((l) => l.x));

  const blocks: Block[] = [];
  let para: { lines: Line[] } | undefined;
  let table: { cols: number[]; lines: Array<{ line: Line }>; right: number } | undefined;
  let list: { ordered: boolean; items: Array<{ text: string; source: Source; x: number }> } | undefined;
  const flushPara = () => {
    if (!para) return;
    const t = para.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
    const first = para.lines[0];
    if (first.size > body * 1.12) blocks.push({ node: { type: 'heading', depth: levelOf(first.size) as Heading['depth'], children: [text(t)] }, sources: [first.source] });
    else blocks.push({ node: { type: 'paragraph', children: [text(t)] } as Paragraph, sources: [first.source] });
    para = undefined;
  };
  const flushList = () => {
    if (!list) return;
    const node: List = {
      type: 'list',
      ordered: list.ordered,
      spread: false,
      children: list.items.map((it): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(it.text)] }] })),
    };
    blocks.push({ node, sources: list.items.map((it) => it.source) });
    list = undefined;
  };
  const flushTable = () => {
    if (!table) return;
    // Columns: where the cells of the line with the most cells start (a header's centred cells do not say).
    // Columns: where the cells of the rows below the first start, set apart by more than 8 points
    // (the first row is often a header whose cells are centred); the first row's own when it has more.
    const cluster = (xs: number[]) => xs.sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - all[i - 1] > 8);
    const below = cluster(table.lines.slice(1).flatMap((t) => t.line.cellX));
    const cols = below.length >= table.lines[0].line.cellX.length ? below : table.lines[0].line.cellX;
    const columnOf = (x: number) => {
      let best = 0;
      for (let c = 0; c < cols.length; c++) if (cols[c] <= x + 8) best = c;
      return best;
    };
    const rows: Array<{ cells: string[]; lastY: number[]; source: Source }> = [];
    for (const { line } of table.lines) {
      const at = line.cellX.map(columnOf);
      const row = rows[rows.length - 1];
      // A new row: a cell below text in its column by more than a line of that cell's text
      // (lines within a cell are set closer than rows); else the line adds to the row (wrapped
      // cells, or a cell centred between them).
      const startsRow = !row || at.some((c) => row.cells[c] !== undefined && row.lastY[c] - line.y > line.size * 1.25);
      const target = startsRow ? { cells: [] as string[], lastY: [] as number[], source: line.source } : row;
      if (startsRow) rows.push(target);
      at.forEach((c, i) => {
        target.cells[c] = `${target.cells[c] ?? ''} ${line.cells[i]}`.trim();
        target.lastY[c] = line.y;
      });
    }
    if (rows.length >= 2 && cols.length >= 2) {
      const node: Table = {
        type: 'table',
        children: rows.map((r): TableRow => ({ type: 'tableRow', children: Array.from({ length: cols.length }, (_, i) => ({ type: 'tableCell', children: [text(r.cells[i] ?? '')] })) })),
      };
      blocks.push({ node, sources: rows.map((r) => r.source) });
    } else for (const r of rows) blocks.push({ node: { type: 'paragraph', children: [text(r.cells.filter(Boolean).join(' '))] }, sources: [r.source] });
    table = undefined;
  };
  const flush = () => {
    flushPara();
    flushList();
    flushTable();
  };
  for (const p of pages) {
    let prev: Line | undefined;
    for (const l of p) {
      const gap = prev ? prev.y - l.y : Infinity;
      const newBlock = gap > lineGap * 1.35 || gap < 0;
      const isHeading = l.size > body * 1.12;
      if (table) {
        // A line goes into the table while it is close below it and starts no further left.
        const wide = l.cells.length === 1 && Math.abs(l.x - left) < 8 && l.right - left > width * 0.8;
        if (isHeading || gap < 0 || gap > lineGap * 2.2 || l.x < table.cols[0] - 8 || wide) flushTable();
        else {
          table.lines.push({ line: l });
          table.right = Math.max(table.right, l.right);
          prev = l;
          continue;
        }
      }
      if (l.cells.length >= 2 && !isHeading) {
        flush();
        table = { cols: l.cellX.slice(), lines: [{ line: l }], right: l.right };
      } else if (BULLET.test(l.text) || (ORDERED.test(l.text) && !isHeading)) {
        flushPara();
        const ordered = ORDERED.test(l.text);
        if (list && list.ordered !== ordered) flushList();
        list ??= { ordered, items: [] };
        list.items.push({ text: l.text.replace(ordered ? ORDERED : BULLET, ''), source: l.source, x: l.x });
      } else if (list && !newBlock && l.x > list.items[list.items.length - 1].x + 2) {
        // A list item's wrapped line (indented like its text).
        const last = list.items[list.items.length - 1];
        last.text += ' ' + l.text;
      } else {
        flushList();
        const continues = para && !newBlock && (para.lines[0].size > body * 1.12) === isHeading && Math.abs(para.lines[0].size - l.size) < 0.6;
        if (!continues) {
          flushPara();
          para = { lines: [] };
        }
        para!.lines.push(l);
        // A short line that ends a sentence ends its paragraph (ragged right).
        if (l.right - left < width * 0.6 && /[.:;!?]$/.test(l.text) && !isHeading) flushPara();
      }
      prev = l;
    }
    // Paragraphs, lists and tables may run on to the next page.
  }
  flush();
  const root: Root = { type: 'root', children: blocks.map((b) => b.node) };
  promoteTitles(root, { numbered: true });
  const out: string[] = [];
  const sources: Array<Source | undefined> = [];
  blocks.forEach((b, i) => {
    if (i > 0) {
      out.push('');
      sources.push(undefined);
    }
    const node = root.children[i];
    const lines = stringify({ type: 'root', children: [node] }).replace(/\n+$/, '').split('\n');
    lines.forEach((line, j) => {
      out.push(line);
      const k = node.type === 'table' ? Math.max(0, j - 1) : node.type === 'list' ? j : 0;
      sources.push(b.sources[Math.min(k, b.sources.length - 1)]);
    });
  });
  return { markdown: out.join('\n') + '\n', sources, pages: pages.length };
}
