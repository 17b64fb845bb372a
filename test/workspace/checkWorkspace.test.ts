/**
 * `mou/checkWorkspace` over stdio on a generated 200-file workspace (issue #10), checked against
 * `mou-check --format json` on the same folder: the same agreements with the same reports, the
 * .mou.json and .gitignore exclusions, progress notifications, and cancellation.
 *
 * Both read .mou.json and .gitignore the same way (server/src/files.ts), so the sets must match.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { FileReport } from '../../server/src/core';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { cliReports } from './cli';
import { generateWorkspace, writeWorkspace, type GeneratedWorkspace } from './generate';
import { CheckWorkspaceProgressNotification, CheckWorkspaceRequest } from '../../server/src/protocol';

interface CheckResult {
  files: FileReport[];
  checked: number;
  total: number;
  cancelled: boolean;
}
interface Progress {
  done: number;
  total: number;
}

const PROGRESS = CheckWorkspaceProgressNotification.method;

describe('mou/checkWorkspace (stdio, 200 generated files)', function () {
  // Generous: the CLI and the server each analyse ~180 files, on shared CI machines.
  this.timeout(180_000);

  let root: string;
  let rootUri: string;
  let ws: GeneratedWorkspace;
  let cli: Map<string, FileReport>;
  let client: TestClient;
  const uriOf = (rel: string) => pathToFileURL(path.join(root, ...rel.split('/'))).href;
  const kindOf = (kind: string) => new Set(ws.markdown.filter((f) => f.kind === kind).map((f) => uriOf(f.path)));

  before(async function () {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mou-workspace-')));
    rootUri = pathToFileURL(root).href;
    ws = generateWorkspace();
    writeWorkspace(root, ws);
    cli = await cliReports(root);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  beforeEach(async () => {
    client = await startClient({ pull: true, workspaceFolders: [rootUri] });
  });
  afterEach(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  function check(token?: CancellationTokenSource['token']): Promise<CheckResult> {
    // (An explicit `undefined` token would be sent as a second parameter.)
    const params = { folders: [rootUri] };
    return (token ? client.connection.sendRequest(CheckWorkspaceRequest.method, params, token) : client.connection.sendRequest(CheckWorkspaceRequest.method, params)) as Promise<CheckResult>;
  }

  it('the generated workspace has 200 markdown files of every kind', () => {
    assert.equal(ws.markdown.length, 200);
    for (const kind of ['agreement', 'not-agreement', 'ignored-by-config', 'ignored-by-nested-config', 'gitignored']) {
      assert.ok(kindOf(kind).size >= 10, `${kind}: ${kindOf(kind).size}`);
    }
    assert.deepEqual(generateWorkspace().files, ws.files, 'the generator is deterministic');
  });

  it('finds the same agreements as mou-check, with the same scores and reports', async () => {
    const started = Date.now();
    const result = await check();
    const ms = Date.now() - started;
    assert.equal(result.cancelled, false);
    // Listed: every markdown file except the .gitignored ones; .mou.json exclusions are counted as checked.
    assert.equal(result.total, 200 - kindOf('gitignored').size);
    assert.equal(result.checked, result.total);

    const server = new Map(result.files.map((f) => [f.path, f]));
    assert.equal(server.size, result.files.length, 'each file once');
    assert.ok(result.files.every((f) => f.isAgreement), 'only agreements are returned');

    // mou-check honours .mou.json (both the folder's and the nested one) and .gitignore.
    for (const uri of [...kindOf('ignored-by-config'), ...kindOf('ignored-by-nested-config'), ...kindOf('gitignored')]) assert.ok(!cli.has(uri), `the CLI skips ${uri}`);
    const cliAgreements = [...cli.values()].filter((f) => f.isAgreement);
    const cliByUri = new Map(cliAgreements.map((f) => [pathToFileURL(path.resolve(root, f.path)).href, f]));

    assert.deepEqual([...server.keys()].sort(), [...cliByUri.keys()].sort(), 'the same set of agreements');
    assert.deepEqual([...server.keys()].sort(), [...kindOf('agreement')].sort(), 'exactly the generated agreements');
    for (const [uri, report] of server) {
      const expected = cliByUri.get(uri)!;
      assert.equal(report.score, expected.score, `score of ${uri}`);
      const { path: _a, ...rest } = report;
      const { path: _b, ...expectedRest } = expected;
      assert.deepEqual(rest, expectedRest, `report of ${uri}`);
    }
    const scores = new Set(result.files.map((f) => f.score));
    assert.ok(scores.size >= 8, `varied completeness: ${[...scores].sort().join(', ')}`);
    console.log(`      (${result.files.length} agreements of ${result.total} files in ${ms} ms)`);
  });

  it('reports progress from the first files to the last', async () => {
    const seen: Progress[] = [];
    client.connection.onNotification(PROGRESS, (p: Progress) => seen.push(p));
    const result = await check();
    assert.ok(seen.length >= 5, `progress notifications: ${JSON.stringify(seen)}`);
    assert.ok(seen.every((p) => p.total === result.total), 'every notification has the total');
    assert.ok(seen.every((p, i) => i === 0 || p.done > seen[i - 1].done), 'done only grows');
    assert.ok(seen[0].done < result.total, 'the first notification comes before the end');
  });

  it('sends a final progress notification with done = total', async () => {
    // The last listed file (partners/scratch-*.md) is excluded by partners/.mou.json.
    const seen: Progress[] = [];
    client.connection.onNotification(PROGRESS, (p: Progress) => seen.push(p));
    const result = await check();
    assert.deepEqual(seen.at(-1), { done: result.total, total: result.total }, `last of ${JSON.stringify(seen)}`);
  });

  it('stops when the request is cancelled after the first progress notification', async () => {
    const full = await check();
    const source = new CancellationTokenSource();
    let notifications = 0;
    client.connection.onNotification(PROGRESS, () => {
      if (notifications++ === 0) source.cancel();
    });
    const result = await check(source.token);
    assert.equal(result.cancelled, true);
    assert.ok(result.checked < result.total, `checked ${result.checked} of ${result.total}`);
    assert.ok(result.files.length < full.files.length, `${result.files.length} agreements, fewer than ${full.files.length}`);
    // What it did check is right.
    const byUri = new Map(full.files.map((f) => [f.path, f]));
    for (const f of result.files) assert.deepEqual(f, byUri.get(f.path));
    // And the server still answers afterwards.
    const again = await check();
    assert.equal(again.files.length, full.files.length);
  });

  it('uses the text of an open document, not the file on disk', async () => {
    const target = ws.markdown.find((f) => f.kind === 'agreement')!;
    const uri = uriOf(target.path);
    const before = (await check()).files.find((f) => f.path === uri)!;
    client.open(uri, '# Meeting notes\n\nNothing to agree on.\n');
    const after = await check();
    assert.ok(before, 'the file is an agreement on disk');
    assert.ok(!after.files.some((f) => f.path === uri), 'the open text is not an agreement');
  });
});
