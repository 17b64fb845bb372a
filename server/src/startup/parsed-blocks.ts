/**
 * What the server parsed, remembered per document (core/facts/stored.ts storeFacts: each block's facts,
 * by a hash of the block's text): an agreement changed since it was last checked (pulled, synced,
 * edited elsewhere) is parsed again only where it changed. Facts depend only on the block's text
 * and this build, so restored ones are what parsing would give. Written only when a document is
 * closed and when the server stops (a long agreement's record is megabytes: not on every pause in
 * typing); the 20 most recently used are kept.
 */
import { createHash } from 'node:crypto';
import { restoreFacts, storeFacts, type BlockCache, type DocumentModel, type StoredFacts } from '../core';
import { JsonStore } from './json-store';

/** Documents longer than this (characters) keep no parsed blocks: their record would be too big to be worth reading. */
const MAX_TEXT = 2_000_000;

interface StoredBlocks {
  /** [hash of a block's text, its facts], in document order. */
  blocks: Array<[string, StoredFacts]>;
}

function isStoredBlocks(v: unknown): v is StoredBlocks {
  const r = v as Partial<StoredBlocks> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.blocks) && r.blocks.every((b) => Array.isArray(b) && typeof b[0] === 'string');
}

const blockHash = (text: string): string => createHash('sha256').update(text).digest('base64');

export class ParsedBlocks {
  private readonly store: JsonStore<StoredBlocks>;
  /** Blocks not parsed because their facts were remembered (mou/serverInfo). */
  restored = 0;

  /** `cacheDir` or `identity` (this build) undefined: nothing is remembered. */
  constructor(cacheDir: string | undefined, identity: string | undefined) {
    this.store = new JsonStore<StoredBlocks>(cacheDir, identity, { valid: isStoredBlocks, folder: 'blocks', limit: 20, delayMs: Infinity });
  }

  get enabled(): boolean {
    return this.store.enabled;
  }

  /** A document's record: by its URI (the blocks in it are found by their hashes). */
  private key(uri: string): string {
    return this.store.key(uri, 'blocks');
  }

  /** Put the remembered facts of the blocks of `text` that are unchanged into `cache`. */
  restore(uri: string, text: string, cache: BlockCache): void {
    if (text.length > MAX_TEXT) return;
    const stored = this.store.get(this.key(uri));
    if (!stored) return;
    const byHash = new Map(stored.blocks);
    for (const block of cache.blocks(text)) {
      if (cache.has(block.text)) continue;
      const kept = byHash.get(blockHash(block.text));
      const facts = kept && restoreFacts(kept);
      if (facts) {
        cache.seed(block.text, facts);
        this.restored++;
      }
    }
  }

  /** Remember the blocks of the model `current()` returns, when the document closes or the server stops. */
  remember(uri: string, textLength: number, current: () => DocumentModel | undefined): void {
    if (textLength > MAX_TEXT) return;
    this.store.remember(uri, () => {
      const model = current();
      return model && { key: this.key(uri), value: { blocks: model.blocks.map((b, i): [string, StoredFacts] => [blockHash(b.text), storeFacts(model.facts[i])]) } };
    });
  }

  flush(uri?: string): void {
    this.store.flush(uri);
  }

  clear(): void {
    this.store.clear();
  }
}
