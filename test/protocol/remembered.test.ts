/**
 * Remembered findings (issue #8, start-up): the server keeps what it found in a document, keyed by
 * the exact text, the options and its build, and shows it at once when the same agreement is
 * opened by a later server. It must be exactly what a fresh analysis gives, never outlive a change
 * of text or settings, never come from a file it cannot trust, and vanish when the user says so.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startClient, type ClientOptions, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';
import { CompletenessRequest, ServerInfoRequest } from '../../server/src/protocol';

const THIN = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!.text;
const URI = 'file:///remembered/agreement.md';

describe('server start-up: remembered findings', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  const entries = (dir: string) => (existsSync(path.join(dir, 'findings')) ? readdirSync(path.join(dir, 'findings')).filter((f) => f.endsWith('.json')) : []);

  /** Start a server on `dir`, open `text`, pull its diagnostics; the server stays up (in `client`). */
  async function open(dir: string, text = THIN, options: ClientOptions = {}): Promise<{ diagnostics: Diagnostic[]; remembered: number }> {
    client = await startClient({ pull: true, ...options, env: { MOU_CACHE_DIR: dir, ...options.env } });
    client.open(URI, text);
    const diagnostics = await client.pull(URI);
    const info = await client.connection.sendRequest<{ rememberedShown: number }>(ServerInfoRequest.method);
    return { diagnostics, remembered: info.rememberedShown };
  }

  /** A first session: check the agreement once and shut down (which writes what was found). */
  async function firstSession(dir: string): Promise<Diagnostic[]> {
    const first = await open(dir);
    assert.equal(first.remembered, 0, 'nothing is remembered before the first session');
    await client!.stop();
    assert.equal(entries(dir).length, 1, 'the findings were written on shutdown');
    return first.diagnostics;
  }

  it('a reopened agreement shows the findings and the report of a fresh analysis at once, and quick fixes work right away', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-remember-'));
    const first = await firstSession(dir);
    assert.ok(first.length > 0, 'the fixture has findings');
    const file = path.join(dir, 'findings', entries(dir)[0]);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'the entry is private');
    assert.equal(statSync(path.join(dir, 'findings')).mode & 0o777, 0o700, 'its directory is private');

    const second = await open(dir);
    assert.equal(second.remembered, 1, 'the second session showed remembered findings');
    assert.deepEqual(second.diagnostics, first);
    const missing = second.diagnostics.find((d) => d.code === 'missing-section')!;
    const actions = (await client!.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: missing.range,
      context: { diagnostics: [missing] },
    })) as CodeAction[];
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.edit), 'a quick fix is offered before any edit');
    await client!.stop();

    // VS Code asks for the completeness report as it opens a document, maybe before the
    // diagnostics: that is answered from memory too, and equals the report of a fresh analysis.
    client = await startClient({ pull: true, env: { MOU_CACHE_DIR: dir } });
    client.open(URI, THIN);
    const report = await client.connection.sendRequest(CompletenessRequest.method, { uri: URI });
    const info = await client.connection.sendRequest<{ rememberedShown: number }>(ServerInfoRequest.method);
    assert.equal(info.rememberedShown, 1, 'the report came from memory');
    assert.deepEqual(await client.pull(URI), first);
    await client.stop();
    client = await startClient({ pull: true, env: { MOU_CACHE: 'off' } });
    client.open(URI, THIN);
    assert.deepEqual(report, await client.connection.sendRequest(CompletenessRequest.method, { uri: URI }), 'the same report as a fresh analysis');
    await client.stop();

    const uncached = await open(dir, THIN, { env: { MOU_CACHE: 'off' } });
    assert.equal(uncached.remembered, 0);
    assert.deepEqual(uncached.diagnostics, first, 'a server with no caches finds the same');
  });

  it('a changed text or changed settings are analysed, not taken from memory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-remember-'));
    const first = await firstSession(dir);

    const edited = await open(dir, THIN.replace(/\n*$/, '\n\n## Points of Contact\n\nJane Doe, jane@example.org, 555-0100.\n'));
    assert.equal(edited.remembered, 0);
    assert.notDeepEqual(edited.diagnostics, first);
    await client!.stop();

    const rule = String(first[0].code);
    const hinted = await open(dir, THIN, { configuration: () => ({ severity: { [rule]: 'hint' } }) });
    assert.equal(hinted.remembered, 0);
    assert.equal(hinted.diagnostics.find((d) => d.code === rule)?.severity, 4, `${rule} is shown as a hint`);
  });

  it('mou.rememberFindings false keeps nothing on disk and deletes what was kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-remember-'));
    const first = await firstSession(dir);
    const off = await open(dir, THIN, { configuration: () => ({ rememberFindings: false }) });
    assert.equal(off.remembered, 0);
    assert.deepEqual(off.diagnostics, first);
    assert.equal(existsSync(path.join(dir, 'findings')), false, 'what was remembered is gone');
    await client!.stop();
    assert.deepEqual(entries(dir), [], 'and nothing new was written');
  });

  it('an unreadable, foreign or untrusted entry is ignored and the agreement analysed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-remember-'));
    const first = await firstSession(dir);
    const file = path.join(dir, 'findings', entries(dir)[0]);
    const good = readFileSync(file, 'utf8');
    const bad = [
      'not json',
      JSON.stringify({ ...JSON.parse(good), key: 'another key' }),
      JSON.stringify({ ...JSON.parse(good), format: 99 }),
      JSON.stringify({ ...JSON.parse(good), value: { not: 'a list' } }),
    ];
    for (const content of bad) {
      writeFileSync(file, content);
      const again = await open(dir);
      assert.equal(again.remembered, 0, `not taken: ${content.slice(0, 40)}`);
      assert.deepEqual(again.diagnostics, first);
      await client!.stop();
    }
    // A good entry in a directory other users can write might have been planted: not read.
    writeFileSync(file, good);
    chmodSync(path.join(dir, 'findings'), 0o777);
    const untrusted = await open(dir);
    assert.equal(untrusted.remembered, 0);
    assert.deepEqual(untrusted.diagnostics, first);
  });

  it('if remembered findings ever differ from the analysis, the fresh ones replace them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-remember-'));
    const first = await firstSession(dir);
    const file = path.join(dir, 'findings', entries(dir)[0]);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...entry, value: { ...entry.value, diagnostics: [] } }));
    // A pushing client: the remembered (empty) findings first, then the analysis's.
    client = await startClient({ env: { MOU_CACHE_DIR: dir } });
    client.open(URI, THIN);
    const fresh = await client.nextPush(URI, (p) => p.diagnostics.length > 0);
    assert.deepEqual(client.pushes[0].diagnostics, [], 'the remembered findings were shown first');
    assert.deepEqual(fresh.diagnostics, first);
  });
});
