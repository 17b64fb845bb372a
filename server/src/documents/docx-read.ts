/**
 * Word (.docx) → markdown: mammoth turns the document into HTML (heading styles → h1…h6, lists,
 * tables, footnotes; comments and tracked deletions left out, tracked insertions kept), then
 * rehype-parse → rehype-remark gives mdast, tidied (tidy.ts) and written out with remark-stringify.
 * The analysis core then reads the markdown as it reads any other.
 */
import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import type { Root } from 'mdast';
import { DocumentError } from './error';
import { imagesToText, promoteTitles } from './tidy';

/** Word's own title and heading styles, also the names LibreOffice and Google Docs give them. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading'] => h1:fresh",
  // Tracked insertions are kept (mammoth reads them as text); comments are not mapped, so left out.
];

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Why these bytes are not a readable .docx, or undefined when they may be one. */
export function docxProblem(buf: Buffer): string | undefined {
  if (buf.subarray(0, 8).equals(OLE)) {
    // An encrypted .docx is an OLE container with an "EncryptedPackage" stream; any other OLE file is an old .doc.
    if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return 'this Word document is protected with a password: open it in Word, remove the password (File › Info › Protect Document) and save it again';
    return 'this is an old Word .doc file with a .docx name: open it in Word or LibreOffice and save it as .docx (Word Document)';
  }
  if (!buf.subarray(0, 4).equals(ZIP)) return 'this file is not a Word .docx document (it may be damaged or only named .docx): open it in Word and save it again as .docx';
  return undefined;
}

/** Links that only tie a footnote to its reference become their text. */
function footnotesAsText(tree: HastRoot): void {
  const walk = (node: { children?: ElementContent[] }) => {
    if (!node.children) return;
    node.children = node.children.flatMap((c): ElementContent[] => {
      if (c.type !== 'element') return [c];
      const href = String(c.properties?.href ?? '');
      // Bookmarks (<a id>, no href) are no content: their text stays, the anchor goes.
      if (c.tagName === 'a' && !href) {
        walk(c);
        return c.children;
      }
      if (c.tagName === 'a' && /^#(?:footnote|endnote|comment)/.test(href)) {
        // The back-link "↑" at the end of a note goes; "[1]" stays as text.
        if (/-ref-/.test(href)) return [];
        return c.children;
      }
      if (c.tagName === 'sup' && c.children.length === 1 && c.children[0].type === 'element' && (c.children[0] as Element).tagName === 'a') {
        walk(c);
        return c.children;
      }
      walk(c);
      return [c];
    });
  };
  walk(tree as { children?: ElementContent[] });
}

export interface Converted {
  markdown: string;
  /** mammoth's notes about what it could not read (for logs and tests). */
  warnings: string[];
}

export async function docxToMarkdown(buf: Buffer): Promise<Converted> {
  const problem = docxProblem(buf);
  if (problem) throw new DocumentError(problem);
  let html: string;
  let warnings: string[];
  try {
    const r = await mammoth.convertToHtml(
      { buffer: buf },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = r.value;
    warnings = r.messages.map((m) => m.message);
  } catch (e) {
    const why = /central directory|zip|end of data|corrupt/i.test(String((e as Error).message)) ? 'it is damaged (not a complete .docx)' : 'its contents could not be read';
    throw new DocumentError(`this Word document cannot be read: ${why}; open it in Word and save it again as .docx`);
  }
  return { markdown: htmlToMarkdown(html), warnings };
}

/** HTML (from mammoth) → tidied markdown. */
export function htmlToMarkdown(html: string): string {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html) as HastRoot;
  footnotesAsText(hast);
  const mdast = unified().use(rehypeRemark).runSync(hast as never) as unknown as Root;
  imagesToText(mdast);
  promoteTitles(mdast, { numbered: true });
  return stringify(mdast);
}

export function stringify(mdast: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one', fences: true }).stringify(mdast as never);
}
