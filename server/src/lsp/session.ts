/**
 * One language-server session: the open documents and their state (document-state.ts), the
 * client's capabilities and settings, the workspace folders and .mou.json files, and when each
 * document is checked and its diagnostics pulled or pushed. connection.ts wires its methods to
 * the connection; nothing here creates a connection or touches the process.
 */
import { DidChangeConfigurationNotification, DocumentDiagnosticReportKind, type Connection, type Diagnostic, type DidChangeConfigurationParams, type DidChangeWatchedFilesParams, type DocumentDiagnosticParams, type DocumentDiagnosticReport, type InitializeParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, BlockCache, reportDiagnostics, warmCache, type Analysis } from '../core';
import { hostFiles } from '../config/host';
import { ConfigLoader } from '../config/loader';
import { agreementCallsFrom } from '../protocol';
import type { LaunchInfo } from '../startup/launch-info';
import { ConfigDiagnostics } from './config-diagnostics';
import { fileTooLarge, toDiagnostic } from './diagnostic';
import { diagnosticReport } from './diagnostic-report';
import { newDocumentState, type DocumentState, type Findings } from './document-state';
import * as P from './params';
import { Memory } from './remembered';
import { planFile, type Plan } from './plan';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';

export interface SessionOptions {
  /** The private cache directory (startup/cache-dir.ts); undefined: nothing is remembered. */
  cacheDir?: string;
  /** This build (startup/cache-dir.ts buildStamp): what remembered entries are valid for. */
  identity?: string;
  /** What the loader did (startup/launch.ts); absent when the server was started directly. */
  launch?: LaunchInfo;
}

export class Session {
  readonly launch: LaunchInfo;
  /** .mou.json files, on disk or (in the browser) through the client (config/host.ts). Paths are its host's. */
  readonly loader: ConfigLoader;
  /** A person's call on whether a file is an agreement, by URI (protocol.ts AgreementCallRequest). */
  readonly agreementCalls = new Map<string, boolean>();
  /** What is remembered on disk between sessions: findings and parsed blocks (remembered.ts). */
  readonly memory: Memory;
  roots: string[] = []; // the workspace folders, as the loader's paths
  readonly states = new Map<string, DocumentState>();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly configDiagnostics: ConfigDiagnostics;
  /** Settings pushed by a client that cannot be asked for them (no workspace/configuration). */
  private globalSettings: Settings = DEFAULT_SETTINGS;
  private readonly client = { configuration: false, pulls: false, refreshes: false, workspaceFolders: false };
  /** Code-cache hand-off: a real analysis has run, and its diagnostics were reported. */
  private readonly firstDiagnostics = { analysed: false, reported: false };

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    options: SessionOptions = {},
  ) {
    this.launch = options.launch ?? {};
    this.memory = new Memory(options.cacheDir, options.identity);
    this.loader = new ConfigLoader(hostFiles(connection));
    this.configDiagnostics = new ConfigDiagnostics(connection, this.loader.files);
  }

  get openDocuments(): number { return this.states.size; }

  initialize = (params: InitializeParams): void => {
    const caps = params.capabilities;
    this.client.configuration = !!caps.workspace?.configuration;
    this.client.pulls = !!caps.textDocument?.diagnostic;
    this.client.refreshes = !!caps.workspace?.diagnostics?.refreshSupport;
    this.client.workspaceFolders = !!caps.workspace?.workspaceFolders;
    this.roots = (params.workspaceFolders ?? []).map((f) => this.loader.files.toPath(f.uri)).filter((p): p is string => !!p);
    for (const [uri, call] of agreementCallsFrom(params.initializationOptions)) this.agreementCalls.set(uri, call);
    if (!this.roots.length && params.rootUri) this.roots = [this.loader.files.toPath(params.rootUri)].filter((p): p is string => !!p);
  };

  initialized = (): void => {
    if (this.client.configuration) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'mou' });
    // Only a client with workspace folders sends their changes (asking another one throws).
    if (!this.client.workspaceFolders) return;
    this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => this.loader.files.toPath(f.uri)));
      this.roots = [...this.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => this.loader.files.toPath(f.uri)).filter((p): p is string => !!p)];
      this.recheckAll();
    });
  };

  /** A .mou.json changed (the client watches them, on disk or in the browser): re-check every open agreement at once. */
  watchedFilesChanged = (params: DidChangeWatchedFilesParams): void => {
    for (const c of params.changes) {
      const p = this.loader.files.toPath(c.uri);
      if (c.type === 3 && p) this.configDiagnostics.deleted(p, c.uri);
    }
    this.loader.invalidate();
    this.recheckAll();
  };

  configurationChanged = (change: DidChangeConfigurationParams): void => {
    this.settingsCache.clear();
    if (!this.client.configuration) this.globalSettings = normaliseSettings(change.settings?.mou);
    this.recheckAll();
  };

  settingsFor(uri: string): Promise<Settings> {
    if (!this.client.configuration) return Promise.resolve(this.globalSettings);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'mou' }).then(normaliseSettings, () => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  /** An open document's state; a closed one gets a throwaway, so nothing leaks. */
  stateOf(uri: string): DocumentState {
    let s = this.states.get(uri);
    if (!s) {
      s = newDocumentState(new BlockCache());
      if (this.documents.get(uri)) this.states.set(uri, s);
    }
    return s;
  }

  /** The block cache of a document the session keeps state for (none is made here). */
  cacheOf = (uri: string): BlockCache | undefined => this.states.get(uri)?.cache;

  /** Forget a document's findings and plan: it is checked afresh (settings, config or a call changed). */
  reset(uri: string): void {
    Object.assign(this.stateOf(uri), { findings: undefined, saved: undefined, plan: undefined });
  }

  recheckAll(): void {
    for (const doc of this.documents.all()) {
      this.reset(doc.uri);
      void this.push(doc);
    }
    this.refreshDiagnostics();
  }

  /** Ask a pulling client to pull again (only if it said it can; never let a refusal crash us). */
  refreshDiagnostics(): void {
    if (this.client.pulls && this.client.refreshes) this.connection.sendRequest('workspace/diagnostic/refresh').catch(() => undefined);
  }

  get clientPulls(): boolean { return this.client.pulls; }

  async planFor(doc: TextDocument): Promise<Plan> {
    const s = this.stateOf(doc.uri);
    const settings = await this.settingsFor(doc.uri);
    if (s.plan && s.plan.settings === settings) return s.plan;
    const { plan, problems } = await planFile(this.loader.files.toPath(doc.uri), settings, this.roots, this.loader, this.agreementCalls.get(doc.uri));
    s.plan = plan;
    this.configDiagnostics.publish(plan.chain, problems, [...this.states.values()].flatMap((st) => st.plan?.chain ?? []));
    return plan;
  }

  /** The findings for the document's current version, if they are what `needAnalysis` asks for. */
  private currentFindings(doc: TextDocument, needAnalysis: boolean): Findings | undefined {
    const f = this.stateOf(doc.uri).findings;
    return f?.version === doc.version && !(needAnalysis && f.source === 'remembered') ? f : undefined;
  }

  /**
   * Analyse the document's current version (memoised per version). Remembered findings count as
   * current unless `needAnalysis` (code actions, hover… need the analysis itself). Never throws.
   */
  check(doc: TextDocument, plan: Plan, needAnalysis = false): Diagnostic[] {
    const current = this.currentFindings(doc, needAnalysis);
    if (current) return current.diagnostics;
    const s = this.stateOf(doc.uri);
    try {
      const text = doc.getText();
      if (!plan.included || text.length > plan.settings.maxFileSize) {
        const diagnostics = plan.included ? [fileTooLarge(text.length, plan.settings.maxFileSize)] : [];
        s.findings = { source: 'skipped', version: doc.version, diagnostics };
        return diagnostics;
      }
      const analysis = analyze(text, { ...plan.options, cache: s.cache });
      const findings: Findings = { source: 'analysis', version: doc.version, analysis, options: plan.options, diagnostics: reportDiagnostics(analysis).map(toDiagnostic) };
      s.findings = findings;
      this.firstDiagnostics.analysed = true;
      if (plan.settings.rememberFindings) this.memory.rememberLater(this, doc, findings, text.length);
      return findings.diagnostics;
    } catch (e) {
      this.connection.console.error(`mou: could not check ${doc.uri}: ${(e as Error).stack ?? e}`);
      return [];
    }
  }

  async diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
    const plan = await this.planFor(doc);
    if (!this.documents.get(doc.uri)) return []; // closed while we waited for its settings
    if (plan.settings.run === 'off') return [];
    const stored = this.memory.findingsFor(this, doc, plan)?.diagnostics;
    if (stored) {
      if (plan.settings.run === 'onSave') return (this.stateOf(doc.uri).saved ??= stored);
      return stored;
    }
    // Parse new blocks in slices; if a newer version arrives meanwhile, this answer is for it instead.
    const s0 = this.stateOf(doc.uri);
    if (plan.included && s0.findings?.version !== doc.version && doc.getText().length <= plan.settings.maxFileSize) {
      // (The document object is updated in place by later edits: remember which version we started on.)
      const version = doc.version;
      this.memory.restoreBlocks(this, doc, plan);
      await warmCache(doc.getText(), s0.cache, () => doc.version !== version || !this.documents.get(doc.uri));
      if (!this.documents.get(doc.uri)) return [];
    }
    const s = this.stateOf(doc.uri);
    if (plan.settings.run === 'onSave') return (s.saved ??= this.check(doc, plan));
    return this.check(doc, plan);
  }

  /** Push diagnostics to clients that do not pull. */
  async push(doc: TextDocument): Promise<void> {
    if (this.client.pulls) return;
    const diagnostics = await this.diagnosticsFor(doc);
    const live = this.documents.get(doc.uri);
    if (!live || live.version !== doc.version) return; // a newer version is on its way
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    this.reported();
  }

  pull = async (params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> => {
    const doc = this.documents.get(P.documentUri(params));
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = await this.diagnosticsFor(doc);
    this.reported();
    const s = this.states.get(doc.uri);
    const answer = diagnosticReport(items, params.previousResultId, s?.reported);
    if (s) s.reported = answer.reported;
    return answer.report;
  };

  /** The last analysis of a document (not remembered findings). */
  analysisOf(uri: string): Analysis | undefined {
    const f = this.stateOf(uri).findings;
    return f?.source === 'analysis' ? f.analysis : undefined;
  }

  /** The analysis of an open document's current version, if it is an agreement. */
  async agreementOf(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    this.check(doc, await this.planFor(doc), true);
    const analysis = this.analysisOf(uri);
    return analysis?.isAgreement ? { doc, analysis } : undefined;
  }

  /**
   * Once the first diagnostics of a real analysis are out (not remembered ones: the analysis code
   * has not run yet then), let the loader save V8's compiled code for the next start.
   */
  reported(): void {
    if (this.firstDiagnostics.reported || !this.firstDiagnostics.analysed) return;
    this.firstDiagnostics.reported = true;
    const ready = this.launch.codeCache?.ready;
    if (ready) setImmediate(ready);
  }

  // ── Document events ───────────────────────────────────────────────────────────────────────

  opened = (doc: TextDocument): void => void this.push(doc);

  changed = (doc: TextDocument, debounceMs: number): void => {
    const s = this.stateOf(doc.uri);
    if (s.debounce) clearTimeout(s.debounce);
    if (this.client.pulls) return;
    s.debounce = setTimeout(() => {
      s.debounce = undefined;
      const latest = this.documents.get(doc.uri);
      if (!latest) return;
      void this.settingsFor(latest.uri).then((st) => {
        if (st.run === 'onType') void this.push(latest);
      });
    }, debounceMs);
  };

  saved = (doc: TextDocument): void => {
    const s = this.stateOf(doc.uri);
    s.saved = undefined;
    void this.planFor(doc).then((plan) => {
      if (plan.settings.run === 'onSave') {
        s.saved = this.check(doc, plan);
        this.refreshDiagnostics();
      }
      void this.push(doc);
    });
  };

  closed = (doc: TextDocument): void => {
    // What is waiting to be remembered of it (only of it), while it is still current.
    this.memory.flush(doc.uri);
    const s = this.states.get(doc.uri);
    if (s?.debounce) clearTimeout(s.debounce);
    this.states.delete(doc.uri);
    this.settingsCache.delete(doc.uri);
    if (!this.client.pulls) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  };

  /** Remembered findings and parsed blocks not yet written go to disk (shutdown, exit). */
  flush = (): void => this.memory.flush();
}
