/** No source file of the server or the client over 300 lines: a file that grows past it is split by job. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const LIMIT = 300;

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}/${e.name}`) : /\.(ts|mts|js|mjs)$/.test(e.name) ? [`${dir}/${e.name}`] : [],
  );
}

const lines = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').replace(/\n$/, '').split('\n').length;

describe(`source files (server/src, client/src) are at most ${LIMIT} lines`, () => {
  const all = [...files('server/src'), ...files('client/src')];

  it('no file over the limit', () => {
    const over = all.filter((f) => lines(f) > LIMIT).map((f) => `${f}: ${lines(f)} lines`);
    if (over.length) assert.fail(`over ${LIMIT} lines (split them by job):\n${over.join('\n')}`);
  });
});
