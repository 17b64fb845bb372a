// Bundles the client, the server and the CLI into dist/ with esbuild.
// remark and unified are ESM-only; bundling makes them usable from the CommonJS extension host.
import { build } from 'esbuild';
import { common as shared } from './esbuild-common.mjs';

const watch = process.argv.includes('--watch');
const common = {
  ...shared,
  minify: !process.argv.includes('--no-minify'),
  sourcemap: 'linked',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js is a small loader that runs dist/server.bundle.js through V8's code cache.
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js' },
  { entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', minify: false, sourcemap: false, banner: {} },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
];

const started = Date.now();
await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built dist/ in ${Date.now() - started} ms`);
