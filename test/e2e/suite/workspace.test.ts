/**
 * (issue #10) "MOU: Check All Agreements in Workspace" and the Agreements view, on 200 generated
 * markdown files (test/workspace/generate.ts, written into the workspace with vscode.workspace.fs
 * under `generated/`): the Problems panel and the view get every agreement, with the scores
 * `mou-check --format json` gives the same files; open documents are left to the server; the view
 * follows files being created, changed and deleted; a check can be cancelled.
 *
 * mou-check does not read .gitignore (the server does): gitignored files are left out of the
 * comparison. Only files under `generated/` are compared: earlier scenarios leave other files.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, folder, mouDiagnostics, waitFor } from './helpers';

const BASE = 'generated';
/** The whole-workspace check of ~200 files on a slow, shared machine. */
const CHECK_MS = Math.max(Number(process.env.MOU_E2E_WAIT_MS ?? 20_000), 120_000);

interface GeneratedFile { path: string; text: string; kind: string }
interface Report {
  path: string;
  isAgreement: boolean;
  score?: number;
  sections?: Array<{ id: string; title: string; status: string; reason: string; range: { start: { line: number } } | null }>;
  diagnostics: Array<{ code: string; severity: string; message: string; section?: string; range: { start: { line: number } } }>;
}
interface Agreement { uri: vscode.Uri; key: string; name: string; report: Report }
interface Node { kind: 'agreement' | 'section'; agreement: Agreement; section?: { id: string; status: string } }
interface WorkspaceApi {
  treeDataProvider: vscode.TreeDataProvider<Node>;
  store: { all(): Agreement[]; get(uri: vscode.Uri): Agreement | undefined; size: number };
  diagnostics: vscode.DiagnosticCollection;
  onDidChange: vscode.Event<void>;
  onProgress: vscode.Event<{ done: number; total: number }>;
  check(token?: vscode.CancellationToken): Promise<{ files: Report[]; checked: number; total: number; cancelled: boolean } | undefined>;
  stats(): { progressNotifications: number; progressReports: number; runs: number };
  reset(): Promise<void>;
}
interface CheckSummary { agreements: number; needAttention: number; checked: number; total: number; cancelled: boolean }

function repoRoot(): string {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'mou-author');
  assert.ok(ext, 'the MOU Author extension is not loaded');
  return ext.extensionPath;
}

async function api(): Promise<WorkspaceApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'mou-author')!;
  const exports = (ext.isActive ? ext.exports : await ext.activate()) as { agreements?: WorkspaceApi };
  assert.ok(exports?.agreements, "activate() must return the workspace API as `agreements` (registerWorkspace's result)");
  return exports.agreements;
}

/** Run node (the extension host's own binary) in the repository; resolve with stdout. */
function node(args: string[], cwd: string, okCodes = [0]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      if (okCodes.includes(code)) resolve(stdout);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr || error?.message}`));
    });
  });
}

/** mou-check --format json on `paths` (relative to the workspace folder), by file URI. */
async function cli(root: vscode.Uri, paths: string[]): Promise<Map<string, Report>> {
  const out = await node([path.join(repoRoot(), 'dist', 'cli.js'), '--format', 'json', ...paths], root.fsPath, [0, 1]);
  const reports = (JSON.parse(out) as { files: Report[] }).files;
  return new Map(reports.map((r) => [vscode.Uri.file(path.resolve(root.fsPath, r.path)).toString(), r]));
}

/** A line in the report (under the launcher, console lines reach the terminal only with the suite's prefix). */
const note = (msg: string) => console.log(`${vscode.env.uiKind === vscode.UIKind.Web ? '[mou-e2e] ' : ''}      (${msg})`);
const pct = (score: number | undefined) => `${Math.round((score ?? 0) * 100)}%`;
const under = (uri: string, root: vscode.Uri) => uri.startsWith(vscode.Uri.joinPath(root, BASE).toString() + '/');

describe('check all agreements in the workspace (200 generated files)', function () {
  this.timeout(CHECK_MS * 3);
  let root: vscode.Uri;
  let agreements: WorkspaceApi;
  let files: GeneratedFile[];
  let expected: Map<string, Report>;
  let gitignoreBefore: Uint8Array | undefined;

  const uriOf = (rel: string) => vscode.Uri.joinPath(root, ...rel.split('/'));
  const generatedAgreements = () => agreements.store.all().filter((a) => under(a.key, root));
  const describeStore = () => `${generatedAgreements().length} generated agreements in the view (${agreements.store.size} in all), runs ${agreements.stats().runs}`;

  before(async function () {
    root = folder().uri;
    agreements = await api();
    const started = Date.now();
    files = JSON.parse(await node(['--import', 'tsx', path.join('test', 'workspace', 'generate.ts'), '--base', BASE], repoRoot())) as GeneratedFile[];
    assert.equal(files.filter((f) => f.kind !== 'config').length, 200);
    const gitignore = uriOf('.gitignore');
    gitignoreBefore = await Promise.resolve(vscode.workspace.fs.readFile(gitignore)).catch(() => undefined);
    for (const f of files) {
      const text = f.path === '.gitignore' && gitignoreBefore ? `${Buffer.from(gitignoreBefore).toString('utf8')}\n${f.text}` : f.text;
      await vscode.workspace.fs.writeFile(uriOf(f.path), Buffer.from(text, 'utf8'));
    }
    note(`wrote ${files.length} files in ${Date.now() - started} ms`);
    // What CI would say about the same files; gitignored ones are not the server's business.
    const gitignored = new Set(files.filter((f) => f.kind === 'gitignored').map((f) => uriOf(f.path).toString()));
    const all = await cli(root, [BASE]);
    expected = new Map([...all].filter(([uri, r]) => r.isAgreement && !gitignored.has(uri)));
    assert.ok([...gitignored].every((uri) => all.get(uri)?.isAgreement), 'mou-check sees the gitignored agreements');
  });

  after(async function () {
    if (!root || !agreements) return;
    await vscode.workspace.fs.delete(uriOf(BASE), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    if (gitignoreBefore) await vscode.workspace.fs.writeFile(uriOf('.gitignore'), gitignoreBefore);
    else await vscode.workspace.fs.delete(uriOf('.gitignore'), { useTrash: false }).then(undefined, () => undefined);
    // Leave no generated agreement behind in the view or the Problems panel.
    await waitFor('the generated agreements to leave the view', () => generatedAgreements().length === 0, agreements.onDidChange, CHECK_MS, describeStore);
    // The later scenarios and the screenshot see only their own findings again.
    await agreements.reset();
    assert.equal(agreements.store.size, 0);
  });

  it('fills the Problems panel and the view with every agreement, scored as mou-check scores them', async function () {
    const before = agreements.stats();
    const started = Date.now();
    const summary = await vscode.commands.executeCommand<CheckSummary>('mou.checkWorkspace');
    note(`checked ${summary?.checked} files in ${Date.now() - started} ms: ${summary?.agreements} agreements, ${summary?.needAttention} need attention`);
    assert.ok(summary, 'the command answers with a summary');
    assert.equal(summary.cancelled, false);
    assert.equal(summary.checked, summary.total);
    assert.ok(expected.size >= 100, `expected agreements: ${expected.size}`);

    // Progress: notifications from the server, reported to the notification.
    const after = agreements.stats();
    assert.ok(after.progressNotifications - before.progressNotifications >= 5, `progress notifications: ${after.progressNotifications - before.progressNotifications}`);
    assert.ok(after.progressReports - before.progressReports >= 5, `progress reports: ${after.progressReports - before.progressReports}`);

    // The same agreements with the same scores (a file change may re-check meanwhile: wait for the state).
    const same = () => {
      const got = generatedAgreements();
      return got.length === expected.size && got.every((a) => expected.get(a.key)?.score === a.report.score);
    };
    await waitFor('the view to hold the agreements mou-check finds, with its scores', same, agreements.onDidChange, CHECK_MS, () => {
      const got = new Map(generatedAgreements().map((a) => [a.key, a.report.score]));
      const wrong = [...expected].filter(([uri, r]) => got.get(uri) !== r.score).slice(0, 5).map(([uri, r]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${got.get(uri)} vs CLI ${r.score}`);
      return `${describeStore()}; differences: ${wrong.join('; ')}`;
    });
    for (const f of files.filter((x) => x.kind !== 'agreement' && x.kind !== 'config')) {
      assert.equal(agreements.store.get(uriOf(f.path)), undefined, `${f.path} (${f.kind}) is not in the view`);
    }

    // The Problems panel: each agreement's findings, once, as mou-check reports them.
    const problems = () => [...expected].every(([uri, r]) => mouDiagnostics(vscode.Uri.parse(uri)).length === r.diagnostics.length);
    await waitFor('the Problems panel to hold every agreement\'s findings', problems, vscode.languages.onDidChangeDiagnostics, CHECK_MS, () => {
      const wrong = [...expected].filter(([uri, r]) => mouDiagnostics(vscode.Uri.parse(uri)).length !== r.diagnostics.length);
      return `${wrong.length} files differ, e.g. ${wrong.slice(0, 3).map(([uri, r]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${mouDiagnostics(vscode.Uri.parse(uri)).length} vs ${r.diagnostics.length}`).join('; ')}`;
    });
    for (const [uri, r] of expected) {
      const got = mouDiagnostics(vscode.Uri.parse(uri));
      assert.deepEqual(got.map((d) => `${codeOf(d)} ${d.message}`).sort(), r.diagnostics.map((d) => `${d.code} ${d.message}`).sort(), uri);
      for (const d of got) {
        assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code is { value, target }');
        assert.equal(d.code.target.toString(), `https://github.com/mou-author/mou-author/blob/main/docs/rules/${codeOf(d)}.md`);
      }
    }

    // The view: worst first, "72% · 2 missing", icons by the worst status, sections not there as children.
    const provider = agreements.treeDataProvider;
    const nodes = (await provider.getChildren()) ?? [];
    const scores = nodes.map((n) => n.agreement.report.score ?? 0);
    for (let i = 1; i < nodes.length; i++) {
      assert.ok(scores[i - 1] < scores[i] || (scores[i - 1] === scores[i] && nodes[i - 1].agreement.name.localeCompare(nodes[i].agreement.name) <= 0),
        `sorted worst first: ${nodes[i - 1].agreement.name} (${scores[i - 1]}) before ${nodes[i].agreement.name} (${scores[i]})`);
    }
    for (const n of nodes.filter((x) => under(x.agreement.key, root))) {
      const r = expected.get(n.agreement.key)!;
      const item = await provider.getTreeItem(n);
      const missing = (r.sections ?? []).filter((s) => s.status === 'missing');
      const weak = (r.sections ?? []).filter((s) => s.status === 'weak');
      assert.equal(item.label, path.posix.basename(n.agreement.uri.path));
      const description = String(item.description);
      assert.ok(description.startsWith(pct(r.score)), `${description} starts with ${pct(r.score)}`);
      if (missing.length) assert.ok(description.includes(`${missing.length} missing`), description);
      if (weak.length) assert.ok(description.includes(`${weak.length} weak`), description);
      const icon = (item.iconPath as vscode.ThemeIcon).id;
      const worst = missing.length || r.diagnostics.some((d) => d.severity === 'error') ? 'error'
        : weak.length || r.diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'pass';
      assert.equal(icon, worst, `icon of ${item.label}`);
      assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes(pct(r.score)));
      assert.equal(item.command?.command, 'vscode.open');
      assert.equal(String(item.command?.arguments?.[0]), n.agreement.uri.toString());
      const children = (await provider.getChildren(n)) ?? [];
      assert.deepEqual(children.map((c) => c.section?.id).sort(), [...missing, ...weak].map((s) => s.id).sort(), `children of ${item.label}`);
      for (const c of children) {
        const ci = await provider.getTreeItem(c);
        assert.ok(String(ci.description).startsWith(c.section!.status), String(ci.description));
        assert.equal(ci.command?.command, 'vscode.open');
        assert.ok((ci.command?.arguments?.[1] as vscode.TextDocumentShowOptions).selection instanceof vscode.Range);
      }
    }
  });

  it('opens an agreement from the view, leaves it to the server while open, and takes it back when closed', async function () {
    const provider = agreements.treeDataProvider;
    const [uri, report] = [...expected].find(([, r]) => r.diagnostics.length >= 3 && r.sections?.some((s) => s.status === 'missing') && r.sections?.some((s) => s.status === 'weak'))!;
    const target = vscode.Uri.parse(uri);
    assert.ok(agreements.diagnostics.get(target)?.length, 'the workspace check reports it while it is closed');
    const node = ((await provider.getChildren()) ?? []).find((n) => n.agreement.key === uri)!;
    const item = await provider.getTreeItem(node);

    // Click: the agreement opens; its findings now come from the server only, the same, not twice.
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await waitFor('the agreement to open', () => vscode.window.activeTextEditor?.document.uri.toString() === uri, vscode.window.onDidChangeActiveTextEditor);
    await waitFor('the workspace entry to go and the server\'s diagnostics to come', () =>
      !agreements.diagnostics.get(target)?.length && mouDiagnostics(target).length === report.diagnostics.length,
    vscode.languages.onDidChangeDiagnostics, CHECK_MS, () => `${agreements.diagnostics.get(target)?.length ?? 0} workspace + ${mouDiagnostics(target).length} in all; want ${report.diagnostics.length}`);
    assert.deepEqual(mouDiagnostics(target).map((d) => `${codeOf(d)} ${d.message}`).sort(), report.diagnostics.map((d) => `${d.code} ${d.message}`).sort());

    // Click a section: a weak one is shown where it is; a missing one where its finding is (the title).
    for (const child of (await provider.getChildren(node)) ?? []) {
      const section = report.sections!.find((s) => s.id === child.section!.id)!;
      const at = section.range?.start.line ?? report.diagnostics.find((d) => d.code === 'missing-section' && d.section === section.id)!.range.start.line;
      const ci = await provider.getTreeItem(child);
      await vscode.commands.executeCommand(ci.command!.command, ...(ci.command!.arguments ?? []));
      await waitFor(`${section.title} (${section.status}) to be shown at line ${at + 1}`, () => {
        const editor = vscode.window.activeTextEditor;
        return editor?.document.uri.toString() === uri && editor.selection.start.line === at;
      }, [vscode.window.onDidChangeActiveTextEditor, vscode.window.onDidChangeTextEditorSelection], undefined,
      () => `line ${(vscode.window.activeTextEditor?.selection.start.line ?? -2) + 1} of ${vscode.window.activeTextEditor?.document.uri.toString()}`);
    }

    // Close: the workspace entry comes back (the language client drops its diagnostics with the tab).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor('the workspace entry to come back', () => agreements.diagnostics.get(target)?.length === report.diagnostics.length && mouDiagnostics(target).length === report.diagnostics.length,
      vscode.languages.onDidChangeDiagnostics, CHECK_MS, () => `${agreements.diagnostics.get(target)?.length ?? 0} workspace + ${mouDiagnostics(target).length} in all; want ${report.diagnostics.length}`);
  });

  it('follows files: a new agreement appears, a changed one is re-scored, a deleted one goes', async function () {
    const thin = files.find((f) => f.kind === 'agreement' && expected.get(uriOf(f.path).toString())!.score! <= 0.2)!;
    const strong = files.find((f) => f.kind === 'agreement' && expected.get(uriOf(f.path).toString())!.score === 1)!;
    assert.ok(thin && strong, 'the generated workspace has a thin and a complete agreement');

    // Created: a copy of the complete one under a new name.
    const created = uriOf(`${BASE}/late/new-agreement.md`);
    await vscode.workspace.fs.writeFile(created, Buffer.from(strong.text, 'utf8'));
    // Changed: the thin one gets the complete one's text.
    const changed = uriOf(thin.path);
    await vscode.workspace.fs.writeFile(changed, Buffer.from(strong.text, 'utf8'));
    // Deleted: another agreement.
    const gone = uriOf(files.filter((f) => f.kind === 'agreement' && f.path !== thin.path && f.path !== strong.path)[5].path);
    await vscode.workspace.fs.delete(gone, { useTrash: false });

    const now = await cli(root, [path.relative(root.fsPath, created.fsPath), path.relative(root.fsPath, changed.fsPath)]);
    const want = (u: vscode.Uri) => now.get(u.toString())!.score;
    assert.equal(want(created), 1);
    await waitFor('the view to show the new, the changed and not the deleted agreement',
      () => agreements.store.get(created)?.report.score === want(created) && agreements.store.get(changed)?.report.score === want(changed) && !agreements.store.get(gone),
      agreements.onDidChange, CHECK_MS,
      () => `new: ${agreements.store.get(created)?.report.score}, changed: ${agreements.store.get(changed)?.report.score} (want ${want(changed)}), deleted still there: ${!!agreements.store.get(gone)}`);
    await waitFor('the Problems panel to follow', () => mouDiagnostics(gone).length === 0 && mouDiagnostics(changed).length === now.get(changed.toString())!.diagnostics.length,
      vscode.languages.onDidChangeDiagnostics, CHECK_MS);
    // Keep the expectations of the other scenarios right.
    expected.delete(gone.toString());
    expected.set(changed.toString(), now.get(changed.toString())!);
    expected.set(created.toString(), now.get(created.toString())!);
  });

  it('stops a check when it is cancelled, keeping what it knew', async function () {
    const size = generatedAgreements().length;
    const source = new vscode.CancellationTokenSource();
    const sub = agreements.onProgress(() => source.cancel());
    try {
      const result = await agreements.check(source.token);
      assert.ok(result, 'the check answered');
      assert.equal(result.cancelled, true);
      assert.ok(result.checked < result.total, `checked ${result.checked} of ${result.total}`);
      assert.equal(generatedAgreements().length, size, 'a cancelled check keeps the agreements it did not get to');
    } finally {
      sub.dispose();
      source.dispose();
    }
  });
});
