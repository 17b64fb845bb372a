/**
 * The browser server has no disk: it asks for .mou.json files and the files their `extends` name
 * (protocol.ts ReadConfigFilesRequest), and this module reads them with `workspace.fs`, on
 * whatever file system the editor has (vscode-vfs: on github.dev, the browser's folders on
 * vscode.dev, …). Bounded: only .json files, at most the server's size limit, a few at a time.
 */
import { FileSystemError, FileType, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { ReadConfigFilesRequest, type ReadConfigFile, type ReadConfigFilesParams } from '../../server/src/protocol';

/** More URIs than this in one request is not what the server asks (a folder's ancestors, an extends chain). */
const MAX_URIS = 256;

export function serveConfigFiles(client: BaseLanguageClient): Disposable {
  return client.onRequest(ReadConfigFilesRequest, (params: ReadConfigFilesParams) => readConfigFiles(params));
}

export async function readConfigFiles(params: ReadConfigFilesParams): Promise<ReadConfigFile[]> {
  const uris = Array.isArray(params?.uris) ? params.uris.slice(0, MAX_URIS) : [];
  const maxBytes = typeof params?.maxBytes === 'number' && params.maxBytes > 0 ? params.maxBytes : 0;
  return Promise.all(uris.map((u) => readOne(u, maxBytes)));
}

const size = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} KB`);

async function readOne(uri: unknown, maxBytes: number): Promise<ReadConfigFile> {
  let target: Uri;
  try {
    if (typeof uri !== 'string') return { error: 'not a URI' };
    target = Uri.parse(uri, true);
  } catch {
    return { error: 'not a valid URI' };
  }
  if (!/\.json$/i.test(target.path)) return { error: 'not a .json file' };
  try {
    const st = await workspace.fs.stat(target);
    if (st.type & FileType.Directory) return { error: 'a folder, not a file' };
    if (st.size > maxBytes) return { error: `too large (${size(st.size)}; the limit is ${size(maxBytes)})` };
    return { text: decode(await workspace.fs.readFile(target)) };
  } catch (e) {
    if (e instanceof FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory')) return { missing: true };
    if (e instanceof FileSystemError && e.code === 'NoPermissions') return { error: 'permission denied' };
    return { error: (e as Error)?.message || 'cannot read it' };
  }
}

/** UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with one, as on the desktop (read-text.ts). */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
