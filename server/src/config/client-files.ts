/**
 * Configuration files read through the editor (the browser, where the server has no disk): the
 * server asks the client for them (protocol.ts ReadFilesRequest; the client reads them with
 * `workspace.fs`) and keeps what it got until a watched file changes. Files are named by URI
 * (uri-path.ts). The loader reads them synchronously once fetched (loader.ts `load`).
 */
import type { ReadFile } from '../protocol';
import type { ConfigFiles } from './files';
import { splitUri, uriPath } from './uri-path';

/** Asks the client for files; may reject (a client that does not answer this request). */
export type FileRequester = (uris: string[], maxBytes: number) => Promise<ReadFile[]>;

export class ClientFiles implements ConfigFiles {
  readonly path = uriPath;
  private readonly files = new Map<string, ReadFile>();

  /** `ask` undefined: no client to ask, so no configuration file exists. */
  constructor(
    private ask: FileRequester | undefined,
    private readonly maxBytes: number,
    /** Told once if the client cannot read files (its reason). */
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  known(file: string): boolean {
    return this.files.has(file);
  }

  exists(file: string): boolean {
    const f = this.files.get(file);
    return !!f && !f.missing;
  }

  read(file: string): string {
    const f = this.files.get(file);
    if (f?.text !== undefined) return f.text;
    throw new Error(f?.error ?? 'no such file or folder');
  }

  async fetch(uris: string[]): Promise<void> {
    const wanted = uris.filter((u) => !this.files.has(u));
    if (!wanted.length) return;
    let answers: ReadFile[] = [];
    if (this.ask) {
      try {
        const got: unknown = await this.ask(wanted, this.maxBytes);
        // A client that does not know the request may answer null: then there are no such files.
        answers = Array.isArray(got) ? got : [];
      } catch (e) {
        this.warn(`mou: the editor could not read .mou.json files, so agreements are checked with the settings only: ${(e as Error).message}`);
        this.ask = undefined;
      }
    }
    wanted.forEach((uri, i) => this.files.set(uri, bounded(answers[i], this.maxBytes)));
  }

  forget(file?: string): void {
    if (file) this.files.delete(file);
    else this.files.clear();
  }

  toPath(uri: string): string | undefined {
    const s = splitUri(uri);
    return s ? s.prefix + s.path : undefined;
  }

  toUri(file: string): string {
    return file;
  }
}

/** A client's answer, checked: anything malformed is a missing file, anything too long an error. */
function bounded(a: ReadFile | undefined, maxBytes: number): ReadFile {
  if (!a || typeof a !== 'object') return { missing: true };
  if (typeof a.text === 'string') return a.text.length > maxBytes ? { error: `too large (the limit is ${maxBytes / 1e6} MB)` } : { text: a.text };
  if (typeof a.error === 'string') return { error: a.error.slice(0, 500) };
  return { missing: true };
}
