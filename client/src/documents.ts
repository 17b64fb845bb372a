/**
 * Which documents MOU Author checks, one answer for both entries: on the desktop markdown files on
 * disk and untitled ones (extension.ts), in the browser markdown on any file system (browser.ts:
 * vscode-vfs: on github.dev, vscode-test-web:, …). The entry says which when it starts; the
 * language client's documentSelector, the preview, the status bar and the export all read it here.
 */
import { languages, type TextDocument } from 'vscode';

/** A filter both vscode's languages.match and the language client's documentSelector take. */
export interface MarkdownFilter {
  language: 'markdown';
  scheme?: string;
}

export const DESKTOP_DOCUMENTS: MarkdownFilter[] = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];
export const BROWSER_DOCUMENTS: MarkdownFilter[] = [{ language: 'markdown' }];

let checked: MarkdownFilter[] = DESKTOP_DOCUMENTS;

/** The entry's documents (set once, before the client starts). */
export function checkDocuments(filters: MarkdownFilter[]): MarkdownFilter[] {
  checked = filters;
  return filters;
}

/** A document the language client syncs to the server. */
export function isChecked(doc: TextDocument): boolean {
  return languages.match(checked, doc) > 0;
}

/** Whether files of this scheme (a workspace folder's) are checked: the workspace check's folders. */
export function checksScheme(scheme: string): boolean {
  return checked.some((f) => f.scheme === undefined || f.scheme === scheme);
}
