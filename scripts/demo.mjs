// `npm run demo`: checks the bundled example agreement and prints the report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const example = 'examples/riverside-stem-acme-mou.md';
if (!existsSync('dist/cli.js')) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
console.log(`$ mou-check ${example}\n`);
const r = spawnSync(process.execPath, ['dist/cli.js', example], { stdio: 'inherit' });
console.log(
  r.status === 1
    ? '\nmou-check exited 1 because the example has error-level findings (a missing core section); in CI that fails the build.'
    : `\nmou-check exited ${r.status}.`,
);
process.exit(r.status === 2 ? 2 : 0);
