/** The recitals ("WHEREAS…", "Background"): the story so far, which commits no one. */
import type { DocumentModel } from '../model';
import { headingReach, startingIn } from '../sections';

/** A recitals or background heading's reach: to the next heading at its level or above. */
const RECITALS = /^(?:(?:(?:article|section|part|clause)\s+)?[\divxlc]+[.)]?\s*[—–:.-]?\s+)?(?:recitals?|background|declarations?(?:\s*\/\s*recitals)?|declaraciones(?:\s*\/\s*recitals)?|whereas|preamble|introduction|about the parties|the parties)\s*:?$/i;
/** The close of the recitals: "NOW, THEREFORE, … the Parties agree as follows", "IT IS HEREBY AGREED", a line "AGREEMENT" over the terms. */
const RECITALS_CLOSE = /^\W*now,?\s+therefore\b|\b(?:agree|agreed|covenant)\s+as\s+follows\b|^\W*it\s+is\s+(?:hereby\s+)?agreed\b|^\W*(?:the\s+)?(?:agreement|terms(?: and conditions)?|operative provisions)\W*$/i;
export function recitalRanges(model: DocumentModel): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  model.headings.forEach((h, k) => {
    if (!RECITALS.test(h.text.trim())) return;
    // ("**Background.** Employers in the region report…": a run-in title's reach is its own paragraph.)
    if (h.kind === 'runin') {
      const own = model.passages.find((p) => p.start >= h.end);
      if (own && own.start <= h.end + 2) out.push([h.end, own.end]);
      return;
    }
    let end = headingReach(model, k);
    // (…or to their close, "NOW, THEREFORE, … the Parties agree as follows:", where no heading follows.)
    const close = startingIn(model.passages, h.end, end).find((p) => RECITALS_CLOSE.test(p.text));
    if (close) end = close.end;
    out.push([h.end, end]);
  });
  return out;
}

/** Passages outside the recitals (the same array when none is inside them): the recitals tell the story so far and commit no one. */
export function outsideRecitals<P extends { start: number }>(model: DocumentModel, passages: P[]): P[] {
  const recitals = recitalRanges(model);
  const inside = (p: P) => recitals.some(([a, b]) => p.start >= a && p.start < b);
  return recitals.length && passages.some(inside) ? passages.filter((p) => !inside(p)) : passages;
}
