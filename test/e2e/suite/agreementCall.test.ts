/**
 * "MOU: Check This File as an Agreement" in the real editor (issue #19): the command is
 * contributed, running it on a file the checker skips makes its findings appear without a
 * character written into the file, the call survives a restart of the server (the client sends
 * it again on start), and "Let MOU Author Decide…" takes it back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PROJECT_README } from './fixtures';
import { ClientState, EXTENSION_ID, fixture, mouApi, mouDiagnostics, open, scratchCopy, waitFor, waitForDiagnostics } from './helpers';
import { CompletenessRequest } from '../../../server/src/protocol';

interface Report { isAgreement: boolean; agreementReason?: string }

describe('a person says whether a file is an agreement', function () {
  it('MOU: Check This File as an Agreement checks a skipped file, writes nothing, survives a restart, and can be taken back', async function () {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    for (const c of ['mou.checkAsAgreement', 'mou.stopCheckingAsAgreement', 'mou.forgetAgreementCall']) assert.ok(contributed.includes(c), `${c} is not contributed`);

    const api = await mouApi();
    const doc = await open(await scratchCopy(fixture(PROJECT_README), 'agreement-call.md'));
    const text = doc.getText();
    const report = () => api.client.sendRequest<Report>(CompletenessRequest.method, { uri: doc.uri.toString() });
    const skipped = await report();
    assert.equal(skipped.isAgreement, false, 'the README is not taken for an agreement');
    assert.ok(skipped.agreementReason, 'the report says why');
    assert.deepEqual(mouDiagnostics(doc.uri), []);

    await vscode.commands.executeCommand('mou.checkAsAgreement', doc.uri);
    await waitForDiagnostics(doc.uri, 'missing sections once the file is checked as an agreement', (ds) => ds.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'missing-section'));
    assert.equal(doc.getText(), text, 'nothing was written into the file');
    assert.equal(doc.isDirty, false);
    assert.equal((await report()).isAgreement, true);

    await vscode.commands.executeCommand('mou.restartServer');
    await waitFor('the restarted server to run', () => api.client.state === ClientState.Running, api.client.onDidChangeState);
    assert.equal((await report()).isAgreement, true, 'the restarted server keeps the call');

    await vscode.commands.executeCommand('mou.forgetAgreementCall', doc.uri);
    await waitForDiagnostics(doc.uri, 'no findings once MOU Author decides again', (ds) => ds.length === 0);
    assert.equal((await report()).isAgreement, false);
  });
});
