import type { BuildOptions, Metafile, Plugin } from 'esbuild';
export const combineExtensionsOnce: Plugin;
export const common: BuildOptions;
export function builtinsOf(metafile: Metafile, outfile: string): string[];
export const webStandIns: Plugin;
export const web: BuildOptions;
export function nodeImportsIn(metafile: Metafile): string[];
export const webEntries: Array<BuildOptions & { entryPoints: string[]; outfile: string }>;
