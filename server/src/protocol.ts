/**
 * MOU Author's own requests, notifications and commands, each declared once with its method name,
 * params and result; the server (lsp/), the VS Code client, the tests and the bench import these
 * declarations, and no other file spells a `mou/` method (test/unit/protocol.test.ts checks).
 * Types, names and the shared facts of the wire (which files are agreements): no analysis, no I/O,
 * nothing from `vscode` or the server's state.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { FileReport } from './core/report';
import type { Registry } from './core/registry';

export type { FileReport, Registry };

// ── Completeness report ─────────────────────────────────────────────────────────────────────

export interface CompletenessParams {
  /** An open document's URI. */
  uri: string;
}

/**
 * The completeness report of one open document: the same JSON as `mou-check --format json`
 * (core/report.ts); null when the document is not open.
 */
export const CompletenessRequest = new RequestType<CompletenessParams, FileReport | null, void>('mou/completeness');

// ── Workspace check ─────────────────────────────────────────────────────────────────────────

export interface CheckWorkspaceParams {
  /** Workspace folder URIs. */
  folders: string[];
}

export interface CheckWorkspaceResult {
  /** Only agreements. `path` is a file URI. */
  files: FileReport[];
  /** Files looked at (checked or skipped by files/ignore) before the end or the cancellation. */
  checked: number;
  /** Markdown files listed (without .gitignored ones). */
  total: number;
  cancelled: boolean;
}

export interface CheckWorkspaceProgress {
  done: number;
  total: number;
}

/**
 * Check every agreement in the given folders ("Check All Agreements in Workspace"): markdown files
 * matched by the settings' and .mou.json's files/ignore, skipping .gitignored ones. Progress comes
 * as CheckWorkspaceProgressNotification; the request stops when cancelled.
 */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('mou/checkWorkspace');
export const CheckWorkspaceProgressNotification = new NotificationType<CheckWorkspaceProgress>('mou/checkWorkspace/progress');

// ── Partners and deadlines across the workspace (issue 21) ───────────────────────────────────

export interface PartnersParams {
  /** Workspace folder URIs. */
  folders: string[];
}

/**
 * The partner registry of every agreement in the folders (VS Code's Partners view): one row per
 * partner organisation, its agreements (paths are file URIs) with their status against the
 * server's local day, its contacts, and findings across agreements (core/registry).
 */
export const PartnersRequest = new RequestType<PartnersParams, Registry, void>('mou/partners');

export interface ExportDeadlinesParams {
  /** Workspace folder URIs: every agreement in them. */
  folders: string[];
}

export interface ExportDeadlinesResult {
  /** The iCalendar file's text. */
  ics: string;
  /** Events in it, and the agreements read. */
  events: number;
  agreements: number;
  /** Dated duties left out because their day cannot be known ("file:line: not in the calendar — why: clause"). */
  unresolved: string[];
}

/** Every dated duty of the agreements in the folders as an iCalendar file ("MOU: Export Deadlines to Calendar (.ics)"). */
export const ExportDeadlinesRequest = new RequestType<ExportDeadlinesParams, ExportDeadlinesResult, void>('mou/exportDeadlines');

// ── New agreements ──────────────────────────────────────────────────────────────────────────

export interface AgreementType {
  id: string;
  title: string;
  description: string;
}

/** The agreement types (playbooks) for "MOU: New Agreement…". */
export const AgreementTypesRequest = new RequestType0<AgreementType[], void>('mou/agreementTypes');

export interface SkeletonParams {
  /** A playbook id (AgreementTypesRequest). */
  type?: string;
  school?: string;
  partner?: string;
  /** A snippet to tab through (default) or plain markdown (false). */
  snippet?: boolean;
}

/** A new agreement of a type, with the parties filled in. */
export const SkeletonRequest = new RequestType<SkeletonParams, string, void>('mou/skeleton');

// ── Which process serves ────────────────────────────────────────────────────────────────────

export interface ServerInfo {
  pid: number;
  /** The Node options it was started with (startup/node-options.ts, when the client passed them). */
  execArgv: string[];
  version: string;
  /** Open documents the server keeps state for. */
  documents: number;
  /** Documents first shown with remembered findings (startup/findings-store.ts). */
  rememberedShown: number;
  /** Blocks not parsed because their facts were remembered (startup/parsed-blocks.ts). */
  blocksRestored: number;
  /** How this start used V8's code cache (startup/code-cache.ts); absent when the bundle was started directly. */
  codeCache?: string;
  /** Built-in modules Node compiled from source because a V8 flag had changed (startup/regexp-tier.ts). */
  builtinsLoadedLate?: string[];
  /** Variables it was started with that only make Node's boot slower (startup/node-options.ts): none expected. */
  slowStartEnv: string[];
}

/** Which process serves, and how it started (crash-recovery tests, the bench, support). */
export const ServerInfoRequest = new RequestType0<ServerInfo, void>('mou/serverInfo');

// ── A person's call on whether a file is an agreement ───────────────────────────────────────

/**
 * A person's call on whether a file is an agreement (VS Code: "MOU: Check This File as an
 * Agreement"). `true` checks it whatever the detector or its front matter say, `false` never checks
 * it, `null` forgets the call (the checker decides again). Nothing is written into the file: the
 * client remembers the call and sends it again when the server starts (see
 * `InitializationOptions.agreementCalls`). The server re-checks the document and answers once its
 * new diagnostics are out (or, for a client that pulls, once it has been asked to pull again).
 */
export interface AgreementCallParams {
  /** The document's URI, as the client sends it in textDocument/didOpen. */
  uri: string;
  agreement: boolean | null;
}

export interface AgreementCallResult {
  /** Whether the file is now checked as an agreement (false too when it is not open). */
  isAgreement: boolean;
  /** Why, in plain words (the report's agreementReason). */
  agreementReason?: string;
}

export const AgreementCallRequest = new RequestType<AgreementCallParams, AgreementCallResult, void>('mou/agreementCall');

/** What the client may pass in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** Calls made earlier, by document URI (restored on every server start, so a restart keeps them). */
  agreementCalls?: Record<string, boolean>;
}

/** The calls from initializationOptions, ignoring anything that is not a URI → boolean. */
export function agreementCallsFrom(options: unknown): Array<[string, boolean]> {
  const calls = (options as InitializationOptions | null | undefined)?.agreementCalls;
  if (!calls || typeof calls !== 'object') return [];
  return Object.entries(calls).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
}

// ── Commands ────────────────────────────────────────────────────────────────────────────────

/** workspace/executeCommand behind "MOU: Insert All Missing Sections": arguments [uri]. */
export const FIX_ALL_COMMAND = 'mou.server.insertAllMissingSections';

export interface FixAllResult {
  applied: boolean;
  /** Sections inserted (0: none was missing). */
  inserted: number;
}

// ── Word and PDF (issue 20) ─────────────────────────────────────────────────────────────────

export interface ImportDocumentParams {
  /** A file: URI of a .docx or .pdf. */
  uri: string;
}

/** The markdown, or one sentence saying why the file cannot be read. */
export type ImportDocumentResult = { markdown: string } | { error: string };

/** A Word or PDF agreement as markdown ("MOU: Import Agreement from Word or PDF…"). */
export const ImportDocumentRequest = new RequestType<ImportDocumentParams, ImportDocumentResult, void>('mou/importDocument');

export interface ExportDocxParams {
  /** The markdown document's URI (its name is the title when it has no heading). */
  uri: string;
  /** The text to export (the editor's, saved or not). */
  text: string;
}

/** The .docx file's bytes in base64, or why it could not be made. */
export type ExportDocxResult = { base64: string } | { error: string };

/** A markdown agreement as a Word document ("MOU: Export Agreement to Word (.docx)"). */
export const ExportDocxRequest = new RequestType<ExportDocxParams, ExportDocxResult, void>('mou/exportDocx');

// ── Files read through the editor (the browser server, which has no disk) ─────────────────

/** The name of a MOU Author configuration file. */
export const CONFIG_FILE = '.mou.json';

export interface ReadFilesParams {
  /** File URIs: a folder's .mou.json, a file an `extends` names, or a markdown file of the workspace check. */
  uris: string[];
  /** Larger files are not read: their answer is an error. */
  maxBytes: number;
}

/** One file's answer: its text, that it does not exist, or why it cannot be read (in plain words). */
export interface ReadFile {
  text?: string;
  missing?: true;
  error?: string;
}

/**
 * Server → client, from the browser server only: the text of configuration (.json) and markdown
 * files, one answer per URI in order, read with `workspace.fs` on any file system the editor has.
 */
export const ReadFilesRequest = new RequestType<ReadFilesParams, ReadFile[], void>('mou/readFiles');

export interface ListFilesParams {
  /** A workspace folder's URI. */
  folder: string;
}

/**
 * Server → client, from the browser server only: the markdown files of a workspace folder (URIs,
 * sorted; `workspace.findFiles`, so files.exclude applies), for the workspace check.
 */
export const ListFilesRequest = new RequestType<ListFilesParams, string[], void>('mou/listFiles');

// ── Which files are agreements ──────────────────────────────────────────────────────────────

/** The file extensions the CLI, the workspace check and the client's watcher take for markdown. */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd'] as const;
/** A glob of every markdown file below a folder. */
export const MARKDOWN_GLOB = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
/** A markdown file's name ends with this (any case). */
export const MARKDOWN_FILE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS.join('|')})$`, 'i');

/** Word and PDF: read as markdown (server/src/documents/kinds.ts says which kind a file is). */
export const DOCUMENT_EXTENSIONS = ['docx', 'pdf'] as const;
/** A Word or PDF file's name ends with this (any case). */
export const DOCUMENT_FILE = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

/** Every file the CLI and the workspace check read as a possible agreement: markdown, Word and PDF. */
export const AGREEMENT_EXTENSIONS = [...MARKDOWN_EXTENSIONS, ...DOCUMENT_EXTENSIONS] as const;
/** A glob of every such file below a folder (Word and PDF names also in capitals, as Windows writes them). */
export const AGREEMENT_GLOB = `**/*.{${[...AGREEMENT_EXTENSIONS, ...DOCUMENT_EXTENSIONS.map((e) => e.toUpperCase())].join(',')}}`;
/** Such a file's name ends with this (any case). */
export const AGREEMENT_FILE = new RegExp(`\\.(?:${AGREEMENT_EXTENSIONS.join('|')})$`, 'i');
