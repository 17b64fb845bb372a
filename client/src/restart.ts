/**
 * What happens when the language server dies: restart it, up to a cap, then tell the user plainly
 * and stop trying (a crash loop would only eat their machine).
 */
import { window } from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type ErrorHandlerResult, type CloseHandlerResult } from 'vscode-languageclient/node';

export const MAX_RESTARTS = 5;
export const WINDOW_MS = 3 * 60 * 1000;

export class RestartPolicy implements ErrorHandler {
  private restarts: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const t = this.now();
    this.restarts = this.restarts.filter((r) => t - r < WINDOW_MS);
    this.restarts.push(t);
    if (this.restarts.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
    void window
      .showErrorMessage(
        `MOU Author's checker stopped ${MAX_RESTARTS + 1} times in ${WINDOW_MS / 60000} minutes and will not be restarted automatically. Agreements are not being checked. Run “MOU: Restart Language Server” to try again, or see the “MOU Author” output for the cause.`,
        'Restart now',
      )
      .then((choice) => {
        if (choice === 'Restart now') void import('vscode').then((v) => v.commands.executeCommand('mou.restartServer'));
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** A manual restart starts the count again. */
  reset(): void {
    this.restarts = [];
  }
}
