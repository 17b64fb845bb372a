/** A minimal LSP client for protocol tests: starts dist/server.js over stdio and speaks JSON-RPC to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SERVER_NODE_OPTIONS, serverEnv } from '../../server/src/startup/node-options';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  ShutdownRequest,
  LogMessageNotification,
  ExitNotification,
  ConfigurationRequest,
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  RegistrationRequest,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

/**
 * The servers of one test run share a cache directory of their own (V8's code, remembered
 * findings), so a run neither reads nor leaves behind what a user's servers keep.
 */
const RUN_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'mou-test-cache-'));

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Every push received, in order. */
  pushes: PublishDiagnosticsParams[];
  /** Every workspace/applyEdit the server asked for. */
  appliedEdits: ApplyWorkspaceEditParams[];
  /** Every window/logMessage the server sent (its connection.console). */
  logs: string[];
  /** Resolves with the first push (already received or future) for `uri` that satisfies `pred`. */
  nextPush(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  save(uri: string): void;
  close(uri: string): void;
  pull(uri: string): Promise<Diagnostic[]>;
  /** The whole pull report, sending `previousResultId` as VS Code does for diagnostics it holds. */
  pullReport(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport>;
  stop(): Promise<void>;
}

export interface ClientOptions {
  /** Advertise pull diagnostics (like VS Code). */
  pull?: boolean;
  /** Answer workspace/configuration with these `mou` settings (advertises the capability). */
  configuration?: () => Record<string, unknown>;
  /** Workspace folders (file URIs) to initialize with; the first is also the rootUri. */
  workspaceFolders?: string[];
  /** Extra environment variables for the server process (laid over the client's environment, node-options.ts). */
  env?: Record<string, string>;
  /** Run the server as this user id (via setpriv; see test/support/second-user.ts). */
  uid?: number;
  /** Advertise workspace folders support (workspace.workspaceFolders), as VS Code does. */
  workspaceFoldersCapability?: boolean;
  /** Sent as `initializationOptions` in initialize (server/src/protocol.ts InitializationOptions). */
  initializationOptions?: unknown;
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const argv = [...SERVER_NODE_OPTIONS, SERVER, '--stdio'];
  const [command, args] = options.uid === undefined ? [process.execPath, argv] : ['setpriv', ['--reuid', String(options.uid), '--regid', String(options.uid), '--clear-groups', process.execPath, ...argv]];
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...serverEnv(process.env), MOU_CACHE_DIR: RUN_CACHE_DIR, ...options.env } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushes: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    pushes.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  const logs: string[] = [];
  connection.onNotification(LogMessageNotification.type, (p) => logs.push(p.message));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => options.configuration?.() ?? {}));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.listen();

  const capabilities: ClientCapabilities = {
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: false, versionSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
    },
    workspace: {
      ...(options.configuration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
      ...(options.workspaceFoldersCapability ? { workspaceFolders: true } : {}),
    },
  };
  const folders = options.workspaceFolders?.map((uri) => ({ uri, name: path.posix.basename(uri) })) ?? null;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folders?.[0]?.uri ?? null, capabilities, workspaceFolders: folders, initializationOptions: options.initializationOptions });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    process: child,
    pushes,
    appliedEdits,
    logs,
    nextPush(uri, pred = () => true) {
      const seen = pushes.find((p) => p.uri === uri && pred(p));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ uri, pred, resolve });
        child.once('exit', (code) => reject(new Error(`server exited (${code}) before the push arrived:\n${stderr}`)));
      });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    save(uri) {
      void connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    async pull(uri) {
      const report = (await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      return report.items;
    },
    pullReport(uri, previousResultId) {
      return connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }) as Promise<DocumentDiagnosticReport>;
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      connection.dispose();
    },
  };
}

export function changeConfiguration(client: TestClient, mou: Record<string, unknown>): void {
  void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { mou } });
}
