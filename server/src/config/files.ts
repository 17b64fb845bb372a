/**
 * How the configuration loader (loader.ts) reaches files, whatever the host: Node's disk
 * (host.ts) or, in the browser, the editor's file system through the client (client-files.ts,
 * swapped in by web/stand-ins/host.ts). A "path" is whatever the host names files by: an
 * absolute file path on Node, a URI in the browser; `path` does the path arithmetic on them.
 */

/** The largest configuration file read (bytes), on any host: checked before reading. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** The subset of node:path the loader and lsp/plan.ts use (node:path itself on Node). */
export interface PathOps {
  readonly sep: string;
  resolve(...segments: string[]): string;
  dirname(p: string): string;
  basename(p: string): string;
  join(...segments: string[]): string;
  relative(from: string, to: string): string;
}

export interface ConfigFiles {
  readonly path: PathOps;
  /** The file's text; throws an Error whose message says in plain words why it cannot be read. */
  read(file: string): string;
  exists(file: string): boolean;
  /**
   * Hosts that read asynchronously (the browser): whether a file's existence and text are at
   * hand, and a way to fetch them. Absent: everything can be read at once (Node).
   */
  known?(file: string): boolean;
  fetch?(files: string[]): Promise<void>;
  /** Forget what was fetched (a file changed, or all of them). */
  forget?(file?: string): void;
  /** A document URI as a path (undefined: not a file this host can read, e.g. untitled:). */
  toPath(uri: string): string | undefined;
  /** A path as a URI (to publish a config file's problems on it). */
  toUri(file: string): string;
}
