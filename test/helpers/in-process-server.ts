/**
 * The Node language server in this process, over an in-memory connection (as
 * test/protocol/in-process.test.ts does it), initialized and ready: for tests that compare another
 * host (the browser worker) with it.
 */
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type FullDocumentDiagnosticReport, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { configureServer } from '../../server/src/lsp/connection';

export interface InProcessServer {
  client: ProtocolConnection;
  /** Open a markdown document and pull its diagnostics. */
  open(uri: string, text: string): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

/**
 * `folder`: the one workspace folder, when the test needs its .mou.json or files; with it the
 * client answers workspace/configuration with nothing set (the settings' defaults).
 */
export async function inProcessServer(folder?: string): Promise<InProcessServer> {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new ServerReader(up), new ServerWriter(down));
  configureServer(server);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  if (folder) client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  client.listen();
  const capabilities = folder
    ? { workspace: { configuration: true }, textDocument: { diagnostic: {} } }
    : { textDocument: { synchronization: { didSave: true }, diagnostic: { dynamicRegistration: false } } };
  await client.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: folder ? [{ uri: folder, name: 'w' }] : null, capabilities });
  await client.sendNotification('initialized', {});
  return {
    client,
    async open(uri, text) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      return ((await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
    },
    async close() {
      await client.sendRequest('shutdown');
      client.dispose();
      server.dispose();
    },
  };
}
