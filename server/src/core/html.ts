/** Text content of an HTML fragment: block tags become line breaks, entities are decoded. */
const BLOCK_TAGS = /<\/?(?:p|div|br|tr|li|ul|ol|table|thead|tbody|h[1-6]|blockquote|section|hr)\b[^>]*>/gi;
const CELL_TAGS = /<\/?(?:td|th)\b[^>]*>/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', rsaquo: '›', lsaquo: '‹', raquo: '»', laquo: '«', copy: '©', reg: '®', trade: '™', bull: '•', middot: '·', times: '×', euro: '€', pound: '£', deg: '°', sect: '§', para: '¶' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** Remove HTML comments in one linear pass (an unclosed one runs to the end). */
function stripComments(html: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = html.indexOf('<!--', i);
    if (open < 0) return out + html.slice(i);
    out += html.slice(i, open) + ' ';
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return out;
    i = close + 3;
  }
}

export function htmlToText(html: string): string {
  return decodeEntities(
    stripComments(html)
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      // A line break inside a table's row keeps the row one line ("Mr Themba Ngcobo<br>Chief Information Officer" in a cell),
      // as does a cell written over several lines of the source (in HTML, a newline is a space).
      .replace(/<tr\b[^>]*>[\s\S]*?<\/tr\s*>/gi, (row) => row.replace(/<br\s*\/?>/gi, ' · ').replace(/\s*\n\s*/g, ' '))
      // One separator between two cells ("</td><td>"), so a row reads "A | B |", not "A | | B |".
      .replace(/<\/(?:td|th)\s*>\s*<(?:td|th)\b[^>]*>/gi, ' | ')
      .replace(BLOCK_TAGS, '\n')
      .replace(CELL_TAGS, ' | ')
      .replace(/<[^<>]*>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[ \n|]*/g, '\n')
    .trim();
}
