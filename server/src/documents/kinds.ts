/**
 * Which files are Word or PDF agreements, and the one-sentence problems they can have. Light: no
 * conversion library is loaded here (they are in convert.ts, loaded only when a .docx or .pdf is met).
 */
import * as path from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../protocol';

/** A Word or PDF file: the extensions the checker reads besides markdown (protocol.ts, with the markdown ones). */
export type DocumentKind = (typeof DOCUMENT_EXTENSIONS)[number];

/** The kind of a Word or PDF file by its name; undefined for markdown and anything else. */
export function documentKind(file: string): DocumentKind | undefined {
  const ext = path.extname(file).toLowerCase().slice(1);
  return DOCUMENT_EXTENSIONS.find((kind) => kind === ext);
}

/** Old formats that are named but not read: each gets its sentence. */
export function unsupportedDocument(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc') return 'this is an old Word .doc file: open it in Word or LibreOffice and save it as .docx (Word Document), then check the .docx';
  if (ext === '.rtf' || ext === '.odt') return `this is an ${ext} file: save it as .docx (Word Document) and check the .docx`;
  return undefined;
}

export { DocumentError } from './error';

/** Human size. */
export const size = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} KB` : `${n} bytes`);

/** The markdown file written beside a Word or PDF file on import: `Agreement.docx` → `Agreement.md`. */
export function markdownBeside(file: string): string {
  return file.slice(0, file.length - path.extname(file).length) + '.md';
}

/** The .docx written beside a markdown file on export. */
export function docxBeside(file: string): string {
  return file.slice(0, file.length - path.extname(file).length) + '.docx';
}
