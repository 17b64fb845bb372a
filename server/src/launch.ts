#!/usr/bin/env node
/**
 * `mou-language-server`: loads the server bundle (dist/server.bundle.js) through V8's code cache.
 *
 * Most of a cold start is V8 compiling the bundle's functions (the LSP library, micromark, the
 * checks) the first time they run. After the first diagnostics, the server calls
 * `globalThis.__mouCodeCacheReady()`, and this loader saves V8's compiled code for every function
 * that has run so far; the next start reads it back instead of compiling again. The cache lives
 * in the server's private cache directory (cache-dir.ts); V8 rejects a cache made for another
 * bundle or another V8, a checksum rejects a damaged one, a start that crashed with it makes the
 * next start go without it, and any failure here only means a slower start.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import { compileRegExpsOnce } from './regexp-tier';
import { buildStamp, cacheDir, privateDir, readPrivate, removePrivate, writePrivate } from './cache-dir';

/** The Node built-ins dist/server.bundle.js requires, from its esbuild metafile (scripts/build.mjs). */
declare const MOU_BUNDLE_BUILTINS: readonly string[] | undefined;
compileRegExpsOnce(typeof MOU_BUNDLE_BUILTINS === 'undefined' ? [] : MOU_BUNDLE_BUILTINS);

const bundle = path.join(__dirname, 'server.bundle.js');

/**
 * What happened to the cache on this start (reported by the server's mou/serverInfo request):
 * `corrupt` the file failed its checksum; `crashed` a start that used it ended before its first
 * diagnostics (the cache is dropped, this start runs without it); `unsafe` the cache directory is
 * not ours alone.
 */
type CacheState = 'off' | 'new' | 'used' | 'rejected' | 'unsafe' | 'corrupt' | 'crashed';

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

const dir = cacheDir() && privateDir(cacheDir()!);
const stamp = buildStamp(bundle);
const name = stamp ? `server-${stamp}.v8cache` : undefined;
/** While a start that uses the cache has not reached its first diagnostics: `<cache>.start-<pid>`. */
const markerOf = (pid: number): string => `${name}.start-${pid}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readCache(): { data?: Buffer; state: CacheState } {
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
    writePrivate(dir, markerOf(process.pid), '');
    return { data, state: 'used' };
  } catch {
    return { state: 'new' };
  }
}

/** This start reached its first diagnostics, or ended normally: its marker goes. */
function startSucceeded(): void {
  if (dir && name) removePrivate(dir, [markerOf(process.pid)]);
}

function writeCache(data: Buffer): void {
  if (!dir || !name || !privateDir(cacheDir()!)) return;
  try {
    writePrivate(dir, name, Buffer.concat([MAGIC, sha256(data), data]));
    // Caches of earlier builds for this Node are dead weight (about 1 MB each): remove them.
    const sameNode = `server-${process.version}-${process.arch}-`;
    removePrivate(dir, fs.readdirSync(dir).filter((f) => f !== name && f.startsWith(sameNode) && f.endsWith('.v8cache')));
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}

const cache = readCache();
if (cache.state === 'used') process.on('exit', startSucceeded);
const source = fs.readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache.data });
if (cache.data && script.cachedDataRejected) cache.state = 'rejected';
let save = !!name && !!dir && ['new', 'rejected', 'corrupt', 'crashed'].includes(cache.state);
const hooks = globalThis as { __mouCodeCacheReady?: () => void; __mouCodeCache?: { state: CacheState; file?: string } };
hooks.__mouCodeCache = { state: cache.state, file: dir && name ? path.join(dir, name) : undefined };
hooks.__mouCodeCacheReady = () => {
  startSucceeded();
  if (!save) return;
  save = false;
  writeCache(script.createCachedData());
};

const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
run.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
