/**
 * A PDF page's text layer as lines: text pieces on one baseline make a line, split into cells at
 * wide gaps; running headers, footers and page numbers are dropped (pdf-read.ts makes the blocks).
 */

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontFamily: string;
}

/** Where a line of the converted text comes from: page and line on that page, 1-based. */
export interface Source {
  page: number;
  line: number;
}

export interface Line {
  cells: string[];
  /** Where each cell starts. */
  cellX: number[];
  text: string;
  y: number;
  x: number;
  right: number;
  size: number;
  source: Source;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Text pieces → lines, top to bottom; a wide gap inside a line splits it into cells. */
export function linesOf(items: Item[], page: number): Line[] {
  const sorted = items.filter((it) => it.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - it.y) <= Math.max(2, row[0].fontSize * 0.4)) row.push(it);
    else rows.push([it]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    // Cells: a gap (or a run of spaces) of about an em or more, as between table columns.
    const cells: string[] = [];
    const cellX: number[] = [];
    let cell = '';
    let end = -Infinity;
    for (const it of row) {
      const blank = !it.str.trim();
      const gap = it.x - end;
      if (blank) {
        if (cell && it.width >= it.fontSize * 0.9) {
          cells.push(cell.trim());
          cell = '';
        } else if (cell && !/\s$/.test(cell)) cell += ' ';
        end = Math.max(end, it.x + it.width);
        continue;
      }
      if (cell && gap >= it.fontSize * 0.9) {
        cells.push(cell.trim());
        cell = '';
      } else if (cell && gap > it.fontSize * 0.15 && !/\s$/.test(cell) && !/^\s/.test(it.str)) cell += ' ';
      if (!cell) cellX.push(it.x);
      cell += it.str;
      end = it.x + it.width;
    }
    if (cell.trim()) cells.push(cell.trim());
    else if (cellX.length > cells.length) cellX.pop();
    if (!cells.length) continue;
    // A list bullet or a clause number set apart by a tab belongs to the text after it.
    while (cells.length >= 2 && /^(?:[•◦▪▫●○■□–—·*-]|\(?\d{1,3}(?:\.\d+)*[.)]?|\(?[a-zA-Z][.)]|[IVXLC]+\.)$/.test(cells[0])) {
      cells.splice(0, 2, `${cells[0]} ${cells[1]}`);
      cellX.splice(1, 1);
    }
    const sizes = row.filter((r) => r.str.trim()).map((r) => r.fontSize);
    lines.push({ cells, cellX, text: cells.join(' '), y: row[0].y, x: row[0].x, right: end, size: Math.max(...sizes), source: { page, line: lines.length + 1 } });
  }
  return lines;
}

/** Lines that repeat at the top or bottom of most pages, digits aside, and page numbers. */
export function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const count = new Map<string, number>();
  for (const p of pages) for (const l of new Set([...p.slice(0, 2), ...p.slice(-2)])) count.set(key(l), (count.get(key(l)) ?? 0) + 1);
  const repeated = (l: Line) => pages.length >= 2 && (count.get(key(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) =>
    p.filter((l, i) => {
      const edge = i < 2 || i >= p.length - 2;
      return !(edge && (PAGE_NUMBER.test(l.text) || repeated(l)));
    }),
  );
}
