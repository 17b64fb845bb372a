/**
 * Where each section is in a document: by heading (a title phrase), by a
 * neighbouring heading (territory), or by content alone.
 */
import { CORE_SECTIONS, RECOMMENDED_SECTIONS, type SectionDefinition } from './definitions/sections';
import type { BlockFacts } from './facts';
import { blockMemo, passagesWhere, type DocumentModel } from './model';
import { firstAtOrAfter, normaliseTitle, passagesIn, splitGuidance, startingIn, withHeadingPassages, type SectionNode } from './sections';
import type { Passage } from './types';
import { sameWordForm, stemPhrase } from './words';

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

interface Match {
  id: string;
  start: number;
  end: number;
  territory: boolean;
}

const ALL = [...CORE_SECTIONS, ...RECOMMENDED_SECTIONS];
const CORE_IDS = new Set<string>(CORE_SECTIONS.map((d) => d.id));

const matchMemo = new WeakMap<SectionDefinition[], Map<string, Array<{ id: string; territory: boolean }>>>();

/** Section ids a heading names, after dropping matches contained in a longer match of another section (memoised). */
export function matchHeading(text: string, defs: SectionDefinition[] = ALL): ReadonlyArray<{ readonly id: string; readonly territory: boolean }> {
  let memo = matchMemo.get(defs);
  if (!memo) matchMemo.set(defs, (memo = new Map()));
  let hit = memo.get(text);
  if (!hit) {
    if (memo.size > 20_000) memo.clear();
    hit = matchHeadingUncached(text, defs);
    memo.set(text, hit);
  }
  return hit;
}

/** "Department of Finance", "Office of Health and Safety": an organisation's name, not a section's title. */
const ORGANISATION_NAME =
  /^(?:the\s+)?(?:department|ministry|office|bureau|division|agency|institute|faculty|school|college|university|board|council|commission|secretary|minister)\s+(?:of|for)\s+(?:the\s+)?(\S)/i;

function organisationName(text: string): boolean {
  const m = ORGANISATION_NAME.exec(text.replace(/^[\s\d.)#*]+/, ''));
  return !!m && m[1] !== m[1].toLowerCase() && !/[:–—-]\s/.test(text);
}

/**
 * "Code.org Agrees To:", "The District will", "Responsibilities of the College": a heading that
 * introduces one party's duties, whatever else it says.
 */
const DUTY_HEADING =
  /^(?:what\s+)?(?:the\s+)?(.{1,60}?)\s+(?:agrees? to|will|shall|commits? to|undertakes? to|(?:is|are) (?:responsible|accountable) for|provides|contributes|offers|brings|delivers|does)(?:\s+(?:the\s+following|do|provide|contribute))?\s*:?$/i;

export function dutyHeading(text: string): boolean {
  const m = DUTY_HEADING.exec(text.replace(/^[\s\d.)#*]+/, '').replace(/[*_]/g, '').trim());
  return !!m && (/^\p{Lu}/u.test(m[1]) || /^(?:we|you)$/i.test(m[1])) && m[1].split(/\s+/).length <= 8;
}

function matchHeadingUncached(text: string, defs: SectionDefinition[]): Array<{ id: string; territory: boolean }> {
  if (organisationName(text)) return [];
  const { main, guidance } = splitGuidance(text);
  for (const part of [main, guidance]) {
    const written = normaliseTitle(part);
    if (written === '') continue;
    const norm = ` ${stemPhrase(written)} `;
    const matches = phraseMatches(norm, phraseIndex(defs), written.split(' '));
    const kept = matches.filter(
      (m) => !matches.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    );
    if (kept.length) {
      const byId = new Map<string, boolean>();
      for (const m of kept) byId.set(m.id, (byId.get(m.id) ?? true) && m.territory);
      return [...byId].map(([id, territory]) => ({ id, territory }));
    }
  }
  return defs.some((d) => d.id === 'roles') && dutyHeading(text) ? [{ id: 'roles', territory: false }] : [];
}

/** One title or territory phrase of a definition list; `order` is its place in the list. */
interface Phrase {
  id: string;
  territory: boolean;
  order: number;
  length: number;
  /** The phrase's word stems… */
  text: string;
  /** …and its words as written (normalised), to tell an inflection from a derivation. */
  words: string[];
}

interface PhraseIndex {
  /** Phrases of words separated by single spaces (all built-in ones), by their text. */
  byText: Map<string, Phrase[]>;
  maxWords: number;
  /** Any other phrase (a custom section's, say): searched for as it is. */
  odd: Phrase[];
}

const phraseIndexes = new WeakMap<SectionDefinition[], PhraseIndex>();

function phraseIndex(defs: SectionDefinition[]): PhraseIndex {
  let index = phraseIndexes.get(defs);
  if (index) return index;
  index = { byText: new Map(), maxWords: 0, odd: [] };
  let order = 0;
  for (const def of defs) {
    for (const [list, territory] of [[def.titles, false], [def.territory ?? [], true]] as const) {
      for (const written of list) {
        // Matched by word stems: "finance" finds "finances", "responsibility" finds "responsibilities".
        const words = normaliseTitle(written);
        const text = stemPhrase(words);
        if (!text) continue;
        const phrase = { id: def.id, territory, order: order++, length: text.length, text, words: words.split(' ') };
        if (!/^[^ ]+(?: [^ ]+)*$/.test(text)) {
          index.odd.push(phrase);
          continue;
        }
        const same = index.byText.get(text);
        if (same) same.push(phrase);
        else index.byText.set(text, [phrase]);
        index.maxWords = Math.max(index.maxWords, text.split(' ').length);
      }
    }
  }
  phraseIndexes.set(defs, index);
  return index;
}

/**
 * Each phrase found in `norm` (" words separated by single spaces "), where it first occurs, in
 * the order of the definition list: what searching `norm` for " phrase " phrase by phrase finds,
 * but looking up the heading's few runs of words instead of trying every phrase.
 */
function phraseMatches(norm: string, index: PhraseIndex, written: string[]): Match[] {
  const first = new Map<Phrase, number>();
  const words = norm.slice(1, -1).split(' ');
  // Looked up by stems, kept when each word is the phrase's word or an inflection of it.
  const inflection = (phrase: Phrase, k: number) => phrase.words.every((w, i) => sameWordForm(w, written[k + i] ?? ''));
  let start = 0;
  for (let k = 0; k < words.length; k++) {
    let run = words[k];
    for (let m = k; m < words.length && m < k + index.maxWords; m++) {
      if (m > k) run += ` ${words[m]}`;
      for (const phrase of index.byText.get(run) ?? []) if (!first.has(phrase) && inflection(phrase, k)) first.set(phrase, start);
    }
    start += words[k].length + 1;
  }
  for (const phrase of index.odd) {
    const i = norm.indexOf(` ${phrase.text} `);
    if (i >= 0) first.set(phrase, i);
  }
  return [...first]
    .sort((a, b) => a[0].order - b[0].order)
    .map(([phrase, i]) => ({ id: phrase.id, start: i, end: i + phrase.length + 2, territory: phrase.territory }));
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
    model.facts.forEach((f, i) => {
      for (const { j, matches } of blockMemo(f, 'heading-matches', () => headingMatches(f))) add1(nodes[model.firstHeading[i] + j], matches);
    });
  } else for (const node of nodes) add1(node, matchHeading(node.heading.text, defs));
  return { title, territory };
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
function headingMatches(f: BlockFacts): Array<{ j: number; matches: ReadonlyArray<{ id: string; territory: boolean }> }> {
  const out: Array<{ j: number; matches: ReadonlyArray<{ id: string; territory: boolean }> }> = [];
  f.headings.forEach((h, j) => {
    const matches = matchHeading(h.text);
    if (matches.length) out.push({ j, matches });
  });
  return out;
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
  keepUnder?: (text: string) => boolean,
): Located | undefined {
  for (const by of ['title', 'territory'] as const) {
    const nodes = (by === 'title' ? index.title : index.territory).get(id);
    if (nodes?.length) {
      // A titled section nested inside another titled section of the same id is already covered.
      const outer = outermost(nodes);
      const passages = outer.length === 1 ? withSubheadings(model, outer[0]) : ([] as Passage[]).concat(...outer.map((n) => withSubheadings(model, n)));
      if (by === 'territory' && territorySignal && !territorySignal(passages.map((p) => p.text).join('\n'))) continue;
      return { by, nodes: outer, passages };
    }
  }
  // Text under another core section's own heading belongs to that section.
  const claimed: Array<{ start: number; end: number }> = [];
  for (const other of skipUnder) {
    for (const n of index.title.get(other) ?? []) claimed.push({ start: n.heading.start, end: n.end });
  }
  const found = passagesWhere(model, signal, true).filter((p) => !claimed.some((c) => p.start >= c.start && p.start < c.end) || !!keepUnder?.(p.text));
  const passages = withListedItems(model, found);
  return passages.length ? { by: 'content', nodes: [], passages } : undefined;
}

/** A passage that introduces a list ("For the session, we will:") brings the items listed under it, as a header row brings its table. */
function withListedItems(model: DocumentModel, found: Passage[]): Passage[] {
  if (!found.some((p) => p.text.trimEnd().endsWith(':'))) return found;
  const out = new Set(found);
  for (const p of found) {
    if (!p.text.trimEnd().endsWith(':')) continue;
    const lo = firstAtOrAfter(model.passages, p.start + 1);
    // Under a paragraph, the list that follows; under a list item, the items nested in it.
    const depth = p.kind === 'listItem' ? (p.listDepth ?? 0) + 1 : 0;
    for (let k = lo; k < model.passages.length && model.passages[k].kind === 'listItem' && (model.passages[k].listDepth ?? 0) >= depth; k++) out.add(model.passages[k]);
  }
  return [...out].sort((a, b) => a.start - b.start);
}

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
