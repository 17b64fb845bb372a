/** Browser stand-in for startup/regexp-tier.ts (stand-ins/README.md): no V8 flags in a browser. */
import type * as Real from '../../startup/regexp-tier';

export function builtinsLoadedLate(_flagsChangedAt: number | undefined): string[] | undefined {
  return undefined;
}

({ builtinsLoadedLate }) satisfies Pick<typeof Real, 'builtinsLoadedLate'>;
