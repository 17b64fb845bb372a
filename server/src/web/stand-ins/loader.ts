/** Browser stand-in for config/loader.ts (stand-ins/README.md): no .mou.json is read. */
import type * as Real from '../../config/loader';

export type { ConfigProblem, ResolvedConfig } from '../../config/loader';
export const CONFIG_FILE = '.mou.json';

export class ConfigLoader {
  invalidate(_file?: string): void {}
  find(_dir: string, _root?: string): string | undefined {
    return undefined;
  }
  forDocument(_docPath: string, _root?: string): Real.ResolvedConfig {
    return { chain: [], problems: [] };
  }
  resolve(_file: string): Real.ResolvedConfig {
    return { chain: [], problems: [] };
  }
}

export function positionIn(_text: string, _offset: number): { line: number; character: number } {
  return { line: 0, character: 0 };
}

({ CONFIG_FILE, positionIn }) satisfies Pick<typeof Real, 'CONFIG_FILE' | 'positionIn'>;
({}) as ConfigLoader satisfies Pick<Real.ConfigLoader, 'invalidate' | 'find' | 'forDocument' | 'resolve'>;
