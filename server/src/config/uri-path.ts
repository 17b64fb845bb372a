/**
 * Path arithmetic on URIs (`scheme://authority/a/b.md`), as node:path does it on file paths, for
 * the browser, where the configuration loader names files by URI (client-files.ts). Pure: no
 * Node built-in. The scheme and authority stay as they are; the path part is POSIX.
 */
import type { PathOps } from './files';

const HIERARCHICAL = /^([a-zA-Z][\w+.-]*:\/\/[^/?#]*)([^?#]*)/;

/** A hierarchical URI as its prefix (scheme://authority) and its normalised path; undefined otherwise. */
export function splitUri(uri: string): { prefix: string; path: string } | undefined {
  const m = HIERARCHICAL.exec(uri);
  return m ? { prefix: m[1], path: normalise(m[2] || '/') } : undefined;
}

/** `/a/./b/../c` → `/a/c`; never above the root. */
function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

/** A relative path as written in a .mou.json (`../base config.json`) in URI spelling. */
const encodeSegments = (rel: string): string =>
  rel
    .split('/')
    .map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(safeDecode(s))))
    .join('/');

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parts(uri: string): { prefix: string; path: string } {
  return splitUri(uri) ?? { prefix: '', path: normalise(uri) };
}

export const uriPath: PathOps = {
  sep: '/',
  resolve(...segments: string[]): string {
    let cur = parts(segments[0] ?? '/');
    for (const s of segments.slice(1)) {
      if (splitUri(s)) cur = parts(s);
      else if (s.startsWith('/')) cur = { prefix: cur.prefix, path: normalise(encodeSegments(s)) };
      else cur = { prefix: cur.prefix, path: normalise(`${cur.path}/${encodeSegments(s)}`) };
    }
    return cur.prefix + cur.path;
  },
  dirname(uri: string): string {
    const { prefix, path } = parts(uri);
    return prefix + (path.lastIndexOf('/') > 0 ? path.slice(0, path.lastIndexOf('/')) : '/');
  },
  basename(uri: string): string {
    const { path } = parts(uri);
    return safeDecode(path.slice(path.lastIndexOf('/') + 1));
  },
  join(...segments: string[]): string {
    return uriPath.resolve(segments[0] ?? '/', ...segments.slice(1).map((s) => s.replace(/^\/+/, '')));
  },
  /** Decoded, so that globs (files/ignore) match names as people write them. */
  relative(from: string, to: string): string {
    const a = parts(from);
    const b = parts(to);
    if (a.prefix !== b.prefix) return b.prefix + b.path;
    const x = a.path.split('/').filter(Boolean);
    const y = b.path.split('/').filter(Boolean);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return [...x.slice(i).map(() => '..'), ...y.slice(i)].map(safeDecode).join('/');
  },
};
