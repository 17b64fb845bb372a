#!/usr/bin/env node
/**
 * `mou-language-server` (dist/server.js): loads the server bundle (dist/server.bundle.js) through
 * V8's code cache (code-cache.ts), after turning regexp tier-up off (regexp-tier.ts), and starts
 * it by calling the bundle's `main()` with what it did (launch-info.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import { compileRegExpsOnce } from './regexp-tier';
import { CodeCache } from './code-cache';
import type { LaunchInfo } from './launch-info';

/** The Node built-ins dist/server.bundle.js requires, from its esbuild metafile (scripts/build.mjs). */
declare const MOU_BUNDLE_BUILTINS: readonly string[] | undefined;
const flagsChangedAt = compileRegExpsOnce(typeof MOU_BUNDLE_BUILTINS === 'undefined' ? [] : MOU_BUNDLE_BUILTINS);

const bundle = path.join(__dirname, 'server.bundle.js');
const cache = new CodeCache(bundle);
const source = fs.readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache.data });
if (script.cachedDataRejected) cache.rejected();
let save = cache.wanted;

const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
run.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));

const launch: LaunchInfo = {
  flagsChangedAt,
  codeCache: {
    state: cache.state,
    ready() {
      cache.started();
      if (!save) return;
      save = false;
      cache.save(script);
    },
  },
};
(mod.exports as { main(launch: LaunchInfo): void }).main(launch);
