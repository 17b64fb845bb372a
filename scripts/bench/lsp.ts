/**
 * A minimal LSP client for the benchmark (same approach as test/helpers/lsp-client.ts): starts
 * `node dist/server.js --stdio`, initializes as a pull client and sends edits the way the server
 * asks for them — whole text under Full sync, a one-character range under Incremental sync.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serverEnv } from '../../server/src/startup/node-options';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  DidChangeConfigurationNotification,
  ShutdownRequest,
  ExitNotification,
  RegistrationRequest,
  ConfigurationRequest,
  TextDocumentSyncKind,
  type ProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type DocumentDiagnosticReport,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface BenchClient {
  process: ChildProcess;
  connection: ProtocolConnection;
  initializeResult: InitializeResult;
  /** The change kind the server asked for in its initialize result. */
  syncKind: TextDocumentSyncKind;
  open(uri: string, text: string): void;
  /** Insert `ch` at `offset` (version bumps by one). Sends what the server's sync kind asks for. */
  insert(uri: string, offset: number, ch: string): void;
  pull(uri: string): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** CPU time (user + system) the server process has used so far, ms, from /proc/<pid>/stat (Linux only; 10 ms ticks). */
  cpuMs(): number | undefined;
  /** Peak RSS of the server process (KB), from /proc/<pid>/status VmHWM (Linux only). */
  peakRssKB(): number | undefined;
  stop(): Promise<void>;
  stderr(): string;
}

/** USER_HZ: 100 on Linux for all practical purposes. */
const CLOCK_TICKS = 100;

export function syncKindOf(result: InitializeResult): TextDocumentSyncKind {
  const sync = result.capabilities.textDocumentSync;
  if (typeof sync === 'number') return sync;
  return sync?.change ?? TextDocumentSyncKind.None;
}

/** Line/character (UTF-16) of an offset, for lines split at \n, \r\n and \r. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/**
 * How the client talks to the server: over stdin/stdout, or over Node's IPC channel (`--node-ipc`,
 * what the VS Code client uses: TransportKind.ipc). Node sets an IPC channel up while it boots,
 * before the server's code runs.
 */
export type Transport = 'stdio' | 'ipc';

/**
 * Start the server. `mouSettings`, when given, are sent once after `initialized` as
 * workspace/didChangeConfiguration `{ settings: { mou } }` (the client does not advertise
 * workspace/configuration, so the server takes them as its global settings).
 */
export async function startServer(serverPath: string, nodeArgs: readonly string[] = [], mouSettings?: Record<string, unknown>, transport: Transport = 'stdio'): Promise<BenchClient> {
  // The environment the VS Code client gives the server (node-options.ts).
  const env = serverEnv(process.env);
  const child =
    transport === 'ipc'
      ? fork(serverPath, ['--node-ipc'], { execPath: process.execPath, execArgv: [...nodeArgs], env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
      : spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection =
    transport === 'ipc'
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.listen();
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${stderr}`))));
  exited.catch(() => undefined);

  const capabilities: ClientCapabilities = {
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
      publishDiagnostics: { versionSupport: true },
    },
    workspace: {},
  };
  const initializeResult = await Promise.race([
    connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null }),
    exited,
  ]);
  await connection.sendNotification(InitializedNotification.type, {});
  if (mouSettings) await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { mou: mouSettings } });
  const syncKind = syncKindOf(initializeResult);

  // What the client believes each document holds (to compute positions and full texts).
  const docs = new Map<string, { text: string; version: number; last?: { offset: number; at: { line: number; character: number } } }>();
  // What the client holds per document, as VS Code's client keeps it: the last result id and its items.
  const held = new Map<string, { resultId?: string; items: Diagnostic[] }>();

  return {
    process: child,
    connection,
    initializeResult,
    syncKind,
    open(uri, text) {
      docs.set(uri, { text, version: 1 });
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    },
    insert(uri, offset, ch) {
      const doc = docs.get(uri)!;
      const next = doc.text.slice(0, offset) + ch + doc.text.slice(offset);
      let change: TextDocumentContentChangeEvent;
      if (syncKind === TextDocumentSyncKind.Incremental) {
        // Typing along one line: the next position follows from the last one (no rescan of a 5 MB text).
        const at =
          doc.last && doc.last.offset === offset && !/[\r\n]/.test(ch) ? { ...doc.last.at } : positionAt(doc.text, offset);
        doc.last = /[\r\n]/.test(ch) ? undefined : { offset: offset + ch.length, at: { line: at.line, character: at.character + ch.length } };
        change = { range: { start: at, end: at }, text: ch };
      } else {
        change = { text: next };
      }
      doc.text = next;
      doc.version++;
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    },
    async pull(uri) {
      const previousResultId = held.get(uri)?.resultId;
      const report = (await Promise.race([connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }), exited])) as DocumentDiagnosticReport;
      if (report.kind === 'unchanged') return held.get(uri)?.items ?? [];
      held.set(uri, { resultId: report.resultId, items: report.items ?? [] });
      return report.items ?? [];
    },
    request<R>(method: string, params: unknown) {
      return Promise.race([connection.sendRequest(method, params) as Promise<R>, exited]);
    },
    cpuMs() {
      try {
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // fields[0] is field 3 (state): utime is field 14, stime field 15 → indexes 11 and 12.
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
      } catch {
        return undefined;
      }
    },
    peakRssKB() {
      try {
        const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) : undefined;
      } catch {
        return undefined;
      }
    },
    async stop() {
      if (child.exitCode === null) {
        try {
          await connection.sendRequest(ShutdownRequest.type);
          await connection.sendNotification(ExitNotification.type);
        } catch {
          /* already gone */
        }
        await new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const t = setTimeout(() => child.kill(), 5000);
          child.once('exit', () => (clearTimeout(t), resolve()));
        });
      }
      connection.dispose();
    },
    stderr: () => stderr,
  };
}
