/**
 * MOU Author in VS Code's web-worker extension host (issue 23), the host vscode.dev and github.dev
 * use: runWeb.ts loads an extension with only the `browser` entry, so it runs there, and this
 * module is its extensionTestsPath. VS Code runs the tests in the Node (remote) extension host, so
 * they reach MOU Author as a user does: through commands, diagnostics and the editor (no Node API
 * is used here all the same, no mocha). Each scenario waits on state (diagnostics changing, the
 * preview's own report), never on a clock.
 * Lines marked "[mou-e2e] " reach the launcher through the page console.
 */
import * as vscode from 'vscode';

const say = (line: string) => console.log(`[mou-e2e] ${line}`);
const fail = (message: string): never => {
  throw new Error(message);
};

const mou = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mou');
const sectionOf = (d: vscode.Diagnostic) => (d.message.match(/“([^”]+)”/)?.[1] ?? '').toLowerCase();
const missing = (uri: vscode.Uri) => mou(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'missing-section');

/** Resolves once `ok()` holds, re-checked whenever diagnostics change; rejects after `ms` with `what`. */
function waitFor(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  if (ok()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (!ok()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s);

async function thinAgreement(folder: vscode.Uri, name: string): Promise<vscode.TextDocument> {
  const source = vscode.Uri.joinPath(folder, 'agreements', 'lakeview-stem-center--cascade-robotics-draft.md');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
  const uri = vscode.Uri.joinPath(folder, 'web-e2e', name);
  await vscode.workspace.fs.writeFile(uri, utf8(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

const scenarios: Array<[string, (folder: vscode.Uri) => Promise<void>]> = [
  ['a thin agreement gets its five missing-section findings; a quick fix inserts a section', async (folder) => {
    const doc = await thinAgreement(folder, 'thin.md');
    await waitFor('five missing sections', () => missing(doc.uri).length === 5);
    const roles = missing(doc.uri).find((d) => /roles/i.test(sectionOf(d))) ?? fail(`no Roles finding: ${missing(doc.uri).map((d) => d.message).join(' | ')}`);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, roles.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const insert = actions.find((a) => /^Insert the “.+” section$/.test(a.title) && a.edit) ?? fail(`no insert fix: ${actions.map((a) => a.title).join(' | ')}`);
    if (!(await vscode.workspace.applyEdit(insert.edit!))) fail('the edit was not applied');
    await waitFor('the Roles finding to go', () => missing(doc.uri).length > 0 && !missing(doc.uri).some((d) => /roles/i.test(sectionOf(d))));
  }],
  ['.mou.json (read through workspace.fs, watched) changes what is required', async (folder) => {
    const doc = await thinAgreement(folder, 'configured.md');
    await waitFor('five missing sections', () => missing(doc.uri).length === 5);
    const config = vscode.Uri.joinPath(folder, 'web-e2e', '.mou.json');
    await vscode.workspace.fs.writeFile(config, utf8('{ "extends": "in-kind-donation" }\n'));
    try {
      await waitFor('the safety finding to go (in-kind donation)', () => missing(doc.uri).length > 0 && !missing(doc.uri).some((d) => /safety/i.test(sectionOf(d))));
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor('the five findings back once .mou.json is deleted', () => missing(doc.uri).length === 5);
  }],
  ['the completeness preview opens and shows the report', async (folder) => {
    const doc = await thinAgreement(folder, 'preview.md');
    await waitFor('five missing sections', () => missing(doc.uri).length === 5);
    await vscode.commands.executeCommand('mou.openPreview', doc.uri);
    // The web-worker host names the file by its vscode-remote: URI, this host by its file: one.
    const there = vscode.Uri.from({ scheme: 'vscode-remote', authority: (vscode.env as { remoteAuthority?: string }).remoteAuthority ?? fail('no remote authority'), path: doc.uri.path }).toString();
    const state = await vscode.commands.executeCommand<{ panel: { uri?: string; displayed?: boolean; version?: number }; statusBar: { text?: string } }>('mou.preview._state', { uri: there, version: doc.version, timeoutMs: 15_000 });
    if (!state.panel.displayed || state.panel.uri !== there) fail(`the preview does not show the agreement: ${state.panel.uri} (expected ${there}) displayed=${state.panel.displayed}`);
    if (state.statusBar.text !== 'MOU 0/5') fail(`the status bar says ${state.statusBar.text}`);
  }],
  ['Check All Agreements lists and reads the folder through the client', async (folder) => {
    const result = await vscode.commands.executeCommand<{ agreements: number; total: number } | undefined>('mou.checkWorkspace');
    const found = result?.agreements;
    if (!found || !result?.total) fail(`the workspace check found nothing in ${folder}: ${JSON.stringify(result)}`);
    say(`  workspace check: ${found} agreements of ${result?.total} files`);
  }],
  ['MOU Author runs in the web-worker extension host (this suite in the Node one)', async () => {
    if (vscode.env.uiKind !== vscode.UIKind.Web) fail('not the web UI');
    // VS Code runs extensionTestsPath in the Node (remote) host; the extension under test has no
    // `main` (runWeb.ts checks), so it can only run in the web-worker host: not in this one, yet its
    // commands are registered (it has been activated by the scenarios above).
    if (vscode.extensions.getExtension('mou-author.mou-author')) fail('MOU Author runs in the same extension host as the suite (the Node one)');
    const registered = await vscode.commands.getCommands(true);
    for (const c of ['mou.openPreview', 'mou.checkWorkspace', 'mou.preview._state']) if (!registered.includes(c)) fail(`${c} is not registered`);
  }],
];

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? fail('no workspace folder');
  let failed = 0;
  for (const [name, scenario] of scenarios) {
    const t = Date.now();
    try {
      await scenario(folder);
      say(`✔ ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      failed++;
      say(`✘ ${name}: ${(e as Error).message}`);
    }
  }
  say(`${scenarios.length - failed} passing, ${failed} failing (web-worker extension host)`);
  if (failed) throw new Error(`${failed} of ${scenarios.length} scenarios failed`);
}
