/**
 * Markdown → Word (.docx), built from the mdast with the `docx` library: real Heading 1–6 styles
 * (Word's navigation pane and screen readers use them), numbered and bulleted lists, tables whose
 * first row repeats as a header row, bold/italic/strikethrough, links, the agreement's title in
 * the header of every page, "Page N of M" in the footer, and placeholders ([Partner Name], TBD,
 * ____ …) highlighted in yellow. Nothing is dropped: a construct with no Word form (front matter,
 * HTML, code, footnotes, images) is written as plain text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent, PhrasingContent, List, Table as MdTable } from 'mdast';
import { findPlaceholders } from '../core';
import { textOf } from './tidy';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** Text runs with placeholders highlighted. */
function runs(value: string, style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  const base = { bold: style.bold, italics: style.italics, strike: style.strike, font: style.code ? 'Courier New' : undefined };
  let at = 0;
  for (const p of findPlaceholders(value)) {
    if (p.start > at) out.push(new TextRun({ ...base, text: value.slice(at, p.start) }));
    out.push(new TextRun({ ...base, text: value.slice(p.start, p.end), highlight: 'yellow', bold: true }));
    at = p.end;
  }
  if (at < value.length) out.push(new TextRun({ ...base, text: value.slice(at) }));
  return out;
}

function inline(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push(...runs(n.value.replace(/\n/g, ' '), style));
        break;
      case 'strong':
        out.push(...inline(n.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inline(n.children, { ...style, italics: true }));
        break;
      case 'delete':
        out.push(...inline(n.children, { ...style, strike: true }));
        break;
      case 'inlineCode':
        out.push(...runs(n.value, { ...style, code: true }));
        break;
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const label = inline(n.children, style);
        if (/^(?:https?|mailto):/i.test(n.url)) out.push(new ExternalHyperlink({ link: n.url, children: label.length ? label : [new TextRun({ text: n.url, style: 'Hyperlink' })] }));
        else out.push(...label, ...(n.url && textOf(n.children) !== n.url ? runs(` (${n.url})`, style) : []));
        break;
      }
      case 'image':
        out.push(...runs(`[Image: ${n.alt || n.url}]`, style));
        break;
      case 'footnoteReference':
        out.push(new TextRun({ text: `[${n.label ?? n.identifier}]`, superScript: true }));
        break;
      case 'html':
        out.push(...runs(n.value, style));
        break;
      default:
        // linkReference, imageReference and anything newer: its text, never nothing.
        out.push(...runs('children' in n ? textOf((n as { children: PhrasingContent[] }).children) : 'value' in n ? String((n as { value: unknown }).value) : '', style));
    }
  }
  return out;
}

interface Context {
  /** Numbered lists are numbered from 1 each: each gets its own instance of the numbering. */
  listInstance: number;
}

function plainLines(value: string, extra: IParagraphOptions = {}, style: RunStyle = {}): Paragraph[] {
  return value.split('\n').map((line) => new Paragraph({ ...extra, children: runs(line, style) }));
}

function blocks(nodes: readonly RootContent[], ctx: Context, indent = 0): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const indentation = indent ? { indent: { left: indent * 720 } } : {};
  for (const n of nodes) {
    switch (n.type) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADINGS[n.depth - 1], children: inline(n.children) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ ...indentation, children: inline(n.children) }));
        break;
      case 'list':
        out.push(...list(n, ctx, 0));
        break;
      case 'table':
        out.push(table(n));
        break;
      case 'blockquote':
        out.push(...blocks(n.children, ctx, indent + 1));
        break;
      case 'code':
        out.push(...plainLines(n.value, indentation, { code: true }));
        break;
      case 'thematicBreak':
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] }));
        break;
      case 'yaml':
      case 'html':
        out.push(...plainLines(n.type === 'yaml' ? `---\n${n.value}\n---` : n.value, indentation, { code: n.type === 'yaml' }));
        break;
      case 'footnoteDefinition':
        out.push(new Paragraph({ children: [new TextRun({ text: `[${n.label ?? n.identifier}] ` }), ...n.children.flatMap((c) => (c.type === 'paragraph' ? inline(c.children) : runs(textOf([c]), {})))] }));
        break;
      case 'definition':
        out.push(...plainLines(`[${n.label ?? n.identifier}]: ${n.url}`, indentation));
        break;
      default:
        out.push(...plainLines(textOf([n]), indentation));
    }
  }
  return out;
}

function list(n: List, ctx: Context, level: number): Paragraph[] {
  const out: Paragraph[] = [];
  const instance = n.ordered ? ++ctx.listInstance : 0;
  for (const item of n.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') {
        out.push(...list(child, ctx, Math.min(level + 1, 8)));
        continue;
      }
      const children = child.type === 'paragraph' ? inline(child.children) : runs(textOf([child]), {});
      if (item.checked !== null && item.checked !== undefined && first) children.unshift(new TextRun({ text: item.checked ? '☒ ' : '☐ ' }));
      const marker = first ? (n.ordered ? { numbering: { reference: 'ordered', level, instance } } : { bullet: { level } }) : { indent: { left: 720 * (level + 1) } };
      out.push(new Paragraph({ ...marker, children }));
      first = false;
    }
  }
  return out;
}

function table(n: MdTable): Table {
  const cols = Math.max(1, ...n.children.map((r) => r.children.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: n.children.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from({ length: cols }, (_, c) => new TableCell({ children: [new Paragraph({ children: inline(row.children[c]?.children ?? [], { bold: i === 0 }) })] })),
        }),
    ),
  });
}

/** The agreement's title: its first heading, else the front matter's title, else the file name. */
function titleOf(root: Root, fallback: string): string {
  const h = root.children.find((c) => c.type === 'heading');
  if (h) return textOf([h]).trim();
  const yaml = root.children.find((c) => c.type === 'yaml');
  const m = yaml && 'value' in yaml ? /^title:\s*["']?(.+?)["']?\s*$/m.exec(yaml.value) : null;
  return m ? m[1] : fallback;
}

export async function markdownToDocx(markdown: string, fallbackTitle: string): Promise<Buffer> {
  const root = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(markdown) as Root;
  const title = titleOf(root, fallbackTitle);
  const doc = new Document({
    title,
    creator: 'MOU Author',
    features: { updateFields: false },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, color: '555555', size: 18 })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] })],
          }),
        },
        children: blocks(root.children, { listInstance: 0 }),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
