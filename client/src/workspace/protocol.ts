/**
 * The server's workspace check (server/src/protocol.ts CheckWorkspaceRequest) and its progress
 * notifications, as the client uses them. Nothing here analyses anything.
 */
import { EventEmitter, type CancellationToken, type Disposable, type Event } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceProgressNotification, CheckWorkspaceRequest, type CheckWorkspaceProgress, type CheckWorkspaceResult, type FileReport } from '../../../server/src/protocol';

export type { CheckWorkspaceProgress, CheckWorkspaceResult, FileReport };

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
    this.registration = client.onNotification(CheckWorkspaceProgressNotification, (p) => {
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
  return client.sendRequest(CheckWorkspaceRequest, { folders }, token);
}
