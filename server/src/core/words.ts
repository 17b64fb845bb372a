/**
 * Normalised word forms: what lets "Revenue Share & Finance" name the same section as
 * "Finances", and "Responsibility of the School" the same as "Responsibilities". One stemmer (the
 * Porter stemmer from the `stemmer` package) for every phrase the checker matches by word.
 */
import { stemmer } from 'stemmer';
import { memo } from './signals';

const stemWord = memo((w: string): string => (/^[a-z]+$/.test(w) && w.length > 3 ? stemmer(w) : w), 50_000);

/** Words (already lower case, separated by single spaces) → their stems, separated by single spaces. */
export const stemPhrase = memo((phrase: string): string => phrase.split(' ').map(stemWord).join(' '), 50_000);

const INFLECTION = new Set(['', 's', 'es', 'e', 'y', 'ies', 'ing', 'ed', 'd']);

/**
 * Two words are one word form: the same stem, and they differ only by an inflection ("finance" /
 * "finances", "responsibility" / "responsibilities", "safeguards" / "safeguarding") — not by a
 * derivation the stemmer also folds ("governing" / "governance", "effect" / "effectiveness").
 */
export function sameWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 3 && INFLECTION.has(a.slice(i)) && INFLECTION.has(b.slice(i)) && stemPhrase(a) === stemPhrase(b);
}
