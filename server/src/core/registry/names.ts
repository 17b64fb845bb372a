/**
 * Partner names across agreements: which names are the same organisation, and which are the same
 * name written differently. Pure functions of strings.
 *
 * - The key of a name: lower case, no "the", no legal form (Inc, LLC, Ltd…), no punctuation:
 *   "Acme Robotics, Inc." and "ACME ROBOTICS" have one key.
 * - The compact key also drops spaces and hyphens: "Riverbend Food Bank" and "Riverbend Foodbank".
 * - A short name (one word, or an acronym) joins the one organisation whose name starts with it or
 *   whose initials it is ("ACME" → "Acme Robotics", "NPL" → "Northside Public Library"), never two.
 * - Role names ("the College", "Partner", "the District") name a different body in every agreement:
 *   they never join across agreements.
 */
import { GENERIC, ROLE_ALIAS } from '../party-names';
import { findPlaceholders } from '../placeholders';

const LEGAL_FORM = /(?:,?\s+|\s*\()(?:inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|gmbh|pty(?:\s+ltd)?|pvt(?:\s+ltd)?|bhd|ag|sa|nv|bv|cic|lp|llp)\.?\)?$/i;
/** Words that do not tell one organisation from another on their own. */
const COMMON = /^(?:the|of|and|for|at|in|on|a|an|&)$/i;

/** Words of a name that could be anyone's: "Partner Organization", "Party A", "Partner Name" (a template's "[Partner Name]" read without its brackets). */
const NOBODY = /^(?:partner|partners|organi[sz]ation|organi[sz]ations|party|parties|schools|districts|name|names|insert|here|your|[a-d]|\d)$/;

/** "Acme Robotics, Inc." → "acme robotics"; "" for a role name, a template blank or a name that could be anyone's. */
export function nameKey(name: string): string {
  if (ROLE_ALIAS.test(name.trim()) || findPlaceholders(name).length) return '';
  let n = name.normalize('NFKC').trim().replace(/^the\s+/i, '');
  for (let i = 0; i < 2; i++) n = n.replace(LEGAL_FORM, '');
  const key = n
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
  return key.split(' ').every((w) => GENERIC.test(w) || COMMON.test(w) || NOBODY.test(w)) ? '' : key;
}

/** The key without spaces: "riverbendfoodbank". */
export const compactKey = (key: string): string => key.replace(/\s+/g, '');

/** Is the key one word (or an acronym): a short name, not a full one? */
export const isShortKey = (key: string): boolean => !key.includes(' ');

/** The initials of a key's significant words ("northside public library" → "npl"). */
export function initials(key: string): string {
  return key
    .split(' ')
    .filter((w) => !COMMON.test(w))
    .map((w) => w[0])
    .join('');
}

/** Does a short key name this full key: its first word, or its initials (at least two letters)? */
export function shortNames(short: string, full: string): boolean {
  if (!isShortKey(short) || isShortKey(full) || short.length < 2) return false;
  const first = full.split(' ').find((w) => !COMMON.test(w));
  return (short.length >= 4 && first === short) || (short.length >= 2 && initials(full) === short);
}

/** Levenshtein distance, stopping early past `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Two full keys that are one name written differently: the same without spaces ("food bank" /
 * "foodbank"), or one letter apart in a long name ("acme robotics" / "acme robtics").
 */
export function sameNameSpeltDifferently(a: string, b: string): boolean {
  if (a === b || isShortKey(a) || isShortKey(b)) return false;
  const ca = compactKey(a);
  const cb = compactKey(b);
  if (ca === cb) return true;
  const len = Math.min(ca.length, cb.length);
  return len >= 10 && distance(ca, cb, len >= 24 ? 2 : 1) <= (len >= 24 ? 2 : 1) && a.split(' ')[0].slice(0, 3) === b.split(' ')[0].slice(0, 3);
}
