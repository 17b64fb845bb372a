/**
 * "MOU: Export Deadlines to Calendar (.ics)": every dated duty of the workspace's agreements as an
 * iCalendar file for Outlook or Google Calendar. The server reads the agreements and writes the
 * calendar (protocol.ts ExportDeadlinesRequest); this asks where to save it (a save dialog, or the
 * target a caller passes), never replaces a file without asking, and writes through workspace.fs.
 * Duties whose day cannot be known are listed in the MOU Author output, not guessed.
 */
import { commands, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportDeadlinesRequest } from '../../server/src/protocol';
import { exists } from './fs';

export const EXPORT_DEADLINES_COMMAND = 'mou.exportDeadlines';

export interface ExportedDeadlines {
  uri: string;
  events: number;
  agreements: number;
  unresolved: number;
}


/** `target`: where to write (tests, other extensions); without it a save dialog asks. */
export async function exportDeadlines(client: LanguageClient, target?: Uri): Promise<ExportedDeadlines | undefined> {
  const folders = (workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (!folders.length) {
    void window.showInformationMessage('Open a folder of agreements to export their deadlines.');
    return undefined;
  }
  let result;
  try {
    result = await window.withProgress({ location: ProgressLocation.Notification, title: 'MOU: Reading deadlines' }, () =>
      client.sendRequest(ExportDeadlinesRequest, { folders: folders.map((f) => f.uri.toString()) }),
    );
  } catch (e) {
    void window.showErrorMessage(`MOU: exporting deadlines failed: ${(e as Error)?.message ?? e}`);
    return undefined;
  }
  if (!result.agreements) {
    void window.showInformationMessage('No agreements were found in this workspace, so there are no deadlines to export.');
    return undefined;
  }
  let uri = target;
  if (!uri) {
    // The save dialog itself asks before replacing a file.
    uri = await window.showSaveDialog({ title: 'Export Deadlines to Calendar', saveLabel: 'Export', filters: { iCalendar: ['ics'] }, defaultUri: Uri.joinPath(folders[0].uri, 'mou-deadlines.ics') });
    if (!uri) return undefined;
  } else if (await exists(uri)) {
    const replace = await window.showWarningMessage(`${uri.path.replace(/^.*\//, '')} already exists. Replace it?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return undefined;
  }
  await workspace.fs.writeFile(uri, Buffer.from(result.ics, 'utf8'));
  for (const line of result.unresolved) client.outputChannel.appendLine(line);
  const name = uri.path.replace(/^.*\//, '');
  const events = `${result.events} deadline${result.events === 1 ? '' : 's'} from ${result.agreements} agreement${result.agreements === 1 ? '' : 's'}`;
  const left = result.unresolved.length ? ` ${result.unresolved.length} could not be dated and are listed in the MOU Author output.` : '';
  void window.showInformationMessage(`Exported ${events} to ${name}.${left}`, ...(result.unresolved.length ? ['Show Output'] : [])).then((choice) => {
    if (choice === 'Show Output') client.outputChannel.show(true);
  });
  return { uri: uri.toString(), events: result.events, agreements: result.agreements, unresolved: result.unresolved.length };
}

export function registerDeadlines(context: ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(commands.registerCommand(EXPORT_DEADLINES_COMMAND, (target?: unknown) => exportDeadlines(client, target instanceof Uri ? target : undefined)));
}
