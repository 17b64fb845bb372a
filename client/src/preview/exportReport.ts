/**
 * MOU: Export Completeness Report — writes `<name>.mou-report.html` (standalone and printable,
 * no scripts) and `<name>.mou-report.md` next to the agreement, for partners who do not use
 * VS Code. Both come from the shared renderers, from the report the server gives now.
 */
import { Uri, commands, env, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { baseName, renderReportHtml, renderReportMarkdown } from '../../../server/src/core/render';
import { MARKDOWN_FILE } from '../../../server/src/protocol';
import { nonce } from './nonce';
import { isChecked, type ReportStore } from './reports';

export interface Exported {
  html: string;
  markdown: string;
}

/** `agreements/acme.md` → `agreements/acme.mou-report` (the two files add .html and .md). */
export function reportStem(uri: Uri): Uri {
  const name = baseName(uri.path).replace(MARKDOWN_FILE, '');
  return Uri.joinPath(uri, '..', `${name}.mou-report`);
}

async function pickTarget(doc: TextDocument): Promise<Uri | undefined> {
  if (doc.uri.scheme !== 'untitled') return reportStem(doc.uri);
  // An untitled agreement has no folder: ask where the report should go.
  const folder = workspace.workspaceFolders?.[0]?.uri;
  const chosen = await window.showSaveDialog({
    title: 'Export Completeness Report',
    saveLabel: 'Export',
    filters: { 'HTML report': ['html'] },
    ...(folder ? { defaultUri: Uri.joinPath(folder, 'agreement.mou-report.html') } : {}),
  });
  return chosen ? chosen.with({ path: chosen.path.replace(/(?:\.mou-report)?\.html?$/i, '') + '.mou-report' }) : undefined;
}

export async function exportReport(context: ExtensionContext, store: ReportStore, target?: Uri): Promise<Exported | undefined> {
  const uri = target ?? window.activeTextEditor?.document.uri;
  const doc = uri ? await workspace.openTextDocument(uri) : undefined;
  if (!doc || !isChecked(doc)) {
    void window.showWarningMessage('Open a markdown agreement to export its completeness report.');
    return undefined;
  }
  const report = await store.current(doc);
  const name = baseName(doc.uri.path);
  if (!report) {
    void window.showErrorMessage(`MOU Author could not check ${name}; see the MOU Author output for details.`);
    return undefined;
  }
  if (!report.isAgreement) {
    void window.showWarningMessage(`${name} does not look like a partnership agreement, so there is no completeness report to export.`);
    return undefined;
  }
  const stem = await pickTarget(doc);
  if (!stem) return undefined;
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '');
  const options = { generated: new Date().toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }), generator: `MOU Author ${version}`.trim() };
  const html = stem.with({ path: `${stem.path}.html` });
  const markdown = stem.with({ path: `${stem.path}.md` });
  const utf8 = new TextEncoder();
  await workspace.fs.writeFile(html, utf8.encode(renderReportHtml([report], { ...options, nonce: nonce() })));
  await workspace.fs.writeFile(markdown, utf8.encode(renderReportMarkdown(report, options)));

  // Not awaited: the command returns as soon as the files are written. A web browser can open
  // only a file on disk (not github.dev's or vscode.dev's virtual files).
  const choices = html.scheme === 'file' ? ['Open in Browser', 'Open Markdown'] : ['Open Markdown'];
  void window.showInformationMessage(`Exported the completeness report of ${name}: ${baseName(html.path)} and ${baseName(markdown.path)}.`, ...choices)
    .then((choice) => {
      if (choice === 'Open in Browser') return env.openExternal(html);
      if (choice === 'Open Markdown') return commands.executeCommand('vscode.open', markdown);
      return undefined;
    });
  return { html: html.toString(), markdown: markdown.toString() };
}
