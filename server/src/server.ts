#!/usr/bin/env node
/**
 * The MOU Author language server: a thin LSP adapter over the analysis core.
 * Diagnostics are served by pull (textDocument/diagnostic, LSP 3.17) and pushed
 * (textDocument/publishDiagnostics) to clients that do not pull.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  CodeActionKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, BlockCache, fileReport, fixAll, PLAYBOOKS, ruleDocUrl, skeleton, type Analysis, type Finding } from './core';
import { codeActions, completions, documentSymbols, FIX_ALL_KIND, hover, workspaceEdit } from './lsp/features';

export type RunMode = 'onType' | 'onSave' | 'off';

export interface Settings {
  run: RunMode;
}

export const DEFAULT_SETTINGS: Settings = { run: 'onType' };
const DEBOUNCE_MS = 200;
/** Server command behind "MOU: Insert all missing sections": arguments [uri]. */
export const FIX_ALL_COMMAND = 'mou.server.insertAllMissingSections';

if (!process.argv.some((a) => /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stderr.write('mou-language-server: start it with --stdio (or --node-ipc) from an LSP client, e.g. `mou-language-server --stdio`.\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

interface DocState {
  cache: BlockCache;
  /** Latest analysis and the version it is for. */
  current?: { version: number; analysis: Analysis; diagnostics: Diagnostic[] };
  /** What was last checked on open or save: shown while `mou.run` is `onSave`. */
  saved?: Diagnostic[];
  timer?: NodeJS.Timeout;
}

const state = new Map<string, DocState>();
const settingsCache = new Map<string, Promise<Settings>>();
let globalSettings: Settings = DEFAULT_SETTINGS;
let hasConfigurationCapability = false;
let clientPulls = false;
let clientRefreshes = false;

/** Ask a pulling client to pull again (only if it said it can; never let a refusal crash us). */
function refreshDiagnostics(): void {
  if (clientPulls && clientRefreshes) connection.sendRequest('workspace/diagnostic/refresh').catch(() => undefined);
}

process.on('unhandledRejection', (reason) => {
  connection.console.error(`mou: unexpected error: ${(reason as Error)?.stack ?? reason}`);
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  clientPulls = !!caps.textDocument?.diagnostic;
  clientRefreshes = !!caps.workspace?.diagnostics?.refreshSupport;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full, save: { includeText: false } },
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      hoverProvider: true,
      documentSymbolProvider: { label: 'MOU sections' },
      completionProvider: { triggerCharacters: ['#', ' '] },
    },
    serverInfo: { name: 'mou-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mou' });
  }
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  if (!hasConfigurationCapability) globalSettings = normaliseSettings(change.settings?.mou);
  for (const doc of documents.all()) {
    const s = stateOf(doc.uri);
    s.current = undefined;
    s.saved = undefined;
    void pushFor(doc, 'config');
  }
  refreshDiagnostics();
});

function normaliseSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Settings>;
  return { run: r.run === 'onSave' || r.run === 'off' ? r.run : 'onType' };
}

function settingsFor(uri: string): Promise<Settings> {
  if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'mou' }).then(normaliseSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}

function stateOf(uri: string): DocState {
  let s = state.get(uri);
  if (!s) state.set(uri, (s = { cache: new BlockCache() }));
  return s;
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostics(a: Analysis): Diagnostic[] {
  return a.findings.map((f) => ({
    range: a.model.lines.range(f.span),
    severity: SEVERITY[f.severity],
    source: 'mou',
    code: f.rule,
    codeDescription: { href: ruleDocUrl(f.rule) },
    message: f.message,
    data: { rule: f.rule, ...(f.section ? { section: f.section } : {}), ...(f.data ?? {}) },
  }));
}

/** Analyse the document's current version (memoised per version). Never throws. */
function check(doc: TextDocument): Diagnostic[] {
  const s = stateOf(doc.uri);
  if (s.current?.version === doc.version) return s.current.diagnostics;
  try {
    const analysis = analyze(doc.getText(), { cache: s.cache });
    const diagnostics = toDiagnostics(analysis);
    s.current = { version: doc.version, analysis, diagnostics };
    return diagnostics;
  } catch (e) {
    connection.console.error(`mou: could not check ${doc.uri}: ${(e as Error).stack ?? e}`);
    return [];
  }
}

async function diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
  const { run } = await settingsFor(doc.uri);
  if (run === 'off') return [];
  const s = stateOf(doc.uri);
  if (run === 'onSave') {
    if (!s.saved) s.saved = check(doc);
    return s.saved;
  }
  return check(doc);
}

/** Push diagnostics to clients that do not pull. */
async function pushFor(doc: TextDocument, _why: 'open' | 'change' | 'save' | 'config'): Promise<void> {
  if (clientPulls) return;
  const diagnostics = await diagnosticsFor(doc);
  const live = documents.get(doc.uri);
  if (!live || live.version !== doc.version) return; // a newer version is on its way
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

documents.onDidOpen(({ document }) => {
  void pushFor(document, 'open');
});

documents.onDidChangeContent(({ document }) => {
  const s = stateOf(document.uri);
  if (s.timer) clearTimeout(s.timer);
  if (clientPulls) return;
  s.timer = setTimeout(() => {
    s.timer = undefined;
    const latest = documents.get(document.uri);
    if (!latest) return;
    void settingsFor(latest.uri).then((st) => {
      if (st.run === 'onType') void pushFor(latest, 'change');
    });
  }, DEBOUNCE_MS);
});

documents.onDidSave(({ document }) => {
  const s = stateOf(document.uri);
  s.saved = undefined;
  void settingsFor(document.uri).then((st) => {
    if (st.run === 'onSave') {
      s.saved = check(document);
      refreshDiagnostics();
    }
    void pushFor(document, 'save');
  });
});

documents.onDidClose(({ document }) => {
  const s = state.get(document.uri);
  if (s?.timer) clearTimeout(s.timer);
  state.delete(document.uri);
  settingsCache.delete(document.uri);
  if (!clientPulls) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(doc) };
});

/** The analysis of an open document's current version, if it is an agreement. */
function agreementOf(uri: string): { doc: TextDocument; analysis: Analysis } | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  check(doc);
  const analysis = stateOf(uri).current?.analysis;
  return analysis?.isAgreement ? { doc, analysis } : undefined;
}

connection.onCodeAction((params) => {
  const found = agreementOf(params.textDocument.uri);
  if (!found) return [];
  return codeActions(params.textDocument.uri, found.doc.version, found.analysis, params.context.diagnostics, params.context.only);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_COMMAND) return;
  const uri = String(params.arguments?.[0] ?? '');
  const found = agreementOf(uri);
  if (!found) return { applied: false, inserted: 0 };
  const edits = fixAll(found.analysis);
  if (!edits.length) return { applied: true, inserted: 0 };
  const result = await connection.workspace.applyEdit({ label: 'Insert all missing sections', edit: workspaceEdit(uri, found.doc.version, found.analysis, edits) });
  return { applied: result.applied, inserted: edits.length };
});

connection.onHover((params) => {
  const found = agreementOf(params.textDocument.uri);
  return found ? hover(found.analysis, params.position) : null;
});

connection.onDocumentSymbol((params) => {
  const found = agreementOf(params.textDocument.uri);
  return found ? documentSymbols(found.analysis) : [];
});

connection.onCompletion((params) => {
  const found = agreementOf(params.textDocument.uri);
  if (!found) return [];
  const line = found.doc.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return completions(found.analysis, line, params.position);
});

/** Agreement types for "MOU: New Agreement…". */
connection.onRequest('mou/agreementTypes', () => PLAYBOOKS.map((p) => ({ id: p.id, title: p.title, description: p.description })));

/** A new agreement of a type, with the parties filled in, as a snippet to tab through. */
connection.onRequest('mou/skeleton', (params: { type?: string; school?: string; partner?: string; snippet?: boolean }) =>
  skeleton({ type: params?.type, school: params?.school, partner: params?.partner, snippet: params?.snippet !== false }),
);

/** The completeness report of one open document: the same JSON as `mou-check --format json`. */
connection.onRequest('mou/completeness', (params: { uri: string }) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  check(doc);
  const a = stateOf(doc.uri).current?.analysis;
  return a ? fileReport(params.uri, a) : null;
});

documents.listen(connection);
connection.listen();
