/**
 * Questions asked of every block of a document ("does any passage say who to tell when a contact
 * changes?", "which blocks refer to an annex?"), answered at the cost of what an edit changed. A
 * keystroke in a long document leaves every block but one as it was; asking each block's memo
 * still visits thousands of them, many times per keystroke. So each scan remembers where the last
 * model's answers were, and the model built after it reads only the blocks the edit replaced
 * (`model.edit`, recorded by buildModel); the answers after them only move. The result is the
 * same as a scan of every block. (A key is used either by blockHits or by firstHit, which keeps only
 * the first answer.)
 *
 * `compute` must depend on nothing but the block (as for blockMemo): its result is kept per block.
 */
import type { BlockFacts } from './facts';
import { blockMemo, type DocumentModel } from './model';
import type { Passage } from './types';

/** A block with an answer: its index in the model, and the answer. */
export interface BlockHit<T> {
  i: number;
  value: T;
}

/** Each model's answers (by its `facts`, which no later model shares), by scan key. */
const answers = new WeakMap<readonly BlockFacts[], Map<unknown, ReadonlyArray<BlockHit<unknown>>>>();

/** This model's answers to a scan (`done`, when asked already), and the model's before it (`old`), with where to keep its own. */
function lookup<T>(model: DocumentModel, key: unknown): { mine: Map<unknown, ReadonlyArray<BlockHit<unknown>>>; done?: ReadonlyArray<BlockHit<T>>; old?: ReadonlyArray<BlockHit<T>> } {
  let mine = answers.get(model.facts);
  if (!mine) answers.set(model.facts, (mine = new Map()));
  const done = mine.get(key) as ReadonlyArray<BlockHit<T>> | undefined;
  const old = model.edit && (answers.get(model.edit.before)?.get(key) as ReadonlyArray<BlockHit<T>> | undefined);
  return { mine, done, old };
}

/** The blocks for which `compute` gives an answer (not null), in order. */
export function blockHits<T>(model: DocumentModel, key: unknown, compute: (f: BlockFacts, i: number) => T | null): ReadonlyArray<BlockHit<T>> {
  const { facts } = model;
  const { mine, done, old } = lookup<T>(model, key);
  if (done) return done;
  const hits: Array<BlockHit<T>> = [];
  const visit = (i: number): void => {
    const f = facts[i];
    const value = blockMemo(f, key, () => compute(f, i));
    if (value !== null) hits.push({ i, value });
  };
  const e = model.edit;
  if (e && old) {
    let j = 0;
    for (; j < old.length && old[j].i < e.from; j++) hits.push(old[j]);
    for (let i = e.from; i < e.to; i++) visit(i);
    while (j < old.length && old[j].i < e.oldTo) j++;
    const by = e.to - e.oldTo;
    for (; j < old.length; j++) hits.push(by ? { i: old[j].i + by, value: old[j].value } : old[j]);
  } else for (let i = 0; i < facts.length; i++) visit(i);
  mine.set(key, hits);
  return hits;
}

/** The first block for which `compute` gives an answer (not null): like blockHits, reading no further than it must. */
export function firstHit<T>(model: DocumentModel, key: unknown, compute: (f: BlockFacts, i: number) => T | null): BlockHit<T> | undefined {
  const { facts } = model;
  const { mine, done, old } = lookup<T>(model, key);
  if (done) return done[0];
  const scan = (from: number, to: number): BlockHit<T> | undefined => {
    for (let i = from; i < to; i++) {
      const f = facts[i];
      const value = blockMemo(f, key, () => compute(f, i));
      if (value !== null) return { i, value };
    }
    return undefined;
  };
  const e = model.edit;
  let hit: BlockHit<T> | undefined;
  if (e && old) {
    const was = old[0];
    if (was && was.i < e.from) hit = was;
    else {
      hit = scan(e.from, e.to);
      // None among the new blocks: the last first answer, if it was after them, else the first after them.
      if (!hit && was) hit = was.i >= e.oldTo ? { i: was.i + e.to - e.oldTo, value: was.value } : scan(e.to, facts.length);
    }
  } else hit = scan(0, facts.length);
  mine.set(key, hit ? [hit] : []);
  return hit;
}

const keys = new Map<string, string>();

/** One key string per pattern and use (so memo lookups hash it once). */
function keyOf(re: RegExp, use: string): string {
  const k = `${use}:${re.source}/${re.flags}`;
  let interned = keys.get(k);
  if (!interned) {
    if (keys.size > 1000) keys.clear();
    keys.set(k, (interned = k));
  }
  return interned;
}

/** Does any passage's text match? */
export function somePassage(model: DocumentModel, re: RegExp): boolean {
  return firstHit(model, keyOf(re, 'passage'), (f) => (f.passages.some((p) => re.test(p.text)) ? true : null)) !== undefined;
}

/** Does any heading's text match? */
export function someHeading(model: DocumentModel, re: RegExp): boolean {
  return firstHit(model, keyOf(re, 'heading'), (f) => (f.headings.some((h) => re.test(h.text)) ? true : null)) !== undefined;
}

/** The first match of a pattern (without the g flag) in the document's text, looking block by block. */
export function firstMatch(model: DocumentModel, re: RegExp): string | undefined {
  return firstHit(model, keyOf(re, 'first'), (_f, i) => re.exec(model.blocks[i].text)?.[0] ?? null)?.value;
}

const tableKeys = new WeakMap<(text: string) => boolean, object>();

/** The passages whose text `test` accepts, in order (per block, once per distinct block and test). */
export function passagesWhere(model: DocumentModel, test: (text: string) => boolean, wholeTables = false): Passage[] {
  const key = wholeTables ? (tableKeys.get(test) ?? tableKeys.set(test, {}).get(test)!) : test;
  const out: Passage[] = [];
  const hits = blockHits(model, key, (f) => {
    const js = f.passages.flatMap((p, j) => (test(p.text) ? [j] : []));
    if (!js.length) return null;
    if (!wholeTables) return js;
    // A matching header row brings the table's rows ("| Outcome | Measure | Target |" and the rows under it).
    const all = new Set(js);
    for (const j of js.filter((j) => f.passages[j].kind === 'tableRow' && f.passages[j - 1]?.kind !== 'tableRow'))
      for (let k = j + 1; f.passages[k]?.kind === 'tableRow'; k++) all.add(k);
    return [...all].sort((a, b) => a - b);
  });
  for (const { i, value } of hits) for (const j of value) out.push(model.passages[model.firstPassage[i] + j]);
  return out;
}
