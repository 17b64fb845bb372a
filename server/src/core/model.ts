/**
 * The document model: blocks → cached block facts → document-wide facts.
 * `DocumentModelBuilder` keeps a cache of block facts keyed by block text, so a
 * rebuild after an edit parses only blocks whose text is new.
 */
import { IncrementalSplitter, type Block } from './blocks';
import { extractFacts, movedHeading, movedPassage, movedPlaceholder, type BlockFacts } from './facts';
import { LineIndex } from './text';
import type { Heading, Passage, Placeholder } from './types';

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  blocks: Block[];
  /** Each block's cached facts (block-relative offsets), parallel to `blocks`: for `blockMemo`. */
  facts: BlockFacts[];
  /** Index in `passages` (`headings`, `placeholders`) of each block's first one, parallel to `blocks`. */
  firstPassage: number[];
  firstHeading: number[];
  firstPlaceholder: number[];
  headings: Heading[];
  passages: Passage[];
  placeholders: Placeholder[];
  frontMatter?: { start: number; end: number; value: string; lang: 'yaml' | 'toml' };
  /** How this model differs from the one built before it with the same cache (for block-scan.ts). */
  edit?: ModelEdit;
}

/**
 * The blocks an edit replaced: the previous model's blocks `from`…`oldTo` (exclusive) became this
 * one's `from`…`to`; those before are the same, those after are the same, moved.
 */
export interface ModelEdit {
  /** The previous model's `facts`. */
  before: readonly BlockFacts[];
  from: number;
  oldTo: number;
  to: number;
}

/**
 * What one document's analyses share from one version to the next: block facts by block text
 * (counted by how many blocks of the current version use them), the last split (so an edit
 * re-scans only around itself) and the last model (so blocks before the edit are reused as they
 * are and blocks after it are only moved).
 */
export class BlockCache {
  private map = new Map<string, BlockFacts>();
  /** How many blocks of the last built model have each text. */
  private refs = new Map<string, number>();
  /** Texts that may have no block any more (checked by `sweep`). */
  private unreferenced = new Set<string>();
  private splitter = new IncrementalSplitter();
  /** The last model built with this cache. */
  last?: DocumentModel;
  parses = 0;

  get(text: string): BlockFacts {
    let facts = this.map.get(text);
    if (!facts) {
      facts = extractFacts(text);
      this.parses++;
      this.map.set(text, facts);
      if (!this.refs.has(text)) this.unreferenced.add(text);
    }
    return facts;
  }

  has(text: string): boolean {
    return this.map.has(text);
  }

  /**
   * Facts for `text` known without parsing it (restored from what an earlier session parsed: they
   * are what parsing would give). Ignored when the cache already has them.
   */
  seed(text: string, facts: BlockFacts): void {
    if (this.map.has(text)) return;
    this.map.set(text, facts);
    if (!this.refs.has(text)) this.unreferenced.add(text);
  }

  /** An editor's ranged change to the text (of `length` before it): see IncrementalSplitter.edited. */
  edited(start: number, end: number, length: number): void {
    this.splitter.edited(start, end, length);
  }

  /** A change of unknown extent (the whole text replaced). */
  replaced(): void {
    this.splitter.unknown();
  }

  /** The document's blocks: re-scanned only around what changed since the last call. */
  blocks(text: string): Block[] {
    return this.splitter.split(text);
  }

  /** The model's blocks changed: `removed` went, `added` came. */
  retain(removed: Block[], added: Block[]): void {
    for (const b of added) this.refs.set(b.text, (this.refs.get(b.text) ?? 0) + 1);
    for (const b of removed) {
      const n = (this.refs.get(b.text) ?? 0) - 1;
      if (n > 0) this.refs.set(b.text, n);
      else {
        this.refs.delete(b.text);
        this.unreferenced.add(b.text);
      }
    }
  }

  /** Forget block texts that no block of the last model has. */
  sweep(): void {
    for (const text of this.unreferenced) if (!this.refs.has(text)) this.map.delete(text);
    this.unreferenced.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** Give the event loop a turn: setImmediate where there is one (no 1 ms timer floor), else a timer. */
const yieldTurn = (): Promise<void> => new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

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
      await yieldTurn();
      if (isStale()) return false;
      sliceStart = Date.now();
    }
  }
  return !isStale();
}

/**
 * The model of a text. With a cache that built the previous version's model, the blocks before
 * the edit keep their facts as they are, the blocks after it are moved by the edit's length, and
 * only the blocks in between are looked up (and parsed when new). The result is the same as a
 * model built from scratch.
 */
export function buildModel(text: string, cache: BlockCache = new BlockCache()): DocumentModel {
  const blocks = cache.blocks(text);
  const last = cache.last;
  const n = blocks.length;
  const m = last?.blocks.length ?? 0;
  // Blocks kept from the last model: the same objects before the edit, the same texts after it.
  let k = 0;
  if (last) while (k < n && k < m && blocks[k] === last.blocks[k]) k++;
  let t = 0;
  if (last) while (t < n - k && t < m - k && blocks[n - 1 - t].text === last.blocks[m - 1 - t].text) t++;
  cache.retain(last ? last.blocks.slice(k, m - t) : [], blocks.slice(k, n - t));

  const facts = last ? last.facts.slice(0, k) : [];
  const firstPassage = last ? last.firstPassage.slice(0, k) : [];
  const firstHeading = last ? last.firstHeading.slice(0, k) : [];
  const firstPlaceholder = last ? last.firstPlaceholder.slice(0, k) : [];
  const headings = last && k ? last.headings.slice(0, last.firstHeading[k] ?? last.headings.length) : [];
  const passages = last && k ? last.passages.slice(0, last.firstPassage[k] ?? last.passages.length) : [];
  const placeholders = last && k ? last.placeholders.slice(0, last.firstPlaceholder[k] ?? last.placeholders.length) : [];
  const lineStarts = !last || k === 0 ? [] : last.lines.starts.slice(0, k < n ? blocks[k].line : k < m ? last.blocks[k].line : undefined);

  // The blocks in between: facts from the cache, placed at their offsets.
  for (let i = k; i < n - t; i++) {
    const block = blocks[i];
    const f = cache.get(block.text);
    const o = block.start;
    facts.push(f);
    firstPassage.push(passages.length);
    firstHeading.push(headings.length);
    firstPlaceholder.push(placeholders.length);
    for (const h of f.headings) headings.push(o ? movedHeading(h, o) : h);
    for (const x of f.passages) passages.push(o ? movedPassage(x, o) : x);
    for (const x of f.placeholders) placeholders.push(o ? movedPlaceholder(x, o) : x);
    lineStarts.push(o);
    for (const l of f.lineStarts) lineStarts.push(l + o);
  }

  if (last && t > 0) {
    // The blocks after the edit: the last model's, moved.
    const from = m - t;
    const by = blocks[n - t].start - last.blocks[from].start;
    const p0 = last.firstPassage[from];
    const h0 = last.firstHeading[from];
    const x0 = last.firstPlaceholder[from];
    for (let i = from; i < m; i++) {
      facts.push(last.facts[i]);
      firstPassage.push(last.firstPassage[i] - p0 + passages.length);
      firstHeading.push(last.firstHeading[i] - h0 + headings.length);
      firstPlaceholder.push(last.firstPlaceholder[i] - x0 + placeholders.length);
    }
    const lh = last.headings;
    const lp = last.passages;
    const lx = last.placeholders;
    if (by === 0) {
      for (let i = h0; i < lh.length; i++) headings.push(lh[i]);
      for (let i = p0; i < lp.length; i++) passages.push(lp[i]);
      for (let i = x0; i < lx.length; i++) placeholders.push(lx[i]);
    } else {
      for (let i = h0; i < lh.length; i++) headings.push(movedHeading(lh[i], by));
      for (let i = p0; i < lp.length; i++) passages.push(movedPassage(lp[i], by));
      for (let i = x0; i < lx.length; i++) placeholders.push(movedPlaceholder(lx[i], by));
    }
    const ls = last.lines.starts;
    for (let i = last.blocks[from].line; i < ls.length; i++) lineStarts.push(ls[i] + by);
  } else if (!(last && k === n && k === m) && /[\r\n]$/.test(text)) lineStarts.push(text.length);

  const frontMatter = facts[0]?.frontMatter && blocks[0].start === 0 ? facts[0].frontMatter : undefined;
  const model: DocumentModel = {
    text,
    lines: LineIndex.fromStarts(text, lineStarts),
    blocks,
    facts,
    firstPassage,
    firstHeading,
    firstPlaceholder,
    headings,
    passages,
    placeholders,
    frontMatter,
    ...(last ? { edit: { before: last.facts, from: k, oldTo: m - t, to: n - t } } : {}),
  };
  cache.last = model;
  return model;
}

/**
 * What the analysis derives from one block, computed once per distinct block: an edit recomputes it
 * only for the blocks it touched. `compute` must depend on nothing but the block (and `key`);
 * offsets in the result are block-relative.
 */
export function blockMemo<T>(facts: BlockFacts, key: unknown, compute: () => T): T {
  const m = (facts.derived ??= new Map());
  const hit = m.get(key);
  if (hit !== undefined || m.has(key)) return hit as T;
  const v = compute();
  m.set(key, v);
  return v;
}

const modelMemos = new WeakMap<DocumentModel, Map<string, unknown>>();

/** What the analysis derives from the whole model, computed once per analysis. */
export function modelMemo<T>(model: DocumentModel, key: string, compute: () => T): T {
  let m = modelMemos.get(model);
  if (!m) modelMemos.set(model, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}
