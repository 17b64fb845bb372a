/**
 * "MOU: Check All Agreements in Workspace" and the Agreements view in the Explorer (issue #10).
 * The server does the checking (`mou/checkWorkspace`); this module shows the result: a
 * cancellable progress notification, the Problems panel (for agreements not open in an editor),
 * the view (worst first) and a final message. The view keeps itself up to date as files change.
 */
import { commands, ProgressLocation, window, type CancellationToken, type DiagnosticCollection, type Event, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceChecker } from './checker';
import { WorkspaceDiagnostics } from './diagnostics';
import { ProgressRelay, type CheckWorkspaceProgress, type CheckWorkspaceResult } from './protocol';
import { AgreementsStore, needsAttention } from './store';
import { AgreementsTreeProvider, VIEW_ID } from './tree';
import { watchWorkspace } from './watcher';

export const CHECK_COMMAND = 'mou.checkWorkspace';
export const REFRESH_COMMAND = 'mou.refreshAgreements';
/** Set once the workspace has been checked (the view's welcome text depends on it). */
export const CHECKED_CONTEXT = 'mou.workspaceChecked';

/** What the command resolves with (the message says the same). */
export interface CheckSummary {
  agreements: number;
  needAttention: number;
  checked: number;
  total: number;
  cancelled: boolean;
}

/** What activate() exposes, for the end-to-end tests. */
export interface WorkspaceApi {
  readonly treeDataProvider: AgreementsTreeProvider;
  readonly store: AgreementsStore;
  readonly diagnostics: DiagnosticCollection;
  /** Fires when the agreements (and so the view and the Problems panel) changed. */
  readonly onDidChange: Event<void>;
  /** Every `mou/checkWorkspace/progress` notification. */
  readonly onProgress: Event<CheckWorkspaceProgress>;
  /** Check now without any UI (cancellable), as the view's refresh does. */
  check(token?: CancellationToken): Promise<CheckWorkspaceResult | undefined>;
  stats(): WorkspaceStats;
  /** Forget the workspace check (the view and the Problems panel empty), as before the first one. */
  reset(): Promise<void>;
}

export interface WorkspaceStats {
  /** `mou/checkWorkspace/progress` notifications received. */
  progressNotifications: number;
  /** Progress reports made to the command's notification. */
  progressReports: number;
  /** Checks that got an answer. */
  runs: number;
  last?: { checked: number; total: number; cancelled: boolean; agreements: number };
}

export function registerWorkspace(context: ExtensionContext, client: LanguageClient): WorkspaceApi {
  const store = new AgreementsStore();
  const relay = new ProgressRelay(client);
  const checker = new WorkspaceChecker(client, store, relay, VIEW_ID);
  // When an agreement's last editor closes, its entry comes back and is re-checked (it may have been edited).
  const diagnostics = new WorkspaceDiagnostics(store, client.protocol2CodeConverter, () => checker.schedule());
  const treeDataProvider = new AgreementsTreeProvider(store);
  const view = window.createTreeView(VIEW_ID, { treeDataProvider, showCollapseAll: true });
  let progressReports = 0;

  const updateBadge = () => {
    const attention = store.all().filter((a) => needsAttention(a.report)).length;
    view.badge = attention ? { value: attention, tooltip: `${attention} agreement${attention === 1 ? ' needs' : 's need'} attention` } : undefined;
  };

  const check = async (): Promise<CheckSummary | undefined> => {
    if (!checker.folders().length) {
      void window.showInformationMessage('Open a folder to check the agreements in it.');
      return undefined;
    }
    let result: CheckWorkspaceResult | undefined;
    try {
      result = await window.withProgress(
        { location: { viewId: VIEW_ID } },
        () => window.withProgress({ location: ProgressLocation.Notification, cancellable: true, title: 'MOU: Checking agreements' }, (progress, token) => {
          let reported = 0;
          return checker.run({
            token,
            onProgress: (p) => {
              const percent = p.total ? Math.min(100, (p.done / p.total) * 100) : 100;
              progressReports++;
              progress.report({ increment: Math.max(0, percent - reported), message: `${p.done} of ${p.total} files` });
              reported = percent;
            },
          });
        }),
      );
    } catch (e) {
      void window.showErrorMessage(`MOU: checking the workspace failed: ${(e as Error)?.message ?? e}`);
      return undefined;
    }
    if (!result) return undefined;
    const summary: CheckSummary = {
      agreements: result.files.length,
      needAttention: result.files.filter(needsAttention).length,
      checked: result.checked,
      total: result.total,
      cancelled: result.cancelled,
    };
    void showSummary(summary);
    return summary;
  };

  context.subscriptions.push(
    store,
    relay,
    checker,
    diagnostics,
    treeDataProvider,
    view,
    store.onDidChange(updateBadge),
    checker.onDidFinish(() => void commands.executeCommand('setContext', CHECKED_CONTEXT, true)),
    commands.registerCommand(CHECK_COMMAND, check),
    commands.registerCommand(REFRESH_COMMAND, () => checker.refresh()),
    ...watchWorkspace(checker, store),
  );

  return {
    treeDataProvider,
    store,
    diagnostics: diagnostics.collection,
    onDidChange: store.onDidChange,
    onProgress: relay.onProgress,
    check: (token) => checker.run({ token }),
    reset: async () => {
      await checker.reset();
      await commands.executeCommand('setContext', CHECKED_CONTEXT, false);
    },
    stats: () => ({
      progressNotifications: relay.count,
      progressReports,
      runs: checker.runs,
      ...(checker.last ? { last: { checked: checker.last.checked, total: checker.last.total, cancelled: checker.last.cancelled, agreements: checker.last.files.length } } : {}),
    }),
  };
}

async function showSummary(s: CheckSummary): Promise<void> {
  const agreements = `${s.agreements} agreement${s.agreements === 1 ? '' : 's'}`;
  const attention = `${s.needAttention} need${s.needAttention === 1 ? 's' : ''} attention`;
  let message: string;
  if (s.cancelled) message = `Stopped after ${s.checked} of ${s.total} files: ${agreements} so far, ${attention}.`;
  else if (!s.agreements) message = `No agreements found in ${s.total} markdown file${s.total === 1 ? '' : 's'}.`;
  else message = `Checked ${agreements}: ${attention}`;
  const show = s.agreements ? 'Show Agreements' : undefined;
  const choice = await (show ? window.showInformationMessage(message, show) : window.showInformationMessage(message));
  if (choice === show && show) await commands.executeCommand(`${VIEW_ID}.focus`);
}
