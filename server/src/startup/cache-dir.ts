/**
 * The server's private cache directory: V8's compiled code (launch.ts) and the remembered findings
 * and parsed blocks of checked agreements (findings-store.ts). Per user, readable by nobody else:
 * MOU_CACHE_DIR sets it (VS Code's client points it into the extension's own storage), else
 * `$TMPDIR/mou-author-<uid>`; MOU_CACHE=off turns every cache off. A cache is only a shortcut:
 * any failure here means a slower start, never an error.
 *
 * Safe on a shared machine by construction. `$TMPDIR` may be a folder every user can write (as
 * /tmp is), so another user may have created `mou-author-<uid>` first, or planted symlinks:
 *
 * - a cache directory is used only if it is a real directory (not a symlink), owned by this user,
 *   with no access for group or others (privateDir); each folder inside is checked the same way,
 *   before every read, write and prune. Anything else turns the cache off for this process.
 * - Inside a private directory no one else can create, rename or remove entries, so what was
 *   checked stays true. Files are still opened with O_NOFOLLOW, and new ones with O_EXCL under a
 *   random name, then renamed into place (rename replaces a symlink, it never writes through one).
 * - Files read back must be regular files owned by this user, no larger than a bound.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const { O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_WRONLY } = fs.constants;
const uid = (): number | undefined => (typeof process.getuid === 'function' ? process.getuid() : undefined);

export function cacheDir(): string | undefined {
  if (process.env.MOU_CACHE === 'off') return undefined;
  return process.env.MOU_CACHE_DIR || path.join(os.tmpdir(), `mou-author-${uid() ?? 'user'}`);
}

/** Is this lstat of a directory ours alone: a real directory, our own, no access for anyone else? */
function isOursAlone(st: fs.Stats): boolean {
  if (!st.isDirectory() || st.isSymbolicLink()) return false;
  const me = uid();
  return me === undefined || (st.uid === me && (st.mode & 0o077) === 0);
}

/**
 * `root/sub/…` as a private directory: each level created (mode 0700) if missing, then checked
 * without following symlinks. Undefined when any level is not ours alone (or cannot be made).
 */
export function privateDir(root: string, ...sub: string[]): string | undefined {
  try {
    // The folders above the cache root are the user's own choice (VS Code's storage) or $TMPDIR.
    fs.mkdirSync(path.dirname(root), { recursive: true, mode: 0o700 });
    let dir = root;
    for (const level of [undefined, ...sub]) {
      if (level !== undefined) dir = path.join(dir, level);
      try {
        fs.mkdirSync(dir, { mode: 0o700 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
      }
      if (!isOursAlone(fs.lstatSync(dir))) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/** Whether `dir` exists and is ours alone (checked without following a symlink). Never throws. */
export function isPrivateDir(dir: string): boolean {
  try {
    return isOursAlone(fs.lstatSync(dir));
  } catch {
    return false;
  }
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

/**
 * Write `file` in `dir` (a directory privateDir returned) atomically: a new temporary file created
 * exclusively (never an existing file, never through a symlink), renamed over it. Throws on failure.
 */
export function writePrivate(dir: string, name: string, data: string | Buffer): void {
  if (name.includes('/') || name.includes(path.sep) || name.startsWith('.')) throw new Error(`not a cache file name: ${name}`);
  const tmp = path.join(dir, `.${name}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
  try {
    fs.writeFileSync(fd, data);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, path.join(dir, name));
}

/**
 * The bytes of `name` in `dir` (a directory privateDir returned), if it is a regular file of ours
 * no larger than `maxBytes`: never through a symlink, never a device or a FIFO. Throws otherwise.
 */
export function readPrivate(dir: string, name: string, maxBytes: number): Buffer {
  const fd = fs.openSync(path.join(dir, name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    const me = uid();
    if (!st.isFile() || (me !== undefined && st.uid !== me)) throw new Error('not a cache file of ours');
    if (st.size > maxBytes) throw new Error('too large');
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Remove `names` from `dir` (a directory privateDir returned): only regular files (a symlink is
 * removed as a link, never followed). Never throws.
 */
export function removePrivate(dir: string, names: string[]): void {
  for (const name of names) {
    try {
      const st = fs.lstatSync(path.join(dir, name));
      if (st.isFile() || st.isSymbolicLink()) fs.unlinkSync(path.join(dir, name));
    } catch {
      // Gone already.
    }
  }
}
