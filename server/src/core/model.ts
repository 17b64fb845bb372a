/**
 * The document model: blocks → cached block facts → document-wide facts.
 * `DocumentModelBuilder` keeps a cache of block facts keyed by block text, so a
 * rebuild after an edit parses only blocks whose text is new.
 */
import { splitBlocks, type Block } from './blocks';
import { extractFacts, type BlockFacts } from './facts';
import { LineIndex } from './text';
import type { Heading, Passage, Placeholder } from './types';

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  blocks: Block[];
  headings: Heading[];
  passages: Passage[];
  placeholders: Placeholder[];
  frontMatter?: { start: number; end: number; value: string; lang: 'yaml' | 'toml' };
}

export class BlockCache {
  private map = new Map<string, BlockFacts>();
  private live = new Set<string>();
  parses = 0;

  get(text: string): BlockFacts {
    let facts = this.map.get(text);
    if (!facts) {
      facts = extractFacts(text);
      this.parses++;
      this.map.set(text, facts);
    }
    this.live.add(text);
    return facts;
  }

  has(text: string): boolean {
    return this.map.has(text);
  }

  /** Forget blocks not used since the last sweep. */
  sweep(): void {
    for (const key of this.map.keys()) if (!this.live.has(key)) this.map.delete(key);
    this.live.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** Does the cache already hold this block? */
export function isCached(cache: BlockCache, text: string): boolean {
  return cache.has(text);
}

/**
 * Parse a document's new blocks into the cache a few at a time, giving the event loop a turn
 * between slices so a huge file never blocks other work for more than one block's parse.
 * Returns false when `isStale()` says a newer version arrived (the work is abandoned).
 */
export async function warmCache(text: string, cache: BlockCache, isStale: () => boolean = () => false, sliceMs = 8): Promise<boolean> {
  let sliceStart = Date.now();
  for (const block of splitBlocks(text)) {
    if (cache.has(block.text)) continue;
    cache.get(block.text);
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isStale()) return false;
      sliceStart = Date.now();
    }
  }
  return !isStale();
}

export function buildModel(text: string, cache: BlockCache = new BlockCache()): DocumentModel {
  const blocks = splitBlocks(text);
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  const placeholders: Placeholder[] = [];
  let frontMatter: DocumentModel['frontMatter'];
  for (const block of blocks) {
    const f = cache.get(block.text);
    const o = block.start;
    for (const h of f.headings) headings.push({ ...h, start: h.start + o, end: h.end + o });
    for (const p of f.passages) passages.push({ ...p, start: p.start + o, end: p.end + o });
    for (const p of f.placeholders) placeholders.push({ ...p, start: p.start + o, end: p.end + o });
    if (f.frontMatter && o === 0) frontMatter = f.frontMatter;
  }
  headings.sort((a, b) => a.start - b.start);
  passages.sort((a, b) => a.start - b.start);
  return { text, lines: new LineIndex(text), blocks, headings, passages, placeholders, frontMatter };
}
