/**
 * The files of the workspace check on this host: Node's disk, .gitignored files left out
 * (files.ts), Word and PDF read as markdown (documents/lsp.ts). The browser build swaps this
 * module for web/stand-ins/workspace-files.ts, which asks the client (protocol.ts ListFilesRequest,
 * ReadFilesRequest); workspace-check.ts is the same on both.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { uriToPath } from '../config/host';
import type { FileReport } from '../core';
import { readWorkspaceFile } from '../documents/lsp';
import { agreementFilesUnder } from '../files';

export interface WorkspaceFiles {
  /** The possible agreements of a workspace folder (a URI), as URIs. */
  list(folder: string): Promise<string[]>;
  /**
   * A file's text as markdown, bounded by `maxFileSize` characters; `finish` names places in the
   * original (Word, PDF). Throws an Error saying why it cannot be read.
   */
  read(uri: string, maxFileSize: number): Promise<{ text: string; finish: (r: FileReport) => FileReport }>;
}

/** `_connection`: only the browser's host reads through it. */
export function workspaceFiles(_connection: Connection): WorkspaceFiles {
  return {
    async list(folder) {
      const root = uriToPath(folder);
      return root ? agreementFilesUnder(root).map((f) => pathToFileURL(path.join(root, f)).toString()) : [];
    },
    async read(uri, maxFileSize) {
      const file = uriToPath(uri);
      if (!file) throw new Error('not a file on disk');
      return readWorkspaceFile(file, maxFileSize);
    },
  };
}
