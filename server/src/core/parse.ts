/**
 * The one remark pipeline the product uses: remark-parse with GFM (tables, footnotes,
 * strikethrough, task lists) and front matter.
 *
 * `parseMarkdown` runs remark-parse's own parser (mdast-util-from-markdown) without unified's
 * per-call wrapping, and with the micromark extensions combined once instead of on every call: the
 * analysis parses many small blocks, and that per-call set-up cost ~0.2 ms each.
 *
 * It leaves out one part of GFM, autolink literals: the tokenizer tries every letter and digit as
 * the start of a bare URL or e-mail address, and a transform then searches every text node again,
 * only to turn such an address into a link whose text is the address. The analysis reads text, and
 * an address reads the same either way; without them an agreement full of addresses parses about a
 * sixth faster. `processor` is the full unified pipeline (remark-parse + remark-gfm +
 * remark-frontmatter): a unit test keeps the facts read from both trees identical.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

/** Front matter as the product reads it: YAML or TOML. */
const FRONT_MATTER = ['yaml', 'toml'] as const;

export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, [...FRONT_MATTER]).freeze();

const extensions = [combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter([...FRONT_MATTER])])];
const mdastExtensions = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), frontmatterFromMarkdown([...FRONT_MATTER])];

/** Parse markdown to mdast. Positions are relative to `text`. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}
