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

/**
 * The web-worker server (dist/web/server.js, server/src/web/server.ts): the modules that read the
 * disk or the process are swapped for browser stand-ins (server/src/web/stand-ins/README.md).
 * Keyed by the replaced module's path under server/src, without its extension.
 */
const WEB_STAND_INS = {
  'config/host': 'host',
  'lsp/remembered': 'remembered',
  'lsp/workspace-files': 'workspace-files',
  'documents/lsp': 'documents-lsp',
  'startup/regexp-tier': 'regexp-tier',
  version: 'version',
};

export const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    const src = path.join(root, 'server', 'src');
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const rel = path.relative(src, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      const standIn = WEB_STAND_INS[rel];
      return standIn ? { path: path.join(src, 'web', 'stand-ins', `${standIn}.ts`) } : undefined;
    });
  },
};

/**
 * A Node built-in imported by a browser bundle is left external (instead of esbuild's "could not
 * resolve"), so that nodeBuiltinsIn() names it and the module that imports it.
 */
const builtinsExternal = {
  name: 'builtins-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (isBuiltin(args.path) ? { path: args.path, external: true } : undefined));
  },
};

/** esbuild options of the web-worker server: a browser script, no Node built-in (test/web checks). */
export const web = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['browser', 'module', 'main'],
  // Both run in a Web Worker, where there is no `document`: packages' worker builds, not their DOM
  // ones (decode-named-character-reference's "browser" build decodes entities through the DOM).
  conditions: ['worker'],
  define: { MOU_VERSION: JSON.stringify(version) },
  plugins: [combineExtensionsOnce, webStandIns, builtinsExternal],
};

/** The browser entries (built by scripts/build.mjs, checked by test/web): the worker server and the client's `browser` entry. */
export const webEntries = [
  { entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js' },
  {
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/web/client.js',
    format: 'cjs',
    external: ['vscode'],
    // The client's modules name vscode-languageclient/node for its protocol; the browser build takes the same from /browser.
    alias: { 'vscode-languageclient/node': 'vscode-languageclient/browser' },
  },
];

/**
 * What a browser bundle would still need from Node: its inputs' imports of Node built-ins, and
 * require() calls esbuild could not bundle (`<runtime>`), as "file → module". Empty or the build fails.
 */
export function nodeImportsIn(metafile) {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => i.external && (isBuiltin(i.path) || i.path === '<runtime>')).map((i) => `${file} → ${i.path}`),
  );
}
