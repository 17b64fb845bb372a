/**
 * The language server's side of Word and PDF: the import and export requests, and reading a
 * .docx/.pdf for the workspace check (its report then names places in the original).
 * lsp/connection.ts registers the requests; lsp/workspace-check.ts asks readWorkspaceFile for each
 * file of the workspace check.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RemoteConsole } from 'vscode-languageserver';
import type { FileReport } from '../core';
import { readTextFile } from '../read-text';
import type { ExportDocxParams, ExportDocxResult, ImportDocumentParams, ImportDocumentResult } from '../protocol';
import { annotateReport, DocumentError, isDocumentFile, markdownToDocx, readDocument, type ConvertedDocument } from './index';

const UTF8_MAX = 3;

function pathOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const limits = (maxFileSize: number) => ({ maxBytes: maxFileSize * UTF8_MAX, maxChars: maxFileSize, limitName: 'the mou.maxFileSize setting' });

/** The handlers of protocol.ts ImportDocumentRequest and ExportDocxRequest. */
export function documentRequests(console: RemoteConsole, maxFileSize: (uri: string) => Promise<number>) {
  return {
    async importDocument(params: ImportDocumentParams): Promise<ImportDocumentResult> {
      const file = pathOf(params?.uri);
      if (!file || !isDocumentFile(file)) return { error: 'MOU Author imports .docx and .pdf files on this computer.' };
      try {
        return { markdown: (await readDocument(file, limits(await maxFileSize(params.uri)))).markdown };
      } catch (e) {
        if (e instanceof DocumentError) return { error: `${path.basename(file)}: ${e.message}.` };
        console.warn(`mou: could not import ${file}: ${(e as Error).message}`);
        return { error: `${path.basename(file)} could not be read.` };
      }
    },
    async exportDocx(params: ExportDocxParams): Promise<ExportDocxResult> {
      if (typeof params?.text !== 'string' || typeof params.uri !== 'string') return { error: 'Nothing to export.' };
      try {
        const name = decodeURIComponent(params.uri.split('/').pop() ?? 'Agreement').replace(/\.[^.]+$/, '');
        return { base64: (await markdownToDocx(params.text, name)).toString('base64') };
      } catch (e) {
        console.warn(`mou: could not export ${params.uri}: ${(e as Error).message}`);
        return { error: `The Word document could not be made: ${(e as Error).message}` };
      }
    },
  };
}

/**
 * The text of a workspace file for the workspace check: markdown as it is (bounded), Word and PDF
 * converted. `finish` names the places in the original in the report's findings.
 */
export async function readWorkspaceFile(file: string, maxFileSize: number): Promise<{ text: string; finish: (r: FileReport) => FileReport }> {
  if (!isDocumentFile(file)) return { text: readTextFile(file, maxFileSize * UTF8_MAX), finish: (r) => r };
  const doc: ConvertedDocument = await readDocument(file, limits(maxFileSize));
  return { text: doc.markdown, finish: (r) => annotateReport(r, doc) };
}
