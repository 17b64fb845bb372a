/**
 * (j) The packaged extension (issue #10): `mou-author.vsix`, installed into a fresh extensions
 * folder the way a user installs it, checks a thin agreement.
 *
 * This run (MOU_E2E_MODE=vsix, see runTest.ts) does not load the repository as the extension
 * under development: VS Code runs tests only with some extension under development, so the one
 * given is an empty test-runner extension (out/e2e/vsix-runner: a package.json, no code), and
 * MOU Author itself comes from the installed .vsix — with only the files .vscodeignore lets in.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import { ALL_SECTION_IDS, EXTENSION_ID, fixture, missingSectionDiagnostics, missingSectionIds, mouApi, open, waitForMissingSections } from './helpers';
import { ExportDocxRequest, ImportDocumentRequest, ServerInfoRequest, type ExportDocxResult, type ImportDocumentResult } from '../../../server/src/protocol';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Relative paths the manifest refers to: entry point, icon, snippets, grammars, schemas, walkthrough media. */
function referencedFiles(pkg: Record<string, any>): string[] {
  const c = pkg.contributes ?? {};
  const media = (c.walkthroughs ?? []).flatMap((w: any) => (w.steps ?? []).flatMap((s: any) => [s.media?.markdown, s.media?.svg,
    ...(typeof s.media?.image === 'string' ? [s.media.image] : Object.values(s.media?.image ?? {}))]));
  const all: unknown[] = [
    pkg.main, pkg.browser, pkg.icon,
    ...(c.snippets ?? []).map((x: any) => x.path),
    ...(c.grammars ?? []).map((x: any) => x.path),
    ...(c.jsonValidation ?? []).map((x: any) => x.url),
    ...(c.languages ?? []).map((x: any) => x.configuration),
    ...media,
  ];
  return [...new Set(all.filter((p): p is string => typeof p === 'string' && !/^[a-z][\w+.-]*:/i.test(p))
    .map((p) => p.replace(/^\.\//, '')))].sort();
}

describe('the packaged extension (.vsix)', function () {
  it('is the installed .vsix, not the repository', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const repo = process.env.MOU_E2E_REPO_ROOT;
    assert.ok(repo, 'MOU_E2E_REPO_ROOT is not set (runTest.ts sets it for the vsix run)');
    const location = ext.extensionUri.fsPath;
    assert.ok(!(location + path.sep).startsWith(path.resolve(repo) + path.sep), `MOU Author was loaded from the repository (${location}), not from the .vsix`);
    assert.equal(path.basename(location), `${EXTENSION_ID}-${ext.packageJSON.version}`, `unexpected install folder ${location}`);
    // Only what .vscodeignore lets in: the bundles, not the sources or node_modules.
    for (const file of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server.bundle.js', 'dist/documents.js', 'dist/web/client.js', 'dist/web/server.js', 'snippets/mou.code-snippets', 'syntaxes/mou.injection.tmLanguage.json']) {
      assert.ok(await exists(vscode.Uri.joinPath(ext.extensionUri, file)), `the packaged extension lacks ${file}`);
    }
    for (const file of ['server/src', 'client/src', 'node_modules', 'test']) {
      assert.ok(!(await exists(vscode.Uri.joinPath(ext.extensionUri, file))), `the packaged extension contains ${file}`);
    }
    // Every file the packaged manifest points at is in the package.
    const missing: string[] = [];
    for (const file of referencedFiles(ext.packageJSON)) {
      if (!(await exists(vscode.Uri.joinPath(ext.extensionUri, file)))) missing.push(file);
    }
    assert.deepEqual(missing, [], `the package.json in the .vsix refers to files that are not in it: ${missing.join(', ')}`);
  });

  it('converts to and from Word with the packaged server (dist/documents.js is in the package)', async function () {
    const doc = await open(fixture(THIN_AGREEMENT));
    const api = await mouApi();
    const exported = await api.client.sendRequest<ExportDocxResult>(ExportDocxRequest.method, { uri: doc.uri.toString(), text: doc.getText() });
    assert.ok('base64' in exported, `export failed: ${'error' in exported ? exported.error : ''}`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mou-vsix-')), 'thin.docx');
    writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    const imported = await api.client.sendRequest<ImportDocumentResult>(ImportDocumentRequest.method, { uri: vscode.Uri.file(file).toString() });
    assert.ok('markdown' in imported, `import failed: ${'error' in imported ? imported.error : ''}`);
    assert.match(imported.markdown, /Signatures/);
  });

  it('gives a thin agreement its five missing-section diagnostics', async function () {
    const doc = await open(fixture(THIN_AGREEMENT));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    assert.equal(missingSectionDiagnostics(doc.uri).length, 5);
    assert.deepEqual(missingSectionIds(doc.uri), ALL_SECTION_IDS);
    // The packaged client exposes the same API and its server answers.
    const api = await mouApi();
    const info = await api.client.sendRequest<{ pid: number; execArgv: string[]; slowStartEnv?: string[] }>(ServerInfoRequest.method);
    assert.ok(info.pid > 0);
    // It runs with the Node options the client gives it (server/src/startup/node-options.ts).
    assert.ok(api.serverNodeOptions.includes('--v8-pool-size=0'), `the client's options: ${api.serverNodeOptions.join(' ')}`);
    assert.deepEqual(info.execArgv.filter((a) => api.serverNodeOptions.includes(a)), [...api.serverNodeOptions], `the server's Node options: ${info.execArgv.join(' ')}`);
    // ...and without the variables that only slow Node's boot. Under code-server the editor has one:
    // the launcher sets it (test/e2e/launcher/launcher.mjs).
    if (process.env.MOU_E2E_SIGNAL_DIR) assert.ok(process.env.NODE_EXTRA_CA_CERTS, 'the extension host has NODE_EXTRA_CA_CERTS');
    assert.deepEqual(info.slowStartEnv, [], "variables the client should have left out of the server's environment");
  });
});
