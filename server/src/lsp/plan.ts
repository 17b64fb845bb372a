/**
 * How one file is checked: its settings, its .mou.json (with the extends chain), a person's call,
 * and whether it is in scope at all (the config's and the settings' files/ignore). The same for an
 * open document and for a file of the workspace check.
 */
import { isIncluded, optionsFromConfig, type AnalyzeOptions } from '../core';
import type { ConfigLoader, ConfigProblem } from '../config/loader';
import { baseOptions, type Settings } from './settings';

export interface Plan {
  settings: Settings;
  /** The .mou.json files in force, nearest first (their problems are shown while one uses them). */
  chain: string[];
  options: AnalyzeOptions;
  included: boolean;
}

/**
 * The plan for the file at `file` (a path of the loader's host, config/files.ts; undefined: not a
 * file, e.g. untitled:) under the deepest of `roots` that holds it; `agreement` is a person's call
 * on it, if any. Also the problems of the config files in force. Asynchronous only where the host
 * fetches its files (the browser: loader.load).
 */
export async function planFile(file: string | undefined, settings: Settings, roots: readonly string[], loader: ConfigLoader, agreement: boolean | undefined): Promise<{ plan: Plan; problems: ConfigProblem[] }> {
  const path = loader.files.path;
  const root = file ? roots.filter((r) => file.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0] : undefined;
  if (file) await loader.load(file, root);
  const resolved = file ? loader.forDocument(file, root) : { chain: [] as string[], problems: [] as ConfigProblem[] };
  const configured = optionsFromConfig(resolved.config, baseOptions(settings));
  const options = agreement === undefined ? configured : { ...configured, agreement };
  let included = true;
  if (file && resolved.config && resolved.file) included = isIncluded(path.relative(path.dirname(resolved.file), file), resolved.config);
  if (file && root && included && (settings.files.length || settings.ignore.length)) included = isIncluded(path.relative(root, file), settings);
  return { plan: { settings, options, included, chain: resolved.chain }, problems: resolved.problems };
}
