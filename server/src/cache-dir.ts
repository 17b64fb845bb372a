/**
 * The server's private cache directory: V8's compiled code (launch.ts) and the remembered findings
 * of checked agreements (findings-store.ts). Per user, readable by nobody else: MOU_CACHE_DIR sets
 * it (VS Code's client points it into the extension's own storage), MOU_CACHE=off turns both
 * caches off. A cache is only a shortcut: any failure here means a slower start, never an error.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function cacheDir(): string | undefined {
  if (process.env.MOU_CACHE === 'off') return undefined;
  return process.env.MOU_CACHE_DIR || path.join(os.tmpdir(), `mou-author-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
}

/**
 * Whether `dir` is ours alone: owned by this user, no access for group or others. A file in a
 * directory another user could write might have been planted, so it is never read.
 */
export function isPrivateDir(dir: string): boolean {
  const st = fs.statSync(dir);
  return typeof process.getuid !== 'function' || (st.uid === process.getuid() && (st.mode & 0o077) === 0);
}

/**
 * This Node and this build of `file` (its size and modification time): what a cache made from it
 * is valid for. Undefined when the file cannot be read.
 */
export function buildStamp(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    return `${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}`;
  } catch {
    return undefined;
  }
}

/** Write `file` atomically (a temporary file renamed over it), creating its directory private. */
export function writePrivate(file: string, data: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
}
