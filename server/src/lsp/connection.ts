/**
 * The server on a connection: one Session, its methods wired to the connection's events and
 * requests, and nothing else. The entry point (server.ts) makes the connection; tests make one
 * over in-memory streams (test/protocol/in-process.test.ts).
 */
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentRequests } from '../documents/lsp';
import {
  AgreementCallRequest,
  AgreementTypesRequest,
  CheckWorkspaceRequest,
  ExportDeadlinesRequest,
  PartnersRequest,
  CompletenessRequest,
  ExportDocxRequest,
  FIX_ALL_COMMAND,
  ImportDocumentRequest,
  ServerInfoRequest,
  SkeletonRequest,
} from '../protocol';
import { VERSION } from '../version';
import { editorFeatures } from './editor';
import { FIX_ALL_KIND } from './features';
import { requests } from './requests';
import { Session, type SessionOptions } from './session';
import { checkWorkspace, exportDeadlines, partners } from './workspace-check';

/** Pause after a change before pushing diagnostics (clients that do not pull). */
const DEBOUNCE_MS = 200;

export function configureServer(connection: Connection, options: SessionOptions = {}): Session {
  let session: Session | undefined;
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    // Changes are applied one at a time so each ranged change can tell the document's block cache
    // where the text changed (the next analysis then need not compare the old and new texts).
    update(doc, changes, version) {
      const cache = session?.cacheOf(doc.uri);
      for (const change of changes) {
        if ('range' in change) {
          const [a, b] = [doc.offsetAt(change.range.start), doc.offsetAt(change.range.end)];
          cache?.edited(Math.min(a, b), Math.max(a, b), doc.getText().length);
        } else cache?.replaced();
        TextDocument.update(doc, [change], version);
      }
      return doc;
    },
  });
  const s = (session = new Session(connection, documents, options));
  const editor = editorFeatures(s);
  const mou = requests(s);
  // Word and PDF (documents/lsp.ts): the limit is the document's mou.maxFileSize.
  const wordAndPdf = documentRequests(connection.console, async (uri) => (await s.settingsFor(uri)).maxFileSize);

  connection.onInitialize((params): InitializeResult => {
    s.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'MOU sections' },
        completionProvider: { triggerCharacters: ['#', ' '] },
      },
      serverInfo: { name: 'mou-language-server', version: VERSION },
    };
  });
  connection.onInitialized(s.initialized);
  connection.onDidChangeWatchedFiles(s.watchedFilesChanged);
  connection.onDidChangeConfiguration(s.configurationChanged);
  connection.onShutdown(s.flush);

  documents.onDidOpen(({ document }) => s.opened(document));
  documents.onDidChangeContent(({ document }) => s.changed(document, DEBOUNCE_MS));
  documents.onDidSave(({ document }) => s.saved(document));
  documents.onDidClose(({ document }) => s.closed(document));
  connection.languages.diagnostics.on(s.pull);

  connection.onCodeAction(editor.codeAction);
  connection.onExecuteCommand(editor.executeCommand);
  connection.onHover(editor.hover);
  connection.onDocumentSymbol(editor.documentSymbol);
  connection.onCompletion(editor.completion);

  connection.onRequest(CompletenessRequest, mou.completeness);
  connection.onRequest(CheckWorkspaceRequest, (params, token) => checkWorkspace(s, params, token));
  connection.onRequest(PartnersRequest, (params, token) => partners(s, params, token));
  connection.onRequest(ExportDeadlinesRequest, (params, token) => exportDeadlines(s, params, token));
  connection.onRequest(AgreementCallRequest, mou.agreementCall);
  connection.onRequest(AgreementTypesRequest, mou.agreementTypes);
  connection.onRequest(SkeletonRequest, mou.skeleton);
  connection.onRequest(ServerInfoRequest, mou.serverInfo);
  connection.onRequest(ImportDocumentRequest, wordAndPdf.importDocument);
  connection.onRequest(ExportDocxRequest, wordAndPdf.exportDocx);

  documents.listen(connection);
  return s;
}
