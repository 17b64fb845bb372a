/**
 * Remembered findings in the real editor (issue #8): the server keeps what it found in the
 * extension's private storage, so after "MOU: Restart Server" the new server answers the open
 * agreement's findings and completeness report from memory — the same as before the restart —
 * and analyses it again in the background (a quick fix is there at once).
 *
 * The old server writes what it found as it shuts down; the restarted client sends the open
 * documents again before any later request, so the report asked for below is the memory's.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import { ALL_SECTION_IDS, ClientState, fixture, mouApi, mouDiagnostics, open, scratchCopy, waitFor, waitForMissingSections } from './helpers';
import { CompletenessRequest, ServerInfoRequest } from '../../../server/src/protocol';

interface ServerInfo { pid: number; rememberedShown: number }

describe('after MOU: Restart Server', function () {
  it('the open agreement shows its remembered findings and report, the same as before', async function () {
    const api = await mouApi();
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'restart.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const summary = () =>
      mouDiagnostics(doc.uri)
        .map((d) => `${d.range.start.line}:${d.range.start.character} ${typeof d.code === 'object' ? d.code.value : d.code} ${d.message}`)
        .sort();
    const before = summary();
    const reportBefore = await api.client.sendRequest(CompletenessRequest.method, { uri: doc.uri.toString() });
    const old = await api.client.sendRequest<ServerInfo>(ServerInfoRequest.method);

    await vscode.commands.executeCommand('mou.restartServer');
    await waitFor('the restarted server to run', () => api.client.state === ClientState.Running, api.client.onDidChangeState);
    const report = await api.client.sendRequest(CompletenessRequest.method, { uri: doc.uri.toString() });
    const info = await api.client.sendRequest<ServerInfo>(ServerInfoRequest.method);
    assert.notEqual(info.pid, old.pid, 'a new server answers');
    assert.ok(info.rememberedShown >= 1, `the new server showed nothing from memory: ${JSON.stringify(info)}`);
    assert.deepEqual(report, reportBefore, 'the remembered report is the one before the restart');

    await waitFor('the same findings as before the restart', () => {
      const now = summary();
      return now.length === before.length && now.every((x, i) => x === before[i]);
    }, vscode.languages.onDidChangeDiagnostics, undefined, () => summary().join('\n'));
    const missing = mouDiagnostics(doc.uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'missing-section')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, missing.range);
    assert.ok(actions.some((a) => a.kind?.value === 'quickfix' && a.title.length > 0), 'a quick fix is offered right after the restart');
  });
});
