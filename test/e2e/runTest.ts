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
 * A third run checks the PACKAGED extension: `mou-author.vsix` (built with `npm run package` when
 * it is missing or older than what goes into it) is installed into the fresh extensions folder
 * (`--install-extension`: the launcher runs code-server's own CLI; desktop VS Code its CLI), and
 * the workbench opens with an empty test-runner extension under development instead of the
 * repository (VS Code's extension host refuses extensionTestsPath without some
 * extensionDevelopmentPath), so MOU Author is loaded only from the .vsix.
 *
 * A fourth run, `web`, puts the browser entry in code-server's web-worker extension host (runWeb.ts).
 *
 * Other knobs: MOU_E2E_RUNS=single-folder,multi-root,vsix,web (a subset), MOU_E2E_GREP=<mocha grep>,
 * MOU_E2E_VERBOSE=1, MOU_E2E_TIMEOUT=<s>; see README.md.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests, runVSCodeCommand } from '@vscode/test-electron';
import { build } from 'esbuild';
import { runWeb } from './runWeb';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const LAUNCHER = path.join(__dirname, 'launcher', 'code-server-launcher');
const SUITE_SRC = path.join(__dirname, 'suite');
const SUITE_OUT = path.join(REPO_ROOT, 'out', 'e2e', 'suite');
const WORKSPACES = path.join(__dirname, 'workspaces');

/**
 * The runs per VS Code: a single folder (scenarios a–d, g–i), a multi-root workspace (e), and the
 * packaged extension on the single folder (j). MOU_E2E_RUNS=<names, comma-separated> picks some.
 */
export const WORKSPACE_RUNS = [
  { name: 'single-folder', open: 'single-folder', vsix: false, web: false },
  { name: 'multi-root', open: 'multi-root/partnerships.code-workspace', vsix: false, web: false },
  { name: 'vsix', open: 'single-folder', vsix: true, web: false },
  // The browser entry in the web-worker extension host (runWeb.ts; code-server only).
  { name: 'web', open: 'single-folder', vsix: false, web: true },
] as const;

/** The runs MOU_E2E_RUNS asks for (all by default). */
export function selectedRuns(): Array<(typeof WORKSPACE_RUNS)[number]> {
  const wanted = process.env.MOU_E2E_RUNS?.split(',').map((r) => r.trim()).filter(Boolean);
  if (!wanted?.length) return [...WORKSPACE_RUNS];
  const unknown = wanted.filter((w) => !WORKSPACE_RUNS.some((r) => r.name === w));
  if (unknown.length) throw new Error(`MOU_E2E_RUNS: unknown run ${unknown.join(', ')}; use ${WORKSPACE_RUNS.map((r) => r.name).join(', ')}.`);
  return WORKSPACE_RUNS.filter((r) => wanted.includes(r.name));
}

export const VSIX = path.join(REPO_ROOT, 'mou-author.vsix');
/** The empty extension put under development in the vsix run, so that VS Code runs the tests. */
const VSIX_RUNNER = path.join(REPO_ROOT, 'out', 'e2e', 'vsix-runner');

const say = (msg: string) => process.stdout.write(`[mou-e2e] ${msg}\n`);

/** Compile the suite (TypeScript) to CommonJS in out/e2e/suite, which the extension host loads. */
export async function buildSuite(): Promise<string> {
  const started = Date.now();
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  const entryPoints = fs.readdirSync(SUITE_SRC).filter((f) => f.endsWith('.ts')).map((f) => path.join(SUITE_SRC, f));
  await build({
    entryPoints,
    outdir: SUITE_OUT,
    // Each file as it is, except server/src/protocol.ts (the custom requests, declared once), which
    // is TypeScript outside the suite: it goes inside the files that import it.
    bundle: true,
    plugins: [
      {
        name: 'inline-protocol-only',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' || /server[\\/]src[\\/]protocol$/.test(args.path) ? undefined : { path: args.path, external: true }));
        },
      },
    ],
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

/** Newest modification time of the files that go into the .vsix (see .vscodeignore). */
function newestPackagedInput(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['dist', 'package.json', 'snippets', 'syntaxes', 'schemas', 'README.md', 'CHANGELOG.md', 'LICENSE']) visit(path.join(REPO_ROOT, p));
  return newest;
}

/**
 * mou-author.vsix, packaged now (`npm run package`, which builds first) if it is missing or older
 * than dist/ and the other files that go into it. Returns how long packaging took (0: it was fresh).
 */
export function ensureVsix(): number {
  if (fs.existsSync(VSIX) && fs.statSync(VSIX).mtimeMs >= newestPackagedInput()) return 0;
  const started = Date.now();
  say(`${path.basename(VSIX)} is ${fs.existsSync(VSIX) ? 'older than dist/' : 'missing'}: running npm run package`);
  execFileSync('npm', ['run', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not produce ${path.basename(VSIX)}.`);
  const seconds = (Date.now() - started) / 1000;
  say(`packaged ${path.basename(VSIX)} in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** The test-runner extension for the vsix run: a manifest and nothing else (it never activates). */
function writeVsixRunner(): string {
  fs.mkdirSync(VSIX_RUNNER, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  fs.writeFileSync(path.join(VSIX_RUNNER, 'package.json'), `${JSON.stringify({
    name: 'mou-author-e2e-runner',
    displayName: 'MOU Author end-to-end test runner',
    description: 'Empty: lets VS Code run the end-to-end suite against MOU Author installed from its .vsix.',
    publisher: 'mou-author-tests',
    version: '0.0.0',
    private: true,
    engines: { vscode: pkg.engines.vscode },
  }, null, 2)}\n`);
  return VSIX_RUNNER;
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
 * `vsixReady`: mou-author.vsix was just packaged (by runAll), use it as it is; `vsixError`: packaging
 * failed, so the vsix run fails with that message without starting.
 */
export async function runSuite(extensionTestsPath: string, options: { vsixReady?: boolean; vsixError?: string } = {}): Promise<RunResult[]> {
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
    for (const run of selectedRuns()) {
      if (interrupted) throw new InterruptedError(interrupted);
      const started = Date.now();
      if (run.vsix && options.vsixError) {
        results.push({ workspace: run.name, ok: false, seconds: 0, error: `packaging failed: ${options.vsixError}` });
        continue;
      }
      if (run.web) {
        if (desktop) continue; // desktop VS Code has no web-worker host to point at; @vscode/test-web would be the tool
        say(`--- VS Code ${process.env.MOU_VSCODE_VERSION ?? '1.100.3'} (code-server): web-worker extension host ---`);
        const code = await runWeb().catch((e: Error) => (say(e.message), 1));
        results.push({ workspace: run.name, ok: code === 0, seconds: (Date.now() - started) / 1000, ...(code ? { error: `exit code ${code}` } : {}) });
        continue;
      }
      const target = path.join(workspaces.root, run.open);
      say(`--- ${desktop ? `desktop VS Code ${process.env.MOU_E2E_DESKTOP_VERSION ?? 'stable'}` : `VS Code ${process.env.MOU_VSCODE_VERSION ?? '1.100.3'} (code-server)`}: ${run.name} ---`);
      // A fresh profile for each run (the launcher makes its own and ignores these two).
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mou-e2e-profile-'));
      try {
        const desktopVersion = { version: process.env.MOU_E2E_DESKTOP_VERSION ?? 'stable', cachePath: path.join(REPO_ROOT, '.cache', 'vscode-test') };
        const profileArgs = [`--user-data-dir=${path.join(profile, 'user-data')}`, `--extensions-dir=${path.join(profile, 'extensions')}`];
        let launchArgs = [target, '--disable-extensions', ...profileArgs];
        if (run.vsix) {
          // runAll packages once, before any run (so that a rebuild meanwhile does not repackage).
          if (!options.vsixReady || !fs.existsSync(VSIX)) ensureVsix();
          if (desktop) {
            // What @vscode/test-electron documents for installing extensions before a run.
            await runVSCodeCommand(['--install-extension', VSIX, ...profileArgs], desktopVersion);
            launchArgs = [target, ...profileArgs]; // --disable-extensions would disable it again
          } else {
            launchArgs = [target, `--install-extension=${VSIX}`, ...profileArgs];
          }
        }
        await runTests({
          ...(desktop ? desktopVersion : { vscodeExecutablePath: LAUNCHER }),
          extensionDevelopmentPath: run.vsix ? writeVsixRunner() : REPO_ROOT,
          extensionTestsPath,
          extensionTestsEnv: { MOU_E2E_REPO_ROOT: REPO_ROOT, ...(run.vsix ? { MOU_E2E_MODE: 'vsix' } : {}) },
          launchArgs,
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
