/**
 * Inputs on which `analyze` takes time that grows faster than the input (found by the fuzz
 * suite, then reduced to one repeated unit). Each is sized to take several times the time
 * bound today; the regression tests require it to stay within the bound.
 */
const TITLE = '# Memorandum of Understanding\n\n';

export interface SlowInput {
  name: string;
  /** Where the time goes (from a CPU profile). */
  where: string;
  text: string;
}

/** Super-linear steps in the core's own code. */
export const CORE_SLOW: SlowInput[] = [
  {
    name: 'a long run of letters or digits without "@" (a 30 KB word)',
    where: 'signals.ts EMAIL /[A-Za-z0-9._%+-]+@…/ retried from every position of the run (points-of-contact signal, contactEntries, reciprocity)',
    text: TITLE + 'x'.repeat(30_000) + '\n',
  },
  {
    name: 'a long line of capitalised words ("TBD TBD …", 32 KB)',
    where: 'parties.ts COMPANY_ALIAS: (NAME)\\s+(?:Limited|Ltd|…) backtracks over every run of capitalised words',
    text: TITLE + 'TBD '.repeat(8_000) + '\n',
  },
  {
    name: 'an HTML block with many "<" and no ">" (40 KB)',
    where: 'html.ts htmlToText /<[^>]*>/g scans to the end from every "<"',
    text: TITLE + '<div ' + '<'.repeat(40_000) + '\n',
  },
  {
    name: 'an unclosed HTML comment containing many "<!--" (80 KB)',
    where: 'html.ts htmlToText /<!--[\\s\\S]*?-->/g scans to the end from every "<!--"',
    text: TITLE + '<!--\n' + '<!-- '.repeat(16_000) + '\n',
  },
  {
    name: 'an HTML block with many unclosed <h1> (120 KB)',
    where: 'facts/walk.ts html() used /<h([1-6])\\b[^>]*>([\\s\\S]*?)<\\/h\\1\\s*>/gi, which scanned to the end from every "<h1>" (now htmlHeadings: linear)',
    text: TITLE + '<div>\n' + '<h1>'.repeat(30_000) + '\n',
  },
  {
    name: 'the same section heading thousands of times ("## Roles", 80 KB)',
    where: 'locate.ts locate(): `outer` compares every titled node with every other, withSubheadings filters all headings per node',
    text: TITLE + '## Roles\n\n'.repeat(8_000),
  },
];

/** Super-linear steps inside micromark (remark-parse), which the core runs on whole blocks. */
export const PARSER_SLOW: SlowInput[] = [
  {
    name: 'many emphasis delimiters in one paragraph ("*a*a*a…", 16 KB)',
    where: 'micromark-core-commonmark attention.js resolveAllAttention (quadratic in unmatched delimiters)',
    text: TITLE + '*a'.repeat(8_000) + '\n',
  },
  {
    name: 'nested image/link labels ("[![!…a](x)](x)…", 3.5 KB)',
    where: 'micromark-core-commonmark label-end.js resolveToLabelEnd',
    text: TITLE + '[!'.repeat(600) + 'a' + '](x)'.repeat(600) + '\n',
  },
  {
    name: 'a GFM table with 3,000 rows (29 KB)',
    where: 'micromark-extension-gfm-table syntax.js flushCell / edit-map.js add',
    text: TITLE + '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(3_000),
  },
  {
    name: 'a list nested 800 deep on one line ("- - - … x", 1.6 KB)',
    where: 'micromark document/list containers: quadratic in nesting depth',
    text: TITLE + '- '.repeat(800) + 'x\n',
  },
];
