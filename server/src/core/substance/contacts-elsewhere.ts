/**
 * Where else a contacts section sends the reader for its people: the signature block ("Notices … go to the
 * contacts in the signature block below") or the foot of the page ("The contacts for this agreement are shown at
 * the foot of this page").
 */
import type { DocumentModel } from '../model';
import type { Passage } from '../types';
import { matchHeading } from '../title-match';
import { firstAtOrAfter } from '../sections';

/**
 * A signature block: "Signed for and on behalf of …", "Signature: ____", "Name: … / Title: … / Date: …" lines,
 * or a line of dots to sign on over a name and a date ("......" / "Prof. … / Vice-Chancellor / Date: 6th August 2025").
 */
export const signatureCard = (text: string): boolean =>
  SIGNATURE_PASSAGE.test(text) || (/^[\s*_|]*(?:date|dated)\s*[:|]/im.test(text) && (/^[\s*_|]*name\s*[:|]/im.test(text) || /^[\s*|]*(?:\.{10,}|_{10,}|…{4,})[\s*|]*$/m.test(text)));
const SIGNATURE_PASSAGE = /^[\s*_]*(?:signed\s+)?(?:for\s+and\s+)?on\s+behalf\s+of\b|^[\s*_]*signed\s+(?:for|by)\b|^[\s*_|]*signature\s*[:|]/im;

/** A contacts clause that sends the reader to the signatures ("Notices … go to the contacts in the signature block below"). */
export const TO_SIGNATURES = /\b(?:contacts?|persons?|people|representatives?|details|addresses)\b[^.]{0,40}\b(?:in|on|under|below|beneath|beside|with) (?:the |each party's )?(?:signature (?:blocks?|pages?|sections?|table)|signatures|signatories)\b/i;

/**
 * …or to the foot of the page ("The contacts for this agreement are shown at the foot of this page", "the officers named in the
 * footer"), or to the letter's signer there ("The College's contact remains the undersigned").
 */
export const TO_FOOT = /\b(?:contacts?|persons?|people|officers?|representatives?|details|addresses)\b[^.]{0,40}\b(?:(?:at|in|on) the (?:foot|bottom|end) of (?:this|the|each) (?:page|agreement|document|letter|memorandum)|in the (?:page )?footer)\b|\b(?:contact|representative|liaison)\s+(?:is|remains|will be|will remain|continues to be)\s+(?:the\s+)?undersigned\b/i;

/**
 * The signature block a contacts clause points to: from the first signing card after the clause, to the end (at
 * most 40 passages). `pointer` is the index in `passages` of the clause that points there (-1: none).
 */
export function signatureBlockPassages(passages: readonly Passage[], pointer: number, model: DocumentModel): Passage[] {
  const from = passages[pointer];
  if (!from) return [];
  const mine = new Set(passages);
  const i = model.passages.findIndex((p) => p.start > from.start && !mine.has(p) && signatureCard(p.text));
  return i < 0 ? [] : model.passages.slice(i, i + 40).filter((p) => !mine.has(p) && p.kind !== 'heading');
}

/** The foot of the document a contacts clause points to: its last passages after the clause (at most 8). */
export function footPassages(passages: readonly Passage[], pointer: number, model: DocumentModel): Passage[] {
  const from = passages[pointer];
  if (!from) return [];
  const mine = new Set(passages);
  return model.passages.slice(-8).filter((p) => p.start > from.start && !mine.has(p) && p.kind !== 'heading');
}

/**
 * The cards a contacts clause introduces when each stands under its own title ("The following persons are
 * responsible…:" over "**Lakeshore Community College**" / "Prof. … · rsowell@…"): the passages after the
 * clause, up to the next title that names a section (at most 12).
 */
export function introducedCards(passages: readonly Passage[], model: DocumentModel): Passage[] {
  const last = passages.filter((p) => p.kind !== 'heading').at(-1);
  if (!last || !/:\s*$/.test(last.text)) return [];
  const out: Passage[] = [];
  const from = firstAtOrAfter(model.passages, last.start + 1);
  for (const p of model.passages.slice(from, from + 12)) {
    if (p.kind === 'heading' && matchHeading(p.text).length > 0) break;
    if (p.kind !== 'heading') out.push(p);
  }
  return out;
}
