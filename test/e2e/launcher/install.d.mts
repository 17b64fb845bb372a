// Types for install.mjs (plain Node ESM so the launcher runs without a build step).
export interface VersionSpec {
  vscode: string;
  codeServer: string;
  nodeMajor: number;
  smokeTestDriver: boolean;
}
export const REPO_ROOT: string;
export const CACHE_ROOT: string;
export const VERSIONS: Record<string, Omit<VersionSpec, 'vscode'>>;
export const DEFAULT_VSCODE_VERSION: string;
export const DEBIAN_PACKAGES: string[];
export function log(msg: string): void;
export function seconds(sinceMs: number): string;
export function resolveVersion(requested?: string): VersionSpec;
export function ensureSystemPackages(): Promise<void>;
export function ensureNode(major: number): Promise<{ bin: string; nodedir: string }>;
export function ensureCodeServer(version: VersionSpec): Promise<{ entry: string; nodeBin: string; nodeVersion: string; dir: string }>;
