/** Browser stand-in for lsp/workspace-check.ts (stand-ins/README.md): the workspace check needs the desktop version. */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { CheckWorkspaceResult, ExportDeadlinesResult, Registry } from '../../protocol';
import type * as Real from '../../lsp/workspace-check';
import type { Session } from '../../lsp/session';

export const NOT_IN_BROWSER = 'Checking every agreement in the workspace needs the desktop version of VS Code: in the browser, MOU Author checks the agreements you open.';

export async function checkWorkspace(_session: Session, _params: unknown, _token?: CancellationToken): Promise<CheckWorkspaceResult> {
  throw new ResponseError(LSPErrorCodes.RequestFailed, NOT_IN_BROWSER);
}

export async function partners(_session: Session, _params: unknown, _token?: CancellationToken): Promise<Registry> {
  throw new ResponseError(LSPErrorCodes.RequestFailed, 'The Partners view needs the desktop version of VS Code: it reads every agreement in the workspace.');
}

export async function exportDeadlines(_session: Session, _params: unknown, _token?: CancellationToken): Promise<ExportDeadlinesResult> {
  throw new ResponseError(LSPErrorCodes.RequestFailed, 'Exporting deadlines needs the desktop version of VS Code: it reads every agreement in the workspace.');
}

({ checkWorkspace, partners, exportDeadlines }) satisfies typeof Real;
