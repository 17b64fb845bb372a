/**
 * The workspace check in the browser (issue 23): the worker server (dist/web/server.js, real
 * Chromium) lists a folder's markdown files and reads them through the client (ListFilesRequest,
 * ReadFilesRequest; the page answers from its own files as the VS Code client answers with
 * workspace.findFiles and workspace.fs), applies .mou.json's ignore, and gives the same reports as
 * the Node server's check of the same files on disk.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckWorkspaceProgressNotification, CheckWorkspaceRequest, type CheckWorkspaceResult } from '../../server/src/protocol';
import { loadFixtures } from '../helpers/fixtures';
import { inProcessServer } from '../helpers/in-process-server';
import { openWebServer, type WebServerPage } from '../helpers/web-worker';

const ROOT = 'vscode-test-web://mount';

describe('the workspace check in the browser: files listed and read through the client', function () {
  this.timeout(120_000);
  let web: WebServerPage;
  before(async () => {
    web = await openWebServer();
  });
  after(async () => web?.close());

  it('checks the folder’s agreements (not its other markdown, not what .mou.json ignores), as the Node server does on disk', async () => {
    const thin = loadFixtures().find((f) => f.name === 'thin/letter-of-understanding.md')!.text;
    const files: Record<string, string> = {
      'agreements/acme.md': thin,
      'notes/shopping.md': '# Shopping list\n\n- milk\n- bread\n',
      'drafts/old.md': thin,
      '.mou.json': '{ "ignore": ["drafts/**"] }',
    };
    await web.start([ROOT]);
    await web.page.evaluate((f) => ((globalThis as any).files = f), Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v])));
    const fromWorker = await web.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, { folders: [ROOT] });
    assert.deepEqual(fromWorker.files.map((f) => f.path), [`${ROOT}/agreements/acme.md`]);
    assert.deepEqual([fromWorker.checked, fromWorker.total, fromWorker.cancelled], [3, 3, false]);
    const missing = fromWorker.files[0].diagnostics.filter((d) => d.code === 'missing-section');
    assert.equal(missing.length, 5);
    const progress = (await web.page.evaluate(`globalThis.notes.filter((n) => n.method === ${JSON.stringify(CheckWorkspaceProgressNotification.method)}).map((n) => n.params)`)) as { done: number; total: number }[];
    assert.deepEqual(progress.at(-1), { done: 3, total: 3 });

    const dir = mkdtempSync(path.join(tmpdir(), 'mou-web-workspace-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const folder = pathToFileURL(dir).toString();
    const fromNode = await nodeCheck(folder);
    const relative = (r: CheckWorkspaceResult, root: string) => ({ ...r, files: r.files.map((f) => ({ ...f, path: f.path.slice(root.length) })) });
    assert.deepEqual(relative(fromWorker, ROOT), relative(fromNode, folder));
  });

  it('a client that lists nothing (or answers null): an empty check, never an error', async () => {
    await web.start([ROOT]);
    await web.page.evaluate(() => ((globalThis as any).files = {}));
    const r = await web.request<CheckWorkspaceResult>(CheckWorkspaceRequest.method, { folders: [ROOT, 'untitled:x'] });
    assert.deepEqual([r.files, r.checked, r.total], [[], 0, 0]);
  });
});

async function nodeCheck(folder: string): Promise<CheckWorkspaceResult> {
  const node = await inProcessServer(folder);
  try {
    return await node.client.sendRequest(CheckWorkspaceRequest, { folders: [folder] });
  } finally {
    await node.close();
  }
}
