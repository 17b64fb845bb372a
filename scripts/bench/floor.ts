/**
 * The floor under "server start → first diagnostics": a fresh Node process that loads remark
 * (remark-parse + gfm + frontmatter, the product's parser), parses the agreement once and says so.
 * No server could answer sooner with remark as its parser. Loaded like dist/server.js loads the
 * server: through a V8 code cache saved after the first run (`floor-loader.ts`), with the same Node
 * options and environment (node-options.ts) and V8 flags.
 *
 *   node floor-loader.js <floor.js> <cache file> <agreement.md>
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const tree = processor.parse(readFileSync(process.argv[4], 'utf8'));
process.stdout.write(`parsed ${tree.children.length}\n`);
