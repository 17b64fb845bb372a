/**
 * The workspace check's findings in the Problems panel, for the agreements that are NOT open:
 * for an open document the server already publishes its own (live) diagnostics, and two copies
 * of each finding would be noise. When a document opens its entry goes; when it closes the last
 * known report comes back until the next check replaces it.
 */
import { Diagnostic, DiagnosticSeverity, languages, Range, Uri, workspace, type DiagnosticCollection, type Disposable, type TextDocument } from 'vscode';
import { ruleDocUrl, type FileReport } from './protocol';
import type { AgreementsStore } from './store';

export const COLLECTION = 'mou-workspace';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(report: FileReport): Diagnostic[] {
  return report.diagnostics.map((d) => {
    const { start, end } = d.range;
    const diagnostic = new Diagnostic(new Range(start.line, start.character, end.line, end.character), d.message, SEVERITY[d.severity] ?? DiagnosticSeverity.Warning);
    diagnostic.source = 'mou';
    diagnostic.code = { value: d.code, target: Uri.parse(ruleDocUrl(d.code)) };
    return diagnostic;
  });
}

/** Documents the language client syncs, and so the server reports on itself (its documentSelector). */
export function servedByServer(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

export class WorkspaceDiagnostics implements Disposable {
  readonly collection: DiagnosticCollection = languages.createDiagnosticCollection(COLLECTION);
  private readonly subscriptions: Disposable[];

  constructor(private readonly store: AgreementsStore) {
    this.subscriptions = [
      this.collection,
      store.onDidChange(() => this.sync()),
      workspace.onDidOpenTextDocument((doc) => {
        if (servedByServer(doc)) this.collection.delete(doc.uri);
      }),
      workspace.onDidCloseTextDocument((doc) => {
        const agreement = store.get(doc.uri);
        if (agreement && !this.isOpen(agreement.key, doc)) this.collection.set(agreement.uri, toDiagnostics(agreement.report));
      }),
    ];
  }

  /** Rebuild from the store (after a check, or a deletion). */
  sync(): void {
    this.collection.clear();
    this.collection.set(this.store.all().filter((a) => !this.isOpen(a.key)).map((a) => [a.uri, toDiagnostics(a.report)] as [Uri, Diagnostic[]]));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  /** Open and served by the server (`closing` is on its way out of workspace.textDocuments). */
  private isOpen(key: string, closing?: TextDocument): boolean {
    return workspace.textDocuments.some((d) => d !== closing && servedByServer(d) && d.uri.toString() === key);
  }
}
