/**
 * mou/partners and mou/exportDeadlines over stdio (the Partners view and "Export Deadlines to
 * Calendar"): the server's registry is mou-check --partners' on the same folder, and its calendar
 * reads back with ical.js.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import type { Registry } from '../../server/src/core';
import { CheckWorkspaceProgressNotification, ExportDeadlinesRequest, PartnersRequest, type ExportDeadlinesResult } from '../../server/src/protocol';
import { writeKnownPartners } from '../../scripts/bench/partner-agreements';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { CLI } from './cli';

describe('mou/partners and mou/exportDeadlines (stdio)', function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;
  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mou-partners-ws-')));
    writeKnownPartners(root);
    client = await startClient({ pull: true, workspaceFolders: [pathToFileURL(root).href] });
  });
  after(async () => {
    if (client.process.exitCode === null) await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('gives the registry mou-check --partners gives, with file URIs for paths and no workspace-check progress', async () => {
    let progress = 0;
    client.connection.onNotification(CheckWorkspaceProgressNotification.method, () => progress++);
    // Both judge against this machine's local day.
    const fromServer = (await client.connection.sendRequest(PartnersRequest.method, { folders: [pathToFileURL(root).href] })) as Registry;
    const cli = spawnSync(process.execPath, [CLI, '--partners', '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const fromCli = JSON.parse(cli.stdout) as Registry;
    // The server names files by URI, the CLI by path relative to where it runs: compare by file name.
    const byName = (r: Registry) => JSON.parse(JSON.stringify(r).replaceAll(`${pathToFileURL(root).href}/`, '')) as Registry;
    assert.ok(fromServer.partners[0].agreements[0].path.startsWith('file:///'));
    assert.deepEqual(byName(fromServer), byName(fromCli));
    assert.ok(fromServer.partners.some((p) => p.name === 'Acme Robotics' && p.agreements.length === 3));
    assert.equal(progress, 0);
  });

  it('writes the deadlines of every agreement as a calendar that reads back', async () => {
    const r = (await client.connection.sendRequest(ExportDeadlinesRequest.method, { folders: [pathToFileURL(root).href] })) as ExportDeadlinesResult;
    assert.equal(r.agreements, 7);
    const events = new ICAL.Component(ICAL.parse(r.ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, r.events);
    assert.ok(events.length >= 7, `one yearly attendance report per agreement at least: ${events.length}`);
    const june = events.find((e) => /attendance records/.test(e.description) && e.description.includes('acme-robotics-2035.md'));
    assert.ok(june, events.map((e) => e.summary).join('\n'));
    assert.equal(june.startDate.toString(), '2036-06-01');
    assert.ok(june.isRecurring());
  });

  it('malformed params are InvalidParams, not a crash', async () => {
    await assert.rejects(client.connection.sendRequest(PartnersRequest.method, { folders: 'nope' }), /folders/);
    await assert.rejects(client.connection.sendRequest(ExportDeadlinesRequest.method, { folders: [1] }), /folders/);
    const none = (await client.connection.sendRequest(ExportDeadlinesRequest.method, {})) as ExportDeadlinesResult;
    assert.equal(none.agreements, 0, 'no folders: nothing read');
  });
});
