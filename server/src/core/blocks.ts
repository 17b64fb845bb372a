/**
 * Splits a markdown document into blocks that remark can parse on their own.
 *
 * A block starts at a safe boundary: an ATX heading at column 0, or (once the
 * current block is longer than SOFT_LIMIT) a blank line followed by a line at
 * column 0 that cannot continue the previous construct. The scan tracks front
 * matter, fenced code and the HTML blocks that may span blank lines (comments,
 * <pre>, <script>, <style>, <textarea>, processing instructions, CDATA), so it
 * never cuts inside them. It is linear and allocation-light: about 1 GB/s.
 */
export interface Block {
  /** Offset of the block's first character in the document. */
  start: number;
  /** Offset just past the block's last character. */
  end: number;
  /** 0-based line of the block's first line. */
  line: number;
  text: string;
}

/** Blocks longer than this may also be cut at paragraph boundaries. */
export const SOFT_LIMIT = 2048;

const ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_FENCE = /^(?:-{3}|\+{3})[ \t]*$/;
const LIST_START = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const HTML_SPANNING: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const TABLE_OPEN = /^ {0,3}<table(?:[\s>]|$)/i;
const TABLE_CLOSE = /<\/table\s*>/i;

export function splitBlocks(text: string, softLimit = SOFT_LIMIT): Block[] {
  const blocks = scan(text, 0, 0, softLimit);
  if (blocks.length === 0) blocks.push({ start: 0, end: 0, line: 0, text: '' });
  return blocks;
}

/**
 * Scan from `from` (offset 0, or the start of a block of an earlier split: the scan state at
 * every cut is the same — no fence, no open HTML block) and cut blocks. `stop(at, line)` is asked
 * at every cut after the first; when it says yes, scanning ends there and the blocks so far are
 * returned with `stopped` set to the offset of the cut.
 */
function scan(text: string, from: number, fromLine: number, softLimit: number, stop?: (at: number, line: number) => boolean): Block[] & { stopped?: number } {
  const blocks: Block[] & { stopped?: number } = [];
  let blockStart = from;
  let blockLine = fromLine;
  let pos = from;
  let line = fromLine;
  let prevBlank = true;
  let prevHtml = false;
  let fence: { char: string; len: number } | null = null;
  let htmlEnd: RegExp | null = null;
  // Inside an HTML table whose tags stand on lines of their own, blank lines between (a Word converter's
  // "<tr><td>" / "" / "__Party__" / "" / "</td><td>"): no cut at a paragraph boundary, so the table is parsed
  // whole; at most 16 soft limits, and not across a cut (every cut starts outside any table).
  let inTable = false;

  /** Cut before `at`; true when the caller should stop scanning. */
  const cut = (at: number, atLine: number): boolean => {
    if (at > blockStart) {
      blocks.push({ start: blockStart, end: at, line: blockLine, text: text.slice(blockStart, at) });
      blockStart = at;
      blockLine = atLine;
      inTable = false;
      if (stop && at < text.length && stop(at, atLine)) {
        blocks.stopped = at;
        return true;
      }
    }
    return false;
  };

  // A byte-order mark is not part of the first line's content (markdown parsers drop it).
  const bom = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Front matter: `---` (YAML) or `+++` (TOML) on the first line, closed by the same (or `...`).
  const fm = from === 0 ? /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(bom ? text.slice(1) : text) : null;
  if (fm) {
    const close = fm[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
    let p = bom + fm[0].length;
    let l = 1;
    while (p < text.length) {
      const { end, next } = lineAt(text, p);
      if (close.test(text.slice(p, end))) {
        pos = next;
        line = l + 1;
        break;
      }
      p = next;
      l++;
    }
  }

  while (pos < text.length) {
    const { end, next } = lineAt(text, pos);
    const content = text.slice(pos === 0 ? bom : pos, end);
    const blank = /^[ \t]*$/.test(content);

    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) {
        htmlEnd = null;
        prevHtml = false; // these HTML blocks end on the line that closes them
      }
    } else {
      const startsAtColumn0 = !blank && content[0] !== ' ' && content[0] !== '\t';
      if (ATX.test(content) && !prevHtml) {
        if (cut(pos, line)) return blocks;
      } else if (
        prevBlank &&
        startsAtColumn0 &&
        pos - blockStart >= softLimit &&
        !(inTable && pos - blockStart < 16 * softLimit) &&
        !LIST_START.test(content) &&
        content[0] !== '>' &&
        content[0] !== '<' &&
        content[0] !== '[' &&
        // Not at "---" or "+++": parsed alone, a block starting there would read up to the next such
        // line (a PDF's page breaks) as front matter, and lose it.
        !FRONT_MATTER_FENCE.test(content)
      ) {
        if (cut(pos, line)) return blocks;
      }
      // Fences and HTML blocks open with ` ~ or < after at most three spaces: most lines start
      // with a letter and skip those patterns.
      let indent = 0;
      while (indent < 3 && content.charCodeAt(indent) === 32) indent++;
      const lead = content[indent];
      const f = lead === '`' || lead === '~' ? FENCE_OPEN.exec(content) : null;
      if (f && !(f[1][0] === '`' && content.slice(f.index + f[0].length).includes('`'))) {
        fence = { char: f[1][0], len: f[1].length };
      } else {
        let spanning = false;
        if (lead === '<' || inTable) {
          if (TABLE_OPEN.test(content)) inTable = !TABLE_CLOSE.test(content);
          else if (inTable && TABLE_CLOSE.test(content)) inTable = false;
        }
        if (lead === '<') {
          for (const [open, close] of HTML_SPANNING) {
            if (open.test(content)) {
              spanning = true;
              if (!close.test(content.replace(open, ''))) htmlEnd = close;
              break;
            }
          }
        }
        // Comments, <pre>, <script>… end at their closing marker; other HTML blocks run to a blank line.
        prevHtml = spanning ? false : !blank && lead === '<' ? true : blank ? false : prevHtml;
        if (htmlEnd) {
          prevBlank = false;
          pos = next;
          line++;
          continue;
        }
      }
    }
    prevBlank = blank;
    pos = next;
    line++;
  }
  cut(text.length, line);
  return blocks;
}

/**
 * Re-splits a document after an edit, scanning only from the block before the edit until a cut
 * lands on a boundary the previous split also had (past the edit); the blocks after it are the
 * previous ones, moved. The result is always what `splitBlocks(text)` returns.
 */
export class IncrementalSplitter {
  private text?: string;
  private blocks: Block[] = [];
  /** What changed since the last split, as told by `edited` (undefined: compare the texts). */
  private changed?: { prefix: number; suffix: number };

  constructor(private readonly softLimit = SOFT_LIMIT) {}

  /**
   * The text of length `length` had [start, end) replaced (by an editor's ranged change). Saves
   * the next split from comparing the old and new texts to find what changed. Every change since
   * the last split must be reported, in order; `unknown()` when one cannot be.
   */
  edited(start: number, end: number, length: number): void {
    const suffix = length - end;
    this.changed = this.changed ? { prefix: Math.min(this.changed.prefix, start), suffix: Math.min(this.changed.suffix, suffix) } : { prefix: start, suffix };
  }

  /** A change whose extent is not known (a whole-text replacement): the next split compares. */
  unknown(): void {
    this.changed = { prefix: 0, suffix: 0 };
  }

  split(text: string): Block[] {
    if (text === this.text) {
      this.changed = undefined; // (changes that came to nothing)
      return this.blocks;
    }
    const old = this.text;
    const oldBlocks = this.blocks;
    const told = this.changed;
    this.text = text;
    this.changed = undefined;
    if (old === undefined || oldBlocks.length < 2) return (this.blocks = splitBlocks(text, this.softLimit));
    const max = Math.min(old.length, text.length);
    const useTold = told !== undefined && (told.prefix > 0 || told.suffix > 0) && told.prefix + told.suffix <= max;
    const prefix = useTold ? told.prefix : commonPrefix(old, text);
    const suffix = useTold ? told.suffix : commonSuffix(old, text, max - prefix);
    const delta = text.length - old.length;
    const oldEditEnd = old.length - suffix;
    // The block holding the first changed character, and one more before it: a cut depends on the
    // line it is at, which may run into the edit.
    let i = blockAt(oldBlocks, prefix);
    i = Math.max(0, i - 1); // (from block 0 the scan starts at offset 0, where front matter is recognised)
    const from = oldBlocks[i].start;
    const fromLine = oldBlocks[i].line;
    // Old cuts past the edit, by offset, for the resynchronisation test.
    let j = i + 1;
    let lineDelta = 0;
    const stop = (at: number, line: number): boolean => {
      const oldAt = at - delta;
      if (oldAt < oldEditEnd || at < prefix) return false;
      while (j < oldBlocks.length && oldBlocks[j].start < oldAt) j++;
      if (j >= oldBlocks.length || oldBlocks[j].start !== oldAt) return false;
      lineDelta = line - oldBlocks[j].line;
      return true;
    };
    const middle = scan(text, from, fromLine, this.softLimit, stop);
    const blocks = oldBlocks.slice(0, i);
    for (const b of middle) blocks.push(b);
    if (middle.stopped !== undefined) {
      for (let k = j; k < oldBlocks.length; k++) {
        const b = oldBlocks[k];
        blocks.push(delta === 0 && lineDelta === 0 ? b : { start: b.start + delta, end: b.end + delta, line: b.line + lineDelta, text: b.text });
      }
    }
    if (blocks.length === 0) blocks.push({ start: 0, end: 0, line: 0, text: '' });
    return (this.blocks = blocks);
  }
}

/** Index of the block containing `offset` (the last block if past the end). */
function blockAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const CHUNK = 4096;

/** Length of the longest common prefix (compares whole chunks first: string equality is fast). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  while (k + CHUNK <= max && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** End of the line's content and start of the next line, from an offset at a line start. */
function lineAt(text: string, pos: number): { end: number; next: number } {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
    i++;
  }
  return { end: i, next: i };
}
