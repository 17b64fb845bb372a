// Bundles the client, the server and the CLI into dist/ with esbuild.
// remark and unified are ESM-only; bundling makes them usable from the CommonJS extension host.
import { build } from 'esbuild';
import { builtinsOf, common as shared, documentsApart, nodeImportsIn, web, webEntries } from './esbuild-common.mjs';

const watch = process.argv.includes('--watch');
const common = {
  ...shared,
  plugins: [...shared.plugins, documentsApart],
  minify: !process.argv.includes('--no-minify'),
  sourcemap: 'linked',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // Word and PDF conversion (mammoth, unpdf, docx): loaded by the CLI and the server only when a
  // .docx or .pdf is met (server/src/documents/index.ts).
  { entryPoints: ['server/src/documents/convert.ts'], outfile: 'dist/documents.js', external: ['@napi-rs/canvas'] },
];
// dist/server.js is a small loader that runs dist/server.bundle.js through V8's code cache. It is
// built after the bundle: it loads the Node built-ins the bundle requires before it changes a V8
// flag (server/src/startup/regexp-tier.ts), and the bundle's metafile says which they are.
const serverBundle = { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.bundle.js', metafile: true };
const loader = (builtins) => ({
  entryPoints: ['server/src/startup/launch.ts'],
  outfile: 'dist/server.js',
  minify: false,
  sourcemap: false,
  banner: {},
  define: { ...shared.define, MOU_BUNDLE_BUILTINS: JSON.stringify(builtins) },
});

// The browser (vscode.dev, github.dev): the client's `browser` entry and the server in a Web Worker,
// without a single Node built-in (the build fails otherwise: test/web checks the same).
const buildWeb = (e) =>
  build({ ...web, minify: common.minify, sourcemap: 'linked', metafile: true, ...e }).then((r) => {
    const node = nodeImportsIn(r.metafile);
    if (node.length) throw new Error(`${e.outfile} must run in a browser, but imports from Node:\n  ${node.join('\n  ')}`);
  });

const started = Date.now();
await Promise.all([
  ...webEntries.map(buildWeb),
  ...entries.map((e) => build({ ...common, ...e })),
  build({ ...common, ...serverBundle }).then((r) => build({ ...common, ...loader(builtinsOf(r.metafile, serverBundle.outfile)) })),
]);
if (!watch) console.log(`built dist/ in ${Date.now() - started} ms`);
