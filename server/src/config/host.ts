/**
 * The configuration files of this host: Node's disk (files.ts says what a host provides). The
 * browser build swaps this module for web/stand-ins/host.ts, which reads them through the editor.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { describeFsError, readTextFile, TextFileError } from '../read-text';
import { MAX_CONFIG_BYTES, type ConfigFiles } from './files';

/** A file URI's path; undefined for other schemes (untitled:) and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The files on disk (`_connection`: only the browser's host reads through it). */
export function hostFiles(_connection?: Connection): ConfigFiles {
  return {
    path,
    read(file) {
      try {
        return readTextFile(file, MAX_CONFIG_BYTES);
      } catch (e) {
        throw new Error(e instanceof TextFileError ? e.message : describeFsError(e));
      }
    },
    exists: existsSync,
    toPath: uriToPath,
    toUri: (file) => pathToFileURL(file).toString(),
  };
}
