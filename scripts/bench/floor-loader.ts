/** Runs floor.js through a V8 code cache, as server/src/startup/launch.ts runs the server (see floor.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as vm from 'node:vm';
import { compileRegExpsOnce } from '../../server/src/startup/regexp-tier';

compileRegExpsOnce();
const [bundle, cacheFile] = process.argv.slice(2);
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const mod = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, '.');
if (!cachedData || script.cachedDataRejected) writeFileSync(cacheFile, script.createCachedData());
