/** The one remark pipeline the product uses: unified + remark-parse + remark-gfm + remark-frontmatter. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Parse markdown to mdast. Positions are relative to `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
