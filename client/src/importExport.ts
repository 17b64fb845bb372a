/**
 * Word and PDF in VS Code (issue 20):
 * - "MOU: Import Agreement from Word or PDF…" (palette, Explorer context menu on .docx/.pdf) asks
 *   the server for the markdown, writes <name>.md beside the file (asking before replacing one),
 *   opens it, and the server checks it as any markdown agreement.
 * - Opening a .docx/.pdf from the Agreements view offers the import (mou.offerImport).
 * - "MOU: Export Agreement to Word (.docx)" writes <name>.docx beside the markdown (asking first
 *   when it exists), made by the server from the editor's text.
 * Everything about the agreement comes from the server (server/src/documents/lsp.ts).
 */
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_EXTENSIONS, DOCUMENT_FILE, ExportDocxRequest, ImportDocumentRequest } from '../../server/src/protocol';
import { exists } from './fs';

function beside(uri: Uri, ext: string): Uri {
  return uri.with({ path: uri.path.replace(/\.[^./]+$/, '') + ext });
}

const nameOf = (uri: Uri) => uri.path.split('/').pop() ?? uri.path;


/** True when the file may be written: it does not exist, or the person said to replace it. */
async function mayWrite(target: Uri): Promise<boolean> {
  if (!(await exists(target))) return true;
  const replace = 'Replace';
  const answer = await window.showWarningMessage(`${nameOf(target)} already exists. Replace it?`, { modal: true, detail: 'The file will be written over; this cannot be undone from MOU Author.' }, replace);
  return answer === replace;
}

export async function importDocument(client: LanguageClient, uri?: Uri): Promise<Uri | undefined> {
  uri ??= window.activeTextEditor?.document.uri;
  if (!uri || !DOCUMENT_FILE.test(uri.path)) {
    const picked = await window.showOpenDialog({ canSelectMany: false, filters: { 'Word or PDF': [...DOCUMENT_EXTENSIONS] }, openLabel: 'Import Agreement' });
    uri = picked?.[0];
  }
  if (!uri) return undefined;
  if (uri.scheme !== 'file') {
    void window.showErrorMessage('MOU Author imports Word and PDF files on this computer only.');
    return undefined;
  }
  const result = await client.sendRequest(ImportDocumentRequest, { uri: uri.toString() });
  if ('error' in result) {
    void window.showErrorMessage(result.error);
    return undefined;
  }
  const target = beside(uri, '.md');
  if (!(await mayWrite(target))) return undefined;
  await workspace.fs.writeFile(target, Buffer.from(result.markdown, 'utf8'));
  await window.showTextDocument(await workspace.openTextDocument(target));
  return target;
}

export async function exportDocx(client: LanguageClient, uri?: Uri): Promise<Uri | undefined> {
  const doc = uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    void window.showErrorMessage('Open the agreement (a markdown file) to export it to Word.');
    return undefined;
  }
  const result = await client.sendRequest(ExportDocxRequest, { uri: doc.uri.toString(), text: doc.getText() });
  if ('error' in result) {
    void window.showErrorMessage(result.error);
    return undefined;
  }
  const target = doc.uri.scheme === 'file' ? beside(doc.uri, '.docx') : await window.showSaveDialog({ filters: { 'Word Document': ['docx'] } });
  if (!target || !(await mayWrite(target))) return undefined;
  await workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  void window.showInformationMessage(`Wrote ${nameOf(target)}: headings, lists and tables in Word's own styles, placeholders highlighted.`);
  return target;
}

export function registerImportExport(context: ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('mou.importDocument', (uri?: Uri) => importDocument(client, uri)),
    commands.registerCommand('mou.exportDocx', (uri?: Uri) => exportDocx(client, uri)),
    commands.registerCommand('mou.offerImport', async (uri: Uri) => {
      const choice = await window.showInformationMessage(`${nameOf(uri)} is a ${/\.pdf$/i.test(uri.path) ? 'PDF' : 'Word document'}. Import it as markdown to check and edit it here?`, 'Import', 'Open As It Is');
      if (choice === 'Import') return importDocument(client, uri);
      if (choice === 'Open As It Is') await commands.executeCommand('vscode.open', uri);
      return undefined;
    }),
  );
}
