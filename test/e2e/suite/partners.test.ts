/**
 * (issue 21) The Partners view and "MOU: Export Deadlines to Calendar (.ics)" in the editor: agreements
 * written into the workspace appear in the view, merged by partner, with their status; an edit to
 * one of them updates the view without a refresh; the export writes a calendar to the target it
 * is given (the save dialog's answer) through workspace.fs.
 *
 * The terms run from 2020 to 2040 (current) or ended in 2021 (expired), so the statuses do not
 * change with the day the suite runs.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { folder, waitFor } from './helpers';

interface Agreement { path: string; status: string; statusText: string; contacts: Array<{ text: string; emails: string[] }> }
interface Partner { name: string; names: string[]; agreements: Agreement[]; findings: Array<{ code: string; message: string }> }
interface Registry { partners: Partner[]; agreements: number }
type Node = { kind: string; partner: Partner };
interface PartnersApi {
  treeDataProvider: vscode.TreeDataProvider<Node>;
  registry(): Registry | undefined;
  onDidChange: vscode.Event<Registry>;
  refresh(): Promise<Registry | undefined>;
}

const BASE = 'scratch/partners';

function agreement(partner: string, alias: string, email: string, term: string, signature: string): string {
  return `# Memorandum of Understanding between Lakeview STEM Center and ${partner}

This Memorandum of Understanding is entered into by Lakeview STEM Center ("the Center") and ${partner} ("${alias}").

## Roles and Responsibilities

${alias} will host six students for job shadowing each spring and assign each student a mentor.

The Center will select the students and arrange their transport.

${alias} will send the Center a summary of each student's attendance each June.

## Points of Contact

- Lakeview STEM Center: Priya Raman, Program Director, praman@lakeviewstem.example, (555) 010-7000
- ${partner}: Tomás Delgado, Community Relations Manager, ${email}, (555) 010-8000

## Term

${term}

## Signatures

${signature}
`;
}

const SIGNED = '| | Lakeview STEM Center | Partner |\n|---|---|---|\n| Signature | /s/ Priya Raman | /s/ Tomás Delgado |\n| Date | 6 January 2020 | 7 January 2020 |';
const BLANK = 'Signature: ______________________  Date: ____________';

async function api(): Promise<PartnersApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'mou-author')!;
  const exports = (ext.isActive ? ext.exports : await ext.activate()) as { partners?: PartnersApi };
  assert.ok(exports?.partners, 'activate() must return the Partners view API as `partners`');
  return exports.partners;
}

const quill = (r: Registry | undefined) => r?.partners.find((p) => p.name === 'Quillfeather Aquarium');

describe('Partners view and calendar export', function () {
  const root = () => vscode.Uri.joinPath(folder().uri, ...BASE.split('/'));
  const file = (name: string) => vscode.Uri.joinPath(root(), name);
  const write = (name: string, text: string) => vscode.workspace.fs.writeFile(file(name), Buffer.from(text, 'utf8'));

  after(async () => {
    await vscode.workspace.fs.delete(root(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('lists each partner once across agreements, with each agreement’s status, and follows an edit', async function () {
    const partners = await api();
    await vscode.workspace.fs.createDirectory(root());
    await write('quillfeather-2020.md', agreement('Quillfeather Aquarium, Inc.', 'QUILLFEATHER', 'tdelgado@quillfeather.example', 'This MOU is effective 1 January 2020 and remains in effect until 31 December 2040.', SIGNED));
    await write('quillfeather-old.md', agreement('Quillfeather Aquarium', 'the Aquarium', 'tdelgado@quillfeather.example', 'This MOU is effective 1 January 2019 and remains in effect until 30 June 2021.', SIGNED));
    await write('quillfeather-next.md', agreement('Quillfeather Aquarium', 'the Aquarium', 'tdelgado@quillfeather.example', 'This MOU is effective 1 January 2020 and remains in effect until 31 December 2040.', BLANK));
    // Showing the view loads it; the files just written reload it (whichever comes first, the wait sees the last).
    await vscode.commands.executeCommand('mou.partners.focus');
    const registry = await waitFor('the three Quillfeather agreements in the Partners view', () => quill(partners.registry())?.agreements.length === 3 && partners.registry(), partners.onDidChange, 60_000, () => JSON.stringify(quill(partners.registry())?.agreements.map((a) => a.path)));
    const q = quill(registry)!;
    assert.deepEqual(q.names, ['Aquarium', 'QUILLFEATHER', 'Quillfeather Aquarium'], 'names merged across the three agreements');
    const status = Object.fromEntries(q.agreements.map((a) => [a.path.replace(/^.*\//, ''), a.statusText]));
    assert.deepEqual(status, { 'quillfeather-2020.md': 'current', 'quillfeather-next.md': 'unsigned draft', 'quillfeather-old.md': 'expired' });
    assert.deepEqual(q.findings.map((f) => f.code), []);

    // The tree shows it: the partner item, then its agreements.
    const top = (await partners.treeDataProvider.getChildren()) as Node[];
    const node = top.find((n) => n.partner.name === 'Quillfeather Aquarium')!;
    assert.ok(node, 'a tree item for the partner');
    const item = await partners.treeDataProvider.getTreeItem(node);
    assert.equal(item.label, 'Quillfeather Aquarium');
    assert.match(String(item.description), /^3 agreements · /);
    const children = (await partners.treeDataProvider.getChildren(node)) as Node[];
    const labels = await Promise.all(children.map(async (c) => String((await partners.treeDataProvider.getTreeItem(c)).label)));
    assert.deepEqual(labels.sort(), ['quillfeather-2020.md', 'quillfeather-next.md', 'quillfeather-old.md']);

    // A second current agreement with another email: the view updates by itself and says so.
    await write('quillfeather-camp.md', agreement('Quillfeather Aquarium', 'the Aquarium', 'camp@quillfeather.example', 'This MOU is effective 1 March 2020 and remains in effect until 31 December 2040.', SIGNED));
    const updated = await waitFor('the contacts finding after a new agreement', () => quill(partners.registry())?.findings.find((f) => f.code === 'partner-contacts-differ'), partners.onDidChange, 60_000, () => JSON.stringify(quill(partners.registry())?.findings));
    assert.match(updated.message, /camp@quillfeather\.example/);
  });

  it('exports the deadlines of the workspace’s agreements to the .ics file chosen', async function () {
    const target = vscode.Uri.joinPath(folder().uri, 'scratch', `deadlines-${Date.now()}.ics`);
    const result = await vscode.commands.executeCommand<{ uri: string; events: number; agreements: number } | undefined>('mou.exportDeadlines', target);
    assert.ok(result, 'the export wrote nothing');
    assert.equal(result.uri, target.toString());
    assert.ok(result.agreements >= 4, `agreements read: ${result.agreements}`);
    const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.match(text, /^BEGIN:VCALENDAR/);
    assert.equal((text.match(/BEGIN:VEVENT/g) ?? []).length, result.events);
    assert.match(text, /SUMMARY:QUILLFEATHER: QUILLFEATHER will send the Center a summary/, 'the partner’s yearly summary is in it');
    assert.match(text, /RRULE:FREQ=YEARLY/);
    await vscode.workspace.fs.delete(target);
  });
});
