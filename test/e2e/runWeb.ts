/**
 * MOU Author in VS Code's web-worker extension host (issue 23): the host vscode.dev and github.dev
 * run extensions in. code-server's workbench runs an extension there when it has only a `browser`
 * entry, so this puts under development a copy of the extension without `main`
 * (out/e2e/web-extension: package.json and what it names, dist/web only) and runs web/index.ts,
 * bundled for the browser, as its tests, on a copy of workspaces/single-folder, through the same
 * launcher as the other runs (launcher/launcher.mjs: code-server + headless chromium).
 *
 *   npm run build && node --import tsx test/e2e/runWeb.ts
 *
 * Also the `web` run of runAll.ts (MOU_E2E_RUNS=web).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const EXTENSION = path.join(REPO_ROOT, 'out', 'e2e', 'web-extension');
const SUITE = path.join(REPO_ROOT, 'out', 'e2e', 'web-suite', 'index.js');

/** The extension as the web sees it: the manifest without `main` (so only `browser`), and its files but the Node bundles. */
export function webOnlyExtension(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { files: string[]; browser: string };
  if (!fs.existsSync(path.join(REPO_ROOT, pkg.browser))) throw new Error(`${pkg.browser} is missing: run npm run build first.`);
  fs.rmSync(EXTENSION, { recursive: true, force: true });
  fs.mkdirSync(EXTENSION, { recursive: true });
  for (const entry of pkg.files) {
    if (entry.startsWith('dist/') && !entry.startsWith('dist/web/')) continue;
    const from = path.join(REPO_ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(EXTENSION, entry), { recursive: true });
  }
  const { main: _main, bin: _bin, scripts: _scripts, ...manifest } = pkg;
  fs.writeFileSync(path.join(EXTENSION, 'package.json'), JSON.stringify(manifest, null, 2));
  return EXTENSION;
}

export async function buildWebSuite(): Promise<string> {
  await build({
    entryPoints: [path.join(__dirname, 'web', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return SUITE;
}

/** One run in code-server's web-worker extension host; resolves with the launcher's exit code. */
export async function runWeb(): Promise<number> {
  const extension = webOnlyExtension();
  const suite = await buildWebSuite();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mou-e2e-web-'));
  fs.cpSync(path.join(__dirname, 'workspaces', 'single-folder'), workspace, { recursive: true });
  const { main } = await import('./launcher/launcher.mjs');
  process.env.MOU_E2E_WEB = '1';
  try {
    return await main([`--extensionDevelopmentPath=${extension}`, `--extensionTestsPath=${suite}`, workspace]);
  } finally {
    delete process.env.MOU_E2E_WEB;
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runWeb().then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`[mou-e2e] ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
