/**
 * JSON entries in one folder of the server's private cache directory (cache-dir.ts): what the
 * server remembers between sessions (remembered-findings.ts, parsed-blocks.ts). Keys come from
 * `key()`: a SHA-256 of this build's identity, the options and a text, so an entry made by another
 * build is never found. Entries are written when the server is idle or at `flush()` (hashing a big
 * text is not done on a keystroke), at most `limit` are kept (least recently used go first), and
 * anything unreadable, foreign or malformed is ignored.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { privateDir, readPrivate, removePrivate, writePrivate } from './cache-dir';

const FORMAT = 1;
/** The largest entry read back. */
const MAX_ENTRY_BYTES = 256_000_000;

export interface StoreOptions<T> {
  /** Whether a parsed entry's value has the right shape. */
  valid: (value: unknown) => value is T;
  /** Entries kept (default 200). */
  limit?: number;
  /** Idle time before remembered entries are written (default 1 s; Infinity: only at `flush()`). */
  delayMs?: number;
  /** The folder of the cache directory its entries go in. */
  folder: string;
}

export class JsonStore<T> {
  /** The cache root and this store's folder in it (checked private on every use: cache-dir.ts). */
  private readonly root: string | undefined;
  private readonly folder: string;
  private readonly pending = new Map<string, () => { key: string; value: T } | undefined>();
  private timer: NodeJS.Timeout | undefined;
  private readonly limit: number;
  private readonly delayMs: number;

  /** `cacheDir` undefined (caching off) or `identity` undefined (unknown build) turn the store off. */
  constructor(
    cacheDir: string | undefined,
    private readonly identity: string | undefined,
    private readonly options: StoreOptions<T>,
  ) {
    this.root = cacheDir && identity ? cacheDir : undefined;
    this.folder = options.folder;
    this.limit = options.limit ?? 200;
    this.delayMs = options.delayMs ?? 1000;
  }

  get enabled(): boolean {
    return !!this.root;
  }

  /** This store's folder, if it is (or can be made) private; undefined turns this use off. */
  private dir(): string | undefined {
    return this.root ? privateDir(this.root, this.folder) : undefined;
  }

  key(text: string, options: unknown): string {
    return createHash('sha256').update(`${FORMAT}\0${this.identity}\0${JSON.stringify(options) ?? ''}\0`).update(text).digest('hex');
  }

  /** The stored value for `key`, if there is a valid one in a private directory. */
  get(key: string): T | undefined {
    if (!this.root || !/^[A-Za-z0-9_-]{1,128}$/.test(key)) return undefined;
    try {
      const dir = this.dir();
      if (!dir) return undefined;
      const file = path.join(dir, `${key}.json`);
      const entry = JSON.parse(readPrivate(dir, `${key}.json`, MAX_ENTRY_BYTES).toString('utf8')) as { format?: unknown; key?: unknown; value?: unknown };
      if (entry?.format !== FORMAT || entry.key !== key || !this.options.valid(entry.value)) return undefined;
      const now = new Date();
      fs.lutimesSync(file, now, now); // recently used: kept longest
      return entry.value;
    } catch {
      return undefined;
    }
  }

  /**
   * Remember what `entry()` returns for `id` (a document), computed when the server is next idle
   * for `delayMs` or at `flush()`; a later call for the same id replaces it. `entry` returns
   * undefined when there is nothing current to remember any more.
   */
  remember(id: string, entry: () => { key: string; value: T } | undefined): void {
    if (!this.root) return;
    this.pending.set(id, entry);
    if (!Number.isFinite(this.delayMs)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref();
  }

  /** Write the pending entry of `id` (a document being closed), or every one (on shutdown), now. Never throws. */
  flush(id?: string): void {
    const entries: Array<() => { key: string; value: T } | undefined> = [];
    for (const [k, make] of this.pending) if (id === undefined || k === id) entries.push(make);
    if (id === undefined) this.pending.clear();
    else this.pending.delete(id);
    if (!this.pending.size && this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.root || !entries.length) return;
    try {
      const dir = this.dir();
      if (!dir) return; // not ours alone: nothing is written there
      let wrote = false;
      for (const make of entries) {
        const e = make();
        if (!e) continue;
        writePrivate(dir, `${e.key}.json`, JSON.stringify({ format: FORMAT, key: e.key, value: e.value }));
        wrote = true;
      }
      if (wrote) this.prune(dir);
    } catch {
      // A read-only or full disk: the next start analyses again.
    }
  }

  /** Remove every remembered entry (the user turned remembering off). Never throws. */
  clear(): void {
    this.pending.clear();
    if (!this.root) return;
    try {
      // Only a folder that is ours alone is emptied (removing a symlink would not follow it, but
      // a folder another user made is not ours to touch at all).
      const dir = this.dir();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Nothing to remove, or not ours to remove.
    }
  }

  /** Keep the `limit` most recently used entries of `dir` (checked private just before). */
  private prune(dir: string): void {
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    if (names.length <= this.limit) return;
    const aged = names.map((f) => ({ f, t: fs.lstatSync(path.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
    removePrivate(dir, aged.slice(0, names.length - this.limit).map((x) => x.f));
  }
}
