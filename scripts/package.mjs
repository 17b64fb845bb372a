// `npm run package`: mou-author.vsix, the extension as VS Code installs it.
//
// package.json's `files` is the one list of what ships, for the npm package (mou-check and the
// language server for other editors) and for the extension. The extension needs all of it except
// the CLI (dist/cli.js, over 1 MB): VS Code never runs it. vsce will not take a .vscodeignore
// beside `files`, so the extension is packaged from a staging folder whose manifest is
// package.json without the CLI's entry, `bin` and the build step (dist/ is built first, here).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
/** In `files` for npm, not in the extension. */
const NOT_IN_EXTENSION = ['dist/cli.js'];
/** What vsce adds by itself when they are there. */
const ALWAYS = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

if (!process.argv.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const files = manifest.files.filter((f) => !NOT_IN_EXTENSION.includes(f));
const staged = { ...manifest, files, scripts: { ...manifest.scripts } };
delete staged.bin;
delete staged.scripts['vscode:prepublish'];
delete staged.scripts.prepack;

const stage = mkdtempSync(path.join(tmpdir(), 'mou-vsix-'));
try {
  for (const f of [...files, ...ALWAYS]) {
    const from = path.join(ROOT, f);
    if (!existsSync(from)) {
      if (ALWAYS.includes(f)) continue;
      throw new Error(`${f} is listed in package.json "files" but is not there: run npm run build first`);
    }
    cpSync(from, path.join(stage, f), { recursive: true });
  }
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(staged, null, 2) + '\n');
  const out = path.join(ROOT, 'mou-author.vsix');
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', out], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
