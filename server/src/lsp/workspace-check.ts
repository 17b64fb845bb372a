/**
 * The workspace check ("Check All Agreements in Workspace", protocol.ts CheckWorkspaceRequest):
 * every markdown, Word and PDF file under the given folders, in scope by the settings' and
 * .mou.json's files/ignore, skipping .gitignored ones; an open document is checked as its editor
 * holds it, and a Word or PDF file is read as markdown (documents/lsp.ts), its findings naming
 * places in the original.
 * Reports progress every ten files and stops when cancelled.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { analyze, fileReport, type FileReport } from '../core';
import { readWorkspaceFile } from '../documents/lsp';
import { agreementFilesUnder } from '../files';
import { CheckWorkspaceProgressNotification, type CheckWorkspaceResult } from '../protocol';
import * as P from './params';
import { uriToPath } from '../config/host';
import { planFile } from './plan';
import type { Session } from './session';

export async function checkWorkspace(session: Session, params: unknown, token?: CancellationToken): Promise<CheckWorkspaceResult> {
  const folders = P.stringList(params, 'folders');
  const results: FileReport[] = [];
  const files: string[] = [];
  for (const folder of folders) {
    const root = uriToPath(folder);
    if (root) files.push(...agreementFilesUnder(root).map((f) => path.join(root, f)));
  }
  let done = 0;
  const progress = async () => {
    if (done % 10 === 0 || done === files.length) {
      void session.connection.sendNotification(CheckWorkspaceProgressNotification, { done, total: files.length });
      await new Promise((r) => setImmediate(r)); // let other requests (and cancellation) through
    }
  };
  for (const file of files) {
    if (token?.isCancellationRequested) break;
    const uri = pathToFileURL(file).toString();
    const open = session.documents.get(uri);
    const settings = await session.settingsFor(uri);
    const { plan } = await planFile(file, settings, session.roots, session.loader, session.agreementCalls.get(uri));
    // `checked` counts files looked at, including those the files/ignore settings leave out.
    done++;
    if (!plan.included) {
      await progress();
      continue;
    }
    try {
      // Bounded: a UTF-16 code unit is at most 3 bytes of UTF-8, so a file within maxFileSize characters is read whole.
      const read = open ? { text: open.getText(), finish: (r: FileReport) => r } : await readWorkspaceFile(file, settings.maxFileSize);
      const text = read.text;
      if (text.length > settings.maxFileSize) {
        await progress();
        continue;
      }
      const report = read.finish(fileReport(uri, analyze(open && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, plan.options)));
      if (report.isAgreement) results.push(report);
    } catch (e) {
      session.connection.console.warn(`mou: could not check ${file}: ${(e as Error).message}`);
    }
    await progress();
  }
  return { files: results, checked: done, total: files.length, cancelled: !!token?.isCancellationRequested };
}
