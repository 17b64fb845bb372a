/**
 * A per-block input guard in front of remark. micromark is quadratic in a few constructs: unmatched
 * emphasis delimiters in one paragraph (100 KB of `*_`: almost 4 minutes), link and image labels
 * (`](` ×50,000: 28 s), and container nesting (lists 800 deep: 23–40 s; `> ` ×50,000: 21 s). One
 * linear scan counts them; a block past a bound is not given to the parser at all. It is read as
 * plain text instead (facts/index.ts), and the `not-checked` rule says that this part was not checked.
 *
 * The bounds are far above what agreements hold (a paragraph with 500 emphasis markers, a list
 * nested 40 deep) and keep remark's worst case for one block to about 50–100 ms (measured on this
 * project's 2-core machines: 500 unmatched `*_` delimiters ~50 ms, 600 brackets ~40 ms, a list 40
 * deep ~100 ms).
 */

/** Emphasis and strikethrough delimiters (`*`, `_`, `~`) in one paragraph, table row or list item. */
export const MAX_DELIMITERS = 500;
/** Label brackets (`[`, `]`) in one paragraph, table row or list item. */
export const MAX_BRACKETS = 600;
/** Containers (block quotes, list items, two columns of indentation each) opened on one line. */
export const MAX_NESTING = 40;

/** Why remark would take too long on this block, in words, and where (the line it tripped on); undefined when it will not. */
export function tooCostly(text: string): { reason: string; at: number } | undefined {
  const r = scan(text);
  return r && { reason: r[0], at: r[1] };
}

function scan(text: string): [string, number] | undefined {
  /** Where the current line, and the current inline run (paragraph, item, row), start. */
  let line = 0;
  let run = 0;
  let delimiters = 0;
  let brackets = 0;
  let lineStart = true;
  let depth = 0;
  let indent = 0;
  /** The indentation before the line's first container marker (two columns a level). */
  let lead = 0;
  const nesting = (): number => depth + ((depth ? lead : indent) >> 1);
  let blankLine = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (blankLine) delimiters = brackets = 0; // a blank line ends the paragraph
      if (blankLine) run = i + 1;
      line = i + 1;
      lineStart = true;
      blankLine = true;
      depth = 0;
      indent = 0;
      lead = 0;
      continue;
    }
    if (lineStart) {
      // Container prefixes at the start of a line: spaces, tabs, `>`, list markers.
      if (c === 32) {
        indent++;
        continue;
      }
      if (c === 9) {
        indent += 4;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      const markerEnds = next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next);
      if (c === 62 /* > */ || ((c === 45 || c === 42 || c === 43) /* - * + */ && markerEnds)) {
        if (depth === 0) lead = indent;
        depth++;
        indent = 0;
        // A new list item (or quote line) starts a new inline run: its delimiters are counted anew.
        delimiters = brackets = 0;
        run = line;
        if (nesting() > MAX_NESTING) return [`it nests lists or block quotes more than ${MAX_NESTING} deep`, line];
        continue;
      }
      // (Indentation alone opens no container: a PDF's right-hand column 85 spaces in is text, read in linear time.)
      if (depth > 0 && nesting() > MAX_NESTING) return [`it nests lists or block quotes more than ${MAX_NESTING} deep`, line];
      if (c === 124 /* | */ || c === 35 /* # */) {
        delimiters = brackets = 0; // a table row or a heading
        run = line;
      }
      lineStart = false;
    }
    blankLine = false;
    if (c === 42 || c === 95 || c === 126) {
      if (++delimiters > MAX_DELIMITERS) return [`it has more than ${MAX_DELIMITERS} emphasis markers (* _ ~) in one paragraph`, run];
    } else if (c === 91 || c === 93) {
      if (++brackets > MAX_BRACKETS) return [`it has more than ${MAX_BRACKETS} link brackets ([ ]) in one paragraph`, run];
    }
  }
  return undefined;
}
