/** Every custom method is spelled once, in server/src/protocol.ts (issue 22): the rest import it. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const PROTOCOL = path.join(ROOT, 'server', 'src', 'protocol.ts');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== 'node_modules' && entry !== 'fixtures') out.push(...sources(full));
    } else if (/\.(?:ts|mts|mjs|js)$/.test(entry)) out.push(full);
  }
  return out;
}

/** A whole string literal that is a method name: 'mou/…', "mou/…" or `mou/…` (comments and prose may name them). */
const METHOD_LITERAL = /(['"`])mou\/[A-Za-z]+(?:\/[A-Za-z]+)*\1/g;

/** Source text without its comments (roughly: enough that a comment naming a method is not taken for code). */
const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('protocol.ts is the one place a custom method is spelled', () => {
  it('no other file under server/src, client/src, test or scripts has a "mou/…" method literal', () => {
    const offenders: string[] = [];
    for (const dir of ['server/src', 'client/src', 'test', 'scripts']) {
      for (const file of sources(path.join(ROOT, dir))) {
        if (file === PROTOCOL) continue;
        const text = withoutComments(readFileSync(file, 'utf8'));
        for (const m of text.matchAll(METHOD_LITERAL)) offenders.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('declares each method once', () => {
    const methods = [...readFileSync(PROTOCOL, 'utf8').matchAll(METHOD_LITERAL)].map((m) => m[0]);
    assert.ok(methods.length >= 7, methods.join(', '));
    assert.equal(new Set(methods).size, methods.length, methods.join(', '));
  });
});
