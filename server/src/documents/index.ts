/**
 * Word and PDF agreements: read one as markdown (with, for each line, the place a person finds it
 * in the original), write markdown out as .docx. Light: the libraries are in convert.ts, required
 * on first use (and bundled apart as dist/documents.js: scripts/build.mjs).
 */
import * as path from 'node:path';
import type { FileReport } from '../core';
import { readBounded, TextFileError } from '../read-text';
import { DocumentError, documentKind, size, unsupportedDocument, type DocumentKind } from './kinds';

export * from './kinds';

type Converters = typeof import('./convert');
let loaded: Converters | undefined;

/** The conversion libraries, loaded now (first .docx or .pdf met). */
export function converters(): Converters {
  // A plain require: the bundler turns './convert' into the separate dist/documents.js.
  loaded ??= require('./convert') as Converters;
  return loaded;
}

export interface ConvertedDocument {
  file: string;
  kind: DocumentKind;
  /** The agreement as markdown: what is checked, and what --to-markdown and the import write. */
  markdown: string;
  /** Where line `line` (0-based) of `markdown` is in the original, in words ("page 2, line 14"). */
  placeOf(line: number): string;
}

/** Is this a file the checker reads as a Word or PDF agreement, or one it refuses with a sentence? */
export function isDocumentFile(file: string): boolean {
  return documentKind(file) !== undefined || unsupportedDocument(file) !== undefined;
}

/**
 * Read a .docx or .pdf as markdown. `maxBytes` bounds the file, `maxChars` the converted text.
 * Throws DocumentError with one plain sentence when it cannot (the caller goes on with other files).
 */
export async function readDocument(file: string, limits: { maxBytes: number; maxChars?: number; limitName?: string }): Promise<ConvertedDocument> {
  const unsupported = unsupportedDocument(file);
  if (unsupported) throw new DocumentError(unsupported);
  const kind = documentKind(file);
  if (!kind) throw new DocumentError('this is not a Word (.docx) or PDF file');
  let buf: Buffer;
  try {
    buf = readBounded(file, limits.maxBytes);
  } catch (e) {
    if (e instanceof TextFileError && e.code === 'EFBIG') throw new DocumentError(`this file is too large to check: ${e.message.replace(/^too large /, '')}${limits.limitName ? `; raise ${limits.limitName} to check it` : ''}`);
    throw new DocumentError((e as Error).message);
  }
  const c = converters();
  let markdown: string;
  let places: string[];
  if (kind === 'docx') {
    markdown = (await c.docxToMarkdown(buf)).markdown;
    places = c.wordPlaces(markdown);
  } else {
    const pdf = await c.pdfToMarkdown(buf);
    markdown = pdf.markdown;
    places = c.pdfPlaces(pdf.sources);
  }
  if (limits.maxChars !== undefined && markdown.length > limits.maxChars)
    throw new DocumentError(`this file is too large to check: its text has ${markdown.length.toLocaleString('en-US')} characters, more than ${limits.maxChars.toLocaleString('en-US')}${limits.limitName ? `; raise ${limits.limitName} to check it` : ''}`);
  return { file, kind, markdown, placeOf: (line) => places[Math.min(Math.max(0, line), places.length - 1)] ?? 'the start of the document' };
}

/** Markdown → .docx bytes (title: the first heading, else `fallbackTitle`). */
export async function markdownToDocx(markdown: string, fallbackTitle: string): Promise<Buffer> {
  return converters().markdownToDocx(markdown, fallbackTitle);
}

/** "in Word: …" / "in the PDF: …" for a line of the converted text. */
export function describePlace(doc: ConvertedDocument, line: number): string {
  return `${doc.kind === 'docx' ? 'in Word' : 'in the PDF'}: ${doc.placeOf(line)}; line ${line + 1} of the converted text`;
}

/**
 * Name the place in the original in every finding of a report for a Word or PDF file (the
 * position stays a line of the converted text, as --to-markdown writes it).
 */
export function annotateReport(report: FileReport, doc: ConvertedDocument): FileReport {
  for (const d of report.diagnostics) d.message = `${d.message} (${describePlace(doc, d.range.start.line)})`;
  return report;
}

/** A name for a file in a message. */
export function displayName(file: string): string {
  return path.basename(file);
}

export { DocumentError, size };
