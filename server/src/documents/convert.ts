/**
 * The conversion libraries (mammoth, unpdf, docx, rehype) in one module. It is loaded only when a
 * Word or PDF file is met (index.ts requires it then); the build makes it a bundle of its own,
 * dist/documents.js, so a markdown-only run of the server or the CLI never reads it.
 */
export { docxToMarkdown, htmlToMarkdown } from './docx-read';
export { pdfToMarkdown } from './pdf-read';
export { markdownToDocx } from './docx-write';
export { wordPlaces, pdfPlaces } from './places';
