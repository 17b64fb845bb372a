#!/usr/bin/env node
/**
 * `mou-language-server`: loads the server bundle (dist/server.bundle.js) through V8's code cache.
 *
 * Most of a cold start is V8 compiling the bundle's functions (the LSP library, micromark, the
 * checks) the first time they run. After the first diagnostics, the server calls
 * `globalThis.__mouCodeCacheReady()`, and this loader saves V8's compiled code for every function
 * that has run so far; the next start reads it back instead of compiling again. The cache lives
 * in the server's private cache directory (cache-dir.ts); V8 rejects a cache made for another
 * bundle or another V8, and any failure here only means a slower start.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import { compileRegExpsOnce } from './regexp-tier';
import { buildStamp, cacheDir, isPrivateDir, writePrivate } from './cache-dir';

/** The Node built-ins dist/server.bundle.js requires, from its esbuild metafile (scripts/build.mjs). */
declare const MOU_BUNDLE_BUILTINS: readonly string[] | undefined;
compileRegExpsOnce(typeof MOU_BUNDLE_BUILTINS === 'undefined' ? [] : MOU_BUNDLE_BUILTINS);

const bundle = path.join(__dirname, 'server.bundle.js');

function cacheFile(): string | undefined {
  const dir = cacheDir();
  const stamp = buildStamp(bundle);
  return dir && stamp ? path.join(dir, `server-${stamp}.v8cache`) : undefined;
}

/** What happened to the cache on this start (reported by the server's mou/serverInfo request). */
type CacheState = 'off' | 'new' | 'used' | 'rejected' | 'unsafe';

function readCache(file: string | undefined): { data?: Buffer; state: CacheState } {
  if (!file) return { state: 'off' };
  try {
    // Only our own, private cache: never one another user could have planted.
    if (!isPrivateDir(path.dirname(file))) return { state: 'unsafe' };
    return { data: fs.readFileSync(file), state: 'used' };
  } catch {
    return { state: 'new' };
  }
}

function writeCache(file: string, data: Buffer): void {
  try {
    const dir = path.dirname(file);
    writePrivate(file, data);
    // Caches of earlier builds for this Node are dead weight (about 1 MB each): remove them.
    const mine = path.basename(file);
    const sameNode = `server-${process.version}-${process.arch}-`;
    for (const f of fs.readdirSync(dir)) if (f !== mine && f.startsWith(sameNode) && f.endsWith('.v8cache')) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}

const file = cacheFile();
const cache = readCache(file);
const source = fs.readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache.data });
if (cache.data && script.cachedDataRejected) cache.state = 'rejected';
let save = !!file && (cache.state === 'new' || cache.state === 'rejected');
const hooks = globalThis as { __mouCodeCacheReady?: () => void; __mouCodeCache?: { state: CacheState; file?: string } };
hooks.__mouCodeCache = { state: cache.state, file };
hooks.__mouCodeCacheReady = () => {
  if (!save || !file) return;
  save = false;
  writeCache(file, script.createCachedData());
};

const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
run.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
