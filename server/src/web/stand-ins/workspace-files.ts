/**
 * Browser stand-in for lsp/workspace-files.ts (stand-ins/README.md): the workspace check's files
 * come through the client, which lists a folder's markdown files with `workspace.findFiles` and
 * reads them with `workspace.fs` (protocol.ts ListFilesRequest, ReadFilesRequest). Word and PDF are
 * not listed (their converters need Node.js).
 */
import type { Connection } from 'vscode-languageserver';
import { ListFilesRequest, MARKDOWN_FILE, ReadFilesRequest } from '../../protocol';
import type * as Real from '../../lsp/workspace-files';

/** More files than this in one folder are not checked (the desktop has no such limit: it reads its disk). */
const MAX_FILES = 10_000;
/** A UTF-16 code unit is at most 3 bytes of UTF-8 (as documents/lsp.ts bounds a read). */
const UTF8_MAX = 3;

export function workspaceFiles(connection: Connection): Real.WorkspaceFiles {
  return {
    async list(folder) {
      const got: unknown = await connection.sendRequest(ListFilesRequest, { folder });
      return Array.isArray(got) ? got.filter((u): u is string => typeof u === 'string' && MARKDOWN_FILE.test(u)).slice(0, MAX_FILES) : [];
    },
    async read(uri, maxFileSize) {
      const got: unknown = await connection.sendRequest(ReadFilesRequest, { uris: [uri], maxBytes: maxFileSize * UTF8_MAX });
      const answer = Array.isArray(got) ? (got[0] as { text?: unknown; error?: unknown } | undefined) : undefined;
      if (typeof answer?.text === 'string') return { text: answer.text, finish: (r) => r };
      throw new Error(typeof answer?.error === 'string' ? answer.error : 'no such file');
    },
  };
}

({ workspaceFiles }) satisfies Pick<typeof Real, 'workspaceFiles'>;
