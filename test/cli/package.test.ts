/**
 * The published package: `npm pack` of the built tree, installed with `npm install -g` into a
 * temporary prefix without the network (every runtime dependency is bundled in dist/), then the
 * installed `mou-check` run with only Node on the PATH, as in a coordinator's pipeline.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'gold', 'atx-numbered-obligations.md');

interface PackEntry { path: string; size: number }

function npm(args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const r = spawnSync('npm', args, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout as string;
}

describe('the published package (npm pack, npm install -g of the tarball)', function () {
  this.timeout(120_000);
  let tmp = '';
  let tarball = '';
  let files: PackEntry[] = [];
  let prefix = '';
  // Only Node (and /usr/bin/env for the bins' shebang line) on the PATH.
  const onlyNode = () => ({ PATH: [path.dirname(process.execPath), '/usr/bin', '/bin'].join(path.delimiter), HOME: tmp });

  before(function () {
    for (const target of Object.values(PKG.bin)) {
      if (!existsSync(path.join(ROOT, target))) throw new Error(`${target} is missing: run npm run build first`);
    }
    tmp = mkdtempSync(path.join(tmpdir(), 'mou-pack-'));
    // --ignore-scripts: the prepack build already ran (npm test builds first); pack what is built.
    const out = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT });
    const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: PackEntry[] }[];
    tarball = path.join(tmp, info.filename);
    files = info.files;
    prefix = path.join(tmp, 'prefix');
    npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--cache', path.join(tmp, 'npm-cache'), tarball], {
      cwd: tmp,
      env: { ...process.env, npm_config_userconfig: path.join(tmp, 'no-npmrc') },
    });
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('is named mou-author-<version>.tgz and is small: only what runs', () => {
    assert.equal(path.basename(tarball), `${PKG.name}-${PKG.version}.tgz`);
    const size = statSync(tarball).size;
    const unpacked = files.reduce((n, f) => n + f.size, 0);
    console.log(`      ${path.basename(tarball)}: ${(size / 1e6).toFixed(2)} MB, ${files.length} files, ${(unpacked / 1e6).toFixed(2)} MB unpacked`);
    const names = files.map((f) => f.path);
    // The same list (package.json "files") makes the VS Code extension: its snippets, grammars,
    // icon and walkthrough pages are in it too.
    const stray = names.filter((n) => /\.(map|ts)$/.test(n) || /^(test|scripts|server|client|examples|node_modules)\//.test(n) || (/^docs\//.test(n) && !/^docs\/walkthrough\//.test(n)));
    assert.deepEqual(stray, [], 'no tests, scripts, sources or source maps');
    for (const target of Object.values(PKG.bin)) assert.ok(names.includes(path.posix.normalize(target)), `bin ${target} is in the tarball`);
    for (const needed of ['dist/server.bundle.js', 'dist/documents.js', 'schemas/mou.schema.json']) assert.ok(names.includes(needed), `${needed} is in the tarball`);
    assert.ok(files.length <= 25, `${files.length} files: ${names.join(', ')}`);
    assert.ok(size < 3_000_000, `the tarball is ${size} bytes`);
  });

  it('has no dependencies to fetch: everything it runs is bundled', () => {
    assert.deepEqual(PKG.dependencies ?? {}, {});
  });

  it('the installed mou-check prints its version', () => {
    const r = spawnSync(path.join(prefix, 'bin', 'mou-check'), ['--version'], { encoding: 'utf8', env: onlyNode() });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), PKG.version);
  });

  it('the installed mou-check checks an agreement, reads its .mou.json and converts to Word', () => {
    const work = path.join(tmp, 'agreements');
    mkdirSync(work);
    copyFileSync(FIXTURE, path.join(work, 'agreement.md'));
    const check = (args: string[]) => spawnSync(path.join(prefix, 'bin', 'mou-check'), args, { cwd: tmp, encoding: 'utf8', env: onlyNode() });

    const json = check(['--format', 'json', 'agreements/']);
    assert.equal(json.status, 0, json.stdout + json.stderr);
    const [file] = (JSON.parse(json.stdout) as { files: { path: string; isAgreement: boolean; score: number }[] }).files;
    assert.deepEqual([file.path, file.isAgreement, file.score], [path.join('agreements', 'agreement.md'), true, 1]);

    // The configuration is validated by the bundled schema code (ajv).
    const config = path.join(work, '.mou.json');
    writeFileSync(config, '{ "severity": { "placeholder": 3 } }\n');
    const bad = check(['agreements/']);
    assert.equal(bad.status, 2, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /severity\.placeholder/);
    rmSync(config);

    // Word goes through dist/documents.js, loaded on first use.
    const docx = check(['--to-docx', 'agreements/agreement.md']);
    assert.equal(docx.status, 0, docx.stdout + docx.stderr);
    const back = check(['--format', 'json', 'agreements/agreement.docx']);
    assert.equal(back.status, 0, back.stdout + back.stderr);
    assert.equal((JSON.parse(back.stdout) as { files: { isAgreement: boolean }[] }).files[0].isAgreement, true);
  });

  it('the installed mou-language-server starts and answers initialize over stdio', async () => {
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const child = spawn(path.join(prefix, 'bin', 'mou-language-server'), ['--stdio'], { env: { ...onlyNode(), MOU_CACHE_DIR: path.join(tmp, 'server-cache') } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to initialize:\n${stdout}\n${stderr}`)), 20_000);
        child.stdout.on('data', (d) => {
          stdout += d;
          if (/"id":1,"result":/.test(stdout)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${stderr}`)));
        child.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
      });
    } finally {
      child.kill();
    }
    assert.match(stdout, /"capabilities":\{/);
  });
});
