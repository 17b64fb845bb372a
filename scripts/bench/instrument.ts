/**
 * An esbuild plugin that puts a timer around every exported function of server/src/core while
 * bundling (the sources are not touched): `export function f(…) {…}` becomes `function
 * __impl_f(…) {…}` plus an exported `f` that calls it between `enter` and `exit` of the
 * `globalThis.__mouTiming` recorder (see timing.ts). With no recorder or with it switched off,
 * the wrapper costs one property read.
 *
 * Because it wraps whatever the core exports, the phase breakdown follows the pipeline as it
 * changes instead of going stale like a hand-made copy would.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Plugin } from 'esbuild';

const EXPORTED = /\bexport function (\w+)\s*\(/g;

export function instrumentSource(source: string, file: string): string {
  const names = new Set<string>();
  const renamed = source.replace(EXPORTED, (_m, name: string) => {
    names.add(name);
    return `function __impl_${name}(`;
  });
  if (!names.size) return source;
  const tag = path.basename(file).replace(/\.ts$/, '');
  const wrappers = [...names].map(
    (name) =>
      `export function ${name}(...args: any[]): any {\n` +
      `  const T = (globalThis as any).__mouTiming;\n` +
      `  if (!T || !T.on) return (__impl_${name} as any)(...args);\n` +
      `  T.enter(${JSON.stringify(`${name} (${tag})`)});\n` +
      `  try { return (__impl_${name} as any)(...args); } finally { T.exit(); }\n` +
      `}\n`,
  );
  return `${renamed}\n// --- bench instrumentation ---\n${wrappers.join('')}`;
}

export function instrumentPlugin(coreDir: string): Plugin {
  const dir = path.resolve(coreDir) + path.sep;
  return {
    name: 'mou-bench-instrument',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!args.path.startsWith(dir)) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: instrumentSource(source, args.path), loader: 'ts' };
      });
    },
  };
}
