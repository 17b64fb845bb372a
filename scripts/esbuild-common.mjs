// esbuild options shared by scripts/build.mjs (dist/) and the bench (scripts/bench), so the
// measured code is bundled like the shipped code.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['module', 'main'],
  // Some ESM dependencies call createRequire(import.meta.url); give them the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [combineExtensionsOnce],
};
