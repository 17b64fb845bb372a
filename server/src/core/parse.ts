/**
 * The one remark pipeline the product uses: unified + remark-parse + remark-gfm + remark-frontmatter.
 *
 * `parseMarkdown` runs remark-parse's own parser (mdast-util-from-markdown with the extensions the
 * plugins registered on the processor) without unified's per-call wrapping, and with the micromark
 * extensions combined once instead of on every call: the analysis parses many small blocks, and
 * that per-call set-up cost ~0.2 ms each. A unit test keeps it identical to `processor.parse`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Extension } from 'micromark-util-types';
import type { Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';

export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

type MdastExtensions = Array<MdastExtension | MdastExtension[]>;
const data = processor.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: MdastExtensions };
const extensions = [combineExtensions(data.micromarkExtensions ?? [])];
const mdastExtensions = data.fromMarkdownExtensions ?? [];

/**
 * remark-gfm's autolink-literal transform searches every text node of a parsed block for bare URLs
 * and e-mail addresses. Each of its patterns needs "@", "http" or "www" (any case), and a text node
 * only holds what the source spells or a character reference ("&…;") decodes to, so a block
 * without any of them is parsed without the transform: the same tree, with less work (a unit test
 * keeps both identical to `processor.parse`).
 */
const AUTOLINK_TRIGGER = /[@&]|http|www/i;
let autolinkTransformFound = false;
const withoutAutolinkTransform = (e: MdastExtension): MdastExtension => {
  if (!e.transforms?.length || !e.enter || !('literalAutolink' in e.enter)) return e;
  autolinkTransformFound = true;
  return { ...e, transforms: [] };
};
const plainExtensions: MdastExtensions = mdastExtensions.map((e) => (Array.isArray(e) ? e.map(withoutAutolinkTransform) : withoutAutolinkTransform(e)));

/** Whether blocks without URLs or e-mail addresses skip remark-gfm's autolink search (for tests). */
export const skipsAutolinkSearch = autolinkTransformFound;

/** Parse markdown to mdast. Positions are relative to `text`. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions: AUTOLINK_TRIGGER.test(text) ? mdastExtensions : plainExtensions });
}
