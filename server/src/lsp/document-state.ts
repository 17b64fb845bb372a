/** What the server keeps for each open document: one explicit record, owned by the Session. */
import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis, AnalyzeOptions, BlockCache } from '../core';
import type { Remembered } from '../startup/remembered-findings';
import type { Reported } from './diagnostic-report';
import type { Plan } from './plan';

/** The findings of one version of a document, and where they came from. */
export type Findings =
  /** A real analysis, with the options it used. */
  | { source: 'analysis'; version: number; diagnostics: Diagnostic[]; analysis: Analysis; options: AnalyzeOptions }
  /** Remembered from an earlier session, until the background analysis replaces them. */
  | { source: 'remembered'; version: number; diagnostics: Diagnostic[]; remembered: Remembered }
  /** Not analysed: out of scope (files/ignore) or too large (then one information diagnostic). */
  | { source: 'skipped'; version: number; diagnostics: Diagnostic[] };

export interface DocumentState {
  /** Parsed blocks by text, and the last model: what makes the next analysis incremental. */
  cache: BlockCache;
  /** The latest findings (not necessarily of the current version). */
  findings?: Findings;
  /** How this document is checked now: settings + .mou.json (cleared when either changes). */
  plan?: Plan;
  /** What was done, once after opening, with what is remembered on disk for it. */
  memory: {
    /** Remembered findings were looked for (on the first check). */
    findingsLookedUp: boolean;
    /** Its remembered parsed blocks were put in its cache (before its first parse). */
    blocksRestored: boolean;
  };
  /** What was last checked on open or save: shown while `mou.run` is `onSave`. */
  saved?: Diagnostic[];
  /** What was last reported to a pulling client, with its result id (diagnostic-report.ts). */
  reported?: Reported;
  /** The pending push after a change (clients that do not pull). */
  debounce?: NodeJS.Timeout;
}

export function newDocumentState(cache: BlockCache): DocumentState {
  return { cache, memory: { findingsLookedUp: false, blocksRestored: false } };
}
