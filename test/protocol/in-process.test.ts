/**
 * The server on an in-memory connection pair, in this process (lsp/connection.ts configureServer):
 * no child process, no dist/ build. Waits on messages, never on time.
 */
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type FullDocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { configureServer } from '../../server/src/lsp/connection';
import type { Session } from '../../server/src/lsp/session';
import { AgreementTypesRequest, CompletenessRequest, ServerInfoRequest } from '../../server/src/protocol';
import { loadFixtures } from '../helpers/fixtures';

interface Pair {
  client: ProtocolConnection;
  session: Session;
  /** Resolves with the next push for `uri` that satisfies `pred`. */
  push(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

async function start(pull: boolean): Promise<Pair> {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new ServerReader(up), new ServerWriter(down));
  const session = configureServer(server);
  server.listen();
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    for (const w of [...waiters]) if (w.uri === p.uri && w.pred(p)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(p));
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { synchronization: { didSave: true }, ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}) } },
  });
  await client.sendNotification(InitializedNotification.type, {});
  return {
    client,
    session,
    push: (uri, pred = () => true) => new Promise((resolve) => waiters.push({ uri, pred, resolve })),
    async close() {
      await client.sendRequest(ShutdownRequest.type);
      client.dispose();
      server.dispose();
    },
  };
}

describe('the server in process (configureServer over an in-memory connection)', () => {
  const gold = loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!;
  const thin = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!;

  it('answers a pull, mou/completeness and mou/serverInfo like the built server', async () => {
    const pair = await start(true);
    try {
      const uri = 'file:///in-process/thin.md';
      await pair.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: thin.text } });
      const report = (await pair.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      assert.ok(report.items.some((d) => d.code === 'missing-section'), 'a thin agreement misses a section');
      assert.ok(report.items.every((d) => d.source === 'mou' && typeof d.codeDescription?.href === 'string'));
      const completeness = await pair.client.sendRequest(CompletenessRequest, { uri });
      assert.equal(completeness?.isAgreement, true);
      assert.deepEqual(completeness?.diagnostics.map((d) => d.code), report.items.map((d) => d.code));
      const info = await pair.client.sendRequest(ServerInfoRequest);
      assert.equal(info.documents, 1);
      assert.equal(info.codeCache, undefined, 'no loader: no code cache');
      assert.equal(pair.session.openDocuments, 1);
      assert.ok((await pair.client.sendRequest(AgreementTypesRequest)).some((t) => t.id === 'mou'));
    } finally {
      await pair.close();
    }
  });

  it('pushes to a client that does not pull, and again after an edit', async () => {
    const pair = await start(false);
    try {
      const uri = 'file:///in-process/gold.md';
      const first = pair.push(uri);
      await pair.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: thin.text } });
      assert.ok((await first).diagnostics.some((d) => d.code === 'missing-section'));
      const second = pair.push(uri, (p) => p.version === 2);
      await pair.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: gold.text }] });
      assert.ok(!(await second).diagnostics.some((d) => d.code === 'missing-section'), 'the gold agreement misses nothing');
    } finally {
      await pair.close();
    }
  });
});
