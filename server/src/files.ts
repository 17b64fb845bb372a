/**
 * Which agreement files (markdown, Word, PDF) a folder holds, for `mou-check <folder>` and the
 * workspace check: not in node_modules, .git or dot folders, and not excluded by the folder's
 * .gitignore files (each applies below its own folder, deeper ones last, `!` re-includes, as git
 * reads them).
 */
import * as path from 'node:path';
import { AGREEMENT_GLOB, MARKDOWN_GLOB } from './protocol';
import { readTextFile } from './read-text';
import type { default as Ignore, Ignore as IgnoreRules } from 'ignore';
import type * as Tinyglobby from 'tinyglobby';

/** Folders never searched for agreements (also for the CLI's globs). */
export const SKIP = ['**/node_modules/**', '**/.git/**'];

/** The largest .gitignore read (bytes). */
const MAX_GITIGNORE_BYTES = 1_000_000;

/**
 * Markdown files under `root`, as sorted paths relative to it (with `/`). Symbolic links are not
 * followed: a linked folder may lead out of the tree (`ln -s /usr x`) or back into it, and a
 * linked file inside the tree is found at its real path anyway. Each real file comes once.
 */
export function markdownUnder(root: string): string[] {
  return filesUnder(root, MARKDOWN_GLOB);
}

/** Markdown, Word (.docx) and PDF files under `root`, as markdownUnder finds markdown. */
export function agreementFilesUnder(root: string): string[] {
  return filesUnder(root, AGREEMENT_GLOB);
}

function filesUnder(root: string, pattern: string): string[] {
  // Loaded here, not at start: only the folder checks need them.
  const { globSync } = require('tinyglobby') as typeof Tinyglobby;
  const ignore = require('ignore') as typeof Ignore;
  // Word's lock files (~$name.docx) are not documents.
  const files = globSync([pattern], { cwd: root, ignore: [...SKIP, '**/~$*'], dot: false, followSymbolicLinks: false });
  const rules = new Map<string, IgnoreRules>();
  for (const g of globSync(['**/.gitignore'], { cwd: root, ignore: SKIP, dot: true, followSymbolicLinks: false })) {
    try {
      rules.set(path.posix.dirname(g) === '.' ? '' : path.posix.dirname(g), ignore().add(readTextFile(path.join(root, g), MAX_GITIGNORE_BYTES)));
    } catch {
      // An unreadable .gitignore excludes nothing.
    }
  }
  if (!rules.size) return files.sort();
  return files.filter((f) => !gitIgnored(f, rules)).sort();
}

/** Is this file (relative to the root, with `/`) excluded by the .gitignore files above it? */
function gitIgnored(file: string, rules: Map<string, IgnoreRules>): boolean {
  const parts = file.split('/');
  let ignored = false;
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    const ig = rules.get(dir);
    if (!ig) continue;
    const r = ig.test(parts.slice(depth).join('/'));
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}
