/**
 * (f) The completeness preview (issue #6) in a real editor: it opens beside an agreement, follows
 * edits without being reopened, a checklist item moves the cursor to its place, the status bar
 * says "MOU n/5" from the same report, and the export writes the two report files.
 *
 * What a test in the extension host can and cannot see:
 *   - The webview's DOM is out of reach. The panel itself is checked through the tab VS Code
 *     shows for it (`window.tabGroups`), and what it shows through the test-only command
 *     `mou.preview._state` (registered outside production): the report and the HTML body the
 *     panel last gave the webview, and the status bar item's text and tooltip. Asked with
 *     `{ uri, version }`, it answers once the panel and status bar show that version of that
 *     document and the webview's own script has answered that it put it on screen (events
 *     inside the extension; nothing polls).
 *   - A click cannot be made in the webview. A click only ever sends the item's key to the
 *     extension, and the test-only command `mou.preview._select(key)` runs exactly the code that
 *     message runs. That the webview's script sends that message for clicks, Enter and Space is
 *     tested in Chromium by test/preview/browser.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PROJECT_README, THIN_AGREEMENT } from './fixtures';
import { ALL_SECTION_IDS, SECTION_TEXT, WAIT_MS, fixture, insertSectionBefore, nextEvent, open, scratchCopy, waitFor, waitForMissingSections } from './helpers';

// The shapes the test-only commands answer with (client/src/preview).
interface Section { id: string; status: string; required: boolean; range: { start: { line: number; character: number } } | null; insertAt?: { line: number; character: number } }
interface Report { path: string; isAgreement: boolean; score?: number; sections?: Section[]; diagnostics: Array<{ code: string; section?: string; range: { start: { line: number; character: number } } }> }
interface PreviewState {
  panel: { open: boolean; visible: boolean; uri?: string; version: number; report: Report | null; html: string; displayed: boolean };
  statusBar: { visible: boolean; text: string; tooltip: string; isAgreement: boolean };
}
interface Selected { uri: string; line: number; character: number; fix: boolean }

/** What the panel and status bar show once they show this version of `doc`. */
async function shown(doc: vscode.TextDocument): Promise<PreviewState> {
  const state = await vscode.commands.executeCommand<PreviewState>('mou.preview._state', { uri: doc.uri.toString(), version: doc.version, timeoutMs: WAIT_MS });
  // The tooltip is markdown whose document text was added with appendText (spaces kept as &nbsp;).
  state.statusBar.tooltip = state.statusBar.tooltip.replace(/&nbsp;/g, ' ');
  assert.equal(state.panel.uri, doc.uri.toString(), `the preview shows ${state.panel.uri}, not ${vscode.workspace.asRelativePath(doc.uri)}`);
  assert.ok(state.panel.version >= doc.version, `the preview still shows version ${state.panel.version} of ${doc.version} (timed out after ${WAIT_MS} ms)`);
  // The webview's own script answered that it put this report on screen: it loaded and ran under its CSP.
  assert.equal(state.panel.displayed, true, `the webview did not say it displayed version ${doc.version} (timed out after ${WAIT_MS} ms)`);
  return state;
}

function previewTabs(): Array<{ tab: vscode.Tab; group: vscode.TabGroup }> {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && /mou\.preview/.test(tab.input.viewType))
    .map((tab) => ({ tab, group })));
}

function coreCount(report: Report): { present: number; required: number } {
  const counted = (report.sections ?? []).filter((s) => s.required && s.status !== 'not-applicable');
  return { present: counted.filter((s) => s.status === 'present').length, required: counted.length };
}

async function openPreviewFor(doc: vscode.TextDocument): Promise<PreviewState> {
  await vscode.commands.executeCommand('mou.openPreview');
  const [{ tab, group }] = await waitFor('the completeness preview tab', () => (previewTabs().length ? previewTabs() : undefined),
    vscode.window.tabGroups.onDidChangeTabs, WAIT_MS, () => vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => t.label).join(', ')).join(' | '));
  const editorColumn = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
  assert.notEqual(group.viewColumn, editorColumn, 'the preview opened over the agreement instead of beside it');
  assert.match(tab.label, /Completeness/);
  assert.equal(vscode.window.activeTextEditor?.document, doc, 'opening the preview took the focus from the agreement');
  return shown(doc);
}

describe('the completeness preview', function () {
  it('opens beside an agreement and shows its score, checklist and status bar text', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-open.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);

    const state = await openPreviewFor(doc);
    const report = state.panel.report;
    assert.ok(report?.isAgreement, 'the preview has no agreement report');
    assert.equal(report.score, 0);
    assert.match(state.panel.html, /<span class="score-num">0<\/span>/);
    assert.match(state.panel.html, /0 of 5 core sections complete/);
    for (const id of ALL_SECTION_IDS) assert.match(state.panel.html, new RegExp(`class="item st-missing" data-key="core:${id}"`));
    assert.equal(state.statusBar.visible, true);
    assert.equal(state.statusBar.text, 'MOU 0/5');
    assert.match(state.statusBar.tooltip, /Missing: Safety protocols/);
  });

  it('reflects an edit without being reopened, and the status bar follows', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-edit.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    await openPreviewFor(doc);

    await insertSectionBefore(doc, '## Term', SECTION_TEXT['safety-protocols']);
    const after = await shown(doc);
    assert.equal(after.panel.report?.score, 0.2, 'one of five sections is present now');
    assert.match(after.panel.html, /1 of 5 core sections complete/);
    assert.match(after.panel.html, /class="item st-present" data-key="core:safety-protocols"/);
    assert.equal(after.statusBar.text, 'MOU 1/5');
    assert.doesNotMatch(after.statusBar.tooltip, /Missing: Safety protocols/);
    assert.equal(previewTabs().length, 1, 'the edit opened a second preview');
  });

  it('choosing a checklist item moves the cursor to its place in the agreement', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-select.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    await insertSectionBefore(doc, '## Term', SECTION_TEXT['safety-protocols']);
    await openPreviewFor(doc);
    const state = await shown(doc);
    const report = state.panel.report!;

    // A present section: its heading.
    const heading = Array.from({ length: doc.lineCount }, (_, i) => i).find((i) => doc.lineAt(i).text === '## Safety Protocols');
    assert.ok(heading !== undefined);
    const present = await vscode.commands.executeCommand<Selected>('mou.preview._select', 'core:safety-protocols');
    assert.deepEqual(present, { uri: doc.uri.toString(), line: heading, character: 0, fix: false });
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the agreement is not the active editor');
    assert.deepEqual(vscode.window.activeTextEditor!.selection.active, new vscode.Position(heading, 0));

    // A missing section: where it would be inserted (or, if the quick fix is offered only on
    // the finding, the finding on the title line), with the quick-fix menu opened there.
    const roles = report.sections!.find((s) => s.id === 'roles')!;
    const finding = report.diagnostics.find((d) => d.code === 'missing-section' && d.section === 'roles')!;
    const missing = await vscode.commands.executeCommand<Selected>('mou.preview._select', 'core:roles');
    assert.equal(missing.fix, true);
    const allowed = [roles.insertAt, finding.range.start].filter(Boolean).map((p) => `${p!.line}:${p!.character}`);
    assert.ok(allowed.includes(`${missing.line}:${missing.character}`), `the cursor went to ${missing.line}:${missing.character}, not one of ${allowed.join(', ')}`);
    assert.deepEqual(vscode.window.activeTextEditor!.selection.active, new vscode.Position(missing.line, missing.character));
  });

  it('the status bar matches the report, follows the active editor, and hides for a non-agreement', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-status.md'));
    await insertSectionBefore(doc, '## Term', SECTION_TEXT['points-of-contact']);
    await insertSectionBefore(doc, '## Term', SECTION_TEXT['roles']);
    await openPreviewFor(doc);
    const state = await shown(doc);
    const { present, required } = coreCount(state.panel.report!);
    assert.equal(state.statusBar.text, `MOU ${present}/${required}`);
    assert.equal(state.statusBar.text, 'MOU 2/5');

    const readme = await open(fixture(PROJECT_README));
    const other = await shown(readme);
    assert.equal(other.panel.report?.isAgreement, false);
    assert.match(other.panel.html, /does not look like a partnership agreement/);
    assert.equal(other.statusBar.visible, false, 'the status bar item stays on a README');
  });

  it('exports a standalone HTML report and a markdown report next to the agreement', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-export.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const exported = await vscode.commands.executeCommand<{ html: string; markdown: string }>('mou.exportReport');
    assert.ok(exported, 'nothing was exported');
    assert.equal(exported.html, doc.uri.with({ path: doc.uri.path.replace(/\.md$/, '.mou-report.html') }).toString());
    assert.equal(exported.markdown, doc.uri.with({ path: doc.uri.path.replace(/\.md$/, '.mou-report.md') }).toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(exported.html)));
    const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(exported.markdown)));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-/);
    assert.doesNotMatch(html, /<script\b/);
    assert.match(html, /0 of 5 core sections complete/);
    assert.match(md, /^---\n# A completeness report made by MOU Author, not an agreement itself\.\nmou: false\n---\n/);
    assert.match(md, /\*\*Score: 0%\*\*/);
    await vscode.commands.executeCommand('notifications.clearAll'); // the "Exported …" message
  });

  it('puts a banner on VS Code\'s own Markdown preview', async function () {
    const api = vscode.extensions.all.find((e) => e.packageJSON?.name === 'mou-author')?.exports as { extendMarkdownIt?: unknown } | undefined;
    if (typeof api?.extendMarkdownIt !== 'function') this.skip(); // activate() does not return it yet
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'preview-banner.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    await vscode.commands.executeCommand('mou.openPreview');
    await shown(doc);
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
    assert.match(html, /^<div class="mou-completeness-banner"[^>]*><strong>MOU completeness 0%<\/strong> · 0 of 5 core sections complete<br><span>✗ Missing: Roles and responsibilities, /);

    // Switched off by its setting.
    const config = vscode.workspace.getConfiguration('mou');
    const changed = nextEvent('the mou.markdownPreviewBanner change', vscode.workspace.onDidChangeConfiguration, (e) => e.affectsConfiguration('mou.markdownPreviewBanner'));
    await config.update('markdownPreviewBanner', false, vscode.ConfigurationTarget.Workspace);
    await changed;
    try {
      const plain = await vscode.commands.executeCommand<string>('markdown.api.render', doc);
      assert.doesNotMatch(plain, /mou-completeness-banner/);
    } finally {
      await config.update('markdownPreviewBanner', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
