/**
 * Is the agreement signed? Decided from the text, never from the file's history:
 *
 * - front matter `status: draft` (or `proposed`, `unsigned`) says unsigned; `status: signed`
 *   (`executed`, `final`, `active`) or a `signed`/`date-signed` value says signed;
 * - otherwise the signature block (a Signatures section, or from "IN WITNESS WHEREOF" on) decides:
 *   a date written in it ("Date: 12 March 2036"), an electronic signature ("/s/ Dana Whitfield"),
 *   a signature image or a filled "Signature:" line is signed; a block with blanks to sign or
 *   date on ("Signature: ____", an empty "DATE:") and none of those is unsigned; a block with
 *   neither (a section about signatories, "signed on separate pages") is unknown;
 * - no front matter status and no signature block: unknown (not called a draft).
 * The partner registry lists an unsigned agreement as an "unsigned draft".
 */
import type { HeadingIndex } from './locate';
import type { DocumentModel } from './model';
import { datesIn } from './dates/find';
import { passagesIn } from './sections';
import { passagesWhere } from './block-scan';
import { sectionMemo } from './substance/common';

export interface Signing {
  status: 'signed' | 'unsigned' | 'unknown';
  /** Why, in plain words. */
  reason: string;
}

const DRAFT = /^(?:draft|proposed|unsigned|in review|under review|pending)\b/i;
const SIGNED = /^(?:signed|executed|final|active|in force|countersigned)\b/i;
const SIGNED_KEYS = ['signed', 'date-signed', 'date_signed', 'dateSigned', 'signed-on', 'signed_on', 'signedOn', 'executed'];
const WITNESS = /\bin witness whereof\b/i;
/** "/s/ Dana Whitfield": an electronic signature. */
const E_SIGNATURE = /\/s\/\s*\p{L}/u;
/** "Signature: Dana Whitfield" with a name, not a blank. */
const FILLED_SIGNATURE = /\b(?:signature|signed(?:\s+by)?)[*_\s]*[:|][*_\s|]*(?=\p{L})(?!(?:name|title|date|print)\b)/iu;
const BLANK = /_{3,}|\\_\\_|\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|…|\.{4,}/;
/** A signature as an image: `<img … alt="signature">`, `![signature](…)`. */
const IMAGE = /<img\b[^>]*>|!\[[^\]\n]*\]\(/i;
/** A line that asks for a date or a signature ("Date:", "Signature: ____", "Signed:"). */
const SIGN_LINE = /\b(?:date(?:d|\s+signed)?|signature|signed|sign here)\b/i;

export function readSigning(model: DocumentModel, index: HeadingIndex, frontMatter?: Record<string, unknown>): Signing {
  const status = frontMatter?.status;
  if (typeof status === 'string' && DRAFT.test(status.trim())) return { status: 'unsigned', reason: `the front matter says status: ${status.trim()}` };
  if (typeof status === 'string' && SIGNED.test(status.trim())) return { status: 'signed', reason: `the front matter says status: ${status.trim()}` };
  for (const key of SIGNED_KEYS) {
    const v = frontMatter?.[key];
    if ((typeof v === 'string' && v.trim() && !BLANK.test(v)) || v instanceof Date || v === true) return { status: 'signed', reason: `the front matter gives ${key}` };
  }

  const sections = (index.title.get('signatures') ?? []).filter((n) => n.heading.level > 1 || n.heading.start > 0);
  const blocks = sections.map((n) => passagesIn(model.passages, n.heading.end, n.end));
  // "IN WITNESS WHEREOF" and what follows it (found block by block, memoised).
  const [witness] = passagesWhere(model, isWitness);
  if (witness) {
    const at = model.passages.indexOf(witness);
    blocks.push(model.passages.slice(at, at + 15));
  }
  const passages = blocks.flat();
  if (!passages.length) return { status: 'unknown', reason: 'no signature block and no front matter status' };
  // Read again only when the block's text changed: the markdown as written (a signature image is
  // not in a passage's text), compared in order without hashing.
  const written = passages.map((p) => ({ ...p, text: model.text.slice(p.start, p.end) }));
  return sectionMemo('signing', written, () => readBlock(passages.map((p, i) => ({ text: p.text, raw: written[i].text }))));
}

const isWitness = (text: string): boolean => WITNESS.test(text);

function readBlock(passages: Array<{ text: string; raw: string }>): Signing {
  let blanks = false;
  for (const p of passages) {
    if (E_SIGNATURE.test(p.text)) return { status: 'signed', reason: 'the signature block has an electronic signature (/s/)' };
    if (IMAGE.test(p.raw)) return { status: 'signed', reason: 'the signature block has a signature image' };
    for (const raw of p.text.split('\n')) {
      const line = raw.replace(/\\$/, '');
      if (!SIGN_LINE.test(line)) continue;
      const dated = datesIn(line).find((d) => d.dayKnown);
      if (dated && !BLANK.test(line.slice(line.search(SIGN_LINE)))) return { status: 'signed', reason: `the signature block is dated ${dated.text}` };
      if (FILLED_SIGNATURE.test(line) && !BLANK.test(line)) return { status: 'signed', reason: 'the signature block is signed' };
      if (BLANK.test(line) || /[:|]\s*[*_|\s]*$/.test(line)) blanks = true;
    }
  }
  return blanks
    ? { status: 'unsigned', reason: 'the signature block has blanks to sign and date, and no date signed' }
    : { status: 'unknown', reason: 'the signature block has no signature, date signed or blank to sign' };
}
