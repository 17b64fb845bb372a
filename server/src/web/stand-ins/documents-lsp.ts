/** Browser stand-in for documents/lsp.ts (stand-ins/README.md): Word and PDF need the desktop version. */
import type { RemoteConsole } from 'vscode-languageserver';
import type { ExportDocxParams, ExportDocxResult, ImportDocumentParams, ImportDocumentResult } from '../../protocol';
import type * as Real from '../../documents/lsp';

export const WORD_PDF_NOT_IN_BROWSER = 'Importing Word and PDF files and exporting to Word need the desktop version of VS Code (their converters need Node.js).';

export function documentRequests(_console: RemoteConsole, _maxFileSize: (uri: string) => Promise<number>) {
  return {
    importDocument: async (_params: ImportDocumentParams): Promise<ImportDocumentResult> => ({ error: WORD_PDF_NOT_IN_BROWSER }),
    exportDocx: async (_params: ExportDocxParams): Promise<ExportDocxResult> => ({ error: WORD_PDF_NOT_IN_BROWSER }),
  };
}

({ documentRequests }) satisfies Pick<typeof Real, 'documentRequests'>;
