/**
 * Browser stand-in for config/host.ts (stand-ins/README.md): .mou.json files and `extends`
 * chains come through the client (protocol.ts ReadFilesRequest, read with `workspace.fs`),
 * named by URI, with the same size limit as on disk.
 */
import type { Connection } from 'vscode-languageserver';
import { ClientFiles } from '../../config/client-files';
import { MAX_CONFIG_BYTES, type ConfigFiles } from '../../config/files';
import type * as Real from '../../config/host';
import { ReadFilesRequest } from '../../protocol';

/** Only hierarchical URIs (scheme://authority/path) name files the editor can read. */
export function uriToPath(uri: string): string | undefined {
  return new ClientFiles(undefined, MAX_CONFIG_BYTES).toPath(uri);
}

/** Without a connection (the CLI's use, never in a browser) nothing can be read: no .mou.json. */
export function hostFiles(connection?: Connection): ConfigFiles {
  const ask = connection && ((uris: string[], maxBytes: number) => connection.sendRequest(ReadFilesRequest, { uris, maxBytes }));
  return new ClientFiles(ask, MAX_CONFIG_BYTES, (m) => connection?.console.warn(m));
}

({ uriToPath, hostFiles }) satisfies Pick<typeof Real, 'uriToPath' | 'hostFiles'>;
