/**
 * Which files are Word or PDF agreements, and the one-sentence problems they can have. Light: no
 * conversion library is loaded here (they are in convert.ts, loaded only when a .docx or .pdf is met).
 */
import * as path from 'node:path';

export type DocumentKind = 'docx' | 'pdf';

/** Extensions the checker reads besides markdown. */
export const DOCUMENT_EXTENSIONS = ['docx', 'pdf'] as const;

/** The kind of a Word or PDF file by its name; undefined for markdown and anything else. */
export function documentKind(file: string): DocumentKind | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : undefined;
}

/** Old formats that are named but not read: each gets its sentence. */
export function unsupportedDocument(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.doc') return 'this is an old Word .doc file: open it in Word or LibreOffice and save it as .docx (Word Document), then check the .docx';
  if (ext === '.rtf' || ext === '.odt') return `this is an ${ext} file: save it as .docx (Word Document) and check the .docx`;
  return undefined;
}

/** A Word or PDF file that cannot be read: the message is one plain sentence for a coordinator. */
export class DocumentError extends Error {}

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
