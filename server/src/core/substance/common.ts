/** What every substance check receives and returns, and helpers they share. */
import type { Located } from '../locate';
import type { DocumentModel } from '../model';
import { ATTACHMENT_REF } from '../signals';
import type { Placeholder } from '../types';

export interface SubstanceInput {
  located: Located;
  model: DocumentModel;
}

export interface Judgement {
  /** `missing` when text found only by content turns out not to be this section after all. */
  status: 'present' | 'weak' | 'missing';
  /** One line in plain words: why this status. */
  reason: string;
}

export function locatedText(located: Located): string {
  return located.passages.map((p) => p.text).join('\n');
}

/** Placeholders inside the located headings' sections or passages. */
export function placeholdersIn(input: SubstanceInput): Placeholder[] {
  const spans = input.located.nodes.length
    ? input.located.nodes.map((n) => ({ start: n.heading.start, end: n.end }))
    : input.located.passages;
  return input.model.placeholders.filter((p) => spans.some((s) => p.start >= s.start && p.end <= s.end));
}

export function quoteList(items: string[], max = 3): string {
  const shown = items.slice(0, max).map((s) => `“${s}”`);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}${more}`;
}

/** Attachments the document refers to (Exhibit 1, Annex A, the Cover Page) that it does not contain. */
export function missingAttachments(text: string, model: DocumentModel): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(ATTACHMENT_REF.source, 'gi'))) {
    const name = m[0].replace(/\s+/g, ' ');
    if (!attachmentPresent(name, model)) out.add(name);
  }
  return [...out];
}

const presentCache = new WeakMap<DocumentModel, Map<string, boolean>>();

export function attachmentPresent(name: string, model: DocumentModel): boolean {
  let cache = presentCache.get(model);
  if (!cache) presentCache.set(model, (cache = new Map()));
  const key = name.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const re = new RegExp(`^\\W*${key.replace(/\s+/g, '\\s+')}\\b`, 'i');
  const found =
    model.headings.some((h) => re.test(h.text)) ||
    model.passages.some((p) => p.text.split('\n').some((line) => re.test(line.trim()) && line.trim().length < 120));
  cache.set(key, found);
  return found;
}
