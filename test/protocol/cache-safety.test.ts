/**
 * The server's caches on a shared machine (issue 24): another local user who creates
 * `$TMPDIR/mou-author-<uid>` first, or plants symlinks in it, can make the server write, prune or
 * leak nothing. The server runs as a second uid and the planted files belong to a third (setpriv);
 * where the machine cannot switch users the tests are skipped and say why.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, chownSync, lchownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';
import { ATTACKER_UID, OTHER_UID, runAs, secondUserUnavailable, sharedTmp } from '../support/second-user';
import { ServerInfoRequest } from '../../server/src/protocol';

const GOLD = loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!.text;
const SECRET_LINE = 'Confidential: the stipend is $12,345 per intern.';

/** Every path under `dir` with its type and size (what changed, if anything). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      out.push(`${path.relative(dir, p)} ${e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'dir' : `file ${statSync(p).size}`}`);
      if (e.isDirectory() && !e.isSymbolicLink()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Open, check and close an agreement, then stop: everything the server caches is written by then. */
async function useServer(client: TestClient): Promise<string | undefined> {
  const uri = 'file:///victim/agreement.md';
  client.open(uri, `${GOLD}\n${SECRET_LINE}\n`);
  await client.pull(uri);
  const info = await client.connection.sendRequest<{ codeCache?: string }>(ServerInfoRequest.method);
  client.close(uri);
  await client.connection.sendRequest(ServerInfoRequest.method); // the close (and its flush) is handled
  await client.stop();
  return info.codeCache;
}

describe('server caches on a shared machine (second uid)', () => {
  let client: TestClient | undefined;
  before(function () {
    const why = secondUserUnavailable();
    if (why) {
      console.log(`      (skipped: ${why})`);
      this.skip();
    }
  });
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  it("a cache folder another user created first (with planted symlinks) is not used: the user's files are not written, pruned or leaked", async () => {
    const shared = sharedTmp('mou-shared-');
    // The victim's own files.
    const home = path.join(shared, 'victim-home');
    mkdirSync(path.join(home, 'notes'), { recursive: true });
    writeFileSync(path.join(home, '.bashrc'), 'original\n');
    for (let i = 0; i < 30; i++) writeFileSync(path.join(home, 'notes', `${i}.json`), '{}');
    for (const p of [home, path.join(home, 'notes'), path.join(home, '.bashrc')]) chownSync(p, OTHER_UID, OTHER_UID);
    for (let i = 0; i < 30; i++) chownSync(path.join(home, 'notes', `${i}.json`), OTHER_UID, OTHER_UID);
    // The attacker's folder, made first, open to all, with symlinks into the victim's files.
    const trap = path.join(shared, `mou-author-${OTHER_UID}`);
    mkdirSync(path.join(trap, 'findings'), { recursive: true });
    symlinkSync(path.join(home, 'notes'), path.join(trap, 'blocks'));
    for (let pid = 1; pid < 200; pid++) symlinkSync(path.join(home, '.bashrc'), path.join(trap, 'findings', `.planted.${pid}.tmp`));
    symlinkSync(path.join(home, '.bashrc'), path.join(trap, 'server.v8cache'));
    for (const p of snapshot(trap).map((l) => path.join(trap, l.split(' ')[0]))) lchownSync(p, ATTACKER_UID, ATTACKER_UID);
    for (const p of [trap, path.join(trap, 'findings')]) {
      chownSync(p, ATTACKER_UID, ATTACKER_UID);
      chmodSync(p, 0o777);
    }
    const before = { trap: snapshot(trap), home: snapshot(home) };

    client = await startClient({ pull: true, uid: OTHER_UID, env: { MOU_CACHE_DIR: '', TMPDIR: shared } });
    const state = await useServer(client);
    assert.equal(state, 'unsafe', 'the code cache is off');
    assert.deepEqual(snapshot(trap), before.trap, "nothing was written into the attacker's folder");
    assert.deepEqual(snapshot(home), before.home, 'no file of the victim was written or pruned');
    assert.equal(readFileSync(path.join(home, '.bashrc'), 'utf8'), 'original\n');
    // What the attacker can read holds nothing of the agreement.
    const leaked = runAs(ATTACKER_UID, 'grep', ['-rl', 'stipend is', shared]);
    assert.equal(leaked.stdout, '', `readable by the attacker: ${leaked.stdout}`);
  });

  it("the server's own cache folder is private (0700, files 0600): another user can read nothing in it", async () => {
    const shared = sharedTmp('mou-shared-');
    client = await startClient({ pull: true, uid: OTHER_UID, env: { MOU_CACHE_DIR: '', TMPDIR: shared } });
    assert.equal(await useServer(client), 'new');
    const mine = path.join(shared, `mou-author-${OTHER_UID}`);
    const entries = snapshot(mine);
    assert.ok(entries.some((e) => e.startsWith('findings/')) && entries.some((e) => e.startsWith('blocks/')) && entries.some((e) => /^server-.*\.v8cache file/.test(e)), entries.join('\n'));
    for (const e of entries) {
      const st = statSync(path.join(mine, e.split(' ')[0]));
      assert.equal(st.uid, OTHER_UID, e);
      assert.equal(st.mode & 0o777, st.isDirectory() ? 0o700 : 0o600, e);
    }
    const leaked = runAs(ATTACKER_UID, 'grep', ['-rl', 'stipend is', shared]);
    assert.equal(leaked.stdout, '');
    assert.notEqual(leaked.status, 0, 'grep could not even enter the folder');
  });

  it("a symlinked folder inside the user's own cache is never written or pruned through", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'mou-own-cache-'));
    chmodSync(cache, 0o700);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'mou-elsewhere-'));
    for (let i = 0; i < 30; i++) writeFileSync(path.join(elsewhere, `${i}.json`), '{}');
    symlinkSync(elsewhere, path.join(cache, 'blocks'));
    symlinkSync(elsewhere, path.join(cache, 'findings'));
    const before = snapshot(elsewhere);
    client = await startClient({ pull: true, env: { MOU_CACHE_DIR: cache } });
    await useServer(client);
    assert.deepEqual(snapshot(elsewhere), before, 'before: 11 of 30 JSON files pruned through the blocks symlink');
  });
});
