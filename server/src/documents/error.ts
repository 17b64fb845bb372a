/**
 * A Word or PDF file that cannot be read: the message is one plain sentence for a coordinator.
 * In a file of its own that imports nothing, so the conversion side (convert.ts and what it
 * imports, bundled as dist/documents.js) can throw it without bundling kinds.ts's protocol.ts and,
 * with it, the LSP protocol library. kinds.ts re-exports it.
 */
export class DocumentError extends Error {}
