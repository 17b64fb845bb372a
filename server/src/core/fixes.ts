/**
 * Quick fixes as pure text edits: insert a missing section at its canonical place, written in the
 * document's own heading style and pre-filled with the parties' names; append a hand-off rule;
 * add a contact row for a party. Fixes only insert: no user text is ever changed, moved or lost.
 */
import type { Analysis } from './analyze';
import { clauseFor, clauseText, HANDOFF_CLAUSE } from './definitions/clauses';
import { sectionDefinition, SECTION_ORDER } from './definitions/sections';
import { indexHeadings, type HeadingIndex } from './locate';
import { CLOSING } from './parties';
import { display } from './rules/party';
import { buildSectionTree, type SectionNode } from './sections';
import type { Finding } from './types';

export interface TextEdit {
  /** Offsets in the analysed text (an insertion has start === end). */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

interface Place {
  at: number;
  /** The heading whose style the new section copies. */
  like?: SectionNode;
}

function headingIndex(a: Analysis): { index: HeadingIndex; nodes: SectionNode[] } {
  const nodes = buildSectionTree(a.model);
  return { index: indexHeadings(nodes), nodes };
}

/** Where a section belongs: after the nearest earlier section in the order that has a heading, else before the nearest later one. */
export function insertionPlace(a: Analysis, sectionId: string, order = SECTION_ORDER): Place {
  const { index, nodes } = headingIndex(a);
  const pos = order.indexOf(sectionId);
  // In a letter, what it agrees to comes before "Sincerely," and the signature blocks.
  // So do the lines to sign on at the end ("Signature: ______ Date: ____"), with no heading of their own.
  const closing = Math.min(CLOSING.exec(a.model.text)?.index ?? Infinity, signatureLines(a.model.text));
  const titled = (id: string) => (index.title.get(id) ?? []).filter((n) => n.heading.level <= 7);
  for (let j = pos - 1; j >= 0; j--) {
    const found = titled(order[j]);
    if (found.length) {
      // The outermost reach: a titled subsection ("Licence Fee" under "Payment") ends before its parent.
      const last = found.reduce((b, n) => (n.end > b.end || (n.end === b.end && n.heading.level < b.heading.level) ? n : b));
      return { at: last.heading.start < closing ? Math.min(last.end, closing) : last.end, like: last };
    }
  }
  for (let j = pos + 1; j < order.length; j++) {
    const found = titled(order[j]);
    if (found.length) return { at: Math.min(found[0].heading.start, closing), like: found[0] };
  }
  // No named section at all: after the document, in the style of its second-level headings.
  const title = nodes[0];
  const sibling = nodes.find((n) => n !== title && n.heading.level > (title?.heading.level ?? 0) && n.heading.level <= 7);
  return { at: Math.min(a.model.text.length, closing), like: sibling };
}

/** A line that starts a signature block: "Signed for …: ____", "Signature: ____", "IN WITNESS WHEREOF", "Name: ______". */
const SIGN_LINE = /^[ \t*_]*(?:signed\b|signature\b|signatures\b|for and on behalf\b|in witness whereof\b|[^\n:]{1,40}:[ \t*]*_{5,})/i;

/** Where the lines to sign on at the end of the text begin (no heading after them), or Infinity. */
function signatureLines(text: string): number {
  const from = Math.max(0, text.length - 3000);
  const tail = text.slice(from);
  let at = Infinity;
  let offset = 0;
  for (const line of tail.split('\n')) {
    // A heading (also a bold line of its own, "**Signatures.**") is a section, placed by the order of sections.
    if (/^\s{0,3}#|^\s*\*\*[^*]+\*\*\s*$/.test(line)) at = Infinity;
    else if (at === Infinity && offset > 0 && SIGN_LINE.test(line)) at = from + offset;
    offset += line.length + 1;
  }
  return at;
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** A heading line in the style of `like`: `## Title`, a setext underline, or `**Title.**`. */
function headingLine(title: string, like: SectionNode | undefined, eol: string): string {
  const h = like?.heading;
  if (h && (h.kind === 'bold' || h.kind === 'runin' || h.kind === 'numbered')) return `**${title}.**`;
  const level = h && h.level <= 6 ? h.level : 2;
  if (h?.kind === 'setext' && level <= 2) return `${title}${eol}${(level === 1 ? '=' : '-').repeat(title.length)}`;
  return `${'#'.repeat(level)} ${title}`;
}

/** The parties' names as the agreement uses them, for [School] / [Partner] slots. */
function fillParties(text: string, a: Analysis): string {
  const [first, second] = a.parties;
  let out = text;
  if (first) out = out.replace(/\[School\]/g, display(first));
  if (second) out = out.replace(/\[Partner\]/g, display(second));
  // "the Bank" at the start of a sentence, a line, a list item or a table cell is "The Bank".
  return out.replace(/(^|[.!?]\s+|\n|\| )(- |\d+\. )?the /g, (m, pre: string, item = '') => `${pre}${item}The `);
}

/** Text inserted at `at` with blank lines on both sides, whatever surrounds it. */
function block(text: string, place: number, body: string): TextEdit {
  const eol = eolOf(text);
  // Just after a list marker ("4. |Students under 18", a numbered title a PDF left as a list item):
  // before the marker, never between it and its title.
  const lineStart = text.lastIndexOf('\n', place - 1) + 1;
  const at = /^[ \t]*(?:[-*+•]|\d{1,3}[.)]|>)[ \t]*$/.test(text.slice(lineStart, place)) ? lineStart : place;
  const before = text.slice(0, at);
  const after = text.slice(at);
  let lead = '';
  if (before.length && !before.endsWith(eol + eol) && !/(?:\r?\n){2}$/.test(before)) lead = before.endsWith('\n') ? eol : eol + eol;
  const trail = after.length === 0 ? eol : /^(?:\r?\n)/.test(after) ? eol : eol + eol;
  return { start: at, end: at, newText: lead + body.replace(/\r?\n/g, eol) + trail };
}

export function insertSection(a: Analysis, sectionId: string, order = SECTION_ORDER): Fix | undefined {
  const def = sectionDefinition(sectionId);
  const clause = clauseFor(sectionId);
  if (!def || !clause) return undefined;
  const place = insertionPlace(a, sectionId, order);
  const eol = eolOf(a.model.text);
  const body = `${headingLine(def.heading, place.like, eol)}${eol}${eol}${fillParties(clauseText(clause.body), a)}`;
  return { title: `Insert the “${def.heading}” section`, edits: [block(a.model.text, place.at, body)], isPreferred: true };
}

/** Where a section's text ends (to append to it). */
function sectionEnd(a: Analysis, sectionId: string): number | undefined {
  const loc = a.sections.find((s) => s.id === sectionId);
  if (!loc || loc.status === 'missing' || !loc.span) return undefined;
  const { index } = headingIndex(a);
  const nodes = index.title.get(sectionId);
  // (The outermost reach: a titled subsection, "Licence Fee" under "Payment", ends before its parent.)
  if (nodes?.length) return Math.max(...nodes.map((n) => n.end));
  // Found by content: after the paragraph that carries it.
  const p = a.model.passages.find((x) => x.start >= loc.span!.start);
  return p?.end;
}

export function fixesFor(a: Analysis, finding: Finding): Fix[] {
  const data = finding.data ?? {};
  switch (finding.rule) {
    case 'missing-section': {
      const fix = insertSection(a, String(data.section));
      const na = markNotApplicable(a, String(data.section));
      return [fix, na].filter((f): f is Fix => !!f);
    }
    case 'weak-section': {
      // Only a stand-in was found (signatories for contacts): the section itself can still be added.
      if (!a.sections.find((s) => s.id === data.section)?.standIn) return [];
      const fix = insertSection(a, String(data.section));
      return fix ? [fix] : [];
    }
    case 'recommended-section': {
      // A suggestion, not a gap: offered, but never the preferred fix on a line full of findings.
      const fix = insertSection(a, String(data.section));
      return fix ? [{ ...fix, isPreferred: false }] : [];
    }
    case 'contact-handoff': {
      const at = sectionEnd(a, 'points-of-contact');
      if (at === undefined) return [];
      return [{ title: 'Add a hand-off rule for when a contact changes', edits: [block(a.model.text, trimEnd(a.model.text, at), HANDOFF_CLAUSE)], isPreferred: true }];
    }
    case 'party-no-contact': {
      const party = a.parties.find((p) => p.name === data.party);
      if (!party) return [];
      const edit = contactRow(a, display(party));
      return edit ? [{ title: `Add a contact for ${display(party)}`, edits: [edit], isPreferred: true }] : [];
    }
    default:
      return [];
  }
}

function trimEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

/** A new row in the contacts table (same number of columns), or a new list item. */
function contactRow(a: Analysis, party: string): TextEdit | undefined {
  const poc = a.sections.find((s) => s.id === 'points-of-contact');
  if (!poc?.span) return undefined;
  const end = sectionEnd(a, 'points-of-contact');
  if (end === undefined) return undefined;
  const text = a.model.text;
  const eol = eolOf(text);
  const rows = a.model.passages.filter((p) => p.kind === 'tableRow' && p.start >= poc.span!.start && p.start < end);
  const cap = party[0].toUpperCase() + party.slice(1);
  if (rows.length >= 2) {
    const last = rows[rows.length - 1];
    const cols = text.slice(last.start, last.end).split('|').length - 2;
    const cells = [cap, '[Contact name]', '[Title]', '[email]', '[phone]'].slice(0, Math.max(cols, 2));
    while (cells.length < cols) cells.push('');
    return { start: last.end, end: last.end, newText: `${eol}| ${cells.join(' | ')} |` };
  }
  const lastItem = [...a.model.passages].reverse().find((p) => p.kind === 'listItem' && p.start >= poc.span!.start && p.start < end);
  if (lastItem) return { start: lastItem.end, end: lastItem.end, newText: `${eol}- ${cap}: [Contact name], [Title], [email], [phone]` };
  return block(text, trimEnd(text, end), `- ${cap}: [Contact name], [Title], [email], [phone]`);
}

/** Every missing required section (or one only a stand-in was found for), inserted in one go (the fix-all action). Stable: a second run finds nothing. */
export function fixAll(a: Analysis): TextEdit[] {
  const missing = a.sections.filter((s) => s.required && (s.status === 'missing' || s.standIn)).map((s) => s.id);
  const edits = missing.map((id) => insertSection(a, id)).filter((f): f is Fix => !!f).flatMap((f) => f.edits);
  // Several sections at the same place: one edit, in the canonical order.
  const merged: TextEdit[] = [];
  for (const e of edits.sort((x, y) => x.start - y.start)) {
    const prev = merged[merged.length - 1];
    if (prev && prev.start === e.start) prev.newText = joinBlocks(prev.newText, e.newText);
    else merged.push({ ...e });
  }
  return merged;
}

function joinBlocks(a: string, b: string): string {
  return a.replace(/(?:\r?\n)+$/, '') + (a.includes('\r\n') ? '\r\n\r\n' : '\n\n') + b.replace(/^(?:\r?\n)+/, '');
}

/** Apply edits to a text (for tests and the CLI): from the end so offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * "Mark as not applicable…": add `agreement.not-applicable.<id>` to the front matter, creating the
 * front matter or the keys as needed. Pure insertions, so other keys, comments and formatting stay.
 * The reason is left as a placeholder for the author to write.
 */
export function markNotApplicable(a: Analysis, sectionId: string): Fix | undefined {
  const def = sectionDefinition(sectionId);
  if (!def) return undefined;
  const text = a.model.text;
  const eol = eolOf(text);
  const entry = `${sectionId}: "[why this section does not apply]"`;
  const title = `Mark “${def.title}” as not applicable…`;
  const fm = a.model.frontMatter;
  if (!fm) {
    const body = ['---', 'agreement:', '  not-applicable:', `    ${entry}`, '---', '', ''].join(eol);
    return { title, edits: [{ start: 0, end: 0, newText: body }] };
  }
  if (fm.lang !== 'yaml') return undefined;
  const valueStart = text.indexOf(fm.value, fm.start);
  const lines = fm.value.split(/\r?\n/);
  const lineStarts: number[] = [];
  let o = 0;
  for (const l of lines) {
    lineStarts.push(o);
    o += l.length + (fm.value.slice(o + l.length, o + l.length + 2) === '\r\n' ? 2 : 1);
  }
  const endOfLine = (i: number) => valueStart + lineStarts[i] + lines[i].length;
  const agreementLine = lines.findIndex((l) => /^agreement\s*:\s*$/.test(l));
  if (agreementLine < 0) {
    if (lines.some((l) => /^agreement\s*:/.test(l))) return undefined; // a flow map: leave it to the author
    const at = fm.value.length ? endOfLine(lines.length - 1) : valueStart;
    const lead = fm.value.length ? eol : '';
    return { title, edits: [{ start: at, end: at, newText: `${lead}agreement:${eol}  not-applicable:${eol}    ${entry}${fm.value.length ? '' : eol}` }] };
  }
  // The block under `agreement:`: lines indented more than column 0.
  let last = agreementLine;
  let naLine = -1;
  let indent = '  ';
  for (let i = agreementLine + 1; i < lines.length; i++) {
    if (/^\S/.test(lines[i])) break;
    if (lines[i].trim() === '') continue;
    last = i;
    const m = /^(\s+)not-applicable\s*:\s*$/.exec(lines[i]);
    if (m) {
      naLine = i;
      indent = m[1];
    } else if (naLine < 0 && /^(\s+)\S/.test(lines[i])) {
      indent = /^(\s+)/.exec(lines[i])![1];
    }
  }
  if (naLine >= 0) {
    let end = naLine;
    for (let i = naLine + 1; i <= last; i++) if ((/^(\s*)/.exec(lines[i])![1].length > indent.length)) end = i;
    const at = endOfLine(end);
    return { title, edits: [{ start: at, end: at, newText: `${eol}${indent}  ${entry}` }] };
  }
  const at = endOfLine(last);
  return { title, edits: [{ start: at, end: at, newText: `${eol}${indent}not-applicable:${eol}${indent}  ${entry}` }] };
}
