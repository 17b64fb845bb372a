import type { BuildOptions, Plugin } from 'esbuild';
export const combineExtensionsOnce: Plugin;
export const common: BuildOptions;
