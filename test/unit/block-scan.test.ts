/**
 * Whole-document questions answered after an edit from the last model's answers (block-scan.ts):
 * the same answers as a scan of every block, with only the replaced blocks read.
 */
import * as assert from 'node:assert/strict';
import { blockHits, firstHit } from '../../server/src/core/block-scan';
import { BlockCache, buildModel, type DocumentModel } from '../../server/src/core/model';

/** An agreement of `n` numbered clauses (one block each, as each opens with a heading); those in `annexAt` refer to an annex. */
const clauses = (n: number, annexAt: number[]): string =>
  Array.from({ length: n }, (_, i) =>
    annexAt.includes(i)
      ? `### ${i + 1}. Equipment\n\nThe Partner will provide the equipment listed in Annex ${String.fromCharCode(65 + i)}.`
      : `### ${i + 1}. Site visits\n\nThe College will host up to ${i + 2} site visits in each term of the agreement.`,
  ).join('\n\n') + '\n';

/** The blocks (index, text) whose text refers to an annex. */
function annexes(model: DocumentModel, key: string, counter: { n: number }) {
  return blockHits(model, key, (_f, i) => {
    counter.n++;
    const m = /Annex (\w)/.exec(model.blocks[i].text);
    return m ? m[1] : null;
  });
}

/** Edit a text as an editor does: tell the cache where, then build the next model. */
function edit(cache: BlockCache, text: string, from: string, to: string): { text: string; model: DocumentModel } {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the text`);
  cache.edited(at, at + from.length, text.length);
  const next = text.slice(0, at) + to + text.slice(at + from.length);
  return { text: next, model: buildModel(next, cache) };
}

describe('block-scan: answers after an edit', () => {
  it('blockHits reads only the replaced block, and gives what a scan of every block gives', () => {
    const cache = new BlockCache();
    const text = clauses(40, [3, 20, 25]);
    const first = buildModel(text, cache);
    const counter = { n: 0 };
    assert.deepEqual(annexes(first, 'annex-a', counter).map((h) => h.value), ['D', 'U', 'Z']);
    assert.equal(counter.n, 40, 'the first model reads every block');

    // A new reference in block 10, text added before the later ones (their offsets move).
    counter.n = 0;
    const { text: t2, model: second } = edit(cache, text, 'up to 12 site visits', 'up to 12 site visits and the kit in Annex Q');
    const hits = annexes(second, 'annex-a', counter);
    assert.equal(counter.n, 1, 'only the edited block is read');
    const fresh = annexes(buildModel(t2, new BlockCache()), 'annex-b', { n: 0 });
    assert.deepEqual(hits, fresh);
    assert.deepEqual(hits.map((h) => h.value), ['D', 'Q', 'U', 'Z']);

    // The reference in block 20 removed.
    const { text: t3, model: third } = edit(cache, t2, 'listed in Annex U', 'listed in the schedule');
    assert.deepEqual(annexes(third, 'annex-a', counter), annexes(buildModel(t3, new BlockCache()), 'annex-c', { n: 0 }));
    assert.deepEqual(annexes(third, 'annex-a', counter).map((h) => h.value), ['D', 'Q', 'Z']);

    // A clause added after block 4: every later block moves down one.
    counter.n = 0;
    const { text: t4, model: fourth } = edit(cache, t3, '### 6. Site visits', '### 5a. Insurance\n\nThe Partner will hold cover as set out in Annex P.\n\n### 6. Site visits');
    const moved = annexes(fourth, 'annex-a', counter);
    assert.equal(counter.n, 1, 'only the block the edit made is read');
    assert.deepEqual(moved, annexes(buildModel(t4, new BlockCache()), 'annex-d', { n: 0 }));
    assert.deepEqual(moved.map((h) => `${h.i}:${h.value}`), ['3:D', '5:P', '11:Q', '26:Z']);
  });

  it('firstHit keeps an earlier answer, moves a later one, and looks further when its block is edited away', () => {
    const cache = new BlockCache();
    const text = clauses(30, [8, 22]);
    const first = buildModel(text, cache);
    const reads = { n: 0 };
    const find = (model: DocumentModel) =>
      firstHit(model, 'first-annex', (_f, i) => {
        reads.n++;
        return /Annex (\w)/.exec(model.blocks[i].text)?.[1] ?? null;
      });
    assert.deepEqual(find(first), { i: 8, value: 'I' });

    reads.n = 0;
    const after = edit(cache, text, 'up to 25 site visits', 'up to 25 supervised site visits');
    assert.deepEqual(find(after.model), { i: 8, value: 'I' });
    assert.equal(reads.n, 0, 'an edit after the answer reads nothing');

    const before = edit(cache, after.text, 'up to 3 site visits', 'up to three site visits');
    assert.deepEqual(find(before.model), { i: 8, value: 'I' });
    assert.equal(reads.n, 1, 'an edit before the answer reads the edited block only');

    // A clause added before the answer: it moves down one, and only the new blocks are read.
    reads.n = 0;
    const added = edit(cache, before.text, '### 3. Site visits', '### 2a. Transport\n\nThe School will arrange buses for each visit.\n\n### 3. Site visits');
    assert.deepEqual(find(added.model), { i: 9, value: 'I' });
    assert.equal(reads.n, 1, 'only the new block is read');
    const removed = edit(cache, added.text, '### 2a. Transport\n\nThe School will arrange buses for each visit.\n\n', '');
    assert.deepEqual(find(removed.model), { i: 8, value: 'I' });

    // Block 8 split into two blocks (a blank line typed): the answer moves to block 10.
    const split = edit(cache, removed.text, '### 9. Equipment', '### 9. Equipment\n\nSee below.\n\n### 9a. Kit');
    assert.deepEqual(find(split.model), { i: 9, value: 'I' });

    const gone = edit(cache, split.text, 'listed in Annex I', 'listed below');
    assert.deepEqual(find(gone.model), { i: 23, value: 'W' });
    assert.deepEqual(find(gone.model), firstHit(buildModel(gone.text, new BlockCache()), 'first-annex-fresh', (_f, i) => /Annex (\w)/.exec(gone.model.blocks[i].text)?.[1] ?? null));
  });
});
