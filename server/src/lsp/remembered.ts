/**
 * What the session remembers on disk between sessions (startup/remembered-findings.ts,
 * startup/parsed-blocks.ts), and when: findings answered at once for a just-reopened document
 * (then checked against a fresh analysis), its unchanged blocks restored before its first parse,
 * and what an analysis found written when the server is idle, or on close and shutdown.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileReport, warmCache, type Analysis } from '../core';
import { ParsedBlocks } from '../startup/parsed-blocks';
import { RememberedFindings, type Remembered } from '../startup/remembered-findings';
import type { Findings } from './document-state';
import type { Plan } from './plan';
import type { DocumentState } from './document-state';

/** What Memory uses of the session (session.ts), named here so the two do not import each other. */
export interface Session {
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly states: ReadonlyMap<string, DocumentState>;
  readonly connection: { console: { warn(message: string): void } };
  readonly clientPulls: boolean;
  stateOf(uri: string): DocumentState;
  planFor(doc: TextDocument): Promise<Plan>;
  check(doc: TextDocument, plan: Plan, needAnalysis?: boolean): unknown;
  analysisOf(uri: string): Analysis | undefined;
  reported(): void;
  refreshDiagnostics(): void;
  push(doc: TextDocument): Promise<void>;
}

export class Memory {
  readonly findings: RememberedFindings;
  readonly blocks: ParsedBlocks;
  /** The user turned remembering off, and what was remembered was deleted. */
  private forgotten = false;

  /** `cacheDir` or `identity` (this build) undefined: nothing is remembered. */
  constructor(cacheDir: string | undefined, identity: string | undefined) {
    this.findings = new RememberedFindings(cacheDir, identity);
    this.blocks = new ParsedBlocks(cacheDir, identity);
  }

  /**
   * Hashed and written when the server is idle, and only if still current then. (`doc` is updated
   * in place by later edits; its state goes when it is closed, after a flush.)
   */
  rememberLater(session: Session, doc: TextDocument, findings: Findings & { source: 'analysis' }, length: number): void {
    const stillCurrent = () => session.states.get(doc.uri)?.findings === findings && doc.version === findings.version;
    this.findings.remember(doc.uri, () => (stillCurrent() ? { text: doc.getText(), options: findings.options, value: { diagnostics: findings.diagnostics, report: fileReport('', findings.analysis) } } : undefined));
    this.blocks.remember(doc.uri, length, () => (stillCurrent() ? findings.analysis.model : undefined));
  }

  /** Once per opened document, before it is first parsed: the facts of its unchanged blocks from an earlier session. */
  restoreBlocks(session: Session, doc: TextDocument, plan: Plan): void {
    const s = session.stateOf(doc.uri);
    if (s.memory.blocksRestored || !plan.settings.rememberFindings || !this.blocks.enabled) return;
    s.memory.blocksRestored = true;
    this.blocks.restore(doc.uri, doc.getText(), s.cache);
  }

  /**
   * On the first check of a just-opened document: the findings remembered for exactly this text,
   * build and options, if any. They are answered at once, and the document is analysed right after
   * in the background (quick fixes, hover and the next keystroke need the analysis); if that ever
   * disagrees, the client is told to fetch the new findings.
   */
  findingsFor(session: Session, doc: TextDocument, plan: Plan): Remembered | undefined {
    const s = session.stateOf(doc.uri);
    if (!plan.settings.rememberFindings) {
      if (!this.forgotten) {
        // The user turned remembering off: keep nothing on disk.
        this.findings.clear();
        this.blocks.clear();
      }
      this.forgotten = true;
      return undefined;
    }
    if (s.memory.findingsLookedUp || s.findings || !plan.included || !this.findings.enabled) return undefined;
    s.memory.findingsLookedUp = true;
    const text = doc.getText();
    if (text.length > plan.settings.maxFileSize) return undefined;
    const stored = this.findings.lookUp(text, plan.options);
    if (!stored) return undefined;
    const version = doc.version;
    s.findings = { source: 'remembered', version, diagnostics: stored.diagnostics, remembered: stored };
    setImmediate(() => void this.analyseRemembered(session, doc, version, stored));
    return stored;
  }

  private async analyseRemembered(session: Session, doc: TextDocument, version: number, stored: Remembered): Promise<void> {
    const stale = () => doc.version !== version || !session.documents.get(doc.uri) || session.stateOf(doc.uri).findings?.source !== 'remembered';
    // vscode-jsonrpc writes replies on a later turn (setImmediate): let the remembered answer go out
    // before this work, which may not yield for a while once the blocks are restored.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.restoreBlocks(session, doc, await session.planFor(doc));
    await warmCache(doc.getText(), session.stateOf(doc.uri).cache, stale);
    if (stale()) return; // edited, closed or re-checked meanwhile: that check analysed it
    const diagnostics = session.check(doc, await session.planFor(doc), true);
    session.reported();
    const analysis = session.analysisOf(doc.uri);
    const same = JSON.stringify(diagnostics) === JSON.stringify(stored.diagnostics) && (!analysis || JSON.stringify(fileReport('', analysis)) === JSON.stringify(stored.report));
    if (doc.version === version && !same) {
      session.connection.console.warn(`mou: remembered findings for ${doc.uri} differed from a fresh analysis; showing the fresh ones`);
      if (session.clientPulls) session.refreshDiagnostics();
      else void session.push(doc);
    }
  }

  /** Write what is pending for `uri` (a document being closed), or for every document (shutdown, exit). */
  flush(uri?: string): void {
    this.findings.flush(uri);
    this.blocks.flush(uri);
  }
}
