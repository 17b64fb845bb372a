/**
 * (i) Crash recovery (issue #9): the language server is killed (SIGKILL, as the OOM killer would)
 * while the user keeps typing; the client starts a new server by itself, and the edit made while
 * no server was running is checked by the new one.
 *
 * The server's pid comes from its `mou/serverInfo` request, through the language client the
 * extension's activate() returns. The extension host is a Node process on this machine and the
 * server its child, so `process.kill` reaches it. The restart is awaited on the client's
 * onDidChangeState (Running → not running → Running), never by sleeping.
 *
 * This file runs last: it leaves one restart on the restart policy's count (5 per 3 minutes).
 */
import * as assert from 'node:assert/strict';
import { THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, ClientState, SECTION_TEXT, fixture, insertSectionBefore, missingSectionIds, mouApi, open, scratchCopy, waitFor,
  waitForMissingSections,
} from './helpers';
import { ServerInfoRequest } from '../../../server/src/protocol';

interface ServerInfo { pid: number }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('when the language server dies', function () {
  it('the client restarts it and the agreement is checked again, including an edit made meanwhile', async function () {
    const api = await mouApi();
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'crash.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    assert.equal(api.client.state, ClientState.Running);
    const before = await api.client.sendRequest<ServerInfo>(ServerInfoRequest.method);
    assert.ok(Number.isInteger(before.pid) && before.pid > 0 && before.pid !== process.pid, `mou/serverInfo answered ${JSON.stringify(before)}`);

    const states: string[] = [];
    const recording = api.client.onDidChangeState((e) => states.push(`${e.oldState}->${e.newState}`));
    try {
      process.kill(before.pid, 'SIGKILL');
      // The user goes on typing at once, whether or not the client has noticed yet.
      await insertSectionBefore(doc, '## Term', SECTION_TEXT['safety-protocols']);

      await waitFor('the language client to restart the server',
        () => states.some((s) => !s.endsWith(`->${ClientState.Running}`)) && api.client.state === ClientState.Running,
        api.client.onDidChangeState, undefined, () => `state ${api.client.state}, transitions ${states.join(', ') || 'none'}`);
      const after = await api.client.sendRequest<ServerInfo>(ServerInfoRequest.method);
      assert.notEqual(after.pid, before.pid, 'mou/serverInfo still answers from the killed server');
      assert.ok(isAlive(after.pid), `the new server (pid ${after.pid}) is not running`);

      // The new server has the document as it is now, and checks it.
      const rest = ALL_SECTION_IDS.filter((id) => id !== 'safety-protocols');
      await waitForMissingSections(doc.uri, rest);
      assert.deepEqual(missingSectionIds(doc.uri), rest);

      // And it keeps up with further edits.
      await insertSectionBefore(doc, '## Term', SECTION_TEXT['points-of-contact']);
      await waitForMissingSections(doc.uri, rest.filter((id) => id !== 'points-of-contact'));
    } finally {
      recording.dispose();
    }
  });
});
