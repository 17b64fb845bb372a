/**
 * The agreements of the workspace as the last check found them: one FileReport per file URI,
 * plus what the tree and the final message say about each (pure functions, no UI).
 */
import { EventEmitter, Uri, type Disposable, type Event } from 'vscode';
import type { FileReport } from './protocol';

export type Section = NonNullable<FileReport['sections']>[number];
/** The worst thing about an agreement, for its icon. */
export type Health = 'error' | 'warning' | 'pass';

export interface Agreement {
  uri: Uri;
  /** `uri.toString()`: the key everywhere (VS Code's encoding, not the server's). */
  key: string;
  name: string;
  report: FileReport;
}

/** The server's URI (Node's pathToFileURL) in VS Code's own encoding, so keys compare. */
export function keyOf(uri: string | Uri): string {
  return (typeof uri === 'string' ? Uri.parse(uri) : uri).toString();
}

/** Sections that are there but not good enough, or not there at all (not-applicable is fine). */
export function openSections(report: FileReport): Section[] {
  return (report.sections ?? []).filter((s) => s.status === 'missing' || s.status === 'weak');
}

export function health(report: FileReport): Health {
  const sections = report.sections ?? [];
  if (sections.some((s) => s.status === 'missing') || report.diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (sections.some((s) => s.status === 'weak') || report.diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return 'pass';
}

export function needsAttention(report: FileReport): boolean {
  return health(report) !== 'pass';
}

export function percent(report: FileReport): string {
  return `${Math.round((report.score ?? 0) * 100)}%`;
}

/** "72% · 2 missing · 1 weak" */
export function summary(report: FileReport): string {
  const missing = openSections(report).filter((s) => s.status === 'missing').length;
  const weak = openSections(report).filter((s) => s.status === 'weak').length;
  return [percent(report), ...(missing ? [`${missing} missing`] : []), ...(weak ? [`${weak} weak`] : [])].join(' · ');
}

/** Worst first: lowest score, then file name, then the whole path (names repeat across folders). */
export function compareAgreements(a: Agreement, b: Agreement): number {
  return (a.report.score ?? 0) - (b.report.score ?? 0) || a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
}

export class AgreementsStore implements Disposable {
  private readonly entries = new Map<string, Agreement>();
  private readonly changed = new EventEmitter<void>();
  /** Fires after any change of the set or of a report. */
  readonly onDidChange: Event<void> = this.changed.event;

  get size(): number {
    return this.entries.size;
  }

  get(uri: string | Uri): Agreement | undefined {
    return this.entries.get(keyOf(uri));
  }

  /** Worst first. */
  all(): Agreement[] {
    return [...this.entries.values()].sort(compareAgreements);
  }

  /** A complete check: these are all the agreements there are. */
  replaceAll(reports: FileReport[]): void {
    this.entries.clear();
    for (const r of reports) this.put(r);
    this.changed.fire();
  }

  /** A partial (cancelled) check: update what it saw, keep the rest. */
  merge(reports: FileReport[]): void {
    if (!reports.length) return;
    for (const r of reports) this.put(r);
    this.changed.fire();
  }

  /** Forget files that were deleted: `uri` itself, or everything under it when it was a folder. */
  removeUnder(uri: Uri): Agreement[] {
    const key = keyOf(uri);
    const prefix = key.endsWith('/') ? key : `${key}/`;
    const removed = [...this.entries.values()].filter((a) => a.key === key || a.key.startsWith(prefix));
    for (const a of removed) this.entries.delete(a.key);
    if (removed.length) this.changed.fire();
    return removed;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private put(report: FileReport): void {
    if (!report.isAgreement) return;
    const uri = Uri.parse(report.path);
    const key = uri.toString();
    this.entries.set(key, { uri, key, name: uri.path.slice(uri.path.lastIndexOf('/') + 1), report });
  }
}
