/**
 * What mou-check does with Word and PDF files: check them (read as markdown, findings naming the
 * place in the original), and the conversions --to-markdown FILE and --to-docx FILE.md. A file
 * that cannot be read gets one sentence and the run goes on; nothing is written over an existing
 * file without --force.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from '../core';
import { plain } from '../plain-text';
import { readTextFile } from '../read-text';
import { annotateReport, DocumentError, docxBeside, isDocumentFile, markdownBeside, markdownToDocx, readDocument, type ConvertedDocument } from './index';

export const CONVERSION_USAGE = `       mou-check --to-markdown [--force] [--output FILE] FILE.docx|FILE.pdf...
       mou-check --to-docx [--force] [--output FILE] FILE.md...`;

export const CONVERSION_HELP = `Word and PDF:
  PATH may also be a .docx or .pdf file (folders and globs include them); each
  finding then also names its place in Word (heading and paragraph) or in the
  PDF (page and line), and its line is a line of the converted text.
  --to-markdown       write each .docx/.pdf as markdown beside it (NAME.md)
  --to-docx           write each markdown file as a Word document (NAME.docx)
  --output FILE       with one input: write there instead
  --force             write over a file that exists (otherwise refused)`;

/** The text to check: markdown as it is, Word and PDF converted (with the converted document). */
export async function readForCheck(file: string, maxBytes: number): Promise<{ text: string; doc?: ConvertedDocument }> {
  if (!isDocumentFile(file)) return { text: readTextFile(file, maxBytes) };
  const doc = await readDocument(file, { maxBytes, maxChars: maxBytes });
  return { text: doc.markdown, doc };
}

/** The report of a checked file, its findings naming their place in Word or the PDF. */
export function finishReport(report: FileReport, read: { doc?: ConvertedDocument }): FileReport {
  return read.doc ? annotateReport(report, read.doc) : report;
}

interface Conversion {
  to: 'markdown' | 'docx';
  force: boolean;
  output?: string;
  files: string[];
}

/** A conversion asked for on the command line, or undefined when the run is a check. Throws a message on misuse. */
export function conversionRequest(argv: string[]): Conversion | undefined {
  if (!argv.some((a) => a === '--to-markdown' || a === '--to-docx')) return undefined;
  const c: Conversion = { to: 'markdown', force: false, files: [] };
  let seen = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--to-markdown' || a === '--to-docx') {
      c.to = a === '--to-docx' ? 'docx' : 'markdown';
      seen++;
    } else if (a === '--force' || a === '-f') c.force = true;
    else if (a === '--output' || a === '-o') {
      if (argv[i + 1] === undefined) throw new Error('--output needs a file name');
      c.output = argv[++i];
    } else if (a.startsWith('--output=')) c.output = a.slice('--output='.length);
    else if (a === '--') c.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-')) throw new Error(`“${a}” cannot be used with ${c.to === 'docx' ? '--to-docx' : '--to-markdown'}`);
    else c.files.push(a);
  }
  if (seen > 1) throw new Error('use --to-markdown or --to-docx, not both');
  if (!c.files.length) throw new Error(`no files given to ${c.to === 'docx' ? '--to-docx' : '--to-markdown'}`);
  if (c.output && c.files.length > 1) throw new Error('--output takes one input file');
  return c;
}

/** Run a conversion: 0 all written, 2 when any file could not be read or written (the others still are). */
export async function runConversion(c: Conversion, maxBytes: number, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let failed = false;
  for (const file of c.files) {
    const target = c.output ?? (c.to === 'docx' ? docxBeside(file) : markdownBeside(file));
    try {
      if (path.resolve(target) === path.resolve(file)) throw new DocumentError('the output would replace the input; give another name with --output');
      if (!c.force && existsSync(target)) throw new DocumentError(`${target} already exists; add --force to write over it`);
      let bytes: Buffer | string;
      if (c.to === 'markdown') {
        if (!isDocumentFile(file)) throw new DocumentError('--to-markdown reads .docx and .pdf files');
        bytes = (await readDocument(file, { maxBytes, maxChars: maxBytes })).markdown;
      } else {
        if (isDocumentFile(file)) throw new DocumentError('--to-docx reads markdown files; use --to-markdown first');
        bytes = await markdownToDocx(readTextFile(file, maxBytes), path.basename(file).replace(/\.[^.]+$/, ''));
      }
      writeFileSync(target, bytes, { flag: c.force ? 'w' : 'wx' });
      out(`${plain(file)} → ${plain(target)}\n`);
    } catch (e) {
      failed = true;
      err(`mou-check: ${plain(file)}: ${plain((e as Error).message)}\n`);
    }
  }
  return failed ? 2 : 0;
}
