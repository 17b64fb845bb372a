/** "Check All Agreements in Workspace" and the Agreements tree view (issue #10). */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerWorkspace(_context: ExtensionContext, _client: LanguageClient): void {
  // Filled in by the workspace work.
}
