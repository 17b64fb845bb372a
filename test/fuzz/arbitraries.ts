/**
 * fast-check generators for the fuzz suite: agreement-shaped markdown (front matter, every
 * heading style the core reads, tables, lists, quotes, code, HTML, placeholders, many scripts)
 * and edits that mutate it (spans, junk, huge lines, deep nesting, unclosed constructs, line endings).
 *
 * Everything here is structured data mapped to strings, so fast-check shrinks a failure to a
 * short document and a short list of edits.
 */
import fc from 'fast-check';
import { loadFixtures } from '../helpers/fixtures';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const NAMES = [
  'Priya Raman', 'Omar Haddad', 'Dana Whitlock', 'Nizam Thampi', 'José Ñúñez', 'Zoë Brontë',
  'محمد الأحمد', 'דוד כהן', '王小明', 'राहुल शर्मा', 'Ada 🎓 Lovelace', '𝔘rsula 𝔎ing', 'Jose\u0301 Garci\u0301a',
  '[Partner Contact Name]', '{Contact Person}', '`Partner PIC Name`',
];

export const ORGS = [
  'Riverside STEM Academy', 'Acme Robotics Inc.', 'Lumen Labs', 'Cascadia Power & Light Company', 'Eastfield College',
  'the School', 'the Partner', 'جامعة القاهرة', 'מכון ויצמן', '清华大学', 'भारतीय प्रौद्योगिकी संस्थान', '🚀 Rocket Club',
  '[Partner Name]', '{Supporting Organisation}', '____________',
];

export const SECTION_TITLES = [
  'Roles and Responsibilities', 'Responsibilities of the Parties', 'Who does what', 'Points of Contact', 'Contacts',
  'Key Contacts', 'Resource Commitments', 'Funding', 'What each partner puts in', 'Safety Protocols', 'Keeping students safe',
  'Student Safety', 'Intended Outcomes', 'Goals and Measures', 'Outcomes – *How will success be measured*', 'Purpose',
  'Background', 'Term and Termination', 'Confidentiality', 'Signatures', 'Annex A', 'Definitions',
  'المسؤوليات', 'جهات الاتصال', 'אחריות הצדדים', '责任与义务', '联系人', 'जिम्मेदारियाँ', 'सुरक्षा',
  'Safety 🛡️', '🎯 Outcomes', '𝔖afety', 'Re\u0301sultats',
];

export const DOC_TITLES = [
  'Memorandum of Understanding between Riverside STEM Academy and Acme Robotics',
  'Partnership Agreement', 'MEMORANDUM OF AGREEMENT', 'Letter of Understanding', 'Internship Agreement',
  'Collaboration between Eastfield College and [Partner Name]', 'Data Sharing Agreement', 'MOU',
  'مذكرة تفاهم بين جامعة القاهرة و Acme', 'הסכם שיתוף פעולה', '合作备忘录', 'समझौता ज्ञापन',
  '🎓 STEM Partnership 🎓', 'Meeting notes', 'Project README', 'Changelog', 'How we partner with schools',
];

const EMAILS = ['priya.raman@riverside.edu', 'omar@acme.example', 'info@lumen.example', 'партнёр@пример.рф', 'x@y'];
const PHONES = ['+1 555-123-4567', '(206) 555-0100', '555-0199', '+91 98765 43210', '٠١٢٣٤٥٦٧٨٩'];

const SENTENCES: Array<(o: string, p: string, n: string) => string> = [
  (o, _p, n) => `${o} will provide ${n} laptops each year.`,
  (o, _p, n) => `${o} shall host ${n} interns every summer for six weeks.`,
  (o, _p, n) => `${o} agrees to pay $${n},000 by June 30, 2027.`,
  (o, p) => `Contact: ${p}, Program Director, ${EMAILS[p.length % EMAILS.length]}, ${PHONES[p.length % PHONES.length]}`,
  (o) => `All mentors from ${o} complete background checks and are never left alone with students.`,
  () => 'Any incident or injury is reported to the school within 24 hours.',
  (o) => `${o} carries general liability insurance of at least $1,000,000 per occurrence.`,
  (_o, _p, n) => `At least ${n}% of participants will complete the program each year, as measured by attendance records.`,
  () => 'The parties will collaborate in good faith.',
  () => 'This MOU is effective from DD/MM/YYYY until terminated by either party with 30 days notice.',
  () => 'No funds change hands under this agreement.',
  () => 'See [the program site](https://example.org/program "Program") and <https://example.org>.',
  () => 'Signed: ____________ Date: ________',
  () => 'The start date is TBD and the budget is to be agreed.',
  (o) => `**${o}** will recruit students; _the School_ will collect parent permission forms.`,
  (o) => `${o} will supply \`Partner PIC Name\` and a <span>named</span> liaison.<br>`,
  () => 'Fees &amp; costs: &#x1F393; &mdash; &#55357; &bogus; entities.',
  () => 'Students are supervised at a ratio of 1:8 and check-ins happen weekly.[^1]',
  () => 'The Partner will provide [AMOUNT] for {Supporting Organisation} by XXXX.',
  (o) => `وستقوم ${o} بتوفير المعدات. הצד השני יספק מנטורים. 双方将合作。 दोनों पक्ष सहयोग करेंगे।`,
  () => '🎓👩🏽‍🔬🇮🇳 emoji and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, combining e\u0301\u0327 marks.',
  () => 'Whereas the parties wish to cooperate, now therefore they agree as follows:',
];

// ---------------------------------------------------------------------------------------------
// Document structure

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const sentenceArb = fc
  .tuple(fc.nat({ max: SENTENCES.length - 1 }), pick(ORGS), pick(NAMES), fc.integer({ min: 1, max: 250 }))
  .map(([i, o, p, n]) => SENTENCES[i](o, p, String(n)));

const paragraphArb = fc
  .tuple(fc.array(sentenceArb, { minLength: 1, maxLength: 4 }), pick([' ', '\n', '  \n', '\\\n']))
  .map(([ss, sep]) => ss.join(sep));

const headingStyles = ['atx', 'atx-closed', 'setext', 'bold', 'bold-caps', 'runin', 'numbered', 'html', 'span', 'numbered-atx'] as const;
type HeadingStyle = (typeof headingStyles)[number];

function heading(style: HeadingStyle, level: number, title: string, k: number, tail: string): string {
  switch (style) {
    case 'atx':
      return `${'#'.repeat(level)} ${title}`;
    case 'atx-closed':
      return `${'#'.repeat(level)} ${title} ${'#'.repeat(level)}`;
    case 'numbered-atx':
      return `${'#'.repeat(level)} ${k}. ${title}`;
    case 'setext':
      return `${title}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, Math.min(60, title.length)))}`;
    case 'bold':
      return `**${k}. ${title}.**`;
    case 'bold-caps':
      return `**${title.toUpperCase()}**`;
    case 'runin':
      return `**${title}.** ${tail}`;
    case 'numbered':
      return `${k}. ${title}`;
    case 'html':
      return `<h${level}>${title}</h${level}>`;
    case 'span':
      return `<span class="header_${level}">${title}</span> ${tail}`;
  }
}

const headingArb = fc
  .tuple(pick(headingStyles), fc.integer({ min: 1, max: 4 }), pick(SECTION_TITLES), fc.integer({ min: 1, max: 12 }), sentenceArb)
  .map(([s, l, t, k, tail]) => heading(s, l, t, k, tail));

const listArb: fc.Arbitrary<string> = fc
  .tuple(
    pick(['- ', '* ', '+ ', '1. ', '1) ', '- [ ] ', '- [x] ']),
    fc.array(fc.tuple(sentenceArb, fc.option(fc.array(sentenceArb, { minLength: 1, maxLength: 3 }), { nil: undefined }), fc.nat({ max: 2 })), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([marker, items]) =>
    items
      .map(([text, sub, depth], i) => {
        const m = marker.startsWith('1') ? marker.replace('1', String(i + 1)) : marker;
        const indent = ' '.repeat(m.length);
        let out = `${m}${text}`;
        if (sub) {
          let pad = indent;
          for (let d = 0; d <= depth; d++) {
            out += '\n' + sub.map((s) => `${pad}- ${s}`).join('\n');
            pad += '  ';
          }
        }
        return out;
      })
      .join('\n'),
  );

const cellArb = fc.oneof(
  pick(['Partner', 'Contribution', 'Amount', 'When', 'TBD', '[Partner Name]', '$36,000 per year', '20 mentors × 24 hours', '', ' ', '`code`', 'a \\| b', '王小明', 'محمد', '🎓']),
  pick(NAMES),
  pick(EMAILS),
);

const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.boolean(), pick([':---', '---:', ':-:', '---', '-']))
  .map(([cols, rows, edges, align]) => {
    const row = (cells: string[]) => {
      const cs = Array.from({ length: cols }, (_, i) => cells[i] ?? '');
      return edges ? `| ${cs.join(' | ')} |` : cs.join(' | ');
    };
    return [row(rows[0]), row(Array.from({ length: cols }, () => align)), ...rows.slice(1).map(row)].join('\n');
  });

const codeArb = fc
  .tuple(pick(['```', '~~~', '````', '```md', '~~~ {.yaml}']), fc.array(pick(['# not a heading', '[Partner Name]', 'TBD', 'const x = 1;', '<!--', '```not a close', '']), { maxLength: 4 }))
  .map(([fence, lines]) => `${fence}\n${lines.join('\n')}\n${fence.replace(/[^`~].*$/, '')}`);

const htmlArb = fc.oneof(
  paragraphArb.map((p) => `<div>\n${p}\n</div>`),
  paragraphArb.map((p) => `<!--\n${p}\n# commented out\n-->`),
  fc.tuple(pick(NAMES), pick(EMAILS)).map(([n, e]) => `<table>\n<tr><td>${n}</td><td>${e}</td></tr>\n<tr><td>[Partner Name]</td><td><code>Partner PIC Name</code></td></tr>\n</table>`),
  // A Word converter's table: its tags on lines of their own, markdown cells between blank lines (closed or not).
  fc.tuple(pick(NAMES), pick(EMAILS), paragraphArb, fc.boolean()).map(([n, e, p, closed]) => `<table>\n<tr><th>\n\n__Party__\n\n</th><th>\n\n__Contact__\n\n</th></tr>\n<tr><td>\n\n${n}\n\n</td><td>\n\n${e}\n\n${p}\n\n</td></tr>${closed ? '\n</table>' : ''}`),
  paragraphArb.map((p) => `<details><summary>More</summary>\n\n${p}\n\n</details>`),
  fc.constant('<pre>\n# inside pre\n\n[Partner Name]\n</pre>'),
  pick(SECTION_TITLES).map((t) => `<h2 id="x">${t}</h2>\n<p>The Partner will provide TBD.</p>`),
  fc.constant('<?php echo "pi"; ?>'),
  fc.constant('<![CDATA[\n# cdata\n]]>'),
);

/** A block quote or a list item holding any block (HTML, tables, code, lists, headings inside containers). */
const containerArb = fc
  .tuple(fc.oneof(paragraphArb, htmlArb, tableArb, listArb, codeArb, headingArb), pick(['> ', '>> ', '> > ', '- ', '1. ', '* > ']), fc.boolean())
  .map(([block, marker, lazy]) => {
    const pad = marker.startsWith('>') ? marker : ' '.repeat(marker.length);
    return block
      .split('\n')
      .map((l, i) => (i === 0 ? marker + l : lazy && i % 3 === 2 ? l : pad + l))
      .join('\n');
  });

const signatureArb = pick(ORGS).map((o) => `For ${o}:\n\n____________________\nName: [Name]\nTitle:\nDate: DD/MM/YYYY`);

const blockArb = fc.oneof(
  { arbitrary: paragraphArb, weight: 6 },
  { arbitrary: listArb, weight: 3 },
  { arbitrary: tableArb, weight: 2 },
  { arbitrary: containerArb, weight: 2 },
  { arbitrary: codeArb, weight: 1 },
  { arbitrary: htmlArb, weight: 1 },
  { arbitrary: signatureArb, weight: 1 },
  { arbitrary: pick(['---', '***', '[site]: https://example.org "Site"', '[^1]: A footnote with TBD.', '    indented code TBD', '&nbsp;']), weight: 1 },
);

const frontMatterArb = fc.oneof(
  fc.tuple(pick(DOC_TITLES), pick(['true', 'false', 'yes', 'null', '"mou"'])).map(([t, a]) => `---\ntitle: "${t.replace(/"/g, '')}"\nagreement: ${a}\nparties:\n  - Riverside\n  - Acme\n---`),
  pick(DOC_TITLES).map((t) => `---\ntitle: ${t}\nlayout: post\n---`),
  pick(DOC_TITLES).map((t) => `+++\ntitle = "${t.replace(/"/g, '')}"\n+++`),
  fc.constant('---\ntitle: [unclosed\nmou: {a: *ref}\n---'),
  fc.constant('---\na: &a [1,2]\nb: [*a,*a,*a]\n...'),
);

const titleArb = fc
  .tuple(pick(DOC_TITLES), pick(['atx', 'setext', 'bold', 'html', 'plain'] as const))
  .map(([t, s]) => (s === 'atx' ? `# ${t}` : s === 'setext' ? `${t}\n${'='.repeat(Math.max(3, Math.min(60, t.length)))}` : s === 'bold' ? `**${t}**` : s === 'html' ? `<h1 align="center">${t}</h1>` : t));

export interface DocShape {
  frontMatter?: string;
  title: string;
  intro: string;
  sections: Array<{ heading: string; blocks: string[] }>;
  sep: string;
  trailingNewline: boolean;
}

export const docShapeArb: fc.Arbitrary<DocShape> = fc.record({
  frontMatter: fc.option(frontMatterArb, { nil: undefined }),
  title: titleArb,
  intro: paragraphArb,
  sections: fc.array(fc.record({ heading: headingArb, blocks: fc.array(blockArb, { minLength: 0, maxLength: 3 }) }), { minLength: 0, maxLength: 5 }),
  sep: pick(['\n\n', '\n\n', '\n\n', '\n', '\n\n\n']),
  trailingNewline: fc.boolean(),
});

export function renderDoc(d: DocShape): string {
  const parts: string[] = [];
  if (d.frontMatter) parts.push(d.frontMatter);
  parts.push(d.title, d.intro);
  for (const s of d.sections) parts.push(s.heading, ...s.blocks);
  return parts.join(d.sep) + (d.trailingNewline ? '\n' : '');
}

/** Windows of the real fixture agreements (a few KB each, starting at a line start). */
let fixtureTexts: string[] | undefined;
export function fixtures(): string[] {
  fixtureTexts ??= loadFixtures().map((f) => f.text);
  return fixtureTexts;
}

/** About 40 KB of real agreements: the yardstick the time bound is calibrated against. */
export function referenceText(): string {
  let out = '';
  for (const t of fixtures()) {
    if (out.length >= 40_000) break;
    out += t + '\n\n';
  }
  return out;
}

export const fixtureWindowArb = fc
  .tuple(fc.nat(), fc.nat(), fc.integer({ min: 200, max: 3000 }))
  .map(([i, at, len]) => {
    const all = fixtures();
    const text = all[i % all.length];
    let start = at % text.length;
    start = start === 0 ? 0 : text.lastIndexOf('\n', start) + 1;
    return text.slice(start, start + len);
  });

/** A base document: mostly generated, sometimes a window of a real fixture. */
export const baseDocArb: fc.Arbitrary<string> = fc.oneof({ arbitrary: docShapeArb.map(renderDoc), weight: 4 }, { arbitrary: fixtureWindowArb, weight: 1 });

// ---------------------------------------------------------------------------------------------
// Snippets inserted by edits

export const MARKDOWN_TOKENS = [
  '```', '~~~', '```\n', '<!--', '-->', '<div>', '</div>', '<pre>', '<script>', '<h2>', '</h2>', '<', '>', '|', '| --- |', '> ',
  '- ', '* ', '+ ', '1. ', '1) ', '#', '# ', '## ', '###### ', '\n', '\n\n', '\r', '\r\n', '***', '**', '*', '_', '__', '[', ']',
  '(', ')', '![', '](', '`', '``', '\\', '---', '===', '    ', '\t', ' ', '&', '&amp;', '&#', ';', '{', '}', '{{', '}}', '$',
  '[^1]', '[Partner Name]', 'TBD', '____', 'XXXX', 'DD/MM/YYYY', '☐', 'will', 'shall', '@', 'http://', 'www.', ':', '.',
  'Roles and Responsibilities', 'Points of Contact', 'Safety', 'Outcomes', 'Memorandum of Understanding', 'a', 'Z', '0',
];

const SCRIPT_SNIPPETS = [
  'مرحبا بالعالم', 'שלום עולם', '你好，世界', '日本語のテキスト', '한국어', 'नमस्ते दुनिया', 'ग्रेस्ट', 'ไทย', 'Ελληνικά', 'Русский',
  '🎓', '👩🏽‍🔬', '🇮🇳', '❤️', '𝔘', '𝕏', '🀄', '\u{1F600}\u{1F600}', 'e\u0301', 'a\u0308\u0301\u0327', '\u200B', '\u200D', '\u200E', '\u200F',
  '\u202E', '\u2028', '\u2029', '\u0085', '\u00A0', '\u3000', '\uFEFF', '\uFFFD', '\uFFFF',
];

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const snippetArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(MARKDOWN_TOKENS), weight: 6 },
  { arbitrary: fc.string({ unit: pick(MARKDOWN_TOKENS), minLength: 1, maxLength: 12 }), weight: 4 },
  { arbitrary: pick(SCRIPT_SNIPPETS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.oneof(CONTROL, LONE_SURROGATE, pick(SCRIPT_SNIPPETS)), minLength: 1, maxLength: 8 }), weight: 2 },
  { arbitrary: fc.constant('\u0000'), weight: 1 },
  { arbitrary: sentenceArb, weight: 2 },
  { arbitrary: headingArb.map((h) => `\n${h}\n`), weight: 2 },
  { arbitrary: blockArb.map((b) => `\n\n${b}\n\n`), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Edits

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'replace'; at: number; len: number; text: string }
  | { kind: 'duplicate'; at: number; len: number; to: number }
  | { kind: 'repeat'; at: number; text: string; times: number; joiner: string }
  | { kind: 'lineStart'; at: number; text: string }
  | { kind: 'nest'; at: number; unit: string; depth: number; multiline: boolean }
  | { kind: 'wrap'; at: number; lines: number; marker: string; prefix: string }
  | { kind: 'hugeLine'; at: number; unit: string; length: number }
  | { kind: 'eol'; style: 'crlf' | 'cr' | 'lf' | 'mixed'; salt: number }
  | { kind: 'bom' }
  | { kind: 'truncate'; at: number };

const at = fc.nat({ max: 1 << 20 });

const NEST_UNITS = ['- ', '* ', '1. ', '> ', '> - ', '- > ', '1) > ', '>'];
const WRAP_MARKERS = ['> ', '>', '> > ', '- ', '* ', '1. ', '10) ', '- > ', '> 1. ', '- [ ] '];
const WRAP_PREFIXES = ['> ', '>', '> > ', '  ', '   ', '    ', '\t', '  > ', ''];
const LINE_START_OPENERS = ['```', '~~~~', '<!--', '<pre>', '<script>', '<?', '<!X', '<![CDATA[', '<div>', '---', '+++', '| a |', '    ', '> ', '- ', '#', '=====', '-----'];

export const lightEditArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: snippetArb }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 400 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at, len: fc.integer({ min: 1, max: 60 }), text: snippetArb }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 500 }), to: at }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('repeat' as const), at, text: snippetArb, times: fc.integer({ min: 2, max: 60 }), joiner: pick(['', ' ', '\n', '\n\n']) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('lineStart' as const), at, text: pick(LINE_START_OPENERS) }), weight: 2 },
  // Nesting on one line ("- - - - … item", "> > > …"); depth 200+ is in heavyEditArb.
  { arbitrary: fc.record({ kind: fc.constant('nest' as const), at, unit: pick(NEST_UNITS), depth: fc.integer({ min: 1, max: 40 }), multiline: fc.constant(false) }), weight: 1 },
  // Put a run of lines inside a block quote or list item (HTML, tables, code, headings in containers).
  { arbitrary: fc.record({ kind: fc.constant('wrap' as const), at, lines: fc.integer({ min: 1, max: 12 }), marker: pick(WRAP_MARKERS), prefix: pick(WRAP_PREFIXES) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('eol' as const), style: pick(['crlf', 'cr', 'lf', 'mixed'] as const), salt: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'bom' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }), weight: 1 },
);

/** Units that make a huge line or a huge repeat: plain, markup-heavy, placeholder-heavy. */
const HEAVY_UNITS = [
  'x', 'word ', 'TBD ', '*a', '_a', '**a ', '[', '[a', '](', '<', '<a ', '`', '`a', '|', '| a ', '&amp;', '&#', '\\', '~', '$',
  '[Partner Name] ', '{Partner Name} ', '____ ', 'Jane Doe jane@x.org ', 'Jane Doe ', 'will provide 10 laptops. ', '🎓', 'مرحبا ', '你好', '\u0000',
  '<!-- ', '<h1>', '> ', '- ', '# ', 'https://example.org/', 'www.a.', '\uD800',
];

export const heavyEditArb: fc.Arbitrary<Edit> = fc.oneof(
  // A line of ~100k characters (ASCII, markup, RTL, astral…).
  { arbitrary: fc.record({ kind: fc.constant('hugeLine' as const), at, unit: fc.oneof(pick(HEAVY_UNITS), snippetArb), length: fc.integer({ min: 20_000, max: 100_000 }) }), weight: 3 },
  // Deep nesting, one level per line (a staircase of 200–300 levels).
  { arbitrary: fc.record({ kind: fc.constant('nest' as const), at, unit: pick(NEST_UNITS), depth: fc.integer({ min: 200, max: 300 }), multiline: fc.constant(true) }), weight: 2 },
  // Deep nesting on one line.
  { arbitrary: fc.record({ kind: fc.constant('nest' as const), at, unit: pick(NEST_UNITS), depth: fc.integer({ min: 200, max: 2000 }), multiline: fc.constant(false) }), weight: 1 },
  // The same block thousands of times.
  {
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at,
      text: fc.oneof(pick(HEAVY_UNITS), headingArb, blockArb, sentenceArb),
      times: fc.integer({ min: 500, max: 3000 }),
      joiner: pick(['', ' ', '\n', '\n\n']),
    }),
    weight: 3,
  },
);

/** The offset an edit's `at` points to: anywhere in the text (0 and the end included). */
const clampAt = (text: string, a: number) => a % (text.length + 1);

function lineStartOf(text: string, i: number): number {
  let j = i;
  while (j > 0 && text[j - 1] !== '\n' && text[j - 1] !== '\r') j--;
  return j;
}

export function applyEdit(text: string, e: Edit): string {
  switch (e.kind) {
    case 'insert': {
      const i = clampAt(text, e.at);
      return text.slice(0, i) + e.text + text.slice(i);
    }
    case 'delete': {
      const i = clampAt(text, e.at);
      return text.slice(0, i) + text.slice(i + e.len);
    }
    case 'replace': {
      const i = clampAt(text, e.at);
      return text.slice(0, i) + e.text + text.slice(i + e.len);
    }
    case 'duplicate': {
      const i = clampAt(text, e.at);
      const span = text.slice(i, i + e.len);
      const j = clampAt(text, e.to);
      return text.slice(0, j) + span + text.slice(j);
    }
    case 'repeat': {
      const i = clampAt(text, e.at);
      return text.slice(0, i) + Array.from({ length: e.times }, () => e.text).join(e.joiner) + text.slice(i);
    }
    case 'lineStart': {
      const i = lineStartOf(text, clampAt(text, e.at));
      return text.slice(0, i) + e.text + '\n' + text.slice(i);
    }
    case 'nest': {
      const i = lineStartOf(text, clampAt(text, e.at));
      let nest: string;
      if (e.multiline) {
        // One level per line: "- a\n  - a\n    - a…" or ">a\n>>a\n>>>a…".
        const lines: string[] = [];
        let prefix = '';
        for (let d = 0; d < e.depth; d++) {
          lines.push(`${prefix}${e.unit}item ${d}`);
          prefix = e.unit.trimEnd() === '>' ? prefix + '>' : prefix + ' '.repeat(e.unit.length);
        }
        nest = lines.join('\n');
      } else {
        nest = e.unit.repeat(e.depth) + 'deep item TBD';
      }
      return text.slice(0, i) + nest + '\n' + text.slice(i);
    }
    case 'wrap': {
      // Lines from the one holding `at`: the first gets the marker, the rest the prefix.
      let i = lineStartOf(text, clampAt(text, e.at));
      let out = text.slice(0, i);
      for (let n = 0; n < e.lines && i < text.length; n++) {
        let j = i;
        while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
        if (text[j] === '\r' && text[j + 1] === '\n') j++;
        out += (n === 0 ? e.marker : e.prefix) + text.slice(i, j + 1);
        i = j + 1;
      }
      return out + text.slice(i);
    }
    case 'hugeLine': {
      const i = clampAt(text, e.at);
      const unit = e.unit.replace(/[\r\n]/g, ' ') || 'x';
      return text.slice(0, i) + unit.repeat(Math.ceil(e.length / unit.length)).slice(0, e.length) + text.slice(i);
    }
    case 'eol': {
      if (e.style === 'mixed') {
        let k = e.salt;
        return text.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][(k = (k * 1103515245 + 12345) >>> 0) % 3]);
      }
      return text.replace(/\r\n|\r|\n/g, e.style === 'crlf' ? '\r\n' : e.style === 'cr' ? '\r' : '\n');
    }
    case 'bom':
      return text.startsWith('\uFEFF') ? text : '\uFEFF' + text;
    case 'truncate':
      return text.slice(0, clampAt(text, e.at));
  }
}

export function applyEdits(text: string, edits: Edit[]): string {
  return edits.reduce(applyEdit, text);
}

// ---------------------------------------------------------------------------------------------
// Raw strings (no document shape at all)

export const rawTextArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: pick(MARKDOWN_TOKENS), maxLength: 60 }), weight: 5 },
  { arbitrary: fc.string({ unit: fc.oneof(pick(MARKDOWN_TOKENS), pick(SCRIPT_SNIPPETS), CONTROL, LONE_SURROGATE), maxLength: 60 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 200 }), weight: 1 },
  // A title that makes it an agreement, then soup: exercises the rules, not only detection.
  {
    arbitrary: fc
      .tuple(pick(DOC_TITLES.slice(0, 8)), fc.string({ unit: fc.oneof(pick(MARKDOWN_TOKENS), sentenceArb, headingArb.map((h) => `\n${h}\n`)), maxLength: 30 }))
      .map(([t, s]) => `# ${t}\n\n${s}`),
    weight: 5,
  },
);

export function describeEdit(e: Edit): string {
  return JSON.stringify(e, (_k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));
}
