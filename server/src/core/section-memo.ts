/**
 * What a judge (or the locator) derives from a section's passages alone, kept until one of their texts
 * changes: a keystroke elsewhere in a long document leaves every passage's text the same string.
 */
import type { Passage } from './types';

const sectionMemos = new Map<string, { texts: string[]; kinds: string[]; value: unknown }>();

/** The same texts and kinds, in order (a plain loop: this runs over every passage of a long section at every keystroke). */
function sameTexts(passages: readonly Passage[], texts: readonly string[], kinds: readonly string[]): boolean {
  if (texts.length !== passages.length) return false;
  for (let i = 0; i < texts.length; i++) if (passages[i].text !== texts[i] || passages[i].kind !== kinds[i]) return false;
  return true;
}

/**
 * What a judge derives from a section's passages alone, recomputed only when one of their texts
 * changed. The texts are compared in order, by identity first (a keystroke elsewhere leaves every
 * passage's text the same string), so a long section costs no hashing when it is not edited.
 * `slot` names the computation (one entry each: a document checked after another recomputes).
 */
export function sectionMemo<T>(slot: string, passages: readonly Passage[], compute: () => T): T {
  const last = sectionMemos.get(slot);
  if (last && sameTexts(passages, last.texts, last.kinds)) return last.value as T;
  const value = compute();
  if (sectionMemos.size > 64) sectionMemos.clear();
  sectionMemos.set(slot, { texts: passages.map((p) => p.text), kinds: passages.map((p) => p.kind ?? ''), value });
  return value;
}
