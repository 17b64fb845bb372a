/**
 * Block facts: what the analysis needs from one block's mdast, with offsets
 * relative to the block. Extracted once per distinct block text and cached,
 * so an edit re-parses only the blocks it touched.
 *
 * make.ts: the facts and their constructors; walk.ts: the mdast walk; titles.ts: title
 * heuristics; stored.ts: the stored format.
 */
import type { Root } from 'mdast';
import { tooCostly } from '../block-guard';
import { parseMarkdown } from '../parse';
import { findPlaceholders } from '../placeholders';
import { lineStarts } from '../text';
import { movedHeading, movedPassage, movedPlaceholder, passage, placeholder, type BlockFacts } from './make';
import { walkChildren } from './walk';

export * from './make';
export { storeFacts, restoreFacts, type StoredFacts } from './stored';
export { inlineText } from './walk';
export { cleanTitle, looksLikeTitle } from './titles';

/** The facts of one block. `parse` is remark's parse (parse.ts); tests pass the unified processor's. */
export function extractFacts(text: string, parse: (text: string) => Root = parseMarkdown): BlockFacts {
  const facts = readBlock(text, parse);
  const starts = lineStarts(text, false);
  if (starts[starts.length - 1] === text.length) starts.pop();
  facts.lineStarts = starts;
  return facts;
}

function readBlock(text: string, parse: (text: string) => Root): BlockFacts {
  // micromark drops a leading byte-order mark: parse without it and shift the offsets back.
  if (text.charCodeAt(0) === 0xfeff) return shift(readBlock(text.slice(1), parse), 1);
  const facts: BlockFacts = { headings: [], passages: [], placeholders: [], lineStarts: [] };
  let tree: Root;
  try {
    // A block remark would take seconds or minutes on (block-guard.ts) is read as plain text below.
    if (tooCostly(text)) throw new Error('not parsed');
    tree = parse(text);
  } catch {
    // The parser gave up on this block (7,000 nested block quotes overflow its stack): read the
    // block as plain text, so the rest of the agreement is still checked and nothing is lost.
    if (text.trim()) facts.passages.push(passage(0, text.length, text.trim(), 'paragraph', 0));
    for (const p of findPlaceholders(text)) facts.placeholders.push(placeholder(p.start, p.end, p.text));
    return facts;
  }
  walkChildren(tree, text, facts, 0, 0);
  // A PDF's rule of tildes ("~~~~~~~~~~") opens a code fence nothing closes, and the agreement after it
  // would be read as code: prose in an unclosed fence with no language is read as the text it is.
  const last = tree.children[tree.children.length - 1];
  if (last?.type === 'code' && !last.lang && last.position && unclosedProse(text.slice(last.position.start.offset, last.position.end.offset), last.value)) {
    const at = last.position.start.offset ?? 0;
    const eol = /\r\n|\r|\n/.exec(text.slice(at));
    const from = eol ? at + eol.index + eol[0].length : 0;
    if (from > 0) {
      const inner = shift(readBlock(text.slice(from), parse), from);
      facts.headings.push(...inner.headings);
      facts.passages.push(...inner.passages);
      facts.placeholders.push(...inner.placeholders);
    }
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  facts.headings.sort(byStart);
  facts.passages.sort(byStart);
  return facts;
}

/** A fenced block that runs to the end with no closing fence and holds sentences, not code. */
function unclosedProse(source: string, value: string): boolean {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source)?.[1];
  if (!fence || new RegExp(`(?:^|\\n) {0,3}${fence[0] === '~' ? '~' : '`'}{${fence.length},}\\s*$`).test(source.slice(fence.length))) return false;
  return /\p{Lu}\p{Ll}+(?:[ ,]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){7,}[.;:]/u.test(value) && !/[{};=]\s*$/m.test(value);
}

function shift(f: BlockFacts, by: number): BlockFacts {
  return {
    headings: f.headings.map((h) => movedHeading(h, by)),
    passages: f.passages.map((p) => movedPassage(p, by)),
    placeholders: f.placeholders.map((p) => movedPlaceholder(p, by)),
    lineStarts: [],
    ...(f.frontMatter ? { frontMatter: { ...f.frontMatter, start: f.frontMatter.start + by, end: f.frontMatter.end + by } } : {}),
  };
}
