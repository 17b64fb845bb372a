/** The store behind remembered findings and parsed blocks (server/src/startup/json-store.ts): keys, pruning, idle writes. */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { JsonStore } from '../../server/src/startup/json-store';

const isList = (v: unknown): v is number[] => Array.isArray(v);
const fresh = (limit = 200) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mou-store-'));
  return { dir, store: new JsonStore<number[]>(dir, 'build-1', { valid: isList, limit, folder: 'findings' }) };
};

describe('JsonStore', () => {
  it('keys depend on the build, the options and the text, nothing else', () => {
    const { dir, store } = fresh();
    const other = new JsonStore<number[]>(dir, 'build-2', { valid: isList, folder: 'findings' });
    const k = store.key('text', { playbook: 'mou' });
    assert.equal(store.key('text', { playbook: 'mou' }), k);
    assert.notEqual(store.key('text ', { playbook: 'mou' }), k);
    assert.notEqual(store.key('text', { playbook: 'industry-partnership' }), k);
    assert.notEqual(other.key('text', { playbook: 'mou' }), k);
  });

  it('writes on flush only what is still current, and reads it back', () => {
    const { store } = fresh();
    store.remember('a', () => ({ key: 'ka', value: [1] }));
    store.remember('b', () => undefined); // edited since: nothing to remember
    assert.equal(store.get('ka'), undefined, 'nothing is written before the server is idle');
    store.flush();
    assert.deepEqual(store.get('ka'), [1]);
    assert.equal(store.get('kb'), undefined);
  });

  it('with delayMs Infinity writes only on flush, never on a timer, in a folder of its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-store-'));
    const onFlush = new JsonStore<number[]>(dir, 'build-1', { valid: isList, folder: 'blocks', delayMs: Infinity });
    const idle = new JsonStore<number[]>(dir, 'build-1', { valid: isList, delayMs: 5, folder: 'findings' });
    onFlush.remember('a', () => ({ key: 'ka', value: [1] }));
    idle.remember('a', () => ({ key: 'kb', value: [2] }));
    // (A timer of Infinity ms would be one of 1 ms in Node, and fire before the idle store's.)
    while (!existsSync(path.join(dir, 'findings', 'kb.json'))) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(existsSync(path.join(dir, 'blocks')), false, 'nothing was written before the flush');
    onFlush.flush();
    assert.deepEqual(readdirSync(path.join(dir, 'blocks')), ['ka.json']);
    assert.deepEqual(onFlush.get('ka'), [1]);
    assert.equal(idle.get('ka'), undefined, 'the two stores do not share entries');
  });

  it('keeps the most recently used entries up to its limit', () => {
    const { dir, store } = fresh(3);
    const at = (key: string, seconds: number) => utimesSync(path.join(dir, 'findings', `${key}.json`), seconds, seconds);
    for (const [i, key] of ['k1', 'k2', 'k3'].entries()) {
      store.remember(key, () => ({ key, value: [i] }));
      store.flush();
      at(key, 1000 + i);
    }
    assert.deepEqual(store.get('k1'), [0]); // used now: the newest
    store.remember('k4', () => ({ key: 'k4', value: [4] }));
    store.flush();
    assert.deepEqual(readdirSync(path.join(dir, 'findings')).sort(), ['k1.json', 'k3.json', 'k4.json']);
  });

  it('is off without a directory or a build identity, and never throws', () => {
    for (const store of [new JsonStore<number[]>(undefined, 'b', { valid: isList, folder: 'findings' }), new JsonStore<number[]>(tmpdir(), undefined, { valid: isList, folder: 'findings' })]) {
      assert.equal(store.enabled, false);
      store.remember('a', () => ({ key: 'k', value: [1] }));
      store.flush();
      assert.equal(store.get('k'), undefined);
    }
    // A cache "directory" that is a file: nothing can be written under it.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mou-store-')), 'a-file');
    writeFileSync(file, '');
    const unwritable = new JsonStore<number[]>(file, 'b', { valid: isList, folder: 'findings' });
    unwritable.remember('a', () => ({ key: 'k', value: [1] }));
    assert.doesNotThrow(() => unwritable.flush());
    assert.equal(unwritable.get('k'), undefined);
  });
});
