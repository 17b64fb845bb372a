/** The language server over the protocol, without VS Code: push, pull, settings, requests. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { changeConfiguration, SERVER, startClient, type TestClient } from '../helpers/lsp-client';
import { CompletenessRequest } from '../../server/src/protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';

const CORE = ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'];

const THIN = `# Memorandum of Understanding between Northside High School and Lumen Labs

This Memorandum of Understanding is entered into by Northside High School ("the School") and Lumen Labs Inc. ("Lumen").

## Purpose

The parties share an interest in preparing students for careers in optics.

## Term

This MOU runs from August 1, 2026 to July 31, 2027.

## Signatures

Signed for the School and for Lumen by their authorised officials.
`;

const SAFETY = `
## Safety Protocols

Lumen will complete a background check on every mentor before any unsupervised contact with students.
A Northside teacher will supervise every on-site session, at a ratio of no more than 1 adult to 10 students.
Lumen will report any incident to the School within 24 hours.
`;

const README = '# fastgrid\n\nA grid library built in partnership with our users.\n\n## Install\n\nRun `npm i fastgrid`.\n';

/** Sections of the error and warning diagnostics (hints for recommended sections are left out). */
const sections = (ds: { data?: unknown; severity?: number }[]) =>
  ds.filter((d) => (d.severity ?? 1) <= 2).map((d) => (d.data as { section?: string }).section).sort();
const serious = <T extends { severity?: number }>(ds: T[]) => ds.filter((d) => (d.severity ?? 1) <= 2);

describe('language server (stdio)', function () {
  let client: TestClient;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
  });

  it('pushes and serves by pull one missing-section diagnostic per core section, at the title', async () => {
    client = await startClient();
    const uri = 'file:///thin.md';
    client.open(uri, THIN);
    const pushed = await client.nextPush(uri);
    assert.equal(serious(pushed.diagnostics).length, 5);
    assert.deepEqual(sections(pushed.diagnostics), [...CORE].sort());
    for (const d of serious(pushed.diagnostics)) {
      assert.equal(d.source, 'mou');
      assert.equal(d.code, 'missing-section');
      assert.equal(d.severity, 1);
      assert.match(d.codeDescription!.href, /docs\/rules\/missing-section\.md$/);
      assert.deepEqual(d.range.start, { line: 0, character: 0 });
      assert.equal(d.range.end.line, 0);
      assert.match(d.message, /^Missing section: /);
    }
    const pulled = await client.pull(uri);
    assert.deepEqual(pulled, pushed.diagnostics);
  });

  it('updates after an edit: filling a section removes its diagnostic', async () => {
    client = await startClient();
    const uri = 'file:///edit.md';
    client.open(uri, THIN, 1);
    await client.nextPush(uri);
    client.change(uri, THIN + SAFETY, 2);
    const after = await client.nextPush(uri, (p) => p.version === 2);
    assert.deepEqual(sections(after.diagnostics), CORE.filter((s) => s !== 'safety-protocols').sort());
    assert.deepEqual(sections(await client.pull(uri)), sections(after.diagnostics));
  });

  it('gives a non-agreement no diagnostics', async () => {
    client = await startClient();
    client.open('file:///README.md', README);
    const p = await client.nextPush('file:///README.md');
    assert.deepEqual(p.diagnostics, []);
    assert.deepEqual(await client.pull('file:///README.md'), []);
  });

  it('mou.run = onSave: an edit changes nothing until the file is saved', async () => {
    client = await startClient();
    const uri = 'file:///save.md';
    changeConfiguration(client, { run: 'onSave' });
    client.open(uri, THIN, 1);
    assert.equal(serious(await client.pull(uri)).length, 5);
    client.change(uri, THIN + SAFETY, 2);
    assert.equal(serious(await client.pull(uri)).length, 5, 'unchanged before save');
    client.save(uri);
    const saved = await client.nextPush(uri, (p) => p.version === 2 && serious(p.diagnostics).length === 4);
    assert.equal(serious(saved.diagnostics).length, 4);
    assert.equal(serious(await client.pull(uri)).length, 4);
  });

  it('mou.run = off: no diagnostics', async () => {
    client = await startClient();
    changeConfiguration(client, { run: 'off' });
    client.open('file:///off.md', THIN);
    assert.deepEqual(await client.pull('file:///off.md'), []);
  });

  it('asks for settings per document when the client supports workspace/configuration', async () => {
    let run = 'off';
    client = await startClient({ pull: true, configuration: () => ({ run }) });
    client.open('file:///conf.md', THIN);
    assert.deepEqual(await client.pull('file:///conf.md'), []);
    run = 'onType';
    changeConfiguration(client, {});
    assert.equal(serious(await client.pull('file:///conf.md')).length, 5);
  });

  it('does not push to a client that pulls (no duplicates in VS Code)', async () => {
    client = await startClient({ pull: true });
    client.open('file:///pull.md', THIN);
    assert.equal(serious(await client.pull('file:///pull.md')).length, 5);
    client.change('file:///pull.md', THIN + SAFETY, 2);
    assert.equal(serious(await client.pull('file:///pull.md')).length, 4);
    await client.stop();
    assert.deepEqual(client.pushes, []);
  });

  it('answers "unchanged" to a client that already holds the same diagnostics (result ids), and in full otherwise', async () => {
    client = await startClient({ pull: true });
    const uri = 'file:///result-ids.md';
    client.open(uri, THIN);
    const first = await client.pullReport(uri);
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId, 'a full report carries a result id');
    assert.equal(serious((first as { items: Diagnostic[] }).items).length, 5);
    // A blank line at the end moves no finding: the client keeps what it has.
    client.change(uri, THIN + '\n', 2);
    assert.deepEqual(await client.pullReport(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // A client that holds something else (or nothing) gets everything.
    const stale = await client.pullReport(uri, 'not-a-result-of-this-server');
    assert.equal(stale.kind, 'full');
    assert.equal(serious((stale as { items: Diagnostic[] }).items).length, 5);
    // A change that removes a finding is reported in full, under a new id.
    client.change(uri, THIN + SAFETY, 3);
    const changed = await client.pullReport(uri, stale.resultId);
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, stale.resultId);
    assert.equal(serious((changed as { items: Diagnostic[] }).items).length, 4);
  });

  it('clears diagnostics when a document closes', async () => {
    client = await startClient();
    client.open('file:///close.md', THIN);
    await client.nextPush('file:///close.md');
    client.close('file:///close.md');
    const cleared = await client.nextPush('file:///close.md', (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('answers mou/completeness with the same report as the CLI', async () => {
    client = await startClient({ pull: true });
    client.open('file:///report.md', THIN + SAFETY);
    const report = (await client.connection.sendRequest(CompletenessRequest.method, { uri: 'file:///report.md' })) as {
      isAgreement: boolean;
      score: number;
      sections: { id: string; status: string }[];
    };
    assert.equal(report.isAgreement, true);
    assert.equal(report.sections.find((s) => s.id === 'safety-protocols')!.status, 'present');
    assert.equal(report.score, 0.2);
  });

  it('explains how to start it when run without a transport', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
  });
});
