/**
 * The mdast that Word and PDF text become, tidied so the analysis reads it as a person reads the
 * page: a short paragraph that is all bold, or a short numbered clause line ("3. Roles and
 * Responsibilities", "Article 4 — Term"), is a heading; images become their alt text; footnote
 * references stay as text.
 */
import type { Root, RootContent, PhrasingContent, Heading, Paragraph } from 'mdast';

/** A numbered clause title: "3.", "3.2", "IV.", "Article 4", "Section 2:", followed by a short title. */
const NUMBERED_TITLE = /^(?:(?:article|section|clause|part|schedule|annex)\s+(?:\d+|[ivxlc]+)[.:)]?|\d+(?:\.\d+)*[.)]?|[IVXLC]+\.|[A-Z]\.)\s+\S/i;

/** Plain text of phrasing content. */
export function textOf(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const n of nodes as RootContent[]) {
    if ('value' in n && typeof n.value === 'string') out += n.value;
    else if ('children' in n) out += textOf(n.children as RootContent[]);
    else if (n.type === 'break') out += ' ';
  }
  return out;
}

/** Is this text short and title-like (no sentence ending, few words)? */
export function titleLike(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 90) return false;
  if (/[.;,]$/.test(t) && !/^(?:\d+(?:\.\d+)*\.|[IVXLC]+\.|[A-Z]\.)$/.test(t)) return false;
  if (t.split(/\s+/).length > 12) return false;
  // "5.1 The parties designate the following Key Personnel:" introduces a list; it is no title.
  if (/:$/.test(t) && t.split(/\s+/).length > 6) return false;
  return /\p{L}/u.test(t);
}

/** Depth of a numbered title by its number: "3" → 0 extra, "3.2" → 1, "3.2.1" → 2. */
function numberDepth(text: string): number {
  const m = /^(\d+(?:\.\d+)*)/.exec(text.trim());
  return m ? m[1].split('.').length - 1 : 0;
}

function isAllStrong(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length > 0 && kids.every((c) => c.type === 'strong');
}

/**
 * Promote title paragraphs to headings (in place). `numbered`: also short numbered clause lines
 * that are not bold (PDF text has no bold). Levels: one below the real heading they stand under
 * ("**For the Foundation**" under "## 5. Key Personnel" is a level 3), else below the document's top one.
 */
export function promoteTitles(root: Root, opts: { numbered: boolean }): void {
  let top = 7;
  for (const n of root.children) if (n.type === 'heading') top = Math.min(top, n.depth);
  const first = top === 7 ? 2 : Math.min(top + 1, 6);
  let base = first;
  root.children = root.children.map((n, i) => {
    if (n.type === 'heading') base = n.depth === top ? first : Math.min(n.depth + 1, 6);
    if (n.type !== 'paragraph') return n;
    const text = textOf(n.children).replace(/\s+/g, ' ').trim();
    if (!titleLike(text)) return n;
    const bold = isAllStrong(n);
    const numbered = NUMBERED_TITLE.test(text);
    if (!bold && !(opts.numbered && numbered)) return n;
    // The first bold line of a document with no heading is its title.
    const depth = top === 7 && i === 0 && bold ? 1 : Math.min(6, base + (numbered ? numberDepth(text) : 0));
    const children = bold ? n.children.flatMap((c) => (c.type === 'strong' ? c.children : [c])) : n.children;
    return { type: 'heading', depth, children } as Heading;
  });
}

/** Images become their alt text (in brackets) so nothing a person wrote is lost; empty ones go. */
export function imagesToText(root: Root): void {
  const walk = (node: { children?: unknown[] }) => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.flatMap((c) => {
      const n = c as { type: string; alt?: string | null; children?: unknown[] };
      if (n.type === 'image') return n.alt ? [{ type: 'text', value: `[Image: ${n.alt}]` }] : [];
      walk(n);
      return [n];
    });
  };
  walk(root);
}
