/**
 * The server's workspace check: the `mou/checkWorkspace` request and its progress notifications
 * (server/src/server.ts). Types only come from the core; nothing here analyses anything.
 */
import { EventEmitter, type CancellationToken, type Disposable, type Event } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FileReport } from '../../../server/src/core/report';

export type { FileReport };

export const CHECK_WORKSPACE = 'mou/checkWorkspace';
export const CHECK_WORKSPACE_PROGRESS = 'mou/checkWorkspace/progress';

export interface CheckWorkspaceParams {
  /** Workspace folder URIs. */
  folders: string[];
}

export interface CheckWorkspaceResult {
  /** Only agreements. `path` is a file URI. */
  files: FileReport[];
  /** Files looked at (checked or skipped by files/ignore) before the end or the cancellation. */
  checked: number;
  /** Markdown files listed (without .gitignored ones). */
  total: number;
  cancelled: boolean;
}

export interface CheckWorkspaceProgress {
  done: number;
  total: number;
}

/** The page that explains a rule (the same link the server gives every diagnostic). */
export function ruleDocUrl(code: string): string {
  return `https://github.com/mou-author/mou-author/blob/main/docs/rules/${code}.md`;
}

/**
 * Progress notifications carry no request id; one handler forwards them to whichever run is
 * listening (runs never overlap, see WorkspaceChecker).
 */
export class ProgressRelay implements Disposable {
  private listener: ((p: CheckWorkspaceProgress) => void) | undefined;
  private readonly registration: Disposable;
  private readonly received = new EventEmitter<CheckWorkspaceProgress>();
  /** Every progress notification, whoever listens (the tests). */
  readonly onProgress: Event<CheckWorkspaceProgress> = this.received.event;
  /** Progress notifications received since activation. */
  count = 0;

  constructor(client: LanguageClient) {
    this.registration = client.onNotification(CHECK_WORKSPACE_PROGRESS, (p: CheckWorkspaceProgress) => {
      this.count++;
      this.listener?.(p);
      this.received.fire(p);
    });
  }

  listen(listener: (p: CheckWorkspaceProgress) => void): Disposable {
    this.listener = listener;
    return { dispose: () => { if (this.listener === listener) this.listener = undefined; } };
  }

  dispose(): void {
    this.registration.dispose();
    this.received.dispose();
  }
}

export function checkWorkspace(client: LanguageClient, folders: string[], token: CancellationToken): Promise<CheckWorkspaceResult> {
  const params: CheckWorkspaceParams = { folders };
  return client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE, params, token);
}
