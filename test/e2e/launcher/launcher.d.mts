// Types for launcher.mjs (plain Node ESM so the launcher runs without a build step).
/** Run VS Code's test command line in code-server + headless chromium; resolves with the suite's exit code. */
export function main(argv: string[]): Promise<number>;
export function parseArgs(argv: string[]): { extensionDevelopmentPaths: string[]; extensionTestsPath?: string; workspace?: string; installExtensions: string[]; ignored: string[] };
