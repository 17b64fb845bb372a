/**
 * The browser build's figures (issue 23): the size of dist/web/server.js (raw and gzip), and the
 * time to first diagnostics in a real Chromium Web Worker for a generated 12 KB and 100 KB
 * agreement — from `new Worker()` (the bundle fetched from 127.0.0.1, parsed and started) through
 * initialize and didOpen to the first pulled diagnostics — then for the same text opened again
 * in that warm worker. Median of RUNS cold starts. `npm run build` first.
 *
 *   node --import tsx scripts/bench/web.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openWebServer, WEB_SERVER } from '../../test/helpers/web-worker';
import { generateAgreement } from './generate';

const RUNS = Number(process.env.MOU_WEB_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const bundle = readFileSync(WEB_SERVER);
  console.log(`dist/web/server.js: ${(bundle.length / 1024).toFixed(0)} KiB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} KiB gzip`);
  const web = await openWebServer();
  try {
    for (const kb of [12, 100]) {
      const text = generateAgreement(kb * 1024);
      const cold: number[] = [];
      const warm: number[] = [];
      let findings = 0;
      for (let run = 0; run < RUNS; run++) {
        const t0 = await web.page.evaluate(() => (globalThis as any).start());
        // The same as web.start(), timed inside the page.
        // (A string, not a function: tsx's transform would wrap a function's inner helpers in a __name the page lacks.)
        const ms = (await web.page.evaluate(`(async (t, body) => {
          const g = globalThis;
          await g.request('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { diagnostic: {} } } });
          g.notify('initialized', {});
          const first = async (uri) => {
            g.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: body } });
            return (await g.request('textDocument/diagnostic', { textDocument: { uri } })).result.items.length;
          };
          const n = await first('vscode-test-web://mount/a.md');
          const cold = performance.now() - t;
          const t1 = performance.now();
          await first('vscode-test-web://mount/b.md');
          return [cold, performance.now() - t1, n];
        })(${t0}, ${JSON.stringify(text)})`)) as [number, number, number];
        cold.push(ms[0]);
        warm.push(ms[1]);
        findings = ms[2];
      }
      console.log(`${kb} KB agreement (${text.length} chars, ${findings} findings): first diagnostics ${median(cold).toFixed(0)} ms from new Worker() (median of ${RUNS}), ${median(warm).toFixed(0)} ms for a second document in the warm worker`);
    }
  } finally {
    await web.close();
  }
}

void main();
