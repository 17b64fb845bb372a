/**
 * Completeness preview, status bar item, Markdown-preview banner and report export (issue #6).
 * Everything shown comes from the server's `mou/completeness` report, rendered by the shared
 * renderers in server/src/core/render (pure: the client never analyses a document).
 */
import { ExtensionMode, commands, window, workspace, type Disposable, type ExtensionContext, type Uri } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { exportReport } from './exportReport';
import { registerMarkdownPreviewBanner } from './markdownPreview';
import { PreviewPanel, type PanelState, type Selected } from './panel';
import { isChecked, ReportStore } from './reports';
import { CompletenessStatusBar, type StatusState } from './statusBar';
import type { AgreementCalls } from '../agreementCall';

export { extendMarkdownIt } from './markdownPreview';

export function registerPreview(context: ExtensionContext, client: LanguageClient, calls: AgreementCalls): { document: () => Uri | undefined } {
  const store = new ReportStore(client, calls);
  const exporter = (uri?: Uri) => exportReport(context, store, uri);
  // The status bar subscribes to the store before the panel, so that when the panel has
  // rendered a report the status bar already shows it too (mou.preview._state relies on it).
  const statusBar = new CompletenessStatusBar(store);
  const panel = new PreviewPanel(context, store, exporter, calls);

  context.subscriptions.push(
    store,
    panel,
    statusBar,
    registerMarkdownPreviewBanner(store),
    commands.registerCommand('mou.openPreview', async (uri?: unknown) => {
      const target = isUri(uri) ? uri : window.activeTextEditor?.document.uri ?? panel.document;
      const doc = target ? await workspace.openTextDocument(target) : undefined;
      if (!doc || !isChecked(doc)) {
        void window.showInformationMessage('Open a markdown agreement to see how complete it is.');
        return;
      }
      panel.open(doc);
    }),
    commands.registerCommand('mou.exportReport', (uri?: unknown) => {
      // From the explorer or editor title: that file. From the palette: the active editor's,
      // or with the preview focused (no active editor), the one it shows.
      const target = isUri(uri) ? uri : window.activeTextEditor ? undefined : panel.document;
      return exporter(target);
    }),
  );
  if (context.extensionMode !== ExtensionMode.Production) context.subscriptions.push(...testCommands(store, panel, statusBar));
  return { document: () => panel.document };
}

function isUri(value: unknown): value is Uri {
  return !!value && typeof value === 'object' && typeof (value as Uri).scheme === 'string' && typeof (value as Uri).fsPath === 'string';
}

export interface PreviewTestState {
  panel: PanelState;
  statusBar: StatusState;
}

/**
 * Commands for the end-to-end tests (not contributed, so not in the Command Palette; only
 * registered outside production). The webview's DOM cannot be reached from an extension test:
 * `mou.preview._select` does exactly what a click on an item does (the webview only ever sends
 * the item's key), and `mou.preview._state` reports what the panel and status bar show, after
 * waiting, if asked, until they show a given version of a document and the webview's own
 * script has answered that it put that report on screen.
 */
function testCommands(store: ReportStore, panel: PreviewPanel, statusBar: CompletenessStatusBar): Disposable[] {
  const snapshot = (): PreviewTestState => ({ panel: panel.state(), statusBar: statusBar.state() });
  return [
    commands.registerCommand('mou.preview._select', (key: string): Promise<Selected | undefined> => panel.select(key)),
    commands.registerCommand('mou.preview._state', (until?: { uri: string; version: number; timeoutMs?: number }): Promise<PreviewTestState> => {
      const caughtUp = () => {
        if (!until) return true;
        const s = panel.state();
        return s.uri === until.uri && s.version >= until.version && s.displayed && (store.get(until.uri)?.version ?? -1) >= until.version;
      };
      if (caughtUp()) return Promise.resolve(snapshot());
      return new Promise<PreviewTestState>((resolve) => {
        // After the deadline, answer with what is shown: the test's assertion then says what is wrong.
        const timer = setTimeout(done, until?.timeoutMs ?? 20_000);
        const sub = panel.onDidRender(() => {
          if (caughtUp()) done();
        });
        function done() {
          clearTimeout(timer);
          sub.dispose();
          resolve(snapshot());
        }
      });
    }),
  ];
}
