// A stand-in for the VS Code executable that @vscode/test-electron's runTests() starts.
//
// It accepts VS Code's test arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, a
// folder or .code-workspace file, --install-extension=<vsix> (any number), and ignores every other
// flag runTests passes), then:
//   1. installs the pinned code-server for MOU_VSCODE_VERSION into <repo>/.cache (once),
//   2. starts code-server in its own process group with fresh user-data, extensions and XDG dirs
//      (after installing each --install-extension .vsix into those extensions with code-server's
//      own `--install-extension`, as a user would),
//   3. starts headless Debian chromium (own process group, fresh profile) and drives it with
//      playwright-core over CDP, opening the workbench with the test paths in the `payload`
//      URL parameter — the web equivalent of the desktop test arguments,
//   4. takes the screenshots the suite asks for (see "Screenshots" below),
//   5. waits for the workbench to call codeAutomationExit(code) when the suite's run() settles,
//   6. saves a screenshot of the workbench (test-artifacts/), kills both process groups and
//      exits with the suite's exit code.
//
// Screenshots: the suite asks by logging a line (it reaches the browser console, see below) and
// waits for the answer file in MOU_E2E_SIGNAL_DIR:
//   `@@screenshot passed|failed`  the Problems panel, opened if needed → `screenshot-done`
//   `@@shot <id> <json>`          a named one, now, as the workbench is → `shot-<id>.json`
// where <json> is { name, waitFor?: CSS selector, waitForTokens?: string[], tokens?: string[],
// timeoutMs? }. The named screenshot goes to <label>-<name>.png, after waiting (timeoutMs, 5 s by
// default) for `waitFor` to be visible and for each of `waitForTokens` to be rendered as an editor
// token of its own (tokenization is asynchronous). The answer is { path, found, text, tokens }:
// whether `waitFor` became visible and the innerText of what it matches, and for each of `tokens`
// the smallest rendered editor token containing it (its text, colour and class), so a test can
// check what the screenshot shows.
//
// Environment:
//   MOU_VSCODE_VERSION   1.100.3 (default) or 1.139.1
//   MOU_E2E_TIMEOUT      seconds to wait for the suite (default 300)
//   MOU_E2E_ARTIFACTS    folder for screenshots and logs (default <repo>/test-artifacts)
//   MOU_E2E_VERBOSE=1    also print code-server's own log and every browser console line
//   MOU_E2E_KEEP_TEMP=1  keep the temporary profile folders (path is printed)
//   MOU_E2E_WEB=1        run the extension under development in the web-worker extension host
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, ensureCodeServer, log, resolveVersion, seconds } from './install.mjs';

const CHROMIUM = '/usr/bin/chromium';
const VALUE_FLAGS = new Set([
  '--extensionDevelopmentPath', '--extensionTestsPath', '--user-data-dir', '--extensions-dir',
  '--locale', '--log', '--folder-uri', '--file-uri', '--profile', '--crash-reporter-directory',
  '--install-extension',
]);

/** Parse the arguments VS Code's CLI would get; unknown flags are ignored. */
export function parseArgs(argv) {
  const out = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, workspace: undefined, installExtensions: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let name = arg;
    let value;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.slice(0, eq);
        value = arg.slice(eq + 1);
      } else if (VALUE_FLAGS.has(arg) && i + 1 < argv.length) {
        value = argv[++i];
      }
      if (name === '--extensionDevelopmentPath') out.extensionDevelopmentPaths.push(path.resolve(value));
      else if (name === '--extensionTestsPath') out.extensionTestsPath = path.resolve(value);
      else if (name === '--install-extension' && value) out.installExtensions.push(path.resolve(value));
      else out.ignored.push(arg);
    } else if (arg.startsWith('-')) {
      out.ignored.push(arg);
    } else if (out.workspace === undefined) {
      out.workspace = path.resolve(arg);
    } else {
      out.ignored.push(arg);
    }
  }
  return out;
}

/** Lines of code-server/browser output that are expected offline and say nothing about the run. */
const NOISE = [
  /ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/,
  /open-vsx|marketplace|telemetry|github\.com|update\.code\.visualstudio\.com|vscode-unpkg|vscode-cdn/i,
  /Failed to load resource/,
];
const isNoise = (line) => NOISE.some((re) => re.test(line));

/** Start a child in its own process group; resolve with the first stdout/stderr match of `re`. */
function startGroup(label, cmd, args, { env, re, timeoutMs, logStream, echo }) {
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const found = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      logStream.write(text);
      if (echo) for (const l of text.split('\n')) if (l.trim() && !isNoise(l)) process.stdout.write(`[${label}] ${l}\n`);
      buffered += text;
      const m = buffered.match(re);
      if (m) {
        clearTimeout(timer);
        buffered = '';
        resolve(m);
      } else if (buffered.length > 100_000) {
        buffered = buffered.slice(-10_000);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`${label} could not be started: ${e.message}`)); });
    child.on('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`${label} exited early (${signal ?? `exit ${code}`})`)); });
  });
  found.catch(() => {}); // observed by the caller; avoid an unhandled rejection if it rejects later
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, found, exited };
}

/** Live (not zombie) processes in process group `pgid`, from /proc. */
function liveMembers(pgid) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/**
 * Processes that left our process groups but still use our temporary folder (chromium's
 * crashpad handler daemonizes into a group of its own): found by that unique path in their
 * command line, so nothing else is touched.
 */
function processesUsing(dir) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

function killProcessesUsing(dir) {
  for (const pid of processesUsing(dir)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}

/**
 * SIGTERM the whole process group, SIGKILL what is left after `graceMs`, then wait (bounded)
 * until no live process is left in the group (zombies are init's to reap). There is no event for
 * "every process of a group has exited", so this one teardown step checks /proc every 20 ms.
 */
async function killGroup(group, graceMs = 1000) {
  const pgid = group?.child.pid;
  if (!pgid) return;
  if (group.child.exitCode === null && group.child.signalCode === null) {
    try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([group.exited, timer]);
  }
  // The leader may be gone while children in its group are not.
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* none left */ }
  const deadline = Date.now() + 2000;
  while (liveMembers(pgid).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const left = liveMembers(pgid);
  if (left.length) log(`warning: processes ${left.join(', ')} of group ${pgid} survived SIGKILL`);
}

function label(version, workspace, vsix) {
  // A folder by its name; a .code-workspace file by the folder it sits in (e.g. multi-root).
  const ws = !workspace ? 'empty' : workspace.endsWith('.code-workspace') ? path.basename(path.dirname(workspace)) : path.basename(workspace);
  return `vscode-${version.vscode}-${ws}${vsix ? '-vsix' : ''}`.replace(/[^\w.-]+/g, '_');
}

/** Install a .vsix into `extensionsDir` with code-server's CLI (what `code --install-extension` does). */
function installVsix(nodeBin, entry, vsix, dirs, env, logStream) {
  return new Promise((resolve, reject) => {
    const args = [entry, '--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs['user-data']];
    logStream.write(`$ ${nodeBin} ${args.join(' ')}\n`);
    const child = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => { output += chunk; logStream.write(chunk); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 60_000);
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`could not run code-server --install-extension: ${e.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && /successfully installed/i.test(output)) resolve();
      else reject(new Error(`code-server --install-extension ${path.basename(vsix)} failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-10).join('\n')}`));
    });
  });
}

export async function main(argv) {
  const started = Date.now();
  const args = parseArgs(argv);
  if (!args.extensionTestsPath || args.extensionDevelopmentPaths.length === 0) {
    throw new Error('code-server-launcher needs --extensionDevelopmentPath=<dir> and --extensionTestsPath=<module>.');
  }
  const version = resolveVersion();
  const { entry, nodeBin, nodeVersion } = await ensureCodeServer(version);
  log(`VS Code ${version.vscode} (code-server ${version.codeServer}, Node ${nodeVersion}) ready after ${seconds(started)}`);

  const artifacts = path.resolve(process.env.MOU_E2E_ARTIFACTS || path.join(REPO_ROOT, 'test-artifacts'));
  mkdirSync(artifacts, { recursive: true });
  const runLabel = label(version, args.workspace, args.installExtensions.length > 0);
  const verbose = process.env.MOU_E2E_VERBOSE === '1';
  const timeoutMs = Number(process.env.MOU_E2E_TIMEOUT || 300) * 1000;

  const temp = mkdtempSync(path.join(tmpdir(), 'mou-e2e-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state', 'chromium', 'tmp']
    .map((d) => [d, path.join(temp, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  // User settings that keep the workbench quiet and offline-friendly; they do not touch `mou.*`.
  mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'github.copilot.enable': { '*': false },
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
  }, null, 2));

  const logStream = createWriteStream(path.join(artifacts, `${runLabel}.log`));
  const childEnv = { ...process.env };
  // Variables set when this runs from a VS Code terminal or an extension host would confuse code-server.
  for (const k of Object.keys(childEnv)) if (/^(VSCODE_|ELECTRON_)/.test(k)) delete childEnv[k];
  // The suite asks for the screenshot while its diagnostics are still on screen (they vanish
  // when the extension host shuts down for codeAutomationExit) and waits for this file.
  const signalDir = path.join(temp, 'signal');
  mkdirSync(signalDir);
  // Networks behind a proxy often set NODE_EXTRA_CA_CERTS for every program; the client starts
  // its server without it (server/src/startup/node-options.ts) and the vsix suite checks that. An empty
  // file is enough for Node 20 to build its certificate store at start, and it prints nothing.
  if (!childEnv.NODE_EXTRA_CA_CERTS) {
    childEnv.NODE_EXTRA_CA_CERTS = path.join(temp, 'extra-ca-certs.pem');
    writeFileSync(childEnv.NODE_EXTRA_CA_CERTS, '');
  }
  Object.assign(childEnv, {
    MOU_E2E_SIGNAL_DIR: signalDir,
    XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'], XDG_STATE_HOME: dirs['xdg-state'], TMPDIR: dirs.tmp,
  });

  let codeServer;
  let chromium;
  let browser;
  let cleaningUp;
  const cleanup = async () => {
    cleaningUp ??= (async () => {
      const tb = Date.now();
      if (browser) await browser.close().catch(() => {});
      logStream.write(`[mou-e2e] CDP connection closed in ${seconds(tb)}\n`);
      const t0 = Date.now();
      await Promise.all([
        killGroup(chromium).then(() => logStream.write(`[mou-e2e] chromium stopped in ${seconds(t0)}\n`)),
        killGroup(codeServer).then(() => logStream.write(`[mou-e2e] code-server stopped in ${seconds(t0)}\n`)),
      ]);
      killProcessesUsing(temp);
      await new Promise((resolve) => logStream.end(resolve));
      if (process.env.MOU_E2E_KEEP_TEMP === '1') log(`kept ${temp}`);
      else rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
    })();
    return cleaningUp;
  };
  // Never leave processes behind: on Ctrl+C / kill, tear both groups down and exit.
  let stopping = false;
  const onSignal = (sig) => {
    if (!stopping) log(`${sig}: stopping code-server and chromium`);
    stopping = true;
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, onSignal);
  // Last resort if something throws past us: synchronous SIGKILL of both groups.
  process.on('exit', () => {
    for (const g of [chromium, codeServer]) if (g?.child.pid) try { process.kill(-g.child.pid, 'SIGKILL'); } catch { /* gone */ }
    killProcessesUsing(temp);
  });

  try {
    // --- the packaged extension, if asked: installed into the fresh extensions folder ---------
    let t = Date.now();
    for (const vsix of args.installExtensions) {
      await installVsix(nodeBin, entry, vsix, dirs, childEnv, logStream);
      log(`installed ${path.relative(process.cwd(), vsix)} into the fresh extensions folder in ${seconds(t)}`);
      t = Date.now();
    }

    // --- code-server ------------------------------------------------------------------------
    const csArgs = [
      entry,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
      '--locale', 'en',
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
    ];
    if (version.smokeTestDriver) csArgs.push('--vscode-option', 'enable-smoke-test-driver');
    codeServer = startGroup('code-server', nodeBin, csArgs, {
      env: childEnv, re: /HTTP server listening on (https?:\/\/[^\s]+)/, timeoutMs: 60_000, logStream, echo: verbose,
    });
    const base = new URL((await codeServer.found)[1]);
    log(`code-server listening on ${base.origin} after ${seconds(t)}`);

    // --- chromium -----------------------------------------------------------------------------
    t = Date.now();
    chromium = startGroup('chromium', CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--no-default-browser-check', '--password-store=basic',
      `--user-data-dir=${dirs.chromium}`, '--remote-debugging-port=0', '--window-size=1600,1000',
      'about:blank',
    ], { env: childEnv, re: /DevTools listening on (ws:\/\/[^\s]+)/, timeoutMs: 30_000, logStream, echo: verbose });
    const ws = (await chromium.found)[1];
    const { chromium: pwChromium } = await import('playwright-core');
    browser = await pwChromium.connectOverCDP(ws);
    const context = browser.contexts()[0] ?? await browser.newContext();
    const page = context.pages()[0] ?? await context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    log(`chromium ${browser.version()} connected after ${seconds(t)}`);

    let shooting;
    let shotOutcome;
    /** Screenshot of the workbench with the Problems panel showing rows, if it can get there. */
    const takeScreenshot = async (outcome) => {
      const shot = path.join(artifacts, `${runLabel}-${outcome}.png`);
      try {
        if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
          await page.keyboard.press('Control+Shift+M').catch(() => {});
        }
        await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
        await page.screenshot({ path: shot, timeout: 10_000 });
        shotOutcome = outcome;
        log(`screenshot: ${path.relative(process.cwd(), shot)}`);
      } catch (e) {
        log(`could not take a screenshot: ${e.message}`);
      }
    };

    /**
     * A screenshot the suite asked for by name (see "Screenshots" at the top): optionally wait for
     * `waitFor` to be visible, then report its text and how the given editor tokens are rendered.
     */
    const namedShots = [];
    const takeNamedScreenshot = async (request) => {
      const name = String(request.name ?? 'shot').replace(/[^\w.-]+/g, '_');
      const shot = path.join(artifacts, `${runLabel}-${name}.png`);
      const answer = { path: shot, found: undefined, text: undefined, tokens: undefined, error: undefined };
      try {
        const timeout = Number(request.timeoutMs) || 5000;
        if (request.waitFor) {
          const target = page.locator(request.waitFor);
          answer.found = await target.first().waitFor({ state: 'visible', timeout }).then(() => true, () => false);
          if (answer.found) answer.text = (await target.allInnerTexts()).join('\n');
        }
        if (Array.isArray(request.waitForTokens) && request.waitForTokens.length) {
          // Playwright re-checks this in the page on every animation frame until it holds.
          await page.waitForFunction((tokens) => {
            const texts = new Set([...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')]
              .map((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ')));
            return tokens.every((t) => texts.has(t));
          }, request.waitForTokens, { timeout }).catch(() => {}); // the answer's `tokens` show what was there
        }
        if (Array.isArray(request.tokens)) {
          answer.tokens = await page.evaluate((tokens) => {
            const spans = [...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')];
            const text = (el) => (el.textContent ?? '').replace(/\u00a0/g, ' ');
            return Object.fromEntries(tokens.map((token) => {
              const best = spans.filter((s) => text(s).includes(token)).sort((a, b) => text(a).length - text(b).length)[0];
              return [token, best ? { text: text(best), color: getComputedStyle(best).color, className: best.className } : null];
            }));
          }, request.tokens);
        }
        await page.screenshot({ path: shot, timeout: 10_000 });
        log(`screenshot: ${path.relative(process.cwd(), shot)}`);
      } catch (e) {
        answer.error = e.message;
        log(`could not take the screenshot ${name}: ${e.message}`);
      }
      return answer;
    };

    let suiteStartedAt; // the suite's first line: the workbench and extension host are up
    let resolveExit;
    const exitCode = new Promise((resolve) => { resolveExit = resolve; });
    await context.exposeBinding('codeAutomationExit', (_source, code) => {
      resolveExit({ code: Number(code) });
    });
    page.on('console', (msg) => {
      const text = msg.text();
      logStream.write(`[browser ${msg.type()}] ${text}\n`);
      // The suite's lines (mocha's report) reach the page console from the remote extension
      // host, inside the workbench's log formatting; the suite marks them with "[mou-e2e] ".
      const mark = text.indexOf('[mou-e2e] ');
      if (mark >= 0) suiteStartedAt ??= Date.now();
      const line = mark >= 0 ? text.slice(mark + 10) : undefined;
      const request = line?.match(/^@@screenshot (passed|failed)/);
      const named = line?.match(/^@@shot (\w+) (\{.*\})\s*$/);
      if (request) {
        shooting = takeScreenshot(request[1]).finally(() => writeFileSync(path.join(signalDir, 'screenshot-done'), request[1]));
      } else if (named) {
        let parsed;
        try { parsed = JSON.parse(named[2]); } catch (e) { parsed = { name: named[1], error: e.message }; }
        namedShots.push(takeNamedScreenshot(parsed)
          .then((answer) => writeFileSync(path.join(signalDir, `shot-${named[1]}.json`), JSON.stringify(answer))));
      } else if (line !== undefined) process.stdout.write(`${line}\n`);
      else if (verbose && !isNoise(text)) process.stdout.write(`[browser ${msg.type()}] ${text}\n`);
    });
    page.on('pageerror', (e) => logStream.write(`[pageerror] ${e.stack ?? e}\n`));

    // --- the workbench with the test payload -------------------------------------------------
    const remote = (p) => `vscode-remote://${base.host}${p}`;
    const payload = [
      ...args.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(args.extensionTestsPath)],
      // The web-worker extension host (test/e2e/runWeb.ts): the extension under development and its tests run there.
      ...(process.env.MOU_E2E_WEB === '1' ? [['extensionDevelopmentKind', 'web']] : []),
    ];
    const url = new URL(base);
    if (args.workspace) {
      const isFile = statSync(args.workspace).isFile();
      url.searchParams.set(isFile ? 'workspace' : 'folder', args.workspace);
    } else {
      url.searchParams.set('ew', 'true');
    }
    url.searchParams.set('payload', JSON.stringify(payload));
    t = Date.now();
    log(`opening the workbench on ${args.workspace ? path.relative(process.cwd(), args.workspace) || '.' : 'an empty window'}`);
    await page.goto(url.href, { waitUntil: 'domcontentloaded' });

    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ code: 1, reason: `the suite did not finish within ${timeoutMs / 1000} s` }), timeoutMs);
    });
    const result = await Promise.race([
      exitCode,
      timeout,
      codeServer.exited.then((e) => ({ code: 1, reason: `code-server exited (${e.signal ?? `exit ${e.code}`}) before the suite finished` })),
      new Promise((resolve) => page.on('crash', () => resolve({ code: 1, reason: 'the browser page crashed' }))),
      new Promise((resolve) => browser.on('disconnected', () => resolve({ code: 1, reason: 'chromium disconnected' }))),
    ]);
    clearTimeout(timer);
    if (stopping) return 130; // the signal handler is tearing everything down and exits
    if (result.reason) log(`FAILED: ${result.reason}`);
    const startup = suiteStartedAt ? ` (the suite started after ${((suiteStartedAt - t) / 1000).toFixed(1)} s)` : '';
    log(`suite finished with exit code ${result.code} after ${seconds(t)} in the workbench${startup}`);

    // --- screenshot: the suite normally asked for it already (see above); if it never got that
    // far (crash, timeout), take one of whatever is on screen now.
    await shooting;
    await Promise.allSettled(namedShots);
    if (result.code !== 0 && shotOutcome !== 'failed') await takeScreenshot('failed');
    return result.code;
  } finally {
    const t = Date.now();
    await cleanup();
    log(`stopped code-server and chromium in ${seconds(t)}; total ${seconds(started)}`);
  }
}
