/**
 * .mou.json in the browser (issue 23): the worker server (dist/web/server.js, real Chromium) has no
 * disk, so it asks the client for configuration files (ReadFilesRequest; the page answers from
 * its own files, as the VS Code client answers with workspace.fs). A .mou.json and its `extends`
 * chain change what is required exactly as on the desktop (the Node server, reading the same files
 * from disk), a change to it re-checks, its problems are published on it, and files/ignore apply.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, FullDocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { loadFixtures } from '../helpers/fixtures';
import { inProcessServer } from '../helpers/in-process-server';
import { openWebServer, type WebServerPage } from '../helpers/web-worker';

const ROOT = 'vscode-test-web://mount';
const sectionOf = (d: Diagnostic) => (d.data as { section?: string } | undefined)?.section;
const missing = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'missing-section').map(sectionOf).sort();
const ALL = ['intended-outcomes', 'points-of-contact', 'resource-commitments', 'roles', 'safety-protocols'];

describe('.mou.json in the browser: the worker reads it through the client', function () {
  this.timeout(120_000);
  let web: WebServerPage;
  let version = 1;
  const thin = () => loadFixtures().find((f) => f.name === 'thin/letter-of-understanding.md')!.text;
  const setFiles = (files: Record<string, string>) => web.page.evaluate((f) => ((globalThis as any).files = f), files);
  const pull = async (uri: string) => (await web.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })).items;
  const open = async (uri: string, text: string) => {
    await web.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: version++, text } });
    return pull(uri);
  };
  const changed = (uri: string, type: 1 | 2 | 3) => web.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  /** The last diagnostics pushed for `uri` once `until` holds for them (waits on the page's state). */
  const pushed = async (uri: string, until: string): Promise<Diagnostic[]> => {
    const last = `[...globalThis.notes].reverse().find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === ${JSON.stringify(uri)})`;
    await web.page.waitForFunction(`(() => { const n = ${last}; return !!n && ((diagnostics) => ${until})(n.params.diagnostics); })()`, undefined, { timeout: 20_000 });
    return ((await web.page.evaluate(last)) as { params: PublishDiagnosticsParams }).params.diagnostics;
  };

  before(async () => {
    web = await openWebServer();
  });
  after(async () => web?.close());

  it('an extends chain (a file, then a built-in playbook) changes what is required, as the Node server reading the same files from disk', async () => {
    const files = {
      [`${ROOT}/team/.mou.json`]: '{ "extends": "../shared/base.json", "severity": { "missing-section": "warning" } }',
      [`${ROOT}/shared/base.json`]: '{ "extends": "in-kind-donation" }',
    };
    await web.start([ROOT]);
    await setFiles(files);
    const fromWorker = await open(`${ROOT}/team/thin.md`, thin());
    assert.ok(!missing(fromWorker).includes('safety-protocols'), 'the in-kind-donation playbook expects no safety section');
    assert.ok(missing(fromWorker).length > 0);
    assert.ok(fromWorker.filter((d) => d.code === 'missing-section').every((d) => d.severity === 2), 'the nearest file’s severity applies');
    assert.deepEqual(await web.page.evaluate(() => (globalThis as any).asked.filter((u: string) => u.endsWith('base.json'))), [`${ROOT}/shared/base.json`], 'asked once');

    const dir = mkdtempSync(path.join(tmpdir(), 'mou-web-config-'));
    for (const [uri, text] of Object.entries(files)) {
      const file = path.join(dir, uri.slice(ROOT.length));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const fromNode = await nodeOpen(pathToFileURL(dir).toString(), pathToFileURL(path.join(dir, 'team', 'thin.md')).toString(), thin());
    assert.deepEqual(fromWorker, fromNode);
  });

  it('a change to .mou.json re-checks the open agreement; a broken one is reported on it and the last good one stays; deleting it restores the defaults', async () => {
    const config = `${ROOT}/.mou.json`;
    const uri = `${ROOT}/agreement.md`;
    await web.start([ROOT]);
    await setFiles({});
    assert.deepEqual(missing(await open(uri, thin())), ALL);

    await setFiles({ [config]: '{ "extends": "in-kind-donation" }' });
    await changed(config, 1);
    const withConfig = missing(await pull(uri));
    assert.ok(!withConfig.includes('safety-protocols') && withConfig.length > 0, withConfig.join());

    await setFiles({ [config]: '{\n  "extends": "in-kind-donation"\n  "severity": {}\n}' });
    await changed(config, 2);
    assert.deepEqual(missing(await pull(uri)), withConfig, 'the last valid configuration stays in force');
    const [problem] = await pushed(config, 'diagnostics.length > 0');
    assert.equal(problem.code, 'config');
    assert.ok(problem.range.start.line === 1 || problem.range.start.line === 2, `reported at line ${problem.range.start.line + 1}`);

    await setFiles({});
    await changed(config, 3);
    assert.deepEqual(missing(await pull(uri)), ALL);
    await pushed(config, 'diagnostics.length === 0');
  });

  it('an extends cycle and a missing extends target are reported on the file; an agreement is still checked', async () => {
    await web.start([ROOT]);
    await setFiles({
      [`${ROOT}/a/.mou.json`]: '{ "extends": "../b/.mou.json" }',
      [`${ROOT}/b/.mou.json`]: '{ "extends": "../a/.mou.json" }',
      [`${ROOT}/c/.mou.json`]: '{ "extends": "./nowhere.json" }',
    });
    assert.deepEqual(missing(await open(`${ROOT}/a/x.md`, thin())), ALL);
    const [cycle] = await pushed(`${ROOT}/b/.mou.json`, 'diagnostics.length > 0');
    assert.match(cycle.message, /makes a cycle/);
    assert.deepEqual(missing(await open(`${ROOT}/c/x.md`, thin())), ALL);
    const [nowhere] = await pushed(`${ROOT}/c/.mou.json`, 'diagnostics.length > 0');
    assert.match(nowhere.message, /nowhere\.json, which does not exist/);
  });

  it('files/ignore apply: .mou.json’s ignore and the mou.ignore setting leave a file unchecked', async () => {
    await web.start([ROOT]);
    await setFiles({ [`${ROOT}/.mou.json`]: '{ "ignore": ["drafts/**"] }' });
    await web.page.evaluate(() => ((globalThis as any).settings = { ignore: ['old/**'] }));
    try {
      assert.deepEqual(await open(`${ROOT}/drafts/a.md`, thin()), []);
      assert.deepEqual(await open(`${ROOT}/old/b.md`, thin()), []);
      assert.deepEqual(missing(await open(`${ROOT}/current/c.md`, thin())), ALL);
    } finally {
      await web.page.evaluate(() => ((globalThis as any).settings = null));
    }
  });
});

/** The Node server in this process, on a folder on disk: the diagnostics of one document. */
async function nodeOpen(folder: string, uri: string, text: string): Promise<Diagnostic[]> {
  const node = await inProcessServer(folder);
  try {
    return await node.open(uri, text);
  } finally {
    await node.close();
  }
}
