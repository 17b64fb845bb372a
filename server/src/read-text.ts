/**
 * Reading a text file from a workspace or a command line, bounded: the size is checked before
 * reading (and again on the open file), at most the limit is read, and only regular files are
 * read (a symlink to /dev/zero, a FIFO or a socket is refused at once, never read from). Text is
 * UTF-8, or UTF-16 when it starts with a byte-order mark; a UTF-8 BOM is dropped.
 */
import * as fs from 'node:fs';

/** A file that cannot be read as text: `message` says why, in plain words. */
export class TextFileError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Why a file system call failed, in words (for messages like "a.md: permission denied"). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return code ? `cannot read (${code})` : String((e as Error)?.message ?? e);
  }
}

function kindOf(st: fs.Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder, not a file';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device, not a file';
  if (st.isFIFO()) return 'a pipe (FIFO), not a file';
  if (st.isSocket()) return 'a socket, not a file';
  return 'not a regular file';
}

const size = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} KB` : `${n} bytes`);

/** The bytes of `file`, at most `maxBytes`; throws TextFileError for anything else. */
export function readBounded(file: string, maxBytes: number): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new TextFileError(describeFsError(e), (e as NodeJS.ErrnoException).code);
  }
  const kind = kindOf(st);
  if (kind) throw new TextFileError(kind, 'ENOTFILE');
  if (st.size > maxBytes) throw new TextFileError(`too large (${size(st.size)}; the limit is ${size(maxBytes)})`, 'EFBIG');
  let fd: number;
  try {
    // Non-blocking: a FIFO swapped in after the stat above must not block the open.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new TextFileError(describeFsError(e), (e as NodeJS.ErrnoException).code);
  }
  try {
    const kindNow = kindOf(fs.fstatSync(fd));
    if (kindNow) throw new TextFileError(kindNow, 'ENOTFILE');
    // One byte more than allowed tells a file that grew past the limit since the stat.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) throw new TextFileError(`too large (more than ${size(maxBytes)})`, 'EFBIG');
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof TextFileError) throw e;
    throw new TextFileError(describeFsError(e), (e as NodeJS.ErrnoException).code);
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes as text: UTF-16 (LE or BE) after its byte-order mark, else UTF-8 (a BOM dropped). */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2));
    if (le.length % 2 === 0) le.swap16();
    else swapOdd(le);
    return le.toString('utf16le');
  }
  if (buf.includes(0)) throw new TextFileError('not a text file (it contains NUL bytes and no UTF-16 byte-order mark)', 'EBINARY');
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function swapOdd(b: Buffer): void {
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
}

/** A text file, bounded (readBounded) and decoded (decodeText). */
export function readTextFile(file: string, maxBytes: number): string {
  return decodeText(readBounded(file, maxBytes));
}
