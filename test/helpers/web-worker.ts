/**
 * The browser build of the language server (dist/web/server.js) in a Web Worker of a real
 * headless Chromium (Debian's /usr/bin/chromium through playwright-core), driven over the
 * protocol: the page posts JSON-RPC messages to the worker, as vscode-languageclient/browser does.
 * The page and the bundle are served from a tiny http server on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ListFilesRequest, ReadFilesRequest } from '../../server/src/protocol';
import { ensureDebianPackages } from '../support/debian';

export const WEB_SERVER = path.resolve(__dirname, '..', '..', 'dist', 'web', 'server.js');
const CHROMIUM = '/usr/bin/chromium';

/**
 * The page: a worker per `start()`, requests with ids, notifications kept. Server requests are
 * answered as a client would: ReadFilesRequest and ListFilesRequest from window.files (URI → text:
 * what a client reads with workspace.fs and lists with workspace.findFiles), workspace/configuration
 * with window.settings, anything else with null.
 */
const PAGE = `<!doctype html><meta charset="utf-8"><title>mou web worker</title><script>
let worker, nextId = 0;
const pending = new Map();
window.notes = [];
window.files = {};
window.settings = null;
window.asked = [];
const answer = (m) => {
  if (m.method === '${ReadFilesRequest.method}') {
    window.asked.push(...m.params.uris);
    return m.params.uris.map((u) => (u in window.files ? { text: window.files[u] } : { missing: true }));
  }
  if (m.method === '${ListFilesRequest.method}') return Object.keys(window.files).filter((u) => u.startsWith(m.params.folder + '/') && /\\.md$/.test(u)).sort();
  if (m.method === 'workspace/configuration') return m.params.items.map(() => window.settings);
  return null;
};
window.start = () => {
  window.notes = [];
  worker?.terminate();
  const t0 = performance.now();
  worker = new Worker('/server.js');
  worker.onerror = (e) => window.notes.push({ method: 'worker/error', params: String(e.message) });
  worker.onmessage = ({ data: m }) => {
    if (m.method && m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: answer(m) });
    else if (m.id !== undefined) { pending.get(m.id)?.(m); pending.delete(m.id); }
    else window.notes.push(m);
  };
  return t0;
};
window.request = (method, params) => new Promise((resolve) => {
  const id = ++nextId;
  pending.set(id, resolve);
  worker.postMessage({ jsonrpc: '2.0', id, method, params });
});
window.notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
</script>`;

export interface WebServerPage {
  page: Page;
  /**
   * A new worker: initialize (pull diagnostics; `workspaceFolders` URIs if given, and then also
   * workspace/configuration) and initialized; resolves with the page's time it was created (ms).
   */
  start(workspaceFolders?: string[]): Promise<number>;
  /** A request's result (throws on an error response). */
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  close(): Promise<void>;
}

export async function openWebServer(): Promise<WebServerPage> {
  if (!existsSync(WEB_SERVER)) throw new Error(`${WEB_SERVER} is missing: run npm run build first.`);
  if (!existsSync(CHROMIUM)) ensureDebianPackages(['chromium']);
  const bundle = readFileSync(WEB_SERVER);
  const server = http.createServer((req, res) => {
    if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import('playwright-core');
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const b = browser;
    const request = async <R>(method: string, params: unknown): Promise<R> => {
      const m = (await page.evaluate(([mt, p]) => (globalThis as any).request(mt, p), [method, params] as const)) as { result?: R; error?: { message: string } };
      if (m.error) throw new Error(`${method}: ${m.error.message}`);
      return m.result as R;
    };
    return {
      page,
      async start(workspaceFolders?: string[]) {
        const t0 = (await page.evaluate(() => (globalThis as any).start())) as number;
        const folders = workspaceFolders?.map((uri) => ({ uri, name: uri }));
        const workspace = folders ? { workspace: { configuration: true } } : {};
        await request('initialize', { processId: null, rootUri: null, workspaceFolders: folders ?? null, capabilities: { ...workspace, textDocument: { synchronization: { didSave: true }, diagnostic: { dynamicRegistration: false } } } });
        await page.evaluate(() => (globalThis as any).notify('initialized', {}));
        return t0;
      },
      request,
      notify: (method, params) => page.evaluate(([mt, p]) => (globalThis as any).notify(mt, p), [method, params] as const),
      async close() {
        await b.close();
        server.close();
      },
    };
  } catch (e) {
    await browser?.close();
    server.close();
    throw e;
  }
}
