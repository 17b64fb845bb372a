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
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import {
  analyze,
  BlockCache,
  fileReport,
  fixAll,
  isIncluded,
  optionsFromConfig,
  PLAYBOOKS,
  ruleDocUrl,
  skeleton,
  type Analysis,
  type AnalyzeOptions,
  type FileReport,
  type Finding,
  warmCache,
  type SeveritySetting,
  restoreFacts,
  storeFacts,
  type StoredFacts,
} from './core';
import { ConfigLoader, positionIn, type ConfigProblem } from './config/loader';
import { agreementFilesUnder } from './files';
import { readWorkspaceFile, registerDocumentRequests } from './documents/lsp';
import { buildStamp, cacheDir } from './cache-dir';
import { FindingsStore } from './findings-store';
import { builtinsLoadedLate } from './regexp-tier';
import { slowStartEnv } from './node-options';
import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './lsp/settings';
import { codeActions, completions, documentSymbols, FIX_ALL_KIND, hover, workspaceEdit } from './lsp/features';
import * as P from './lsp/params';
import { AgreementCallRequest, agreementCallsFrom } from './protocol';

const DEBOUNCE_MS = 200;
/** Server command behind "MOU: Insert all missing sections": arguments [uri]. */
export const FIX_ALL_COMMAND = 'mou.server.insertAllMissingSections';

if (!process.argv.some((a) => /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stderr.write('mou-language-server: start it with --stdio (or --node-ipc) from an LSP client, e.g. `mou-language-server --stdio`.\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  // Changes are applied one at a time so each ranged change can tell the document's block cache
  // where the text changed (the next analysis then need not compare the old and new texts).
  update(doc, changes, version) {
    const cache = state.get(doc.uri)?.cache;
    for (const change of changes) {
      if (cache) {
        if ('range' in change) {
          const [a, b] = [doc.offsetAt(change.range.start), doc.offsetAt(change.range.end)];
          cache.edited(Math.min(a, b), Math.max(a, b), doc.getText().length);
        }
        else cache.replaced();
      }
      TextDocument.update(doc, [change], version);
    }
    return doc;
  },
});

interface DocState {
  cache: BlockCache;
  /**
   * Latest findings and the version they are for: from an analysis (with the options it used), or
   * `stored` (remembered from an earlier session) until the background analysis replaces them.
   */
  current?: { version: number; analysis?: Analysis; options?: AnalyzeOptions; diagnostics: Diagnostic[]; stored?: Remembered };
  /** Remembered findings were looked for (only on the first check after opening). */
  lookedUp?: boolean;
  /** Remembered parsed blocks were looked for (restoreParsedBlocks). */
  restored?: boolean;
  /** How this document is checked now: settings + .mou.json. */
  plan?: Plan;
  /** What was last checked on open or save: shown while `mou.run` is `onSave`. */
  saved?: Diagnostic[];
  timer?: NodeJS.Timeout;
}

const state = new Map<string, DocState>();
const settingsCache = new Map<string, Promise<Settings>>();
let globalSettings: Settings = DEFAULT_SETTINGS;
let hasConfigurationCapability = false;
let workspaceRoots: string[] = [];
const loader = new ConfigLoader();
/**
 * Config files (paths, not URIs: a client may spell a file's URI differently) we have published
 * problems for, to clear them when fixed, deleted, or no longer used by any open document.
 */
const configDiagnostics = new Set<string>();
let clientPulls = false;
let clientRefreshes = false;
let clientHasWorkspaceFolders = false;
/** A person's call on whether a file is an agreement, by URI (protocol.ts AgreementCallRequest). */
const agreementCalls = new Map<string, boolean>();
/** The options to check the document at `uri` with: a person's call, if any, overrules the detector. */
function withCall(options: AnalyzeOptions, uri: string): AnalyzeOptions {
  const call = agreementCalls.get(uri);
  return call === undefined ? options : { ...options, agreement: call };
}

/**
 * Findings remembered from earlier sessions (findings-store.ts), keyed by this build, the options
 * and the text: a reopened agreement shows them before it is parsed.
 */
const stamp = buildStamp(__filename);
const identity = stamp && `${__filename}-${stamp}`;
const remembered = new FindingsStore<Remembered>(cacheDir(), identity, { valid: isRemembered });

/** What is remembered of a document: its diagnostics and its completeness report (the client asks for both on opening). */
interface Remembered {
  diagnostics: Diagnostic[];
  /** With an empty path: the same text may be another file's. */
  report: FileReport;
}

function isRemembered(v: unknown): v is Remembered {
  const r = v as Partial<Remembered> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.diagnostics) && !!r.report && typeof r.report === 'object' && typeof r.report.isAgreement === 'boolean';
}
let rememberedShown = 0;

/**
 * What the server parsed, remembered per document the same way (facts.ts storeFacts: each block's
 * facts, by a hash of the block's text): an agreement changed since it was last checked (pulled,
 * synced, edited elsewhere) is parsed again only where it changed. Facts depend only on the
 * block's text and this build, so restored ones are what parsing would give. Written only when a
 * document is closed and when the server stops (a long agreement's record is megabytes: not on
 * every pause in typing); the 20 most recently used are kept.
 */
const parsedBlocks = new FindingsStore<StoredBlocks>(cacheDir(), identity, { valid: isStoredBlocks, folder: 'blocks', limit: 20, delayMs: Infinity });
/** A document's record: by its URI (the blocks in it are found by their hashes). */
const blocksKey = (uri: string): string => parsedBlocks.key(uri, 'blocks');
/** Documents longer than this (characters) keep no parsed blocks: their record would be too big to be worth reading. */
const MAX_REMEMBERED_BLOCKS = 2_000_000;

interface StoredBlocks {
  /** [hash of a block's text, its facts], in document order. */
  blocks: Array<[string, StoredFacts]>;
}

function isStoredBlocks(v: unknown): v is StoredBlocks {
  const r = v as Partial<StoredBlocks> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.blocks) && r.blocks.every((b) => Array.isArray(b) && typeof b[0] === 'string');
}

const blockHash = (text: string): string => createHash('sha256').update(text).digest('base64');
let blocksRestored = 0;

/**
 * Once per opened document, before it is first parsed: the facts of its blocks that the server
 * parsed in an earlier session (any block whose text is unchanged), put in its cache.
 */
function restoreParsedBlocks(doc: TextDocument, plan: Plan): void {
  const s = stateOf(doc.uri);
  if (s.restored || !plan.settings.rememberFindings || !parsedBlocks.enabled) return;
  s.restored = true;
  const text = doc.getText();
  if (text.length > MAX_REMEMBERED_BLOCKS) return;
  const stored = parsedBlocks.get(blocksKey(doc.uri));
  if (!stored) return;
  const byHash = new Map(stored.blocks);
  for (const block of s.cache.blocks(text)) {
    if (s.cache.has(block.text)) continue;
    const kept = byHash.get(blockHash(block.text));
    const facts = kept && restoreFacts(kept);
    if (facts) {
      s.cache.seed(block.text, facts);
      blocksRestored++;
    }
  }
}

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
  clientHasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  for (const [uri, call] of agreementCallsFrom(params.initializationOptions)) agreementCalls.set(uri, call);
  if (!workspaceRoots.length && params.rootUri) workspaceRoots = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
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
    serverInfo: { name: 'mou-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mou' });
  }
  // Only a client with workspace folders sends their changes (asking another one throws).
  if (!clientHasWorkspaceFolders) return;
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
    workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
    recheckAll();
  });
});

/** A .mou.json changed on disk (the client watches them): re-check every open agreement at once. */
connection.onDidChangeWatchedFiles((params) => {
  for (const c of params.changes) {
    const p = uriToPath(c.uri);
    if (p) loader.invalidate(p);
    // A deleted config file takes its problems with it.
    if (c.type === 3 && p && configDiagnostics.delete(p)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
  }
  loader.invalidate();
  recheckAll();
});

function recheckAll(): void {
  for (const doc of documents.all()) {
    const s = stateOf(doc.uri);
    s.current = undefined;
    s.saved = undefined;
    s.plan = undefined;
    void pushFor(doc, 'config');
  }
  refreshDiagnostics();
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  if (!hasConfigurationCapability) globalSettings = normaliseSettings(change.settings?.mou);
  recheckAll();
});

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
  if (!s) {
    s = { cache: new BlockCache() };
    // Only open documents keep state (a closed one gets a throwaway, so nothing leaks).
    if (documents.get(uri)) state.set(uri, s);
  }
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

/** How one document is checked: its settings, its .mou.json, and whether it is in scope at all. */
interface Plan {
  settings: Settings;
  /** The .mou.json files in force, nearest first (their problems are shown while one uses them). */
  chain: string[];
  options: AnalyzeOptions;
  included: boolean;
}

async function planFor(doc: TextDocument): Promise<Plan> {
  const s = stateOf(doc.uri);
  const settings = await settingsFor(doc.uri);
  if (s.plan && s.plan.settings === settings) return s.plan;
  const file = uriToPath(doc.uri);
  const root = file ? workspaceRoots.filter((r) => file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0] : undefined;
  const resolved = file ? loader.forDocument(file, root) : { chain: [] as string[], problems: [] as ConfigProblem[] };
  const base: AnalyzeOptions = { playbook: settings.playbook, severity: settings.severity as Record<string, SeveritySetting> };
  const options = withCall(optionsFromConfig(resolved.config, base), doc.uri);
  let included = true;
  if (file && resolved.config && resolved.file) included = isIncluded(path.relative(path.dirname(resolved.file), file), resolved.config);
  if (file && root && included && (settings.files.length || settings.ignore.length)) included = isIncluded(path.relative(root, file), settings);
  const plan = { settings, options, included, chain: resolved.chain };
  s.plan = plan;
  publishConfigProblems(resolved.chain, resolved.problems);
  return plan;
}

/**
 * Problems in .mou.json files become diagnostics on those files (pushed: they are not markdown).
 * A file no open document uses any more (dropped from an `extends` chain, say) loses its problems.
 */
function publishConfigProblems(chain: string[], problems: ConfigProblem[]): void {
  const byFile = new Map<string, Diagnostic[]>();
  const used = new Set(chain);
  for (const s of state.values()) for (const f of s.plan?.chain ?? []) used.add(f);
  for (const f of configDiagnostics) if (!used.has(f)) byFile.set(f, []);
  for (const f of chain) byFile.set(f, []);
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    list.push({
      range: { start: positionIn(p.text, p.offset), end: positionIn(p.text, p.offset + p.length) },
      severity: DiagnosticSeverity.Error,
      source: 'mou',
      code: 'config',
      message: `${p.message} MOU Author keeps using the last valid configuration until this is fixed.`,
    });
    byFile.set(p.file, list);
  }
  for (const [file, diagnostics] of byFile) {
    if (!diagnostics.length && !configDiagnostics.has(file)) continue;
    if (diagnostics.length) configDiagnostics.add(file);
    else configDiagnostics.delete(file);
    void connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics });
  }
}

/**
 * Analyse the document's current version (memoised per version). Remembered findings count as
 * current unless `needAnalysis` (code actions, hover… need the analysis itself). Never throws.
 */
function check(doc: TextDocument, plan: Plan, needAnalysis = false): Diagnostic[] {
  const s = stateOf(doc.uri);
  if (s.current?.version === doc.version && !(needAnalysis && s.current.stored)) return s.current.diagnostics;
  try {
    if (!plan.included) {
      s.current = { version: doc.version, diagnostics: [] };
      return [];
    }
    const text = doc.getText();
    if (text.length > plan.settings.maxFileSize) {
      const diagnostics: Diagnostic[] = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Information,
          source: 'mou',
          code: 'file-too-large',
          message: `MOU Author skipped this file: it has ${text.length.toLocaleString('en-US')} characters, more than the mou.maxFileSize setting (${plan.settings.maxFileSize.toLocaleString('en-US')}). Raise the setting to check it.`,
        },
      ];
      s.current = { version: doc.version, diagnostics };
      return diagnostics;
    }
    const analysis = analyze(text, { ...plan.options, cache: s.cache });
    const diagnostics = toDiagnostics(analysis);
    const current = (s.current = { version: doc.version, analysis, options: plan.options, diagnostics });
    analysedOnce = true;
    if (plan.settings.rememberFindings) {
      // Hashed and written when the server is idle, and only if still current then.
      // (`doc` is updated in place by later edits; its state goes when it is closed, after a flush.)
      const stillCurrent = () => state.get(doc.uri)?.current === current && doc.version === current.version;
      remembered.remember(doc.uri, () => {
        if (!stillCurrent()) return undefined;
        return { key: remembered.key(doc.getText(), current.options), value: { diagnostics: current.diagnostics, report: fileReport('', current.analysis) } };
      });
      if (text.length <= MAX_REMEMBERED_BLOCKS) {
        parsedBlocks.remember(doc.uri, () => {
          if (!stillCurrent()) return undefined;
          const model = current.analysis.model;
          return { key: blocksKey(doc.uri), value: { blocks: model.blocks.map((b, i): [string, StoredFacts] => [blockHash(b.text), storeFacts(model.facts[i])]) } };
        });
      }
    }
    return diagnostics;
  } catch (e) {
    connection.console.error(`mou: could not check ${doc.uri}: ${(e as Error).stack ?? e}`);
    return [];
  }
}

async function diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
  const plan = await planFor(doc);
  if (!documents.get(doc.uri)) return []; // closed while we waited for its settings
  if (plan.settings.run === 'off') return [];
  const stored = rememberedFor(doc, plan)?.diagnostics;
  if (stored) {
    const s = stateOf(doc.uri);
    if (plan.settings.run === 'onSave') return (s.saved ??= stored);
    return stored;
  }
  // Parse new blocks in slices; if a newer version arrives meanwhile, this answer is for it instead.
  const s0 = stateOf(doc.uri);
  if (plan.included && s0.current?.version !== doc.version && doc.getText().length <= plan.settings.maxFileSize) {
    // (The document object is updated in place by later edits: remember which version we started on.)
    const version = doc.version;
    restoreParsedBlocks(doc, plan);
    await warmCache(doc.getText(), s0.cache, () => doc.version !== version || !documents.get(doc.uri));
    if (!documents.get(doc.uri)) return [];
  }
  const s = stateOf(doc.uri);
  if (plan.settings.run === 'onSave') {
    if (!s.saved) s.saved = check(doc, plan);
    return s.saved;
  }
  return check(doc, plan);
}

/** Push diagnostics to clients that do not pull. */
async function pushFor(doc: TextDocument, _why: 'open' | 'change' | 'save' | 'config'): Promise<void> {
  if (clientPulls) return;
  const diagnostics = await diagnosticsFor(doc);
  const live = documents.get(doc.uri);
  if (!live || live.version !== doc.version) return; // a newer version is on its way
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  afterFirstDiagnostics();
}

/**
 * On the first check of a just-opened document: the findings remembered for exactly this text,
 * build and options, if any. They are answered at once, and the document is analysed right after
 * in the background (quick fixes, hover and the next keystroke need the analysis); if that ever
 * disagrees, the client is told to fetch the new findings.
 */
function rememberedFor(doc: TextDocument, plan: Plan): Remembered | undefined {
  const s = stateOf(doc.uri);
  if (!plan.settings.rememberFindings) {
    if (!forgotten) {
      // The user turned remembering off: keep nothing on disk.
      remembered.clear();
      parsedBlocks.clear();
    }
    forgotten = true;
    return undefined;
  }
  if (s.lookedUp || s.current || !plan.included || !remembered.enabled) return undefined;
  s.lookedUp = true;
  const text = doc.getText();
  if (text.length > plan.settings.maxFileSize) return undefined;
  const stored = remembered.get(remembered.key(text, plan.options));
  if (!stored) return undefined;
  rememberedShown++;
  const version = doc.version;
  s.current = { version, diagnostics: stored.diagnostics, stored };
  setImmediate(() => void analyseRemembered(doc, version, stored));
  return stored;
}
let forgotten = false;

async function analyseRemembered(doc: TextDocument, version: number, stored: Remembered): Promise<void> {
  const stale = () => doc.version !== version || !documents.get(doc.uri) || !stateOf(doc.uri).current?.stored;
  // vscode-jsonrpc writes replies on a later turn (setImmediate): let the remembered answer go out
  // before this work, which may not yield for a while once the blocks are restored.
  await new Promise<void>((resolve) => setImmediate(resolve));
  restoreParsedBlocks(doc, await planFor(doc));
  await warmCache(doc.getText(), stateOf(doc.uri).cache, stale);
  if (stale()) return; // edited, closed or re-checked meanwhile: that check analysed it
  const diagnostics = check(doc, await planFor(doc), true);
  afterFirstDiagnostics();
  const analysis = stateOf(doc.uri).current?.analysis;
  const same = JSON.stringify(diagnostics) === JSON.stringify(stored.diagnostics) && (!analysis || JSON.stringify(fileReport('', analysis)) === JSON.stringify(stored.report));
  if (doc.version === version && !same) {
    connection.console.warn(`mou: remembered findings for ${doc.uri} differed from a fresh analysis; showing the fresh ones`);
    if (clientPulls) refreshDiagnostics();
    else void pushFor(doc, 'config');
  }
}

let warmedUp = false;
let analysedOnce = false;

/**
 * Once the first diagnostics of a real analysis are out (not remembered ones: the analysis code
 * has not run yet then), let the loader (launch.ts) save V8's compiled code for the next start.
 */
function afterFirstDiagnostics(): void {
  if (warmedUp || !analysedOnce) return;
  warmedUp = true;
  setImmediate(() => (globalThis as { __mouCodeCacheReady?: () => void }).__mouCodeCacheReady?.());
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
  void planFor(document).then((plan) => {
    if (plan.settings.run === 'onSave') {
      s.saved = check(document, plan);
      refreshDiagnostics();
    }
    void pushFor(document, 'save');
  });
});

documents.onDidClose(({ document }) => {
  // What is waiting to be remembered of it (only of it), while it is still current.
  remembered.flush(document.uri);
  parsedBlocks.flush(document.uri);
  const s = state.get(document.uri);
  if (s?.timer) clearTimeout(s.timer);
  state.delete(document.uri);
  settingsCache.delete(document.uri);
  if (!clientPulls) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const doc = documents.get(P.documentUri(params));
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const items = await diagnosticsFor(doc);
  afterFirstDiagnostics();
  return { kind: DocumentDiagnosticReportKind.Full, items };
});

/** The analysis of an open document's current version, if it is an agreement. */
async function agreementOf(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  check(doc, await planFor(doc), true);
  const analysis = stateOf(uri).current?.analysis;
  return analysis?.isAgreement ? { doc, analysis } : undefined;
}

connection.onCodeAction(async (params) => {
  const uri = P.documentUri(params);
  const context = P.codeActionContext(params);
  const range = P.range(params);
  const found = await agreementOf(uri);
  if (!found) return [];
  return codeActions(uri, found.doc.version, found.analysis, context.diagnostics as Diagnostic[], context.only, range);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_COMMAND) return;
  const uri = String(params.arguments?.[0] ?? '');
  const found = await agreementOf(uri);
  if (!found) return { applied: false, inserted: 0 };
  const edits = fixAll(found.analysis);
  if (!edits.length) return { applied: true, inserted: 0 };
  const result = await connection.workspace.applyEdit({ label: 'Insert all missing sections', edit: workspaceEdit(uri, found.doc.version, found.analysis, edits) });
  return { applied: result.applied, inserted: edits.length };
});

connection.onHover(async (params) => {
  const uri = P.documentUri(params);
  const position = P.position(params);
  const found = await agreementOf(uri);
  return found ? hover(found.analysis, position) : null;
});

connection.onDocumentSymbol(async (params) => {
  const found = await agreementOf(P.documentUri(params));
  return found ? documentSymbols(found.analysis) : [];
});

connection.onCompletion(async (params) => {
  const uri = P.documentUri(params);
  const position = P.position(params);
  const found = await agreementOf(uri);
  if (!found) return [];
  const line = found.doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return completions(found.analysis, line, position);
});

/** Which process serves (for crash-recovery tests and support). */
connection.onRequest('mou/serverInfo', () => ({
  pid: process.pid,
  /** The Node options it was started with (node-options.ts, when the client passed them). */
  execArgv: process.execArgv,
  version: '0.1.0',
  documents: state.size,
  // How many documents were first shown with remembered findings (see findings-store.ts).
  rememberedShown,
  // How many blocks were not parsed because their facts were remembered (restoreParsedBlocks).
  blocksRestored,
  // How this start used V8's code cache (see launch.ts); absent when the bundle was started directly.
  codeCache: (globalThis as { __mouCodeCache?: { state: string } }).__mouCodeCache?.state,
  // Built-in modules Node compiled from source because a V8 flag had changed (regexp-tier.ts).
  builtinsLoadedLate: builtinsLoadedLate(),
  // Variables it was started with that only make Node's boot slower (node-options.ts): none expected.
  slowStartEnv: slowStartEnv(),
}));

/**
 * Check every agreement in the given folders (the "Check All Agreements in Workspace" command):
 * markdown files matched by the settings' and .mou.json's files/ignore, skipping .gitignored ones.
 * Reports progress with `mou/checkWorkspace/progress` notifications and stops when cancelled.
 */
connection.onRequest('mou/checkWorkspace', async (params: unknown, token) => {
  const folders = P.stringList(params, 'folders');
  const results: FileReport[] = [];
  const files: string[] = [];
  for (const folder of folders) {
    const root = uriToPath(folder);
    if (root) files.push(...agreementFilesUnder(root).map((f) => path.join(root, f)));
  }
  let done = 0;
  const progress = async () => {
    if (done % 10 === 0 || done === files.length) {
      void connection.sendNotification('mou/checkWorkspace/progress', { done, total: files.length });
      await new Promise((r) => setImmediate(r)); // let other requests (and cancellation) through
    }
  };
  for (const file of files) {
    if (token?.isCancellationRequested) break;
    const uri = pathToFileURL(file).toString();
    const open = documents.get(uri);
    const settings = await settingsFor(uri);
    const root = workspaceRoots.filter((r) => file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
    const resolved = loader.forDocument(file, root);
    let included = !resolved.config || !resolved.file || isIncluded(path.relative(path.dirname(resolved.file), file), resolved.config);
    if (included && root && (settings.files.length || settings.ignore.length)) included = isIncluded(path.relative(root, file), settings);
    // `checked` counts files looked at, including those the files/ignore settings leave out.
    done++;
    if (!included) {
      await progress();
      continue;
    }
    try {
      // Bounded: a UTF-16 code unit is at most 3 bytes of UTF-8, so a file within maxFileSize characters is read whole.
      // Word and PDF files are read as markdown (documents/lsp.ts); their findings name places in the original.
      const read = open ? { text: open.getText(), finish: (r: FileReport) => r } : await readWorkspaceFile(file, settings.maxFileSize);
      const text = read.text;
      if (text.length > settings.maxFileSize) {
        await progress();
        continue;
      }
      const options = withCall(optionsFromConfig(resolved.config, { playbook: settings.playbook, severity: settings.severity as Record<string, SeveritySetting> }), uri);
      const report = read.finish(fileReport(uri, analyze(open && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options)));
      if (report.isAgreement) results.push(report);
    } catch (e) {
      connection.console.warn(`mou: could not check ${file}: ${(e as Error).message}`);
    }
    await progress();
  }
  return { files: results, checked: done, total: files.length, cancelled: !!token?.isCancellationRequested };
});

/**
 * A person says whether a file is an agreement (or, with null, lets the checker decide again):
 * re-check it now, and answer once its new diagnostics are pushed or the client asked to pull.
 */
// Word and PDF: import and export requests (documents/lsp.ts).
registerDocumentRequests(connection, async (uri) => (await settingsFor(uri)).maxFileSize);

connection.onRequest(AgreementCallRequest, async ({ uri, agreement }) => {
  if (agreement === true || agreement === false) agreementCalls.set(uri, agreement);
  else agreementCalls.delete(uri);
  const doc = documents.get(uri);
  if (!doc) return { isAgreement: false };
  const s = stateOf(uri);
  s.current = undefined;
  s.saved = undefined;
  s.plan = undefined;
  if (clientPulls) refreshDiagnostics();
  else await pushFor(doc, 'config');
  check(doc, await planFor(doc), true);
  const a = stateOf(uri).current?.analysis;
  return { isAgreement: !!a?.isAgreement, ...(a ? { agreementReason: a.agreementReason } : {}) };
});

/** Agreement types for "MOU: New Agreement…". */
connection.onRequest('mou/agreementTypes', () => PLAYBOOKS.map((p) => ({ id: p.id, title: p.title, description: p.description })));

/** A new agreement of a type, with the parties filled in, as a snippet to tab through. */
connection.onRequest('mou/skeleton', (params: unknown) =>
  skeleton({
    type: P.stringField(params, 'type', false),
    school: P.stringField(params, 'school', false),
    partner: P.stringField(params, 'partner', false),
    snippet: (params as { snippet?: unknown } | undefined)?.snippet !== false,
  }),
);

/** The completeness report of one open document: the same JSON as `mou-check --format json`. */
connection.onRequest('mou/completeness', async (raw: unknown) => {
  const params = { uri: P.stringField(raw, 'uri', true)! };
  const doc = documents.get(params.uri);
  if (!doc) return null;
  const plan = await planFor(doc);
  // A just-reopened document: the report remembered with its findings (analysed right after).
  const s = stateOf(doc.uri);
  const stored = (s.current?.version === doc.version ? s.current.stored : undefined) ?? rememberedFor(doc, plan);
  if (stored) return { ...stored.report, path: params.uri };
  check(doc, plan, true);
  const a = stateOf(doc.uri).current?.analysis;
  return a ? fileReport(params.uri, a) : { path: params.uri, isAgreement: false, diagnostics: [] };
});

// Remembered findings not yet written go to disk before the server exits.
const flushMemory = (): void => {
  remembered.flush();
  parsedBlocks.flush();
};
connection.onShutdown(flushMemory);
process.on('exit', flushMemory);

documents.listen(connection);
connection.listen();
