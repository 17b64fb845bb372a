/**
 * Remembered findings: what the server last found in a document, kept in its private cache
 * directory (cache-dir.ts) so that an agreement reopened in a new session (VS Code restores the
 * editors it had open) shows its findings before the server has parsed it.
 *
 * An entry is keyed by a SHA-256 of everything the findings depend on: this server build (and
 * Node version), the analysis options, and the exact text. The analysis is a pure function of
 * those, so a stored entry is exactly what analysing again would give; it is a shortcut, never an
 * approximation. Entries are written when the server is idle (hashing a big text is not done on a
 * keystroke), at most `limit` are kept (least recently used go first), and anything unreadable,
 * foreign or malformed is ignored.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPrivateDir, writePrivate } from './cache-dir';

const FORMAT = 1;

export interface StoreOptions<T> {
  /** Whether a parsed entry's value has the right shape. */
  valid: (value: unknown) => value is T;
  /** Entries kept (default 200). */
  limit?: number;
  /** Idle time before remembered entries are written (default 1 s; Infinity: only at `flush()`). */
  delayMs?: number;
  /** The folder of the cache directory its entries go in (default `findings`). */
  folder?: string;
}

export class FindingsStore<T> {
  private readonly dir: string | undefined;
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
    this.dir = cacheDir && identity ? path.join(cacheDir, options.folder ?? 'findings') : undefined;
    this.limit = options.limit ?? 200;
    this.delayMs = options.delayMs ?? 1000;
  }

  get enabled(): boolean {
    return !!this.dir;
  }

  key(text: string, options: unknown): string {
    return createHash('sha256').update(`${FORMAT}\0${this.identity}\0${JSON.stringify(options) ?? ''}\0`).update(text).digest('hex');
  }

  /** The stored value for `key`, if there is a valid one in a private directory. */
  get(key: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      if (!isPrivateDir(this.dir)) return undefined;
      const file = path.join(this.dir, `${key}.json`);
      const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; key?: unknown; value?: unknown };
      if (entry?.format !== FORMAT || entry.key !== key || !this.options.valid(entry.value)) return undefined;
      const now = new Date();
      fs.utimesSync(file, now, now); // recently used: kept longest
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
    if (!this.dir) return;
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
    if (!this.dir || !entries.length) return;
    try {
      let wrote = false;
      for (const make of entries) {
        const e = make();
        if (!e) continue;
        writePrivate(path.join(this.dir, `${e.key}.json`), JSON.stringify({ format: FORMAT, key: e.key, value: e.value }));
        wrote = true;
      }
      if (wrote) this.prune();
    } catch {
      // A read-only or full disk: the next start analyses again.
    }
  }

  /** Remove every remembered entry (the user turned remembering off). Never throws. */
  clear(): void {
    this.pending.clear();
    if (!this.dir) return;
    try {
      fs.rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // Nothing to remove, or not ours to remove.
    }
  }

  private prune(): void {
    const dir = this.dir!;
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    if (names.length <= this.limit) return;
    const aged = names.map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { f } of aged.slice(0, names.length - this.limit)) fs.rmSync(path.join(dir, f), { force: true });
  }
}
