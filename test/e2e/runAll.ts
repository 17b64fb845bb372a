/**
 * Runs the end-to-end suite on every pinned VS Code, one after the other, and prints the wall
 * time of each install (first run only) and each run. Exit code 0 only if every run passed.
 *
 *   node --import tsx test/e2e/runAll.ts
 *   MOU_VSCODE_VERSIONS=1.139.1 node --import tsx test/e2e/runAll.ts   # a subset
 *   MOU_E2E_RUNS=single-folder,vsix node --import tsx test/e2e/runAll.ts  # some of the runs
 *
 * The packaged-extension run needs mou-author.vsix: it is built first (`npm run package`) when
 * missing or older than dist/.
 *
 * See runTest.ts for how one run works and how to use desktop VS Code instead.
 */
import { InterruptedError, buildSuite, ensureExtensionBuilt, ensureVsix, runSuite, selectedRuns, type RunResult } from './runTest';

const say = (msg: string) => process.stdout.write(`[mou-e2e] ${msg}\n`);

async function main(): Promise<number> {
  const install = await import('./launcher/install.mjs');
  const versions = (process.env.MOU_VSCODE_VERSIONS ?? Object.keys(install.VERSIONS).join(','))
    .split(',').map((v) => install.resolveVersion(v.trim()).vscode);
  const started = Date.now();
  ensureExtensionBuilt();
  const index = await buildSuite();
  // Packaging (when needed) here keeps it out of the run times.
  let packageSeconds = 0;
  let vsixError: string | undefined;
  try {
    if (selectedRuns().some((r) => r.vsix)) packageSeconds = ensureVsix();
  } catch (e) {
    vsixError = (e as Error).message; // the vsix runs fail with it; the others still run
    say(`could not package mou-author.vsix: ${vsixError}`);
  }

  const rows: Array<{ version: string; installSeconds: number; results: RunResult[]; runSeconds: number }> = [];
  for (const version of versions) {
    process.env.MOU_VSCODE_VERSION = version;
    let t = Date.now();
    // Installing here (a no-op once cached) keeps install time out of the run time.
    await install.ensureCodeServer(install.resolveVersion(version));
    const installSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const results = await runSuite(index, { vsixReady: true, vsixError });
    rows.push({ version, installSeconds, results, runSeconds: (Date.now() - t) / 1000 });
  }

  say('');
  say('VS Code    install   run      result');
  for (const r of rows) {
    const failed = r.results.filter((x) => !x.ok).map((x) => x.workspace);
    say(`${r.version.padEnd(10)} ${`${r.installSeconds.toFixed(1)} s`.padEnd(9)} ${`${r.runSeconds.toFixed(1)} s`.padEnd(8)} `
      + `${failed.length ? `FAILED: ${failed.join(', ')}` : `passed (${r.results.map((x) => `${x.workspace} ${x.seconds.toFixed(1)} s`).join(', ')})`}`);
  }
  if (packageSeconds) say(`packaging mou-author.vsix: ${packageSeconds.toFixed(1)} s`);
  say(`total ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and logs in test-artifacts/`);
  return rows.every((r) => r.results.every((x) => x.ok)) ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (e: Error) => {
    process.stderr.write(`[mou-e2e] ${e.message}\n`);
    process.exit(e instanceof InterruptedError ? e.exitCode : 1);
  },
);
