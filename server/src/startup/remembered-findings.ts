/**
 * Remembered findings: the diagnostics and completeness report the server last gave a document,
 * kept on disk (json-store.ts) so that an agreement reopened in a new session (VS Code restores
 * the editors it had open) shows its findings before the server has parsed it.
 *
 * An entry is keyed by everything the findings depend on: this server build (and Node version),
 * the analysis options, and the exact text. The analysis is a pure function of those, so a stored
 * entry is exactly what analysing again would give; it is a shortcut, never an approximation.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { AnalyzeOptions, FileReport } from '../core';
import { JsonStore } from './json-store';

/** What is remembered of a document: its diagnostics and its completeness report (the client asks for both on opening). */
export interface Remembered {
  diagnostics: Diagnostic[];
  /** With an empty path: the same text may be another file's. */
  report: FileReport;
}

function isRemembered(v: unknown): v is Remembered {
  const r = v as Partial<Remembered> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.diagnostics) && !!r.report && typeof r.report === 'object' && typeof r.report.isAgreement === 'boolean';
}

export class RememberedFindings {
  private readonly store: JsonStore<Remembered>;
  /** Documents first shown with remembered findings (mou/serverInfo). */
  shown = 0;

  /** `cacheDir` or `identity` (this build) undefined: nothing is remembered. */
  constructor(cacheDir: string | undefined, identity: string | undefined) {
    this.store = new JsonStore<Remembered>(cacheDir, identity, { valid: isRemembered, folder: 'findings' });
  }

  get enabled(): boolean {
    return this.store.enabled;
  }

  /** What was remembered for exactly this text and these options, if anything. */
  lookUp(text: string, options: AnalyzeOptions): Remembered | undefined {
    const found = this.store.get(this.store.key(text, options));
    if (found) this.shown++;
    return found;
  }

  /**
   * Remember what `current()` returns for the document at `uri` when the server is next idle (it
   * returns undefined when that is no longer current: the document changed or closed).
   */
  remember(uri: string, current: () => { text: string; options: AnalyzeOptions; value: Remembered } | undefined): void {
    this.store.remember(uri, () => {
      const c = current();
      return c && { key: this.store.key(c.text, c.options), value: c.value };
    });
  }

  /** Write what is pending for `uri` (a document being closed), or for every document, now. */
  flush(uri?: string): void {
    this.store.flush(uri);
  }

  /** Forget everything (the user turned remembering off). */
  clear(): void {
    this.store.clear();
  }
}
