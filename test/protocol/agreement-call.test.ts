/**
 * A person's call on whether a file is an agreement (server/src/protocol.ts AgreementCallRequest):
 * it overrules the checker for that document, is kept for documents not yet open and across a
 * restart (initializationOptions), and nothing is written into the file.
 */
import { strict as assert } from 'node:assert';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { AgreementCallRequest } from '../../server/src/protocol';
import type { FileReport } from '../../server/src/core/report';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { CompletenessRequest } from '../../server/src/protocol';

/** A chapter-leader agreement that reads like a letter: the checker does not take it for an agreement. */
const LETTER = `# Welcome, chapter leaders

Thank you for leading a Code Club chapter at Eastfield Library this year.

## What we ask of you

Please run one session a week and tell us when a session is cancelled.
`;

const THIN = `# Memorandum of Understanding between Northside High School and Lumen Labs

This Memorandum of Understanding is entered into by Northside High School ("the School") and Lumen Labs Inc. ("Lumen").

## Term

This MOU runs from August 1, 2026 to July 31, 2027.
`;

const serious = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => (d.severity ?? 1) <= 2);

describe('a person’s call on whether a file is an agreement', function () {
  let client: TestClient;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
  });

  /** The first push for `uri` received after `count` pushes in all, that satisfies `pred`. */
  const pushAfter = (count: number, uri: string, pred: (p: PublishDiagnosticsParams) => boolean) =>
    client.nextPush(uri, (p) => client.pushes.indexOf(p) >= count && pred(p));

  const completeness = (uri: string) => client.connection.sendRequest<FileReport>(CompletenessRequest.method, { uri });

  it('checks a file the checker skipped once a person says it is an agreement, and stops when the call is taken back', async () => {
    client = await startClient();
    const uri = 'file:///chapter-leaders.md';
    client.open(uri, LETTER);
    const before = await client.nextPush(uri);
    assert.deepEqual(before.diagnostics, [], 'the letter is not taken for an agreement');
    const skipped = await completeness(uri);
    assert.equal(skipped.isAgreement, false);
    assert.ok(skipped.agreementReason && /\w+ \w+/.test(skipped.agreementReason), 'says in words why it is not an agreement');

    let seen = client.pushes.length;
    const result = await client.connection.sendRequest(AgreementCallRequest, { uri, agreement: true });
    assert.equal(result.isAgreement, true);
    assert.ok(result.agreementReason && result.agreementReason !== skipped.agreementReason, 'the reason now is the person’s call');
    const checked = await pushAfter(seen, uri, (p) => serious(p).length > 0);
    assert.ok(serious(checked).some((d) => d.code === 'missing-section'), 'the sections it lacks are reported');
    const report = await completeness(uri);
    assert.equal(report.isAgreement, true);
    assert.equal(report.agreementReason, result.agreementReason);

    seen = client.pushes.length;
    const forgotten = await client.connection.sendRequest(AgreementCallRequest, { uri, agreement: null });
    assert.equal(forgotten.isAgreement, false);
    const again = await pushAfter(seen, uri, () => true);
    assert.deepEqual(again.diagnostics, [], 'back to the checker’s own call');
  });

  it('stops checking an agreement when a person says it is not one', async () => {
    client = await startClient();
    const uri = 'file:///thin.md';
    client.open(uri, THIN);
    assert.ok(serious(await client.nextPush(uri)).length > 0);

    const seen = client.pushes.length;
    const result = await client.connection.sendRequest(AgreementCallRequest, { uri, agreement: false });
    assert.equal(result.isAgreement, false);
    const after = await pushAfter(seen, uri, () => true);
    assert.deepEqual(after.diagnostics, []);
    const report = await completeness(uri);
    assert.equal(report.isAgreement, false);
    assert.equal(report.agreementReason, result.agreementReason);
    // Edits keep the call.
    client.change(uri, THIN + '\n## Contacts\n\nAsk the office.\n', 2);
    assert.deepEqual((await client.nextPush(uri, (p) => p.version === 2)).diagnostics, []);
  });

  it('applies to a client that pulls on its next pull', async () => {
    client = await startClient({ pull: true });
    const uri = 'file:///pulled.md';
    client.open(uri, LETTER);
    assert.deepEqual(await client.pull(uri), []);
    await client.connection.sendRequest(AgreementCallRequest, { uri, agreement: true });
    assert.ok((await client.pull(uri)).some((d) => d.code === 'missing-section'));
    await client.connection.sendRequest(AgreementCallRequest, { uri, agreement: false });
    assert.deepEqual(await client.pull(uri), []);
  });

  it('keeps a call made before the file is opened, and one passed in initializationOptions', async () => {
    const early = 'file:///early.md';
    const restored = 'file:///restored.md';
    client = await startClient({ pull: true, initializationOptions: { agreementCalls: { [restored]: true, 'file:///junk.md': 'yes' } } });
    const answer = await client.connection.sendRequest(AgreementCallRequest, { uri: early, agreement: true });
    assert.equal(answer.isAgreement, false, 'not open yet: nothing checked');
    client.open(early, LETTER);
    client.open(restored, LETTER);
    assert.ok((await client.pull(early)).some((d) => d.code === 'missing-section'), 'the call made before opening applies');
    assert.ok((await client.pull(restored)).some((d) => d.code === 'missing-section'), 'the call from initializationOptions applies');
    client.open('file:///other.md', LETTER);
    assert.deepEqual(await client.pull('file:///other.md'), [], 'other files are not affected');
  });
});
