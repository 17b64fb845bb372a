// `npm run demo`: checks the bundled example agreement and prints the report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const example = 'examples/riverside-stem-acme-mou.md';
if (!existsSync('dist/cli.js')) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
console.log(`$ mou-check ${example}\n`);
const r = spawnSync(process.execPath, ['dist/cli.js', example], { stdio: 'inherit' });
console.log(
  r.status === 1
    ? '\nmou-check exited 1 because the example has error-level findings (a missing core section); in CI that fails the build.'
    : `\nmou-check exited ${r.status}.`,
);
// Word: the same agreement written as .docx by mou-check itself, then checked as a Word file
// (findings name the heading and paragraph in Word).
const dir = mkdtempSync(path.join(tmpdir(), 'mou-demo-'));
const docx = path.join(dir, 'riverside-stem-acme-mou.docx');
spawnSync(process.execPath, ['dist/cli.js', '--to-docx', example, '--output', docx], { stdio: 'ignore' });
console.log(`\n$ mou-check --to-docx ${example} --output ${docx}\n$ mou-check ${docx}\n`);
const w = spawnSync(process.execPath, ['dist/cli.js', '--quiet', docx], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(r.status === 2 || w.status === 2 ? 2 : 0);
