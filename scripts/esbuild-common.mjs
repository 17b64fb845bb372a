// esbuild options shared by scripts/build.mjs (dist/) and the bench (scripts/bench), so the
// measured code is bundled like the shipped code.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The version, from package.json only (server/src/version.ts). */
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** micromark's parse() gets a combineExtensions that reuses its last result: server/src/bundle/combine-extensions-once.ts. */
export const combineExtensionsOnce = {
  name: 'combine-extensions-once',
  setup(build) {
    const once = path.join(root, 'server', 'src', 'bundle', 'combine-extensions-once.ts');
    build.onResolve({ filter: /^micromark-util-combine-extensions$/ }, (args) =>
      /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]parse\.js$/.test(args.importer) ? { path: once } : undefined,
    );
  },
};

/**
 * Word and PDF conversion stays out of the server and CLI bundles: server/src/documents/index.ts
 * requires './convert', which becomes the separate dist/documents.js (built by scripts/build.mjs),
 * so a markdown-only start never reads it.
 */
export const documentsApart = {
  name: 'documents-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/convert$/ }, (args) =>
      /[\\/]server[\\/]src[\\/]documents[\\/]index\.ts$/.test(args.importer) ? { path: './documents.js', external: true } : undefined,
    );
  },
};

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['module', 'main'],
  // Some ESM dependencies call createRequire(import.meta.url); give them the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl', MOU_VERSION: JSON.stringify(version) },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [combineExtensionsOnce],
};

/**
 * The Node built-in modules an esbuild output requires (its metafile's external imports that are
 * built-ins), sorted. The server's loader is built with the list of its bundle
 * (`MOU_BUNDLE_BUILTINS`, see server/src/startup/regexp-tier.ts for why).
 */
export function builtinsOf(metafile, outfile) {
  const output = Object.entries(metafile.outputs).find(([file]) => path.resolve(root, file) === path.resolve(root, outfile));
  if (!output) throw new Error(`esbuild wrote no ${outfile}`);
  const names = output[1].imports.filter((i) => i.external && isBuiltin(i.path)).map((i) => i.path);
  return [...new Set(names)].sort();
}
