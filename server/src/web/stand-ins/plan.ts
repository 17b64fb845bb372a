/**
 * Browser stand-in for lsp/plan.ts (stand-ins/README.md): no file on disk, so no .mou.json and no
 * files/ignore globs; the settings and a person's call decide, as for an untitled document on
 * the desktop.
 */
import { optionsFromConfig } from '../../core';
import { baseOptions } from '../../lsp/settings';
import type { ConfigLoader, ConfigProblem } from '../../config/loader';
import type * as Real from '../../lsp/plan';
import type { Settings } from '../../lsp/settings';

export type { Plan } from '../../lsp/plan';

export function uriToPath(_uri: string): string | undefined {
  return undefined;
}

export function planFile(_file: string | undefined, settings: Settings, _roots: readonly string[], _loader: ConfigLoader, agreement: boolean | undefined): { plan: Real.Plan; problems: ConfigProblem[] } {
  const configured = optionsFromConfig(undefined, baseOptions(settings));
  const options = agreement === undefined ? configured : { ...configured, agreement };
  return { plan: { settings, options, included: true, chain: [] }, problems: [] };
}

({ uriToPath, planFile }) satisfies Pick<typeof Real, 'uriToPath' | 'planFile'>;
