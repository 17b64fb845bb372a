/** Browser stand-in for lsp/remembered.ts (stand-ins/README.md): nothing is remembered (no disk). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type * as Real from '../../lsp/remembered';
import type { Findings } from '../../lsp/document-state';
import type { Plan } from '../../lsp/plan';
import type { Remembered } from '../../startup/remembered-findings';

export type { Session } from '../../lsp/remembered';

export class Memory {
  readonly findings = { shown: 0, enabled: false };
  readonly blocks = { restored: 0, enabled: false };
  constructor(_cacheDir: string | undefined, _identity: string | undefined) {}
  rememberLater(_session: Real.Session, _doc: TextDocument, _findings: Findings & { source: 'analysis' }, _length: number): void {}
  restoreBlocks(_session: Real.Session, _doc: TextDocument, _plan: Plan): void {}
  findingsFor(_session: Real.Session, _doc: TextDocument, _plan: Plan): Remembered | undefined {
    return undefined;
  }
  flush(_uri?: string): void {}
}

({}) as Memory satisfies Pick<Real.Memory, 'rememberLater' | 'restoreBlocks' | 'findingsFor' | 'flush'>;
({}) as Memory['findings'] satisfies Pick<Real.Memory['findings'], 'shown' | 'enabled'>;
({}) as Memory['blocks'] satisfies Pick<Real.Memory['blocks'], 'restored' | 'enabled'>;
