/**
 * The workspace check ("Check All Agreements in Workspace", protocol.ts CheckWorkspaceRequest):
 * every markdown, Word and PDF file under the given folders (workspace-files.ts: on disk, or in
 * the browser markdown files through the client), in scope by the settings' and .mou.json's
 * files/ignore, skipping .gitignored ones; an open document is checked as its editor
 * holds it, and a Word or PDF file is read as markdown (documents/lsp.ts), its findings naming
 * places in the original.
 * Reports progress every ten files and stops when cancelled.
 */
import type { CancellationToken } from 'vscode-languageserver';
import { analyze, fileReport, type FileReport } from '../core';
import { CheckWorkspaceProgressNotification, type CheckWorkspaceResult } from '../protocol';
import * as P from './params';
import { planFile } from './plan';
import type { Session } from './session';
import { workspaceFiles } from './workspace-files';

/** Let other requests (and cancellation) through: setImmediate on Node, a task in a browser. */
const yieldToOthers = () => new Promise<void>((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));

export async function checkWorkspace(session: Session, params: unknown, token?: CancellationToken): Promise<CheckWorkspaceResult> {
  const folders = P.stringList(params, 'folders');
  const results: FileReport[] = [];
  const host = workspaceFiles(session.connection);
  const files: string[] = [];
  for (const folder of folders) files.push(...(await host.list(folder)));
  let done = 0;
  const progress = async () => {
    if (done % 10 === 0 || done === files.length) {
      void session.connection.sendNotification(CheckWorkspaceProgressNotification, { done, total: files.length });
      await yieldToOthers();
    }
  };
  for (const uri of files) {
    if (token?.isCancellationRequested) break;
    const open = session.documents.get(uri);
    const settings = await session.settingsFor(uri);
    const { plan } = await planFile(session.loader.files.toPath(uri), settings, session.roots, session.loader, session.agreementCalls.get(uri));
    // `checked` counts files looked at, including those the files/ignore settings leave out.
    done++;
    if (!plan.included) {
      await progress();
      continue;
    }
    try {
      // Bounded: a UTF-16 code unit is at most 3 bytes of UTF-8, so a file within maxFileSize characters is read whole.
      const read = open ? { text: open.getText(), finish: (r: FileReport) => r } : await host.read(uri, settings.maxFileSize);
      const text = read.text;
      if (text.length > settings.maxFileSize) {
        await progress();
        continue;
      }
      const report = read.finish(fileReport(uri, analyze(open && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, plan.options)));
      if (report.isAgreement) results.push(report);
    } catch (e) {
      session.connection.console.warn(`mou: could not check ${uri}: ${(e as Error).message}`);
    }
    await progress();
  }
  return { files: results, checked: done, total: files.length, cancelled: !!token?.isCancellationRequested };
}
