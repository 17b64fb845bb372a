import type { BuildOptions, Metafile, Plugin } from 'esbuild';
export const combineExtensionsOnce: Plugin;
export const common: BuildOptions;
export function builtinsOf(metafile: Metafile, outfile: string): string[];
