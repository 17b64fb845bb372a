/** What every substance check receives and returns, and helpers they share. */
import type { Located } from '../locate';
import type { BlockFacts } from '../facts';
import { blockMemo, modelMemo, type DocumentModel } from '../model';
import { headingReach, startingIn } from '../sections';
import { ATTACHMENT_REF, memo } from '../signals';
import type { Evidence, Passage, Placeholder } from '../types';
import type { Party } from '../parties';

/** (In section-memo.ts, so the locator can use it too; re-exported for the judges.) */
export { sectionMemo } from '../section-memo';

export interface SubstanceInput {
  located: Located;
  model: DocumentModel;
  /** The parties the agreement names (duties and contributions are attributed to them). */
  parties: Party[];
}

export interface Judgement {
  /** `missing` when text found only by content turns out not to be this section after all. */
  status: 'present' | 'weak' | 'missing';
  /** One line in plain words: why this status. */
  reason: string;
  /** The passages the status rests on. */
  evidence?: Evidence[];
  /** For weak: what would make it present, in plain words (default: the check's own). */
  lookedFor?: string;
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

/** Where a text refers to attachments ("Exhibit 1", "Annex A", "cover page"): names as written, spaces folded. */
export function findAttachmentRefs(text: string): Array<{ name: string; start: number; end: number }> {
  // ("2. Schedule a trained staff lead on every shift": a verb and an article, not Schedule A.)
  return Array.from(text.matchAll(new RegExp(ATTACHMENT_REF.source, 'gi')), (m) => ({ name: m[0].replace(/\s+/g, ' '), start: m.index!, end: m.index! + m[0].length, id: m[2] ?? '' }))
    .filter((r) => !/^[a-z]$/.test(r.id)).map(({ name, start, end }) => ({ name, start, end }));
}

/** The attachments a text refers to (memoised). */
export const attachmentRefs = memo((text: string): string[] => findAttachmentRefs(text).map((r) => r.name));

/** Attachments these texts refer to (Exhibit 1, Annex A, the Cover Page) that the document does not contain. */
export function missingAttachments(texts: string[], model: DocumentModel): string[] {
  return missingOf(texts.flatMap(attachmentRefs), model);
}

/** The attachments named (as `attachmentRefs` gives them) that the document does not contain, once each. */
export function missingOf(names: string[], model: DocumentModel): string[] {
  const out = new Set<string>();
  for (const name of names) if (!attachmentPresent(name, model)) out.add(name);
  return [...out];
}

/** A line or heading that starts with an attachment's name: where that attachment is. */
const LEADING_REF = /^\W*(?:\b(?:annex|appendix|exhibit|schedule|attachment|addendum)\s+(?:[A-Z]|[0-9]{1,2}|[IVX]{1,4})\b|\bcover\s+page\b)/i;

function leadingRef(line: string): string | undefined {
  const m = LEADING_REF.exec(line);
  return m ? m[0].replace(/^\W*/, '').replace(/\s+/g, ' ').toLowerCase() : undefined;
}

/** The attachments a block contains: named at the start of a heading or of a short line. */
function blockAttachments(f: BlockFacts): string[] {
  return blockMemo(f, 'attachments', () => {
    const out: string[] = [];
    for (const h of f.headings) {
      // (…nor a title over a line that says it is not here: "EXHIBIT B — SCOPE OF WORK" / "(On file with the Department.)".)
      const under = f.passages.find((p) => p.start >= h.end);
      const r = NOT_HERE.test(h.text) || (under && under.text.length < 240 && NOT_HERE.test(under.text) && !f.headings.some((o) => o.start > h.start && o.start < under.start)) ? undefined : leadingRef(h.text);
      if (r) out.push(r);
    }
    for (const p of f.passages) {
      // (A short passage that says it is not here: "EXHIBIT B — …" / "(On file with the Department.)" on the next line.)
      const notHere = p.text.length < 240 && NOT_HERE.test(p.text);
      for (const line of p.text.split('\n')) {
        const t = line.trim();
        const r = t.length < 120 && !NOT_HERE.test(t) && !notHere ? leadingRef(t) : undefined;
        if (r) out.push(r);
      }
    }
    return out;
  });
}

/** An attachment's title that says it is not here: "Annex C — … (to be completed by each Industry Partner)", "Annex B – to follow", "(On file with the Department.)". */
const NOT_HERE = /\bto (?:be completed|be attached|be added|be agreed|follow|come)\b|\bnot (?:attached|reproduced|included|yet (?:agreed|available|completed))\b|\b(?:held|kept) by the\b|\bTB[CDA]\b|\bon file (?:with|at)\b|\bavailable (?:on|from|at) (?:the )?[\w'’ ]{0,40}website\b/i;

export function attachmentPresent(name: string, model: DocumentModel): boolean {
  const present = modelMemo(model, 'attachments', () => new Set(model.facts.flatMap(blockAttachments)));
  return present.has(name.replace(/\s+/g, ' ').toLowerCase());
}

/**
 * The passages of the attachments a section names that the document holds ("Each Party names an
 * Exchange Coordinator in Annex 1" and "## Annex 1 – Exchange Coordinators" at the end): what the
 * section leaves to an attachment is written there.
 */
export function attachedPassages(passages: readonly Passage[], model: DocumentModel): Passage[] {
  const names = [...new Set(passages.flatMap((p) => attachmentRefs(p.text)).map((n) => n.toLowerCase()))].filter((n) => attachmentPresent(n, model));
  if (!names.length) return [];
  const mine = new Set(passages);
  const more: Passage[] = [];
  for (const name of names) {
    const k = model.headings.findIndex((h) => leadingRef(h.text) === name);
    if (k < 0) continue;
    for (const p of startingIn(model.passages, model.headings[k].end, headingReach(model, k))) if (!mine.has(p) && p.kind !== 'heading') more.push(p);
  }
  return more;
}

/** "as described in clause 3.2", "under Section 4": the clauses a text refers to by number. */
const CLAUSE_REF = /\b(?:clauses?|sections?|articles?|paragraphs?)\s+(\d{1,2}(?:\.\d{1,2}){0,2})\b/gi;

/**
 * The passages of the clauses these texts refer to by number ("clause 3.2"): under a heading that starts
 * with the number, to the next heading at its level or above; or a paragraph that starts with it and
 * the items that follow it, to the next number at its depth or above.
 */
export function referencedClauses(texts: string[], model: DocumentModel): Passage[] {
  const numbers = [...new Set(texts.flatMap((t) => [...t.matchAll(CLAUSE_REF)].map((m) => m[1])))].slice(0, 4);
  const out: Passage[] = [];
  for (const n of numbers) {
    const starts = new RegExp(`^\\W*(?:(?:clause|section|article)\\s+)?${n.replace(/\./g, '\\.')}(?![\\d.]\\d)[.):]?\\s`, 'i');
    const k = model.headings.findIndex((h) => starts.test(`${h.text} `));
    if (k >= 0) {
      out.push(...startingIn(model.passages, model.headings[k].end, headingReach(model, k)).filter((p) => p.kind !== 'heading').slice(0, 30));
      continue;
    }
    const i = model.passages.findIndex((p) => p.kind !== 'heading' && starts.test(p.text));
    if (i < 0) continue;
    out.push(model.passages[i]);
    const deeper = new RegExp(`^\\W*${n.replace(/\./g, '\\.')}\\.\\d`);
    for (const p of model.passages.slice(i + 1, i + 30)) {
      if (p.kind === 'heading' || (/^\W*\d{1,2}(?:\.\d{1,2})*[.)]?\s/.test(p.text) && !deeper.test(p.text))) break;
      out.push(p);
    }
  }
  return out;
}

/** A passage as evidence: its span, its first line shortened, and why it counts. */
export function evidenceOf(p: Passage, why: string): Evidence {
  const line = p.text.split('\n').find((l) => l.trim()) ?? '';
  const text = line.length > 90 ? `${line.slice(0, 87).trimEnd()}…` : line;
  return { span: { start: p.start, end: p.end }, text: text.trim(), why };
}

/**
 * The first `max` passages (in document order) for which `why` gives a reason, as evidence. Stops at
 * `max` when the passages come in order, so a long section costs a keystroke only its first hits.
 */
export function evidenceWhere(passages: readonly Passage[], why: (p: Passage, i: number) => string | undefined, max = 4): Evidence[] {
  const ordered = passages.every((p, i) => i === 0 || passages[i - 1].start <= p.start);
  const out: Evidence[] = [];
  const starts = new Set<number>();
  for (let i = 0; i < passages.length && (!ordered || starts.size < max); i++) {
    if (starts.has(passages[i].start)) continue;
    const w = why(passages[i], i);
    if (w === undefined) continue;
    starts.add(passages[i].start);
    out.push(evidenceOf(passages[i], w));
  }
  return someEvidence(out, max);
}

/** At most `max` pieces of evidence, one per passage, in document order. */
export function someEvidence(items: Evidence[], max = 4): Evidence[] {
  const seen = new Set<number>();
  return items
    .filter((e) => (seen.has(e.span.start) ? false : (seen.add(e.span.start), true)))
    .sort((a, b) => a.span.start - b.span.start)
    .slice(0, max);
}
