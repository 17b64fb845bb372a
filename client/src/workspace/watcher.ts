/**
 * Keeps the workspace check up to date: markdown files created or changed, a .mou.json or
 * .gitignore edited, `mou.*` settings or workspace folders changed re-check the workspace
 * (debounced; so does closing an agreement's last editor, see diagnostics.ts). Deleted files and
 * folders leave the view and the Problems panel at once.
 */
import { workspace, type Disposable } from 'vscode';
import { MARKDOWN_GLOB } from '../../../server/src/protocol';
import type { WorkspaceChecker } from './checker';
import type { AgreementsStore } from './store';

/** The settings that change which files are checked or how. */
const SETTINGS = ['mou.files', 'mou.ignore', 'mou.playbook', 'mou.severity', 'mou.maxFileSize'];

export function watchWorkspace(checker: WorkspaceChecker, store: AgreementsStore): Disposable[] {
  const recheck = () => checker.schedule();
  const markdown = workspace.createFileSystemWatcher(MARKDOWN_GLOB, false, false, true);
  const config = workspace.createFileSystemWatcher('**/{.mou.json,.gitignore}');
  // Deleting a folder reports the folder only, so deletions are watched for every path.
  const deletions = workspace.createFileSystemWatcher('**/*', true, true, false);
  return [
    markdown,
    config,
    deletions,
    markdown.onDidCreate(recheck),
    markdown.onDidChange(recheck),
    config.onDidCreate(recheck),
    config.onDidChange(recheck),
    config.onDidDelete(recheck),
    deletions.onDidDelete((uri) => store.removeUnder(uri)),
    workspace.onDidChangeConfiguration((e) => {
      if (SETTINGS.some((s) => e.affectsConfiguration(s))) recheck();
    }),
    workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) store.removeUnder(f.uri);
      if (e.added.length) recheck();
    }),
  ];
}
