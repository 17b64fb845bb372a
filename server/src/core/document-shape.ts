/** What a document is laid out as, for the agreement call (detect.ts): a letter's subject line, a cover page and contents only. */
import type { DocumentModel } from './model';
import { memo } from './signals';

/** A letter's subject line near its top ("**Re: Renewal of our Memorandum of Understanding**", or a bold line after "Dear …,"). */
export function letterSubject(model: DocumentModel): string | undefined {
  const top = model.text.slice(0, 2500);
  const m = /^[\s*_>]*(?:re|subject)\s*:\s*([^\n]{4,200})/im.exec(top);
  // (…or a bold line of its own after the greeting: "Dear Graham," / "**Extension of the Memorandum of Understanding …**".)
  const bold = m ? undefined : /^Dear [^\n]{1,60}\r?\n[ \t]*\r?\n[ \t]*(?:\*\*|__)([^\n*_]{4,200})(?:\*\*|__)[ \t]*$/m.exec(top);
  return (m ?? bold)?.[1].replace(/[*_]+\s*$/, '').trim() || undefined;
}

/**
 * A title block's second line: the second line of a first paragraph that stands before any heading,
 * or a one-line paragraph right under the first heading ("**OTROSÍ No. 1 AL CONVENIO MARCO …**" over
 * its translation, "**AMENDMENT No. 1 TO FRAMEWORK COOPERATION AGREEMENT …**").
 */
/** A paragraph of one short line with no closing punctuation: a title's line. */
const oneLine = (p: { text: string }): boolean => !p.text.includes('\n') && p.text.length <= 200 && !/[.:;,]$/.test(p.text.trim());

export function titleSecondLine(model: DocumentModel): string | undefined {
  const [p, h, next] = [model.passages[0], model.headings[0], model.headings[1]];
  // A subtitle written as the next heading, with nothing between ("# STRATHMORE VALLEY GIRLS IN STEM" / "## Partnership Declaration 2025–2028").
  if (h && next && h.start === 0 && next.level > h.level && next.start < 300 && (!p || p.start > next.start) && !model.text.slice(h.end, next.start).trim().replace(/^#+\s*/, '').length) return next.text.slice(0, 200);
  if (p?.kind !== 'paragraph') return undefined;
  if (!h || p.start < h.start) {
    // (…or the one-line paragraph after a one-line first: "*Library Board – Report 2025-02, Appendix C*" over
    // "Memorandum of Understanding – Open Council Data Nights 2025", a title written as a plain line.)
    const q = model.passages[1];
    const second = p.text.split('\n', 2)[1] ?? (q?.kind === 'paragraph' && oneLine(p) && oneLine(q) && (!h || q.start < h.start) && q.start < 600 ? q.text : undefined);
    return second?.replace(/^#{1,6}\s+/, '').slice(0, 200);
  }
  const underTitle = h.level <= 7 && h.start < 600 && (!next || next.start > p.start) && oneLine(p);
  return underTitle ? p.text : undefined;
}

/**
 * The title block's lines joined: the first heading (when the text starts with it) and the short lines that
 * follow it, before the first sentence ("ADDENDUM No. 2 / ADENDA No. 2" + "to the Agreement for the Bellmore
 * Summer Spanish Program…"; "AMENDMENT NO. 1" + "TO THE MEMORANDUM OF UNDERSTANDING BETWEEN …").
 */
export function titleBlock(model: DocumentModel): string {
  const lines: string[] = [];
  const h = model.headings[0]?.start < 100 ? model.headings[0] : undefined;
  if (h) lines.push(h.text);
  for (const p of model.passages) {
    if (p.start > 800 || lines.length >= 4 || (model.headings[0] && model.headings[0] !== h && p.start > model.headings[0].start)) break;
    if (h && p.start < h.start) continue;
    const first = p.text.split('\n').slice(0, 3).filter((l) => l.length <= 200 && l.split(/\s+/).length <= 30 && !/[.;:,]\s*$/.test(l));
    if (!first.length) break;
    lines.push(...first);
  }
  return lines.join(' ');
}

/** A text shortened for a reason: at most 70 characters. */
export const shorten = (t: string): string => (t.length > 70 ? `${t.slice(0, 67)}…` : t);

/** A table of contents' line: a title, dot leaders and a page ("4.   Institute obligations ........ 6"). */
const CONTENTS_LINE = /^[^\n]{2,100}?(?:\s?\.){5,}\s*(?:\d{1,3}|[ivxlc]{1,6})\s*$/i;

/** Only a cover page and a table of contents: eight or more contents lines and little other text. */
export function contentsOnly(model: DocumentModel): boolean {
  let contents = 0;
  let other = 0;
  for (const p of model.passages) {
    if (p.start > 200_000) break;
    for (const line of p.text.split('\n')) {
      if (CONTENTS_LINE.test(line.trim())) contents++;
      else other += line.trim().length;
    }
    if (other > 1500) return false;
  }
  return contents >= 8;
}

/** Signing as the act that binds: "By signing below, Ironbridge and Lincoln Middle School renew it", "by their signatures the parties agree". */
export const SIGNING_BINDS = /\bby (?:signing (?:below|here|overleaf|this (?:agreement|memorandum|mou|moa|letter|renewal|extension|document|charter|compact))|(?:their|our|its) signatures?(?: below| hereto)?)\b[^.]{0,100}?\b(?:agrees?|renews?|extends?|confirms?|commits?|accepts?|adopts?)\b/gi;
/** A letter agreement: "this letter sets out the terms…", "please countersign", "ACCEPTED:". */
export const LETTER_TERMS =
  /\b(?:pleased|happy|glad|delighted) to (?:extend|renew|continue)\b[^.]{0,40}\b(?:memorandum|MOU|MoU|agreement|partnership|arrangement)\b|\b(?:I am|I'm|we are|we're) writing\b[^.]{0,80}\bto (?:propose|confirm|record|set out|formali[sz]e)\b|\b(?:treat|take|regard) this (?:e-?mail|letter|message) as (?:our|an|the|a) (?:agreement|arrangement|understanding)\b|\bfor this (?:e-?mail|letter|message|exchange) to (?:be|serve as|stand as) (?:our|an|the|a) (?:agreement|arrangement|record of (?:our|the) agreement)\b|\bthis (?:letter|e-?mail|message)\b[^.]{0,60}\b(?:sets? out|confirms?|records?|constitutes?|serves? as|summari[sz]es?|puts? (?:down|in writing))\b[^.]{0,40}\b(?:terms?|arrangements?|agreement|understanding|agreed|commitments?|what (?:we|each of us|both of us|you)(?:'re| are| will| have)? (?:offering|offer|providing|provide|agreed|do|doing))\b|\bthis (?:letter|e-?mail|message)\b(?:,[^.,]{0,40},)? (?:renews|extends|amends|varies)\b[^.]{0,60}\b(?:programme|program|partnership|agreement|memorandum|mou|arrangement)\b/gi;
export const LETTER_ACCEPTANCE = /\b(?:please )?(?:countersign(?:ed by you)?|sign (?:below |here |this letter |where indicated |at the (?:bottom|foot) )?(?:and date (?:the |this |one )?(?:copy|letter)(?: below)? )?and (?:return|send (?:it |this |a (?:signed )?copy |one copy )?back)(?!\s+(?:the|a|an|your|their|each|all)\s+(?:[\w-]+\s+){0,3}?(?:slips?|forms?|permissions?|consents?)\b))\b|\breply\s+["“']?agreed\b|^(?:subject|re)\s*:[^\n]{0,80}\b(?:confirming|confirmation of) (?:our |the )?(?:agreement|arrangement)\b|^[*_]*(?:agreed|accepted)(?: and (?:agreed|accepted))?\s*(?:to\s*)?(?::|by\b|on behalf of\b|as (?:above|set out above|written)\b)|^[*_>\s]*(?:agreed|confirmed|accepted)[.!]?[*_]*(?:[ \t]+[—–-][ \t]|[ \t]*$)/gim;

/** "For the Sponsor", "On behalf of Harbor City College:", "Signed for the District": a side signing, on a line of its own. */
const SIGNS_FOR = /^(?:signed\s+)?(?:for|on behalf of)\s+(?:and on behalf of\s+)?(?:the\s+)?(\p{L}[^:\n]{2,80}?)\s*:?$/iu;
/** "Accepted and agreed on behalf of Millbrook Community College": the other side accepting what is written above, as it signs. */
const ACCEPTS_FOR = /^(?:accepted|agreed)(?:\s+and\s+(?:accepted|agreed))?(?:\s+to)?\s+(?:for|on behalf of|by)\s+(?:the\s+)?(\p{L}[^:\n]{2,80}?)\s*:?$/iu;
/** A signing field filled in ("Signature: *N. Osei*", "Date: 16 September 2025"), not a blank to sign on. */
const FILLED_FIELD = /^[*_\s|]*(?:signature|signed|name|date)\s*[:|]\s*[*_]*[\p{L}\d]/iu;
/** What follows a side's signing line: its signature, name, title or date, or a signature in italics. */
const SIGN_FIELD = /^[*_\s|]*(?:signature|signed|sign|name|title|date|by)\b|^\/s\/|^[*_]\p{Lu}[^*_\n]{2,60}[*_]\s*$/iu;
/** A date as a signature line ends with it: "9/2/25", "2 Sept 2025", "September 2, 2025", "2025-09-02". */
const SIGN_DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})`;
/**
 * A signature line with the signer's organisation and a date: "*Marisol Ortega* — Eastgate Branch Library, 3/28/25",
 * "/s/ Luis Ortega, owner, Tinker Loft — 9/2/25" (the organisation is the last part before the date).
 */
const NAME_ORG_DATE = new RegExp(String.raw`^(?:\/s\/\s*)?[*_]*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}[*_]*\s*[,—–-]\s*([^\n]{3,120}?)\s*[,—–-]\s*(?:date:?\s*)?${SIGN_DATE}\s*$`, 'u');
/** An acceptance just above the signatures: "OK'd, shook on it, we're doing this:", "Agreed:". */
const ACCEPTED_ABOVE = /^[*_\s]*(?:agreed|ok'?d|okayed|accepted|confirmed|we agree)\b|\bshook (?:on it|hands)\b/i;

/**
 * The sides that sign at the end of the document (its last 2,500 characters), each once, and whether a line that
 * accepts what is written ("Agreed:", "OK'd, shook on it") stands just above them.
 */
export const signingSides = (model: DocumentModel): { sides: string[]; accepted: boolean; countersigned?: string } => sidesOf(model.text.slice(-2500));

/**
 * (Read once per text of the document's end: a keystroke anywhere else finds it unchanged.) `countersigned`: the side
 * that signs, filled in, under its own line accepting what is written ("Accepted and agreed on behalf of …").
 */
const sidesOf = memo((tail: string): { sides: string[]; accepted: boolean; countersigned?: string } => {
  const lines = tail.split(/\r\n|\r|\n/).map((l) => l.trim());
  const sides: string[] = [];
  let countersigned: string | undefined;
  let first = -1;
  const add = (name: string, at: number) => {
    const key = name.toLowerCase().replace(/[*_]/g, '').replace(/[\s,.]+(?:inc|llc|ltd|plc)\.?$/, '').trim();
    if (key && !sides.includes(key)) sides.push(key);
    if (first < 0) first = at;
  };
  lines.forEach((line, i) => {
    const bare = line.replace(/^#{1,6}\s+/, '').replace(/^[*_]+|[*_]+$/g, '').trim();
    const accepts = ACCEPTS_FOR.exec(bare);
    if (accepts && lines.slice(i + 1, i + 8).some((l) => FILLED_FIELD.test(l))) countersigned ??= accepts[1].replace(/[*_]/g, '').trim();
    const m = SIGNS_FOR.exec(bare);
    if (m && lines.slice(i + 1, i + 5).some((l) => SIGN_FIELD.test(l))) return add(m[1], i);
    const n = NAME_ORG_DATE.exec(line);
    if (n) add(n[1].split(/\s*[,—–]\s*/).pop()!.replace(/^for\s+/i, ''), i);
  });
  const accepted = first > 0 && lines.slice(Math.max(0, first - 3), first).some((l) => l.length <= 100 && ACCEPTED_ABOVE.test(l));
  return { sides, accepted, countersigned };
}, 50);
