/**
 * One party's names as the text uses them: whether two names are one party, whether a text
 * mentions a party, whether an email's domain carries its name; memos kept per party.
 */
import type { Party } from './parties';
import { GENERIC } from './party-names';
import { memo } from './signals';

const significantWords = memo((name: string): string[] => name.split(/[\s,]+/).filter((w) => w.length > 1 && !GENERIC.test(w)));

/** Two names for the same party: one contains the other as whole words. */
export function sameParty(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 3 && wordIn(long, short);
}

/**
 * Two groups of names that share a word but name two organisations: their full names have no
 * distinctive word in common ("District Board of Trustees of Sandhill Community College" and
 * "School Board of Pinecrest County", whose short name is "the District").
 */
export function distinctOrganisations(a: readonly string[], b: readonly string[]): boolean {
  if (a.some((x) => b.some((y) => x.toLowerCase() === y.toLowerCase()))) return false;
  const longest = (ns: readonly string[]) => ns.reduce((l, n) => (n.length > l.length ? n : l), '');
  const [la, lb] = [longest(a), longest(b)];
  // (Words of three letters or more, without list numbers and stops: "A. The District" has none but "District".)
  const words = (n: string) => n.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}&'’-]/gu, '').toLowerCase()).filter((w) => w.length > 2 && !GENERIC.test(w));
  const [wa, wb] = [words(la), words(lb)];
  if (!wa.length || !wb.length || /\.\s/.test(la + lb) || sameParty(la, lb)) return false;
  return !wb.some((w) => wa.includes(w));
}

const partyMemos = new Map<string, (text: string) => unknown>();

/**
 * A per-text memo of `fn` for one party: keyed by the party's names, so it outlives the analysis
 * (the Party objects are new each time, their names are not). `kind` tells memos of one party apart.
 */
export function perParty<T>(party: Party, kind: string, fn: (text: string) => T): (text: string) => T {
  const key = `${kind}\n${party.names.join('\n')}`;
  let m = partyMemos.get(key);
  if (!m) {
    if (partyMemos.size > 200) partyMemos.clear();
    partyMemos.set(key, (m = memo(fn, 20_000)));
  }
  return m as (text: string) => T;
}

/** Does this text mention the party by one of its names (or by the distinctive words of its full name)? */
export function mentions(text: string, party: Party): boolean {
  return perParty(party, 'mentions', (t) => mentionsUncached(t, party.names))(text);
}

function mentionsUncached(text: string, names: readonly string[]): boolean {
  // A heading in capitals ("WHAT THE LIBRARY PROVIDES") names the Library by its whole name or alias.
  // (…or by the first two distinctive words of it, as in any case: "WHAT CIVIC HACK DOES" for Civic Hack Fraserbank.)
  if (text.length > 3 && text === text.toUpperCase() && /\p{Lu}/u.test(text) && names.some((x) => wordIn(text, x.toUpperCase()) || (significantWords(x).length >= 2 && wordIn(text, significantWords(x).slice(0, 2).join(' ').toUpperCase())))) return true;
  for (const n of names) {
    if (wordIn(text, n)) return true;
    const sig = significantWords(n);
    if (sig.length >= 2 && wordIn(text, sig.slice(0, 2).join(' '))) return true;
    if (sig.length === 1 && sig[0].length >= 4 && /^\p{Lu}/u.test(sig[0]) && wordIn(text, sig[0])) return true;
  }
  // "What the library does" for Fraserbank Public Library: the kind of body its full name ends with, after "the".
  const head = headNoun(names);
  return !!head && text.toLowerCase().includes(`the ${head}`) && new RegExp(`\\bthe ${head}\\b`, 'i').test(text);
}

/** The kind of body a party's longest name ends with ("library" for "Fraserbank Public Library"), when it is one. */
const HEAD_NOUNS = new Set(['library', 'college', 'school', 'museum', 'council', 'university', 'centre', 'center', 'hospital', 'trust', 'foundation', 'society', 'academy', 'institute', 'club', 'hub', 'network', 'authority', 'polytechnic', 'zoo', 'gallery', 'charity']);
function headNoun(names: readonly string[]): string | undefined {
  const longest = names.reduce((l, n) => (n.length > l.length ? n : l), '');
  const words = longest.trim().split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase();
  return words.length >= 2 && HEAD_NOUNS.has(last) ? last : undefined;
}

/** An email address whose domain carries the party's distinctive name ("@cascadiapl.com" for Cascadia Power & Light). */
export function emailDomainMatches(email: string, party: Party): boolean {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return party.names.some((n) => {
    const sig = significantWords(n);
    return sig.length > 0 && sig[0].length >= 4 && domain.includes(sig[0].toLowerCase());
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is the code point ending just before `i` (or starting at `i`) a letter or digit? */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  const cp = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : lo;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Does the phrase occur in the text as whole words (no letter or digit right before or after it)?
 * An indexOf scan: one regular expression per phrase would cost a Unicode-class compile each.
 */
export function wordIn(text: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!wordCharBefore(text, i) && !wordCharAt(text, i + phrase.length)) return true;
  }
  return false;
}
