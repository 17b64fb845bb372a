/**
 * The document model: blocks → cached block facts → document-wide facts.
 * `DocumentModelBuilder` keeps a cache of block facts keyed by block text, so a
 * rebuild after an edit parses only blocks whose text is new.
 */
import { IncrementalSplitter, type Block } from './blocks';
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

/** A cached block's facts placed at a document offset (absolute spans), kept while the block does not move. */
interface Placed {
  start: number;
  headings: Heading[];
  passages: Passage[];
  placeholders: Placeholder[];
}

/**
 * What one document's analyses share from one version to the next: block facts by block text,
 * the last split (so an edit re-scans only around itself), and block facts placed at their
 * offsets (so blocks that did not move are not copied again).
 */
export class BlockCache {
  private map = new Map<string, BlockFacts>();
  private live = new Set<string>();
  private placedFacts = new Map<BlockFacts, Placed>();
  private splitter = new IncrementalSplitter();
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

  /** The document's blocks: re-scanned only around what changed since the last call. */
  blocks(text: string): Block[] {
    return this.splitter.split(text);
  }

  /** A block's facts with document offsets. */
  placed(facts: BlockFacts, start: number): Placed {
    let p = this.placedFacts.get(facts);
    if (!p || p.start !== start) {
      p = { start, headings: facts.headings.map((h) => place(h, start)), passages: facts.passages.map((x) => place(x, start)), placeholders: facts.placeholders.map((x) => place(x, start)) };
      this.placedFacts.set(facts, p);
    }
    return p;
  }

  /** Forget blocks not used since the last sweep. */
  sweep(): void {
    for (const [key, facts] of this.map) {
      if (this.live.has(key)) continue;
      this.map.delete(key);
      this.placedFacts.delete(facts);
    }
    this.live.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

function place<T extends { start: number; end: number }>(x: T, by: number): T {
  return by === 0 ? x : { ...x, start: x.start + by, end: x.end + by };
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
  for (const block of cache.blocks(text)) {
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
  const blocks = cache.blocks(text);
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  const placeholders: Placeholder[] = [];
  const lineStarts: number[] = [];
  let frontMatter: DocumentModel['frontMatter'];
  // Block facts are in document order within a block, and blocks are in order: no sort needed.
  for (const block of blocks) {
    const f = cache.get(block.text);
    const o = block.start;
    const p = cache.placed(f, o);
    for (const h of p.headings) headings.push(h);
    for (const x of p.passages) passages.push(x);
    for (const x of p.placeholders) placeholders.push(x);
    lineStarts.push(o);
    for (const l of f.lineStarts) lineStarts.push(l + o);
    if (f.frontMatter && o === 0) frontMatter = f.frontMatter;
  }
  if (/[\r\n]$/.test(text)) lineStarts.push(text.length);
  return { text, lines: LineIndex.fromStarts(text, lineStarts), blocks, headings, passages, placeholders, frontMatter };
}
