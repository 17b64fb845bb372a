/** Line index over a text: offset <-> (line, UTF-16 character), for \n, \r\n and \r endings. */
import type { Position, Range, Span } from './types';

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Markdown's backslash escapes undone ("fnwachukwu@college\\.ca", "\\[Partner\\]"), as a converter writes them into source. */
export const unescapeMarkdown = (src: string): string => (src.includes('\\') ? src.replace(/\\([!-/:-@[-`{-~])/g, '$1') : src);

export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[];

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /** An index from line starts already known (the model gathers them from its blocks). */
  static fromStarts(text: string, starts: number[]): LineIndex {
    return new LineIndex(text, starts.length ? starts : [0]);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset, clamped into the text. */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // Never point between \r and \n.
    let character = o - this.starts[lo];
    const lineEnd = this.lineEnd(lo);
    if (character > lineEnd - this.starts[lo]) character = lineEnd - this.starts[lo];
    return { line: lo, character };
  }

  /** Offset of a position, clamped into its line. */
  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text[end - 1] === '\n') end--;
    if (end > this.starts[line] && this.text[end - 1] === '\r') end--;
    return end;
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

/** Offsets at which lines start: 0 (unless `withFirst` is false), then after every \n, \r\n or \r. */
export function lineStarts(text: string, withFirst = true): number[] {
  const starts = withFirst ? [0] : [];
  const re = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * The indentation of the list marker that opens the line up to `at` ("4. " before "**Students** placed…" → 0;
 * "   - " → 3), or -1 when the text before `at` on its line is no list marker.
 */
export function listMarkerIndent(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > 16) return -1;
  const m = /^( *)(?:\d{1,3}[.)]|[-*+])[ \t]+$/.exec(text.slice(lineStart, at));
  return m ? m[1].length : -1;
}
