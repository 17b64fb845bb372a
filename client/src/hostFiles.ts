/**
 * The browser server has no disk: it asks for .mou.json files and the files their `extends` name,
 * and for the workspace check's markdown files (protocol.ts ReadFilesRequest, ListFilesRequest).
 * This module answers with `workspace.fs` and `workspace.findFiles`, on whatever file system the
 * editor has (vscode-vfs: on github.dev, the browser's folders on vscode.dev, …). Bounded: only
 * .json and markdown files, at most the server's size limit, a bounded number at a time.
 */
import { FileSystemError, FileType, RelativePattern, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { ListFilesRequest, MARKDOWN_FILE, MARKDOWN_GLOB, ReadFilesRequest, type ListFilesParams, type ReadFile, type ReadFilesParams } from '../../server/src/protocol';

/** More URIs than this in one request is not what the server asks (a folder's ancestors, an extends chain). */
const MAX_URIS = 256;
/** The most files listed in one folder (the server's limit too). */
const MAX_FILES = 10_000;

export function serveHostFiles(client: BaseLanguageClient): Disposable[] {
  return [
    client.onRequest(ReadFilesRequest, (params: ReadFilesParams) => readFiles(params)),
    client.onRequest(ListFilesRequest, (params: ListFilesParams) => listFiles(params)),
  ];
}

/**
 * A folder's markdown files, sorted, as the desktop's workspace check finds them: not in dot
 * folders, node_modules or .git; files.exclude applies (findFiles' default). .gitignore does not:
 * the editor offers no way to ask it.
 */
export async function listFiles(params: ListFilesParams): Promise<string[]> {
  let folder: Uri;
  try {
    folder = Uri.parse(String(params?.folder), true);
  } catch {
    return [];
  }
  const found = await workspace.findFiles(new RelativePattern(folder, MARKDOWN_GLOB), undefined, MAX_FILES);
  const below = folder.path.replace(/\/$/, '') + '/';
  return found
    .filter((u) => u.path.startsWith(below) && !u.path.slice(below.length).split('/').some((seg) => seg.startsWith('.') || seg === 'node_modules'))
    .map((u) => u.toString())
    .sort();
}

export async function readFiles(params: ReadFilesParams): Promise<ReadFile[]> {
  const uris = Array.isArray(params?.uris) ? params.uris.slice(0, MAX_URIS) : [];
  const maxBytes = typeof params?.maxBytes === 'number' && params.maxBytes > 0 ? params.maxBytes : 0;
  return Promise.all(uris.map((u) => readOne(u, maxBytes)));
}

const size = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} KB`);

async function readOne(uri: unknown, maxBytes: number): Promise<ReadFile> {
  let target: Uri;
  try {
    if (typeof uri !== 'string') return { error: 'not a URI' };
    target = Uri.parse(uri, true);
  } catch {
    return { error: 'not a valid URI' };
  }
  if (!/\.json$/i.test(target.path) && !MARKDOWN_FILE.test(target.path)) return { error: 'not a .json or markdown file' };
  try {
    const st = await workspace.fs.stat(target);
    if (st.type & FileType.Directory) return { error: 'a folder, not a file' };
    if (st.size > maxBytes) return { error: `too large (${size(st.size)}; the limit is ${size(maxBytes)})` };
    return { text: decode(await workspace.fs.readFile(target)) };
  } catch (e) {
    // A file system provider may throw its own error with FileSystemError's codes.
    const code = e instanceof FileSystemError ? e.code : (e as { code?: unknown })?.code;
    if (code === 'FileNotFound' || code === 'EntryNotFound' || code === 'FileNotADirectory') return { missing: true };
    if (code === 'NoPermissions') return { error: 'permission denied' };
    return { error: (e as Error)?.message || 'cannot read it' };
  }
}

/** UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with one, as on the desktop (read-text.ts). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
