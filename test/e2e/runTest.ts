/**
 * End-to-end tests of MOU Author in a real VS Code (issue #3).
 *
 * Standard @vscode/test-electron layout: runTests() starts "VS Code" with
 * --extensionDevelopmentPath=<repo root> and --extensionTestsPath=out/e2e/suite/index.js, and
 * that module's run() executes the mocha scenarios in test/e2e/suite/ inside the extension host.
 *
 * HERE (no internet, only npm + apt): `vscodeExecutablePath` is test/e2e/launcher/code-server-launcher,
 * which takes VS Code's command line, runs the real workbench from code-server (npm) in headless
 * Debian chromium, and exits with the suite's exit code. Pick the VS Code version with
 * MOU_VSCODE_VERSION=1.100.3 (default) or 1.139.1; the first run installs it into .cache/.
 *
 *   node --import tsx test/e2e/runTest.ts                            # one version
 *   MOU_VSCODE_VERSION=1.139.1 node --import tsx test/e2e/runTest.ts
 *   node --import tsx test/e2e/runAll.ts                             # both versions, timed
 *
 * ON A MACHINE WITH INTERNET, the same suite runs unchanged in desktop VS Code: set
 * MOU_E2E_DESKTOP=1 and runTests() downloads VS Code itself into .cache/vscode-test (no
 * vscodeExecutablePath). MOU_E2E_DESKTOP_VERSION picks it ('stable' by default, 'insiders', or
 * e.g. '1.101.0'; mocha 12 needs the extension host on Node ^20.19 or >=22.12). On a Linux box
 * without a display, wrap it in xvfb-run:
 *
 *   MOU_E2E_DESKTOP=1 xvfb-run -a node --import tsx test/e2e/runTest.ts
 *
 * Other knobs: MOU_E2E_GREP=<mocha grep>, MOU_E2E_VERBOSE=1, MOU_E2E_TIMEOUT=<s>; see README.md.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LAUNCHER = path.join(__dirname, 'launcher', 'code-server-launcher');
const SUITE_SRC = path.join(__dirname, 'suite');
const SUITE_OUT = path.join(REPO_ROOT, 'out', 'e2e', 'suite');
const WORKSPACES = path.join(__dirname, 'workspaces');

/** The two runs per VS Code: a single folder (scenarios a–d) and a multi-root workspace (e). */
export const WORKSPACE_RUNS = [
  { name: 'single-folder', open: 'single-folder' },
  { name: 'multi-root', open: 'multi-root/partnerships.code-workspace' },
] as const;

const say = (msg: string) => process.stdout.write(`[mou-e2e] ${msg}\n`);

/** Compile the suite (TypeScript) to CommonJS in out/e2e/suite, which the extension host loads. */
export async function buildSuite(): Promise<string> {
  const started = Date.now();
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = fs.readdirSync(SUITE_SRC).filter((f) => f.endsWith('.ts')).map((f) => path.join(SUITE_SRC, f));
  await build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  say(`compiled ${entryPoints.length} suite files to ${path.relative(REPO_ROOT, SUITE_OUT)} in ${Date.now() - started} ms`);
  return path.join(SUITE_OUT, 'index.js');
}

/** The extension's entry point must exist; build it once if it does not (npm test builds first). */
export function ensureExtensionBuilt(): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string; scripts?: Record<string, string> };
  const main = path.join(REPO_ROOT, pkg.main);
  if (fs.existsSync(main)) return;
  if (!pkg.scripts?.build) throw new Error(`${pkg.main} does not exist and package.json has no build script; build the extension first.`);
  say(`${pkg.main} is missing: running npm run build`);
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (!fs.existsSync(main)) throw new Error(`npm run build did not produce ${pkg.main}.`);
}

/**
 * Copy test/e2e/workspaces to a fresh temporary folder: the scenarios save files and write
 * workspace settings, which must never touch the repository or leak into the next run.
 */
export function copyWorkspaces(): { root: string; dispose(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mou-e2e-workspaces-'));
  fs.cpSync(WORKSPACES, root, { recursive: true });
  // Also on Ctrl+C: runTests() exits the process itself after passing SIGINT to the launcher.
  const remove = () => fs.rmSync(root, { recursive: true, force: true });
  process.on('exit', remove);
  return {
    root,
    dispose: () => {
      process.off('exit', remove);
      remove();
    },
  };
}

export interface RunResult {
  workspace: string;
  ok: boolean;
  seconds: number;
  error?: string;
}

/**
 * Run the suite once per workspace in one VS Code (code-server MOU_VSCODE_VERSION, or desktop
 * with MOU_E2E_DESKTOP=1). Never throws for a failing suite: the results say what failed.
 */
export async function runSuite(extensionTestsPath: string): Promise<RunResult[]> {
  const desktop = process.env.MOU_E2E_DESKTOP === '1';
  if (!desktop) fs.chmodSync(LAUNCHER, 0o755); // in case a checkout lost the executable bit
  const results: RunResult[] = [];
  const workspaces = copyWorkspaces();
  // runTests() passes Ctrl+C on to the launcher, which stops VS Code and exits; runTests then
  // just reports a failed run. Remember the signal so that no further run starts.
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => { interrupted = signal; };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (const run of WORKSPACE_RUNS) {
      if (interrupted) throw new InterruptedError(interrupted);
      const started = Date.now();
      const target = path.join(workspaces.root, run.open);
      say(`--- ${desktop ? `desktop VS Code ${process.env.MOU_E2E_DESKTOP_VERSION ?? 'stable'}` : `VS Code ${process.env.MOU_VSCODE_VERSION ?? '1.100.3'} (code-server)`}: ${run.name} ---`);
      // A fresh profile for each run (the launcher makes its own and ignores these two).
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mou-e2e-profile-'));
      try {
        await runTests({
          ...(desktop
            ? { version: process.env.MOU_E2E_DESKTOP_VERSION ?? 'stable', cachePath: path.join(REPO_ROOT, '.cache', 'vscode-test') }
            : { vscodeExecutablePath: LAUNCHER }),
          extensionDevelopmentPath: REPO_ROOT,
          extensionTestsPath,
          launchArgs: [
            target,
            '--disable-extensions',
            `--user-data-dir=${path.join(profile, 'user-data')}`,
            `--extensions-dir=${path.join(profile, 'extensions')}`,
          ],
        });
        results.push({ workspace: run.name, ok: true, seconds: (Date.now() - started) / 1000 });
      } catch (e) {
        results.push({ workspace: run.name, ok: false, seconds: (Date.now() - started) / 1000, error: (e as Error).message });
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
    if (interrupted) throw new InterruptedError(interrupted);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    workspaces.dispose();
  }
  return results;
}

/** Thrown when the run was stopped with Ctrl+C or SIGTERM; `exitCode` is 130 or 143. */
export class InterruptedError extends Error {
  readonly exitCode: number;
  constructor(signal: NodeJS.Signals) {
    super(`stopped by ${signal}`);
    this.exitCode = signal === 'SIGINT' ? 130 : 143;
  }
}

async function main(): Promise<void> {
  ensureExtensionBuilt();
  const index = await buildSuite();
  const results = await runSuite(index);
  for (const r of results) say(`${r.ok ? 'passed' : 'FAILED'}  ${r.workspace}  ${r.seconds.toFixed(1)} s${r.error ? `  (${r.error})` : ''}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}

if (require.main === module) {
  main().catch((e: Error) => {
    process.stderr.write(`[mou-e2e] ${e.message}\n`);
    process.exit(e instanceof InterruptedError ? e.exitCode : 1);
  });
}
