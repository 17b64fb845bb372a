/** Browser stand-in for lsp/config-diagnostics.ts (stand-ins/README.md): no .mou.json, no problems. */
import type { Connection } from 'vscode-languageserver';
import type { ConfigProblem } from '../../config/loader';
import type * as Real from '../../lsp/config-diagnostics';

export class ConfigDiagnostics {
  constructor(_connection: Connection) {}
  publish(_chain: string[], _problems: ConfigProblem[], _inUse: Iterable<string>): void {}
  deleted(_file: string, _uri: string): void {}
}

({}) as ConfigDiagnostics satisfies Pick<Real.ConfigDiagnostics, 'publish' | 'deleted'>;
