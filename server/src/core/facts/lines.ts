/**
 * Reading a paragraph by its lines, as converted and pasted text writes them: "•" lines that are a
 * list, a capital title wrapped over two lines, two columns side by side, the line breaks of each.
 */
import { passage, type BlockFacts } from './make';

/** The `n`th line break at or after `from`. */
export function nthBreak(text: string, from: number, n: number): RegExpExecArray | null {
  const re = /\r\n|\r|\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null = null;
  for (let k = 0; k < n && (m = re.exec(text)); k++);
  return m;
}

/** A capital line cut short: long, or ending on a word or mark that needs more ("OF", "(", "–"). */
export const CAPS_WRAP = /^(?=[^\p{Ll}]*$)(?:.{55,}|.*(?:\b(?:OF|AND|THE|FOR|TO|IN|ON|WITH|BY|AT|A|AN)|[("“&,–—-]))$/u;

/** "• host two tours…" lines, as PDF and pasted text give a list: a bullet character, not a markdown marker. */
const BULLET_LINE = /^\s*[•◦▪●○■]\s+/;
export const BULLETED = new RegExp(BULLET_LINE.source, 'm');

/**
 * A paragraph whose lines start with a bullet, after lines that introduce them ("Responsibilities:" /
 * "• Sanctuary: assessment…"): those lines, then one list item per bullet line (false, and nothing
 * pushed, otherwise).
 */
export function bulletItems(text: string, src: string, start: number, end: number, facts: BlockFacts, listDepth: number): boolean {
  const lines = text.split('\n');
  const raw = src.slice(start, end).split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => BULLET_LINE.test(l));
  if (lines.length !== raw.length || first < 0 || !lines.slice(first).every((l) => BULLET_LINE.test(l))) return false;
  const at: number[] = [];
  for (let i = 0, o = start; i < raw.length; o += raw[i].length + (src.startsWith('\r\n', o + raw[i].length) ? 2 : 1), i++) at.push(o);
  const lead = lines.slice(0, first).join('\n');
  if (lead.trim()) facts.passages.push(passage(start, at[first - 1] + raw[first - 1].length, lead, listDepth ? 'listItem' : 'paragraph', listDepth));
  for (let i = first; i < raw.length; i++) {
    const t = lines[i].replace(BULLET_LINE, '');
    if (t.trim()) facts.passages.push(passage(at[i], at[i] + raw[i].length, t, 'listItem', listDepth + 1));
  }
  return true;
}

/** Two runs of text on one line, set apart by three spaces or more: columns of a PDF's layout. */
export const SIDE_BY_SIDE = /\S {3,}\S/;

/**
 * Two blocks side by side, as a PDF's layout text writes two signature blocks ("Dr. Ana Ruiz      Carl
 * Voss" / "ana@…      carl@…"): each column's lines, left then right; undefined for anything else
 * (a line with three or more columns, fewer than two lines in two).
 */
export function columns(text: string): [string, string] | undefined {
  if (!SIDE_BY_SIDE.test(text)) return undefined;
  const split = text.split(/\r\n|\r|\n/).map((l) => l.trim().split(/ {3,}/));
  if (split.some((parts) => parts.length > 2) || split.filter((parts) => parts.length === 2).length < 2) return undefined;
  return [split.map((parts) => parts[0]).join('\n'), split.flatMap((parts) => (parts.length === 2 ? [parts[1]] : [])).join('\n')];
}

/** A rule of dashes under a pandoc simple table's header, or around a multiline table ("-------  ------  ----"). */
const DASH_RULE = /^\s*-{3,}(?:\s+-{2,})*\s*$/;

/**
 * A pandoc simple or multiline table as markdown reads it — a paragraph, or a heading over its closing rule
 * ("Measure      Baseline      Target      By" / "Datasets published   4   15   31 March 2026"): its rows with
 * their cells set apart by " | ", as a pipe table's; undefined for anything else. Each row has three or
 * more cells (two are text set side by side, `columns`); a line with fewer continues the row above.
 */
export function spacedRows(text: string, indents?: readonly number[], minCells = 3): string | undefined {
  const rows: string[][] = [];
  // (Markdown drops a paragraph's indentation from its lines: the source's puts each line back in its columns.)
  const lines = text.split(/\r\n|\r|\n/);
  const placed = indents && indents.length === lines.length ? lines.map((l, i) => ' '.repeat(indents[i]) + l.trimStart()) : lines;
  // Where each cell of the first row starts: a line that runs a row on puts each of its words under its own column.
  let starts: number[] = [];
  for (const line of placed) {
    if (!line.trim() || DASH_RULE.test(line)) continue;
    const chunks = [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ at: m.index!, text: m[0] }));
    // (A multiline table's last row alone over its closing rule may have two cells, "Tesser   To be named by September 1," / "2025".)
    if (minCells < 3 && rows.length && chunks.length >= 2) return undefined;
    if (chunks.length >= minCells && !(rows.length && starts.length && chunks[0].at > starts[0] + 2)) {
      rows.push(chunks.map((c) => c.text));
      if (!starts.length) starts = chunks.map((c) => c.at);
      continue;
    }
    if (!rows.length) return undefined;
    // (A multiline table's row runs on below its first line: "Introduction to Data          system", "   actual   target".)
    const row = rows[rows.length - 1];
    for (const c of chunks) {
      let col = 0;
      for (let k = 0; k < starts.length && k < row.length; k++) if (starts[k] <= c.at + 2) col = k;
      row[col] += ` ${c.text}`;
    }
  }
  return rows.length ? rows.map((r) => r.join(' | ')).join('\n') : undefined;
}

/** A multiline table's last row of two cells alone over its closing rule of one long run of dashes: that row. */
export function lastRow(text: string, indents: readonly number[], raw: string): { kind: 'tableRow'; texts: string[] } | undefined {
  const rule = raw.split(/\r\n|\r|\n/).pop() ?? '';
  const row = /^\s*-{20,}\s*$/.test(rule) ? spacedRows(text, indents, 2) : undefined;
  return row ? { kind: 'tableRow', texts: [row] } : undefined;
}

/** The indentation of each line of the source from `start` to `end` (the first line's from its line's start). */
export function lineIndents(src: string, start: number, end: number): number[] {
  const first = start - (src.lastIndexOf('\n', start - 1) + 1);
  return src.slice(start, end).split(/\r\n|\r|\n/).map((l, i) => (i === 0 ? first + (/^ */.exec(l)![0].length) : /^ */.exec(l)![0].length));
}

/** Text laid out by runs of spaces, as passages: a pandoc table's rows (each a table's row), or two columns side by side (each column's lines). */
export function laidOut(text: string, indents?: readonly number[]): { kind: 'tableRow' | 'paragraph'; texts: string[] } | undefined {
  const rows = spacedRows(text, indents);
  if (rows) return { kind: 'tableRow', texts: rows.split('\n') };
  const parts = columns(text);
  return parts ? { kind: 'paragraph', texts: parts } : undefined;
}

/** What only code has: a statement's end or brace, an arrow or comparison, a call, a shell or language keyword, a tag. */
const CODE_LIKE = /[{};]\s*$|=>|[=!]==?|\w\(\)|^\s*(?:\$ |>>> |#include|import |from \S+ import|def |function\b|const |let |var |class |public |<\?|<\/?[a-z]+[\s>]|SELECT |curl |npm |git |pip |cd |sudo )/im;

/**
 * An indented block that is agreement text, not code: a PDF's clause or contact card set in by four spaces
 * ("     TAFE      Mr Callum Nguyen-Barker, Workplace Coordinator"). Its chunks (split at blank lines) with
 * their offsets in `src`, or undefined for code and for a fenced block.
 */
export function indentedProse(src: string, start: number, end: number, value: string): Array<{ start: number; end: number; text: string }> | undefined {
  const source = src.slice(start, end);
  if (/^ {0,3}(?:`{3,}|~{3,})/.test(source) || CODE_LIKE.test(value) || (value.match(/\p{L}{3,}/gu)?.length ?? 0) < 6) return undefined;
  const out: Array<{ start: number; end: number; text: string }> = [];
  let from = start;
  for (const chunk of value.split(/\n[ \t]*\n/)) {
    const text = chunk.trim();
    if (!text) continue;
    const at = src.indexOf(text.split('\n')[0], from);
    const s = at >= from && at < end ? at : from;
    // (A table laid out in columns, "Indicator      Baseline 2024   Target   By", as a pandoc simple table's rows.)
    out.push({ start: s, end: Math.min(end, s + text.length), text: spacedRows(text) ?? text });
    from = Math.min(end, s + text.length);
  }
  return out;
}

/** A text node's text: pandoc attribute blocks ({.ul}, {: .no_toc}) dropped, a draft's tracked changes written out as accepted. */
export const plainText = (value: string): string => trackedChanges(value.replace(PANDOC_ATTRS, ''));

/** A draft's tracked changes written out ("[deleted: 15th][inserted: 22nd]"): the text as it would be accepted. */
function trackedChanges(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(/\[(?:deleted|deletion|removed):[^\]]*\]/gi, '').replace(/\[(?:inserted|insertion|added):\s*([^\]]*)\]/gi, '$1');
}

/** Pandoc attribute blocks such as {.ul} or {: .no_toc}. */
const PANDOC_ATTRS = /\{[.:#][^}\n]*\}/g;
