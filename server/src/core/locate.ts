/**
 * Where each section is in a document: by heading (a title phrase), by a
 * neighbouring heading (territory), or by content alone.
 */
import { CORE_SECTIONS, type SectionDefinition } from './definitions/sections';
import type { BlockFacts } from './facts';
import { blockHits, passagesWhere } from './block-scan';
import { blockMemo, type DocumentModel } from './model';
import { firstAtOrAfter, passagesIn, startingIn, tableAround, withHeadingPassages, type SectionNode } from './sections';
import { ALL, dutyHeading, matchHeading } from './title-match';
import type { Passage } from './types';
import { memo } from './signals';
import { sectionMemo } from './section-memo';

export { dutyHeading, matchHeading } from './title-match';

const CORE_IDS = new Set<string>(CORE_SECTIONS.map((d) => d.id));

export type LocatedBy = 'title' | 'territory' | 'content';

export interface Located {
  by: LocatedBy;
  /** Sections whose headings matched (empty when located by content). */
  nodes: SectionNode[];
  /** The text judged for substance. */
  passages: Passage[];
  /** Set when the section itself was not found and this is the nearest text that stands in for it. */
  standIn?: 'signatories';
}


export interface HeadingIndex {
  /** For each section id, the section nodes whose heading names it (title) or neighbours it (territory). */
  title: Map<string, SectionNode[]>;
  territory: Map<string, SectionNode[]>;
}

/**
 * Which sections each heading names. With the model the tree was built from (and the built-in
 * definitions), the headings that name a section are found per block, once per distinct block.
 */
export function indexHeadings(nodes: SectionNode[], defs: SectionDefinition[] = ALL, model?: DocumentModel): HeadingIndex {
  if (defs.length === ALL.length && defs.every((d, i) => d === ALL[i])) defs = ALL; // share the memo
  const title = new Map<string, SectionNode[]>();
  const territory = new Map<string, SectionNode[]>();
  const add = (node: SectionNode, matches: ReadonlyArray<{ id: string; territory: boolean }>) => {
    for (const m of matches) {
      const map = m.territory ? territory : title;
      const list = map.get(m.id) ?? [];
      list.push(node);
      map.set(m.id, list);
    }
  };
  // "Event Sponsorship Agreement" over the whole text names the document, not a sponsorship section.
  // So does "Evaluation Terms for Participating Districts" when it heads every other heading.
  const first = nodes[0];
  const titleOfAll = !!first && namesDocument(first.heading.text, nodes.length === 1 || nodes[nodes.length - 1].heading.start < first.end);
  // (Only for the core sections, which claim the text under them; "… between A and B" still names the parties.)
  const add1 = (node: SectionNode, matches: ReadonlyArray<{ id: string; territory: boolean }>) => {
    add(node, node === first && titleOfAll ? matches.filter((m) => !CORE_IDS.has(m.id)) : matches);
  };
  if (model && defs === ALL && nodes.length === model.headings.length) {
    for (const { i, value } of blockHits(model, 'heading-matches', headingMatches)) for (const { j, matches } of value) add1(nodes[model.firstHeading[i] + j], matches);
  } else for (const node of nodes) add1(node, matchHeading(node.heading.text, defs));
  // "## Graduate Outcomes and Industry Skills Demand" over "### 1. Purpose", "### 5. Contacts", "### 6. Roles": a part or
  // subtitle holding other core sections' own headings, or a subtitle over every later heading, is no section of its own.
  // (Nodes and each list are in the text's order: a section with no heading under it, most of them, is looked up and kept.)
  const holds = (list: readonly SectionNode[], n: SectionNode) => list[firstAfter(list, n.heading.end)]?.heading.start < n.end;
  const subtitle = (n: SectionNode) => (n === nodes[0] || n === nodes[1]) && n.end > (nodes[nodes.length - 1]?.heading.start ?? 0) && firstAfter(nodes, n.end - 1) - firstAfter(nodes, n.heading.end) >= 3;
  const core = [...title].filter(([id]) => CORE_IDS.has(id));
  for (const [id, list] of core) {
    const kept = list.filter((n) => {
      if (!holds(nodes, n)) return true;
      if (subtitle(n)) return false;
      return core.filter(([other, ns]) => other !== id && holds(ns, n)).length < 2;
    });
    if (kept.length) title.set(id, kept);
    else title.delete(id);
  }
  return { title, territory };
}

/** The index of the first node whose heading starts after `offset` (nodes in the text's order). */
function firstAfter(nodes: readonly SectionNode[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].heading.start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A title that names a kind of document ("Data Sharing Agreement", "Funding MOU (Template)", "Evaluation Terms for Districts"). */
const DOCUMENT_NAME =
  /\b(?:agreements?|memorand(?:um|a)(?: of (?:understanding|agreement))?|mou|moa|contract|charter|letter of (?:intent|agreement|understanding)|terms(?: and conditions)?|form)\b[^\p{L}]*(?:\b(?:template|draft|sample|model|form)\b[^\p{L}]*)?$/iu;

/** A document word anywhere in a title that heads the whole text ("Terms for…", "Agreement between…"). */
const DOCUMENT_WORD = /\b(?:agreements?|memorand(?:um|a)|mou|moa|contract|charter|terms|form)\b/i;

function namesDocument(text: string, headsAll: boolean): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  return DOCUMENT_NAME.test(t) || (headsAll && DOCUMENT_WORD.test(t));
}

/** The headings of a block that name a section (by index in the block), with what they name. */
function headingMatches(f: BlockFacts): Array<{ j: number; matches: ReadonlyArray<{ id: string; territory: boolean }> }> | null {
  const out: Array<{ j: number; matches: ReadonlyArray<{ id: string; territory: boolean }> }> = [];
  f.headings.forEach((h, j) => {
    const matches = matchHeading(h.text);
    if (matches.length) out.push({ j, matches });
  });
  return out.length ? out : null;
}

/** Locate one section: its titled headings first, then territory, then content matching `signal`. */
export function locate(
  model: DocumentModel,
  index: HeadingIndex,
  id: string,
  signal: (text: string) => boolean,
  territorySignal?: (text: string) => boolean,
  /** Sections whose titled text is not searched by content (e.g. duties under "Safety" belong to safety). */
  skipUnder: string[] = [],
  /** Passages there that are this section's all the same. */
  keepUnder?: (text: string, under: string) => boolean,
): Located | undefined {
  for (const by of ['title', 'territory'] as const) {
    const nodes = (by === 'title' ? index.title : index.territory).get(id);
    if (nodes?.length) {
      // A titled section nested inside another titled section of the same id is already covered.
      const outer = outermost(nodes);
      const passages = outer.length === 1 ? withSubheadings(model, outer[0]) : ([] as Passage[]).concat(...outer.map((n) => withSubheadings(model, n)));
      // (Read once per version of the section's text: a territory can hold a long annex.)
      if (by === 'territory' && territorySignal && !sectionMemo(`territory:${id}`, passages, () => territorySignal(passages.map((p) => p.text).join('\n')))) continue;
      return { by, nodes: outer, passages };
    }
  }
  // Text under another core section's own heading belongs to that section.
  const claimed: Array<{ start: number; end: number; id: string }> = [];
  for (const other of skipUnder) {
    for (const n of index.title.get(other) ?? []) claimed.push({ start: n.heading.start, end: other === 'points-of-contact' ? runInField(model, n) : n.end, id: other });
  }
  const found = passagesWhere(model, signal, true).filter((p) => {
    const under = claimed.find((c) => p.start >= c.start && p.start < c.end);
    return !under || !!keepUnder?.(p.text, under.id);
  });
  const passages = withListedItems(model, found);
  return passages.length ? { by: 'content', nodes: [], passages } : undefined;
}

/**
 * Where a contacts title's claim ends: a run-in label over one person's card ("**Contact:** Joanne Prewitt, CTE Director ·
 * jprewitt@… · (208) 555-0148" under a party's heading) is a field of that card, not a section: it claims its own paragraph,
 * and "The District will:" after it is the party's duties.
 */
function runInField(model: DocumentModel, n: SectionNode): number {
  if (n.heading.kind !== 'runin') return n.end;
  const own = model.passages[firstAtOrAfter(model.passages, n.heading.end)];
  return own && own.start <= n.heading.end + 2 && !own.text.includes('\n') && own.end < n.end ? own.end : n.end;
}

/** A passage that introduces a list ("For the session, we will:") brings the items listed under it, as a header row brings its table. */
function withListedItems(model: DocumentModel, found: Passage[]): Passage[] {
  const heads = (p: Passage) => p.kind === 'tableRow' && (partyColumnsHeader(p) || whoWhatHeader(p.text));
  if (!found.some((p) => p.text.trimEnd().endsWith(':') || p.kind === 'tableRow')) return found;
  const out = new Set(found);
  const mine = new Set(found);
  let tableEnd = -1;
  for (const p of found) {
    // Most of a table's rows bring the rest of it ("| PVC | [Name TBC] | | |" under the other members' contacts);
    // one row of a table of terms does not bring the others, each a section of its own.
    if (p.kind === 'tableRow' && p.start >= tableEnd) {
      const [lo, hi] = tableAround(model.passages, firstAtOrAfter(model.passages, p.start));
      const rows = model.passages.slice(lo, hi + 1);
      tableEnd = rows[rows.length - 1].end;
      if (rows.filter((r) => mine.has(r)).length * 2 >= rows.length) for (const r of rows) out.add(r);
    }
    // "| Brightwater Museum will… | Harbor View Elementary will… |", "| Partner | Commitment |": the rows under a header of duties.
    if (heads(p)) for (let k = firstAtOrAfter(model.passages, p.start + 1); k < model.passages.length && model.passages[k].kind === 'tableRow'; k++) out.add(model.passages[k]);
    if (!p.text.trimEnd().endsWith(':')) continue;
    const lo = firstAtOrAfter(model.passages, p.start + 1);
    // Under a paragraph, the table that follows ("Each Member's representatives are:" over a table of them).
    if (p.kind === 'paragraph') for (let k = lo; k < model.passages.length && model.passages[k].kind === 'tableRow'; k++) out.add(model.passages[k]);
    // Under a paragraph, the list that follows; under a list item, the items nested in it.
    const depth = p.kind === 'listItem' ? (p.listDepth ?? 0) + 1 : 0;
    for (let k = lo; k < model.passages.length && model.passages[k].kind === 'listItem' && (model.passages[k].listDepth ?? 0) >= depth; k++) out.add(model.passages[k]);
  }
  return [...out].sort((a, b) => a.start - b.start);
}

/** A header cell over the parties' names, and one over what each does ("Partner | Commitment | By when"). */
export const PARTY_HEADER = /^(?:part(?:y|ies)|partners?|members?|organi[sz]ations?|who|responsible(?: party)?|responsibility|by whom|owner|lead(?: (?:party|partner|agency|organi[sz]ation))?|entity|institution)$/i;
export const DUTY_HEADER = /\b(?:dut(?:y|ies)|responsibilit(?:y|ies)|roles?|tasks?|commitments?|obligations?|activit(?:y|ies)|contributions?|deliverables?|what|actions?)\b/i;
/** "| Partner | Commitment | By when |": a table's header row with a column of parties and a column of what each does. */
export const whoWhatHeader = (row: string): boolean => row.includes('|') && whoWhatCells(row);
const whoWhatCells = memo((row: string): boolean => {
  const cells = row.split('|').map((c) => c.replace(/[*_]/g, '').trim()).filter(Boolean);
  const who = cells.findIndex((c) => PARTY_HEADER.test(c));
  return who >= 0 && cells.some((c, j) => j !== who && DUTY_HEADER.test(c) && c.split(/\s+/).length <= 4);
}, 5_000);

/** Rows under a header of duties ("| Partner | Commitment |", "| The Museum will… | The School will… |"): duties written in a table. */
export function dutyTableRows(model: DocumentModel): number {
  // (A table is within one block: counted per block, and remembered with the block's facts.)
  let n = 0;
  for (const f of model.facts) n += blockMemo(f, 'duty-table-rows', () => tableRowsUnderDuties(f.passages));
  return n;
}

function tableRowsUnderDuties(passages: readonly Passage[]): number {
  let n = 0;
  let under = false;
  let inTable = false;
  for (const p of passages) {
    if (p.kind !== 'tableRow') under = inTable = false;
    else if (under) n++;
    // (Only a table's first row can head it.)
    else if (!inTable) {
      inTable = true;
      under = partyColumnsHeader(p) || whoWhatHeader(p.text);
    }
  }
  return n;
}

/** A table's header row whose cells (two or more) each introduce a party's duties ("The Museum will…"). */
export function partyColumnsHeader(p: Passage): boolean {
  return p.kind === 'tableRow' && p.text.includes('|') && dutyColumns(p.text);
}
const dutyColumns = memo((row: string): boolean => columnHeads(row).filter(dutyHeading).length >= 2, 5_000);
/** A table row's cells as titles, without the trailing "…" of "The Museum will…". */
export const columnHeads = (row: string): string[] => row.split('|').map((c) => c.trim().replace(/(?:…+|\.{3})$/, '').trim());

/** Sections not nested inside another of the list (one sweep in document order). */
function outermost(nodes: SectionNode[]): SectionNode[] {
  const inOrder = nodes.every((n, i) => i === 0 || nodes[i - 1].heading.start <= n.heading.start);
  const sorted = inOrder ? nodes : [...nodes].sort((a, b) => a.heading.start - b.heading.start);
  const out: SectionNode[] = [];
  let reach = -1;
  for (const n of sorted) {
    if (n.heading.start < reach && n.end <= reach) continue;
    out.push(n);
    reach = Math.max(reach, n.end);
  }
  return out;
}

/** A section's passages with its subheadings in place ("4.1 The College will" introduces the list below it). */
function withSubheadings(model: DocumentModel, node: SectionNode): Passage[] {
  const body = passagesIn(model.passages, node.heading.end, node.end);
  const subs = startingIn(model.headings, node.heading.start + 1, node.end);
  return withHeadingPassages(body, subs);
}
