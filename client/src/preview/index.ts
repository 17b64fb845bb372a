/** Completeness preview, status bar item, Markdown-preview banner and report export (issue #6). */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerPreview(_context: ExtensionContext, _client: LanguageClient): void {
  // Filled in by the preview work.
}
