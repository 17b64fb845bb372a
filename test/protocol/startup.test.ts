/**
 * Start-up (issue #8): dist/server.js loads the server bundle through V8's code cache, saved after
 * the first diagnostics in a private directory. A later start reads it; a corrupt or foreign cache
 * only costs a slower start.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { serverEnv } from '../../server/src/startup/node-options';
import { loadFixtures } from '../helpers/fixtures';
import { ServerInfoRequest } from '../../server/src/protocol';

const THIN = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!.text;
const URI = 'file:///startup/agreement.md';

/** The cache file in `dir`, once it exists (waits on the directory's change events, not on a clock). */
function cacheFileIn(dir: string, accept: (name: string) => boolean = () => true): Promise<string> {
  const find = () => readdirSync(dir).find((f) => f.endsWith('.v8cache') && accept(f));
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(path.join(dir, found));
    const watcher = watch(dir, () => {
      const f = find();
      if (f) {
        watcher.close();
        resolve(path.join(dir, f));
      }
    });
  });
}

describe('server start-up: V8 code cache', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  async function startAndCheck(dir: string): Promise<{ state: string; diagnostics: number }> {
    client = await startClient({ pull: true, env: { MOU_CACHE_DIR: dir } });
    client.open(URI, THIN);
    const diagnostics = await client.pull(URI);
    const info = await client.connection.sendRequest<{ codeCache?: string }>(ServerInfoRequest.method);
    return { state: info.codeCache ?? '(none)', diagnostics: diagnostics.length };
  }

  it('saves the compiled code after the first diagnostics; the next start uses it and says the same', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    const first = await startAndCheck(dir);
    assert.equal(first.state, 'new');
    const file = await cacheFileIn(dir);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'the cache file is private');
    await client!.stop();
    const second = await startAndCheck(dir);
    assert.equal(second.state, 'used');
    assert.equal(second.diagnostics, first.diagnostics);
  });

  it('a corrupt cache fails its checksum, is never given to V8, is replaced, and the server works as before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    const first = await startAndCheck(dir);
    const file = await cacheFileIn(dir);
    await client!.stop();
    writeFileSync(file, 'not a V8 code cache');
    const second = await startAndCheck(dir);
    assert.equal(second.state, 'corrupt');
    assert.equal(second.diagnostics, first.diagnostics);
    await client!.stop();
    // The bad file was replaced by a good one after the diagnostics: the third start uses it.
    const third = await startAndCheck(dir);
    assert.equal(third.state, 'used');
  });

  it('one flipped bit anywhere in the cache is caught by the checksum (before: V8 fatal error, exit 133, or SIGSEGV on every start)', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    const first = await startAndCheck(dir);
    const file = await cacheFileIn(dir);
    await client!.stop();
    const good = readFileSync(file);
    // Bits in the header, and spread over V8's data (the issue saw 8 of 30 such flips crash).
    const bits = [3, 8 * 9 + 1, ...Array.from({ length: 6 }, (_, i) => Math.floor(((i + 1) / 7) * (good.length - 41)) * 8 + 40 * 8 + (i % 8))];
    for (const bit of bits) {
      const bad = Buffer.from(good);
      bad[bit >> 3] ^= 1 << (bit & 7);
      writeFileSync(file, bad);
      const r = await startAndCheck(dir);
      assert.equal(r.state, 'corrupt', `bit ${bit}`);
      assert.equal(r.diagnostics, first.diagnostics);
      assert.equal(client!.process.exitCode, null, 'the server is alive');
      await client!.stop();
      await cacheFileIn(dir); // written again after the first diagnostics
    }
    const last = await startAndCheck(dir);
    assert.equal(last.state, 'used');
  });

  it('a start that crashed with the cache (its marker left behind) makes the next start go without it, and the cache is made again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    await startAndCheck(dir);
    const file = await cacheFileIn(dir);
    await client!.stop();
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.start-')), [], 'a start that reached its diagnostics leaves no marker');
    // The marker a start leaves while it has not reached its first diagnostics, for a process now dead (a V8 fatal error).
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(`${file}.start-${dead}`, '', { mode: 0o600 });
    const retry = await startAndCheck(dir);
    assert.equal(retry.state, 'crashed');
    assert.ok(retry.diagnostics > 0);
    await client!.stop();
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.start-')), []);
    await cacheFileIn(dir);
    assert.equal((await startAndCheck(dir)).state, 'used');
  });

  it('never reads a cache from a directory other users can write', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    await startAndCheck(dir);
    await cacheFileIn(dir);
    await client!.stop();
    chmodSync(dir, 0o777);
    const second = await startAndCheck(dir);
    assert.equal(second.state, 'unsafe');
    assert.ok(second.diagnostics > 0, 'the server still checks the document');
  });

  it("a new build's cache replaces the caches of earlier builds for the same Node", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-cache-'));
    const stale = path.join(dir, `server-${process.version}-${process.arch}-1-1.v8cache`);
    const otherNode = path.join(dir, 'server-v0.0.0-x64-1-1.v8cache');
    writeFileSync(stale, 'an earlier build');
    writeFileSync(otherNode, 'another Node');
    const first = await startAndCheck(dir);
    assert.equal(first.state, 'new');
    const file = await cacheFileIn(dir, (f) => f !== path.basename(stale) && f !== path.basename(otherNode));
    await client!.stop();
    const caches = readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    assert.deepEqual(caches.sort(), [path.basename(file), path.basename(otherNode)].sort());
  });

  it('MOU_CACHE=off starts without a cache', async () => {
    client = await startClient({ pull: true, env: { MOU_CACHE: 'off' } });
    client.open(URI, THIN);
    assert.ok((await client.pull(URI)).length > 0, 'the server checks the document');
    const info = await client.connection.sendRequest<{ codeCache?: string }>(ServerInfoRequest.method);
    assert.equal(info.codeCache, 'off');
  });
});

describe('server start-up: built-in modules', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  it('loads every built-in module the server needs before it changes a V8 flag (none is compiled from source)', async () => {
    client = await startClient({ pull: true, env: { MOU_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'mou-cache-')) } });
    client.open(URI, THIN);
    assert.ok((await client.pull(URI)).length > 0, 'the server checks the document');
    const info = await client.connection.sendRequest<{ builtinsLoadedLate?: string[]; execArgv: string[] }>(ServerInfoRequest.method);
    assert.deepEqual(info.builtinsLoadedLate, [], 'built-in modules loaded after --no-regexp-tier-up');
    assert.deepEqual(
      info.execArgv.filter((a) => !a.startsWith('--v8-pool-size') && a.startsWith('--')),
      [],
      'no V8 flag on the command line (it would make Node compile its own modules from source)',
    );
  });
});

describe('server start-up: environment', () => {
  let client: TestClient | undefined;
  const saved = process.env.NODE_EXTRA_CA_CERTS;
  afterEach(async () => {
    if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = saved;
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  // Node 20 builds its certificate store while it boots when NODE_EXTRA_CA_CERTS is set: ~60 ms.
  const CERTS = path.join(tmpdir(), 'mou-no-such-certificates.pem');

  it('is started without NODE_EXTRA_CA_CERTS even when the client has it (the server opens no connection)', async () => {
    process.env.NODE_EXTRA_CA_CERTS = CERTS;
    client = await startClient({ pull: true });
    client.open(URI, THIN);
    assert.ok((await client.pull(URI)).length > 0, 'the server checks the document');
    const info = await client.connection.sendRequest<{ slowStartEnv?: string[] }>(ServerInfoRequest.method);
    assert.deepEqual(info.slowStartEnv, []);
  });

  it('reports the variable when it was started with it (so the check above can fail)', async () => {
    client = await startClient({ pull: true, env: { NODE_EXTRA_CA_CERTS: CERTS } });
    const info = await client.connection.sendRequest<{ slowStartEnv?: string[] }>(ServerInfoRequest.method);
    assert.deepEqual(info.slowStartEnv, ['NODE_EXTRA_CA_CERTS']);
  });

  it('keeps the variable out when laid over the parent environment, as vscode-languageclient does', () => {
    const parent = { ...process.env, NODE_EXTRA_CA_CERTS: CERTS, MOU_KEPT: 'yes' };
    // vscode-languageclient: copy process.env, then the server options' env over it.
    const merged: NodeJS.ProcessEnv = Object.assign(Object.create(null), parent, serverEnv(parent));
    assert.ok('NODE_EXTRA_CA_CERTS' in merged, 'the key stays, set to undefined');
    const seen = spawnSync(process.execPath, ['-p', 'JSON.stringify([process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.MOU_KEPT])'], { env: merged, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(seen.stdout), [null, 'yes'], seen.stderr);
  });
});
