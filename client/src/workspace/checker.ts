/**
 * Runs the server's workspace check, one run at a time, and puts the result in the store.
 *
 * - `run()` (the command, the refresh button) cancels a run in progress and starts at once.
 * - `schedule()` (files changed, a document closed, settings changed) re-checks quietly ~500 ms
 *   after the last such event, and only once there is something to keep up to date (after the
 *   first check); it never cancels a run, it waits for it and runs after.
 * A complete run replaces the store; a cancelled one only updates the agreements it saw.
 */
import { CancellationTokenSource, EventEmitter, window, workspace, type CancellationToken, type Disposable, type Event } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { checksScheme } from '../documents';
import { checkWorkspace, type CheckWorkspaceProgress, type CheckWorkspaceResult, type ProgressRelay } from './protocol';
import type { AgreementsStore } from './store';

export const DEBOUNCE_MS = 500;

interface Running {
  source: CancellationTokenSource;
  done: Promise<unknown>;
}

export interface RunOptions {
  /** The caller's cancellation (the progress notification's Cancel button). */
  token?: CancellationToken;
  onProgress?: (p: CheckWorkspaceProgress) => void;
}

export class WorkspaceChecker implements Disposable {
  private running: Running | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private again = false;
  private disposed = false;
  private readonly finished = new EventEmitter<CheckWorkspaceResult>();
  /** Fires after each run that got an answer (complete or cancelled). */
  readonly onDidFinish: Event<CheckWorkspaceResult> = this.finished.event;
  /** Runs that got an answer, and the last answer (for tests and the final message). */
  runs = 0;
  last: CheckWorkspaceResult | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly store: AgreementsStore,
    private readonly progress: ProgressRelay,
    private readonly viewId: string,
  ) {}

  get checkedOnce(): boolean {
    return this.runs > 0;
  }

  /** The workspace folders the server can read (desktop: file:, browser: any; documents.ts). */
  folders(): string[] {
    return (workspace.workspaceFolders ?? []).filter((f) => checksScheme(f.uri.scheme)).map((f) => f.uri.toString());
  }

  /** Check every folder now. Undefined when there is no folder to check. Rejects if the server fails. */
  async run(options: RunOptions = {}): Promise<CheckWorkspaceResult | undefined> {
    this.cancelTimer();
    // Runs never overlap: progress notifications carry no request id.
    while (this.running) {
      this.running.source.cancel();
      await this.running.done.catch(() => undefined);
    }
    const folders = this.folders();
    if (!folders.length || this.disposed) return undefined;
    const source = new CancellationTokenSource();
    const link = options.token?.onCancellationRequested(() => source.cancel());
    if (options.token?.isCancellationRequested) source.cancel();
    const listening = this.progress.listen((p) => options.onProgress?.(p));
    const request = checkWorkspace(this.client, folders, source.token);
    const running: Running = { source, done: request };
    this.running = running;
    try {
      const result = await request;
      if (result.cancelled) this.store.merge(result.files);
      else this.store.replaceAll(result.files);
      this.runs++;
      this.last = result;
      this.finished.fire(result);
      return result;
    } finally {
      listening.dispose();
      link?.dispose();
      source.dispose();
      if (this.running === running) this.running = undefined;
      if (this.again && !this.running) {
        this.again = false;
        this.schedule();
      }
    }
  }

  /** Re-check soon, quietly (progress shows in the view). Nothing before the first check. */
  schedule(): void {
    if (!this.checkedOnce || this.disposed) return;
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) {
        this.again = true;
        return;
      }
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  /** Check now with progress in the view (the refresh button, and scheduled re-checks). */
  refresh(): Promise<CheckWorkspaceResult | undefined> {
    return Promise.resolve(
      window.withProgress({ location: { viewId: this.viewId } }, () => this.run()),
    ).catch((e: unknown) => {
      this.client.warn(`MOU: checking the workspace failed: ${(e as Error)?.message ?? e}`, undefined, false);
      return undefined;
    });
  }

  /** Back to before the first check: nothing scheduled, nothing running, nothing known. */
  async reset(): Promise<void> {
    this.cancelTimer();
    this.again = false;
    while (this.running) {
      this.running.source.cancel();
      await this.running.done.catch(() => undefined);
    }
    this.runs = 0;
    this.last = undefined;
    this.store.replaceAll([]);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.running?.source.cancel();
    this.finished.dispose();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
