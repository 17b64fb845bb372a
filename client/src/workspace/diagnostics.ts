/**
 * The workspace check's findings in the Problems panel, for the agreements that are NOT open in
 * an editor: for those the server already reports its own (live) diagnostics, and two copies of
 * each finding would be noise. When an editor opens one its entry goes; when the last editor
 * showing it closes the last known report comes back, and the owner re-checks (`onReleased`).
 *
 * "Open in an editor" is what the language client pulls diagnostics for: a document it syncs
 * (documents.ts: markdown, file or untitled on the desktop) that a tab shows. A document VS Code keeps loaded without a tab
 * (it does, for minutes, after an extension opened it) gets no server diagnostics, so it keeps
 * its workspace entry.
 */
import { languages, TabInputCustom, TabInputText, TabInputTextDiff, Uri, window, workspace, type Diagnostic, type DiagnosticCollection, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { toDiagnostic } from '../../../server/src/lsp/diagnostic';
import { isChecked } from '../documents';
import type { FileReport } from './protocol';
import type { AgreementsStore } from './store';

export const COLLECTION = 'mou-workspace';

/** The language client's converter from LSP to VS Code types. */
export type Converter = LanguageClient['protocol2CodeConverter'];

/** A report's findings as VS Code diagnostics: the server's conversion, then the language client's, as for live diagnostics. */
export function toDiagnostics(report: FileReport, converter: Converter): Diagnostic[] {
  return report.diagnostics.map((d) => converter.asDiagnostic(toDiagnostic(d)));
}

/** Documents the language client syncs (its documentSelector: documents.ts). */
export const servedByServer = isChecked;

/** The resources tabs show, as the language client counts them for pulling diagnostics. */
function tabResources(): Set<string> {
  const shown = new Set<string>();
  for (const group of window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      const uri = input instanceof TabInputText ? input.uri : input instanceof TabInputTextDiff ? input.modified : input instanceof TabInputCustom ? input.uri : undefined;
      if (uri) shown.add(uri.toString());
    }
  }
  return shown;
}

/** Keys of the documents the server reports on right now. */
export function coveredByServer(): Set<string> {
  const shown = tabResources();
  return new Set(workspace.textDocuments.filter((d) => servedByServer(d) && shown.has(d.uri.toString())).map((d) => d.uri.toString()));
}

export class WorkspaceDiagnostics implements Disposable {
  readonly collection: DiagnosticCollection = languages.createDiagnosticCollection(COLLECTION);
  private covered = coveredByServer();
  private readonly subscriptions: Disposable[];

  constructor(
    private readonly store: AgreementsStore,
    private readonly converter: Converter,
    /** An agreement's last editor closed: its entry is back, but may be stale. */
    private readonly onReleased: (uri: Uri) => void = () => undefined,
  ) {
    const update = () => this.updateCoverage();
    this.subscriptions = [
      this.collection,
      store.onDidChange(() => this.sync()),
      window.tabGroups.onDidChangeTabs(update),
      workspace.onDidOpenTextDocument(update),
      // (On close the document is already out of workspace.textDocuments.)
      workspace.onDidCloseTextDocument(update),
    ];
  }

  /** Rebuild from the store (after a check, or a deletion). */
  sync(): void {
    this.covered = coveredByServer();
    this.collection.clear();
    this.collection.set(this.store.all().filter((a) => !this.covered.has(a.key)).map((a) => [a.uri, toDiagnostics(a.report, this.converter)] as [Uri, Diagnostic[]]));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private updateCoverage(): void {
    const now = coveredByServer();
    for (const key of now) {
      if (!this.covered.has(key) && this.store.get(key)) this.collection.delete(Uri.parse(key));
    }
    for (const key of this.covered) {
      if (now.has(key)) continue;
      const agreement = this.store.get(key);
      if (agreement) {
        this.collection.set(agreement.uri, toDiagnostics(agreement.report, this.converter));
        this.onReleased(agreement.uri);
      }
    }
    this.covered = now;
  }
}
