/**
 * The Word and PDF requests (issue 20), declared once for the server (documents/lsp.ts) and the
 * VS Code client (client/src/importExport.ts). Re-exported by protocol.ts.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface ImportDocumentParams {
  /** A file: URI of a .docx or .pdf. */
  uri: string;
}

/** The markdown, or one sentence saying why the file cannot be read. */
export type ImportDocumentResult = { markdown: string } | { error: string };

export const ImportDocumentRequest = new RequestType<ImportDocumentParams, ImportDocumentResult, void>('mou/importDocument');

export interface ExportDocxParams {
  /** The markdown document's URI (its name is the title when it has no heading). */
  uri: string;
  /** The text to export (the editor's, saved or not). */
  text: string;
}

/** The .docx file's bytes in base64, or why it could not be made. */
export type ExportDocxResult = { base64: string } | { error: string };

export const ExportDocxRequest = new RequestType<ExportDocxParams, ExportDocxResult, void>('mou/exportDocx');
