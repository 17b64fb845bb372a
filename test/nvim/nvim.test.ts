/**
 * Independent-client test: headless Neovim (Debian's 0.7.2) starts the standalone server
 * (`node dist/server.js --stdio`) with its built-in LSP client and checks the pushed
 * diagnostics. The checking itself lives in check.lua; this file installs Neovim if needed,
 * runs the script in a throwaway XDG environment and asserts its exit code.
 *
 * Assumes `dist/server.js` is built (`npm test` builds first).
 */
import { spawn } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDebianPackages } from '../support/debian';

// __dirname exists when tsx loads this file as CommonJS; under "type": "module" fall back to
// the working directory (mocha runs from the repository root).
const here = typeof __dirname === 'string' ? __dirname : path.resolve('test', 'nvim');
const repoRoot = path.resolve(here, '..', '..');
const script = path.join(here, 'check.lua');
const server = process.env.MOU_SERVER ?? path.join(repoRoot, 'dist', 'server.js');
const HARD_LIMIT_MS = 60_000; // check.lua limits each wait to 15 s; this only guards against a hang

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  lspLog: string;
}

function runNvim(): Promise<Run> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mou-nvim-'));
  // Keep Neovim's config, swap/shada, lsp.log and sockets out of the user's home.
  const xdg = {
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_RUNTIME_DIR: path.join(home, 'run'),
  };
  for (const dir of Object.values(xdg)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env = { ...process.env, ...xdg, MOU_SERVER: server, MOU_NODE: process.execPath };
  const luafile = `luafile ${script.replace(/([ \\%#|"])/g, '\\$1')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', luafile], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      stderr += `\n[nvim.test] killed nvim after ${HARD_LIMIT_MS} ms\n`;
      child.kill('SIGKILL');
    }, HARD_LIMIT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      fs.rmSync(home, { recursive: true, force: true });
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const logFile = path.join(xdg.XDG_CACHE_HOME, 'nvim', 'lsp.log');
      const lspLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      fs.rmSync(home, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr, lspLog });
    });
  });
}

describe('Neovim 0.7 built-in LSP client (independent client)', function () {
  before(function () {
    this.timeout(300_000); // apt-get on first run
    ensureDebianPackages(['neovim']);
  });

  it('gets the five missing-section diagnostics for a thin agreement and none for a README', async function () {
    this.timeout(HARD_LIMIT_MS + 5_000);
    assert.ok(fs.existsSync(server), `${server} does not exist; run npm run build first`);
    const r = await runNvim();
    const tail = (s: string) => (s.length > 6000 ? '…' + s.slice(-6000) : s);
    const details =
      `nvim exited with code ${r.code} signal ${r.signal}\n` +
      `--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}\n--- lsp.log ---\n${tail(r.lspLog)}`;
    // assert.fail (no actual/expected) so mocha prints the whole report instead of a diff.
    if (r.code !== 0 || !/^PASS /m.test(r.stdout)) assert.fail(details);
  });
});
