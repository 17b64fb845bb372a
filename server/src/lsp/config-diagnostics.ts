/**
 * Problems in .mou.json files as diagnostics on those files (pushed: they are not markdown). A file
 * no open document uses any more (dropped from an `extends` chain, say) loses its problems.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { ConfigFiles } from '../config/files';
import { positionIn, type ConfigProblem } from '../config/loader';

export class ConfigDiagnostics {
  /**
   * Config files (paths, not URIs: a client may spell a file's URI differently) we have published
   * problems for, to clear them when fixed, deleted, or no longer used by any open document.
   */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly files: Pick<ConfigFiles, 'toUri'>,
  ) {}

  /** `chain` is the config files one document uses, `inUse` those every open document uses. */
  publish(chain: string[], problems: ConfigProblem[], inUse: Iterable<string>): void {
    const byFile = new Map<string, Diagnostic[]>();
    const used = new Set([...chain, ...inUse]);
    for (const f of this.published) if (!used.has(f)) byFile.set(f, []);
    for (const f of chain) byFile.set(f, []);
    for (const p of problems) {
      const list = byFile.get(p.file) ?? [];
      list.push({
        range: { start: positionIn(p.text, p.offset), end: positionIn(p.text, p.offset + p.length) },
        severity: DiagnosticSeverity.Error,
        source: 'mou',
        code: 'config',
        message: `${p.message} MOU Author keeps using the last valid configuration until this is fixed.`,
      });
      byFile.set(p.file, list);
    }
    for (const [file, diagnostics] of byFile) {
      if (!diagnostics.length && !this.published.has(file)) continue;
      if (diagnostics.length) this.published.add(file);
      else this.published.delete(file);
      void this.connection.sendDiagnostics({ uri: this.files.toUri(file), diagnostics });
    }
  }

  /** A config file was deleted: its problems go with it. */
  deleted(file: string, uri: string): void {
    if (this.published.delete(file)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
