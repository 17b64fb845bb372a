/**
 * The language server against a hostile workspace or client (issue 24): malformed params, a
 * client without workspace folders, a config of the wrong type, a catastrophic placeholder
 * pattern, a block that would take remark minutes. Every case answers at once; other documents
 * are still served.
 */
import { analyze } from '../../server/src/core';
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';
import { CheckWorkspaceRequest, CompletenessRequest, ServerInfoRequest, SkeletonRequest } from '../../server/src/protocol';

const GOLD = loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!.text;
const THIN = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!.text;
/** How many sections the core finds missing in THIN (the server must report the same). */
const THIN_MISSING = analyze(THIN).findings.filter((f) => f.rule === 'missing-section').length;

async function serverInfoMs(client: TestClient): Promise<number> {
  const t0 = performance.now();
  await client.connection.sendRequest(ServerInfoRequest.method);
  return performance.now() - t0;
}

describe('server against a hostile workspace or client (stdio)', () => {
  let client: TestClient;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
  });

  it('malformed request params get InvalidParams with what is wrong, never a TypeError, and the server goes on', async () => {
    client = await startClient({ pull: true });
    const uri = 'file:///params.md';
    client.open(uri, GOLD);
    const bad: Array<[string, unknown, RegExp]> = [
      ['textDocument/hover', {}, /textDocument\.uri must be a string/],
      ['textDocument/hover', { textDocument: { uri } }, /position must be/],
      ['textDocument/completion', { textDocument: { uri }, position: 'x' }, /position must be/],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, /context\.diagnostics must be a list/],
      ['textDocument/documentSymbol', { textDocument: 7 }, /textDocument\.uri must be a string/],
      ['textDocument/diagnostic', { textDocument: {} }, /textDocument\.uri must be a string/],
      [CompletenessRequest.method, {}, /uri must be a string/],
      [CheckWorkspaceRequest.method, { folders: 'file:///' }, /folders must be a list of strings/],
      [SkeletonRequest.method, { type: 3 }, /type must be a string/],
    ];
    for (const [method, params, message] of bad) {
      const e = await client.connection.sendRequest(method, params).then(
        () => assert.fail(`${method} accepted ${JSON.stringify(params)}`),
        (err: unknown) => err as ResponseError<unknown>,
      );
      assert.equal(e.code, ErrorCodes.InvalidParams, `${method}: ${e.code} ${e.message}`);
      assert.match(e.message, message);
      assert.doesNotMatch(e.message, /TypeError|Cannot read/);
    }
    assert.ok((await client.pull(uri)).length >= 0);
    assert.equal(client.logs.filter((l) => /TypeError/.test(l)).length, 0, client.logs.join('\n'));
  });

  it("a client without workspace folders gets no \"handler 'initialized' failed\"; one with them still has their changes followed", async () => {
    for (const workspaceFoldersCapability of [false, true]) {
      client = await startClient({ pull: true, workspaceFoldersCapability });
      client.open('file:///w.md', THIN);
      await client.pull('file:///w.md');
      await client.connection.sendRequest(ServerInfoRequest.method);
      assert.deepEqual(client.logs.filter((l) => /initialized|failed/i.test(l)), [], client.logs.join('\n'));
      await client.stop();
    }
  });

  it('a config value of the wrong type is a diagnostic on .mou.json, and the folder is still checked (no -32603)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-typed-'));
    writeFileSync(path.join(dir, '.mou.json'), '{\n  "files": "agreements/**/*.md"\n}');
    client = await startClient({ pull: true });
    const uri = pathToFileURL(path.join(dir, 'a.md')).toString();
    client.open(uri, THIN);
    const items = await client.pull(uri);
    assert.equal(items.filter((d) => d.code === 'missing-section').length, THIN_MISSING, 'checked with the defaults meanwhile');
    const push = await client.nextPush(pathToFileURL(path.join(dir, '.mou.json')).toString(), (p) => p.diagnostics.length > 0);
    assert.equal(push.diagnostics.length, 1);
    assert.match(push.diagnostics[0].message, /^“files” must be a list, e\.g\. \["agreements\/\*\*\/\*\.md"\]\. MOU Author keeps using the last valid configuration/);
    assert.deepEqual(push.diagnostics[0].range.start, { line: 1, character: 11 });
  });

  it('a catastrophic placeholder pattern in .mou.json does not stall the server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-redos-'));
    writeFileSync(path.join(dir, '.mou.json'), JSON.stringify({ placeholders: ['(a+)+$', '\\[([A-Za-z]+ ?)+\\]'] }));
    client = await startClient({ pull: true });
    const uri = pathToFileURL(path.join(dir, 'a.md')).toString();
    const line = `Also [${'word '.repeat(12)} and ${'a'.repeat(30_000)}b`;
    client.open(uri, `${GOLD}\n${line}\n`);
    const t0 = performance.now();
    await client.pull(uri);
    const pullMs = performance.now() - t0;
    const infoMs = await serverInfoMs(client);
    // Before: 13.9 s at 7 words, over 120 s at 12; `(a+)+$` stalled even mou/serverInfo for 7 s.
    console.log(`      (pull ${Math.round(pullMs)} ms, then mou/serverInfo ${Math.round(infoMs)} ms)`);
    assert.ok(pullMs < 5000, `${pullMs} ms`);
  });

  it('a block remark would take minutes on (100 KB of *_) gets a not-checked finding at once; other documents are served meanwhile', async () => {
    client = await startClient({ pull: true });
    const slow = 'file:///slow.md';
    const other = 'file:///other.md';
    client.open(slow, `${GOLD}\n${'*_'.repeat(50_000)}\n`);
    client.open(other, THIN);
    const t0 = performance.now();
    const [slowItems, otherItems] = await Promise.all([client.pull(slow), client.pull(other)]);
    const ms = performance.now() - t0;
    // Before: almost 4 minutes, and every document waited.
    console.log(`      (both pulls answered in ${Math.round(ms)} ms)`);
    assert.equal(slowItems.filter((d) => d.code === 'not-checked').length, 1);
    assert.equal(otherItems.filter((d) => d.code === 'missing-section').length, THIN_MISSING);
    assert.ok(ms < 5000, `${ms} ms`);
  });
});
