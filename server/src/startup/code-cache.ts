/**
 * V8's compiled code for the server bundle, kept between starts. Most of a cold start is V8
 * compiling the bundle's functions (the LSP library, micromark, the checks) the first time they
 * run; after the first diagnostics the loader saves V8's compiled code for every function that
 * has run so far, and the next start reads it back instead of compiling again. The cache lives in
 * the server's private cache directory (cache-dir.ts); V8 rejects a cache made for another bundle
 * or another V8, a checksum rejects a damaged one, a start that crashed with it makes the next
 * start go without it, and any failure here only means a slower start.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vm from 'node:vm';
import { buildStamp, cacheDir, privateDir, readPrivate, removePrivate, writePrivate } from './cache-dir';
import type { CodeCacheState } from './launch-info';

/**
 * The file: a header (MAGIC, then the SHA-256 of the rest), then V8's data. V8 checks that a cache
 * was made for this source and this V8, but not that its bytes are intact: one flipped bit could
 * make every start crash (a V8 fatal error, or SIGSEGV in the first analysis). A damaged file fails
 * the checksum and is never given to V8.
 */
const MAGIC = Buffer.from('MOU-V8C1');
const HEADER = MAGIC.length + 32;
const MAX_CACHE_BYTES = 64_000_000;
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class CodeCache {
  /** The cached data to give V8, when there is a sound cache for this bundle. */
  readonly data: Buffer | undefined;
  state: CodeCacheState;
  private readonly dir = cacheDir() && privateDir(cacheDir()!);
  private readonly name: string | undefined;

  constructor(bundle: string) {
    const stamp = buildStamp(bundle);
    this.name = stamp ? `server-${stamp}.v8cache` : undefined;
    const read = this.read();
    this.data = read.data;
    this.state = read.state;
    if (this.state === 'used') process.on('exit', () => this.started());
  }

  /** The cache file's path (for tests and support), when there can be one. */
  get file(): string | undefined {
    return this.dir && this.name ? path.join(this.dir, this.name) : undefined;
  }

  /** V8 was given the data and refused it. */
  rejected(): void {
    if (this.data) this.state = 'rejected';
  }

  /** Whether this start should save its compiled code (none usable was read). */
  get wanted(): boolean {
    return !!this.name && !!this.dir && ['new', 'rejected', 'corrupt', 'crashed'].includes(this.state);
  }

  /** This start reached its first diagnostics, or ended normally: its marker goes. */
  started(): void {
    if (this.dir && this.name) removePrivate(this.dir, [this.marker(process.pid)]);
  }

  /** Save the code V8 compiled for `script` so far. Never throws. */
  save(script: vm.Script): void {
    const { dir, name } = this;
    if (!dir || !name || !privateDir(cacheDir()!)) return;
    try {
      const data = script.createCachedData();
      writePrivate(dir, name, Buffer.concat([MAGIC, sha256(data), data]));
      // Caches of earlier builds for this Node are dead weight: remove them.
      const sameNode = `server-${process.version}-${process.arch}-`;
      removePrivate(dir, fs.readdirSync(dir).filter((f) => f !== name && f.startsWith(sameNode) && f.endsWith('.v8cache')));
    } catch {
      // A read-only or full disk: the next start compiles again.
    }
  }

  /** While a start that uses the cache has not reached its first diagnostics: `<cache>.start-<pid>`. */
  private marker(pid: number): string {
    return `${this.name}.start-${pid}`;
  }

  private read(): { data?: Buffer; state: CodeCacheState } {
    const { dir, name } = this;
    if (!cacheDir() || !name) return { state: 'off' };
    if (!dir) return { state: 'unsafe' };
    try {
      // A start with this cache that died before its first diagnostics (a V8 fatal error, SIGSEGV)
      // left its marker: this start runs without the cache, and it is made again afterwards.
      const crashed = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.start-`) && !alive(Number(f.slice(name.length + 7))));
      if (crashed.length) {
        removePrivate(dir, [name, ...crashed]);
        return { state: 'crashed' };
      }
      let file: Buffer;
      try {
        file = readPrivate(dir, name, MAX_CACHE_BYTES);
      } catch {
        return { state: 'new' };
      }
      const data = file.subarray(HEADER);
      if (file.length <= HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC) || !sha256(data).equals(file.subarray(MAGIC.length, HEADER))) {
        removePrivate(dir, [name]);
        return { state: 'corrupt' };
      }
      writePrivate(dir, this.marker(process.pid), '');
      return { data, state: 'used' };
    } catch {
      return { state: 'new' };
    }
  }
}
