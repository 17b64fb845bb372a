/**
 * MOU Author's own requests and notifications, each declared once with its method name, params and
 * result; the server (server.ts) and the VS Code client both import these declarations. Types and
 * names only: no analysis, no I/O, nothing from `vscode` or the server's state.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/**
 * A person's call on whether a file is an agreement (VS Code: "MOU: Check This File as an
 * Agreement"). `true` checks it whatever the detector or its front matter say, `false` never checks
 * it, `null` forgets the call (the checker decides again). Nothing is written into the file: the
 * client remembers the call and sends it again when the server starts (see
 * `InitializationOptions.agreementCalls`). The server re-checks the document and answers once its
 * new diagnostics are out (or, for a client that pulls, once it has been asked to pull again).
 */
export interface AgreementCallParams {
  /** The document's URI, as the client sends it in textDocument/didOpen. */
  uri: string;
  agreement: boolean | null;
}

export interface AgreementCallResult {
  /** Whether the file is now checked as an agreement (false too when it is not open). */
  isAgreement: boolean;
  /** Why, in plain words (the report's agreementReason). */
  agreementReason?: string;
}

export const AgreementCallRequest = new RequestType<AgreementCallParams, AgreementCallResult, void>('mou/agreementCall');

/** What the client may pass in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** Calls made earlier, by document URI (restored on every server start, so a restart keeps them). */
  agreementCalls?: Record<string, boolean>;
}

/** The calls from initializationOptions, ignoring anything that is not a URI → boolean. */
export function agreementCallsFrom(options: unknown): Array<[string, boolean]> {
  const calls = (options as InitializationOptions | null | undefined)?.agreementCalls;
  if (!calls || typeof calls !== 'object') return [];
  return Object.entries(calls).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
}
export * from './protocol-documents';
