/**
 * The `extensionTestsPath` module: VS Code (desktop, or the web workbench started by
 * test/e2e/launcher) loads it in the extension host and awaits `run()`; a rejection means the
 * suite failed.
 *
 * Which scenarios run depends on the workspace VS Code was opened on:
 *   - a folder (test/e2e/workspaces/single-folder): the single-folder scenarios (SINGLE_FOLDER);
 *   - a .code-workspace (test/e2e/workspaces/multi-root): the multi-root scenario (e);
 *   - with MOU_E2E_MODE=vsix (the packaged-extension run, see runTest.ts): only the .vsix smoke test.
 * MOU_E2E_GREP (a mocha --grep pattern) narrows the run further.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type MochaType from 'mocha';
import * as vscode from 'vscode';
import { INDUSTRY_AGREEMENT, INDUSTRY_FOLDER, STEM_CENTER_AGREEMENT, STEM_CENTER_FOLDER, THIN_AGREEMENT } from './fixtures';
import { fixture, open, resetWorkbench, waitForDiagnostics } from './helpers';

// mocha 12 is an ES module package with a CommonJS build; load that (the extension host requires).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof MochaType = require('mocha/lib/mocha.cjs');

// crash kills the language server: it stays last. agreementCall and restart restart it: they come
// after workspace, whose "open from the view" step gets no findings after a restart (seen on 1.100.3).
const SINGLE_FOLDER = ['thinAgreement', 'fillSection', 'onSave', 'nonAgreement', 'quickFix', 'config', 'preview', 'workspace', 'wordExport', 'partners', 'agreementCall', 'restart', 'crash'];
const MULTI_ROOT = ['multiRoot'];
const VSIX = ['vsixSmoke'];

export async function run(): Promise<void> {
  const multiRoot = vscode.workspace.workspaceFile !== undefined;
  const web = vscode.env.uiKind === vscode.UIKind.Web;
  if (web) {
    // In the web workbench the extension host's console reaches the launcher through the
    // browser console, mixed with the workbench's own log; a prefix marks the suite's lines.
    (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args) => {
      for (const line of format(...args).split('\n')) console.log(`[mou-e2e] ${line}`);
    };
  }
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: !web && process.stdout.isTTY === true,
    timeout: 60_000,
    slow: 5_000,
    grep: process.env.MOU_E2E_GREP || undefined,
  });
  mocha.suite.afterEach('restore settings and close editors', resetWorkbench);
  const vsix = process.env.MOU_E2E_MODE === 'vsix';
  for (const name of vsix ? VSIX : multiRoot ? MULTI_ROOT : SINGLE_FOLDER) mocha.addFile(path.join(__dirname, `${name}.test.js`));

  console.log(`${web ? '[mou-e2e] ' : ''}VS Code ${vscode.version} (${web ? 'web workbench' : 'desktop'}), extension host on Node ${process.version}, `
    + `${multiRoot ? 'multi-root workspace' : 'single-folder workspace'}${vsix ? ', MOU Author installed from the .vsix' : ''}`);

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run((count) => resolve(count));
    } catch (e) {
      reject(e);
    }
  });

  // Leave the workbench showing untouched agreements and their findings in the Problems panel:
  // the launcher screenshots it (test-artifacts/), on success and on failure.
  try {
    await resetWorkbench();
    const shown = multiRoot
      ? [fixture(STEM_CENTER_AGREEMENT, STEM_CENTER_FOLDER), fixture(INDUSTRY_AGREEMENT, INDUSTRY_FOLDER)]
      : [fixture(THIN_AGREEMENT)];
    for (const uri of shown) await open(uri);
    await Promise.all(shown.map((uri) => waitForDiagnostics(uri, 'diagnostics for the screenshot', (ds) => ds.length > 0, 10_000)));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  } catch (e) {
    console.log(`${web ? '[mou-e2e] ' : ''}(could not prepare the Problems panel for the screenshot: ${(e as Error).message})`);
  }
  await requestScreenshot(failures > 0 ? 'failed' : 'passed');

  if (failures > 0) throw new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed.`);
}

/**
 * Under test/e2e/launcher, ask it for the screenshot now, while the diagnostics are on screen
 * (they are gone once the extension host shuts down at the end of the run), and wait until it
 * has been taken: the launcher answers by creating a file in MOU_E2E_SIGNAL_DIR. Elsewhere
 * (desktop VS Code) there is nobody to ask and this does nothing.
 */
async function requestScreenshot(outcome: 'passed' | 'failed'): Promise<void> {
  const dir = process.env.MOU_E2E_SIGNAL_DIR;
  if (!dir || vscode.env.uiKind !== vscode.UIKind.Web) return;
  const done = path.join(dir, 'screenshot-done');
  await new Promise<void>((resolve) => {
    const watcher = fs.watch(dir, () => { if (fs.existsSync(done)) finish(); });
    const timer = setTimeout(finish, 30_000);
    function finish() {
      clearTimeout(timer);
      watcher.close();
      resolve();
    }
    console.log(`[mou-e2e] @@screenshot ${outcome}`);
    if (fs.existsSync(done)) finish();
  });
}
