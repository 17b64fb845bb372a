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
import { analyze, buildRegistry, fileReport, type FileReport, type Registry } from '../core';
import type * as Calendar from '../calendar';
import { localDay } from '../today';
import { VERSION } from '../version';
import { CheckWorkspaceProgressNotification, type CheckWorkspaceResult, type ExportDeadlinesResult } from '../protocol';
import * as P from './params';
import { planFile } from './plan';
import { uriToPath } from '../config/host';
import type { Session } from './session';
import { workspaceFiles } from './workspace-files';

/** Let other requests (and cancellation) through: setImmediate on Node, a task in a browser. */
const yieldToOthers = () => new Promise<void>((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));

export async function checkWorkspace(session: Session, params: unknown, token?: CancellationToken): Promise<CheckWorkspaceResult> {
  const folders = P.stringList(params, 'folders');
  return agreementsUnder(session, folders, token, (done, total) => void session.connection.sendNotification(CheckWorkspaceProgressNotification, { done, total }));
}

/**
 * The partner registry of the agreements under the folders (protocol.ts PartnersRequest), judged
 * against this machine's local day; no progress notifications (they belong to the workspace check).
 */
export async function partners(session: Session, params: unknown, token?: CancellationToken): Promise<Registry> {
  const result = await agreementsUnder(session, P.stringList(params, 'folders'), token);
  return buildRegistry(result.files, { today: localDay() });
}

/** The dated duties of the agreements under the folders as an iCalendar file (protocol.ts ExportDeadlinesRequest). */
export async function exportDeadlines(session: Session, params: unknown, token?: CancellationToken): Promise<ExportDeadlinesResult> {
  const result = await agreementsUnder(session, P.stringList(params, 'folders'), token);
  // Loaded here, not at start: only this request writes calendars.
  const { icsEventCount, icsReport, unresolvedDeadlines } = require('../calendar') as typeof Calendar;
  // The calendar names files by path, not by URI.
  const reports = result.files.map((r) => ({ ...r, path: uriToPath(r.path) ?? r.path }));
  return { ics: icsReport(reports, `MOU Author ${VERSION}`), events: icsEventCount(reports), agreements: reports.length, unresolved: unresolvedDeadlines(reports) };
}

async function agreementsUnder(session: Session, folders: string[], token?: CancellationToken, onProgress?: (done: number, total: number) => void): Promise<CheckWorkspaceResult> {
  const results: FileReport[] = [];
  const host = workspaceFiles(session.connection);
  const files: string[] = [];
  for (const folder of folders) files.push(...(await host.list(folder)));
  let done = 0;
  const progress = async () => {
    if (done % 10 === 0 || done === files.length) {
      onProgress?.(done, files.length);
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
