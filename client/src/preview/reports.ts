/**
 * The latest completeness report of every open markdown document, as the server computes it
 * (`mou/completeness`). Requested when a document opens, shortly after it changes, when its
 * diagnostics change before a report for its version arrived, and after the server (re)starts.
 * The preview, the status bar, the Markdown-preview banner and the export all read from here;
 * the banner must (markdown-it renders synchronously), the others simply share the requests.
 */
import { Disposable, EventEmitter, languages, workspace, type Event, type TextDocument, type Uri } from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { baseName, type FileReport } from '../../../server/src/core/render';
import { CompletenessRequest } from '../../../server/src/protocol';
import type { AgreementCalls } from '../agreementCall';

export interface ReportEntry {
  /** The document version the report is for. */
  version: number;
  /** null: the server does not know the document (yet). */
  report: FileReport | null;
}

const CHANGE_DELAY_MS = 250;

import { isChecked } from '../documents';

export { isChecked };

/** How the report names the file: its workspace-relative path, else its file name. */
export function displayPath(uri: Uri): string {
  if (uri.scheme === 'untitled') return uri.path;
  const relative = workspace.asRelativePath(uri, workspace.workspaceFolders !== undefined && workspace.workspaceFolders.length > 1);
  return relative === uri.fsPath || relative === uri.toString() ? baseName(uri.path) : relative;
}

export class ReportStore implements Disposable {
  private readonly entries = new Map<string, ReportEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new EventEmitter<{ uri: Uri; entry: ReportEntry }>();
  private readonly subscriptions: Disposable[] = [];
  /** Fires after a new report for a document has been stored. */
  readonly onDidChange: Event<{ uri: Uri; entry: ReportEntry }> = this.changed.event;

  constructor(private readonly client: LanguageClient, calls: AgreementCalls) {
    this.subscriptions.push(
      this.changed,
      // A person's call changes the report but not the document's version: ask again.
      calls.onDidChange(({ uri }) => {
        const doc = workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (doc) this.schedule(doc, 0);
      }),
      workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, CHANGE_DELAY_MS);
      }),
      workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const doc = workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (doc && this.entries.get(uri.toString())?.version !== doc.version) this.schedule(doc, 0);
        }
      }),
      client.onDidChangeState((e) => {
        if (e.newState === State.Running) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  get(uri: Uri | string): ReportEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The report for the document's current version, asking the server now if need be. */
  async current(doc: TextDocument): Promise<FileReport | null> {
    const entry = this.entries.get(doc.uri.toString());
    if (entry && entry.version === doc.version && entry.report) return entry.report;
    await this.fetch(doc);
    return this.entries.get(doc.uri.toString())?.report ?? null;
  }

  refreshAll(): void {
    for (const doc of workspace.textDocuments) this.schedule(doc, 0);
  }

  private schedule(doc: TextDocument, delay: number): void {
    if (!isChecked(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.fetch(doc);
    }, delay));
  }

  private async fetch(doc: TextDocument): Promise<void> {
    if (!isChecked(doc) || doc.isClosed || !this.client.isRunning()) return;
    const version = doc.version;
    let report: FileReport | null;
    try {
      report = await this.client.sendRequest(CompletenessRequest, { uri: doc.uri.toString() });
    } catch {
      return; // the server is restarting or stopped; its Running state brings a refresh
    }
    // A newer version is on its way (its change already scheduled the next request).
    if (doc.isClosed || doc.version !== version) return;
    const entry: ReportEntry = {
      // An unknown document gets asked again when its diagnostics arrive.
      version: report ? version : -1,
      report: report ? { ...report, path: displayPath(doc.uri) } : null,
    };
    this.entries.set(doc.uri.toString(), entry);
    this.changed.fire({ uri: doc.uri, entry });
  }

  private forget(uri: Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.entries.delete(key)) this.changed.fire({ uri, entry: { version: -1, report: null } });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
