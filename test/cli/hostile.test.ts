/**
 * mou-check against a hostile or careless tree (issue 24): bounded reads, symlinks, bad paths,
 * UTF-16, control characters. Every case must end at once with a clear message, never hang.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { OTHER_UID, runAs, secondUserUnavailable, sharedTmp } from '../support/second-user';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

const AGREEMENT = `# Memorandum of Understanding between Harbor City Schools and Tidewater Marine Labs

This MOU is made between Harbor City Schools ("the District") and Tidewater Marine Labs ("Tidewater").

## Roles and Responsibilities

- The District will recruit 24 juniors and provide a teacher coordinator.
- Tidewater will host interns two afternoons a week.
`;

describe('mou-check on a hostile tree', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mou-hostile-'));
  });

  it('an agreement or .mou.json symlinked to /dev/zero, a FIFO, or a sparse 20 GB file is refused at once, by stat, never read', () => {
    writeFileSync(path.join(dir, 'ok.md'), AGREEMENT);
    symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    writeFileSync(path.join(dir, 'huge.md'), '');
    truncateSync(path.join(dir, 'huge.md'), 20e9);
    const r = run(['ok.md', 'zero.md', 'pipe.md', 'huge.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /zero\.md: a device, not a file/);
    assert.match(r.stderr, /pipe\.md: a pipe \(FIFO\), not a file/);
    assert.match(r.stderr, /huge\.md: too large \(20000\.0 MB; the limit is 16\.0 MB\)/);
    assert.match(r.stdout, /ok\.md — completeness/, 'the good file is still checked');
    // Before: 6–7 GB read in 15–30 s and never an answer.
    console.log(`      (/dev/zero, a FIFO and a 20 GB file refused in ${Math.round(r.ms)} ms, the whole run)`);

    const cfg = path.join(dir, 'cfg');
    mkdirSync(cfg);
    writeFileSync(path.join(cfg, 'a.md'), AGREEMENT);
    symlinkSync('/dev/zero', path.join(cfg, '.mou.json'));
    const c = run(['a.md'], cfg);
    assert.equal(c.code, 2);
    assert.equal(c.stderr, 'mou-check: invalid configuration:\n.mou.json:1:1: Cannot read the configuration: a device, not a file.\n');
    console.log(`      (.mou.json → /dev/zero refused in ${Math.round(c.ms)} ms)`);
  });

  it('a folder: symlinks out of the tree are not followed, and a file linked twice inside it is checked once', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'partners'), { recursive: true });
    writeFileSync(path.join(tree, 'partners', 'acme.md'), AGREEMENT);
    symlinkSync('/usr', path.join(tree, 'usr'));
    symlinkSync(path.join(tree, 'partners'), path.join(tree, 'again'));
    symlinkSync(path.join(tree, 'partners', 'acme.md'), path.join(tree, 'acme-link.md'));
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'secret.md'), AGREEMENT);
    symlinkSync(path.join(dir, 'outside', 'secret.md'), path.join(tree, 'secret.md'));
    const r = run(['--format', 'json', 'tree', 'tree/partners', 'tree/partners/acme.md', 'tree/acme-link.md'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1, 'the agreement misses sections');
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [path.join('tree', 'partners', 'acme.md')]);
    // Before: `ln -s /usr x` was followed (341 files, 84 s).
    console.log(`      (a tree with a link to /usr checked in ${Math.round(r.ms)} ms)`);
  });

  it('reports every bad path, still checks the rest, and exits 2 at the end; an empty folder is an error as an empty glob is', () => {
    writeFileSync(path.join(dir, 'ok.md'), AGREEMENT);
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'empty', 'notes.txt'), 'not markdown');
    const r = run(['missing.md', 'ok.md', 'empty', 'nothing/**/*.md', 'also-missing'], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      ['no such file or folder: missing.md', 'no markdown files in the folder empty', 'no markdown files match “nothing/**/*.md”', 'no such file or folder: also-missing', ''].map((l) => (l ? `mou-check: ${l}` : '')).join('\n'),
    );
    assert.match(r.stdout, /ok\.md — completeness/);
    assert.match(r.stdout, /\(1 file checked\)/);
    const only = run(['empty'], dir);
    assert.equal(only.code, 2);
    assert.equal(only.stdout, '');
  });

  it('reads UTF-16 files (little and big endian, with a byte-order mark) as the same agreement', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AGREEMENT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(path.join(dir, 'utf8.md'), AGREEMENT);
    writeFileSync(path.join(dir, 'utf16le.md'), le);
    writeFileSync(path.join(dir, 'utf16be.md'), be);
    const r = run(['--format', 'json', 'utf8.md', 'utf16le.md', 'utf16be.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    const [a, b, c] = JSON.parse(r.stdout).files.sort((x: { path: string }, y: { path: string }) => (x.path === 'utf8.md' ? -1 : y.path === 'utf8.md' ? 1 : 0));
    assert.equal(a.path, 'utf8.md');
    for (const f of [b, c]) assert.deepEqual({ ...f, path: '' }, { ...a, path: '' });
    // A file with NUL bytes and no byte-order mark is still named for what it is.
    writeFileSync(path.join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x00, 0x01]));
    assert.match(run(['scan.md'], dir).stderr, /scan\.md: not a text file \(it contains NUL bytes and no UTF-16 byte-order mark\)/);
  });

  it('escapes control characters from a document (ANSI in a party name) in text output', () => {
    const evil = AGREEMENT.replace(/Tidewater/g, 'Tide\u001b[2J\u001b[31mwater\u202e');
    writeFileSync(path.join(dir, 'evil\u001b[1m.md'), evil);
    const r = run(['.'], dir);
    assert.doesNotMatch(r.stdout + r.stderr, /[\u001b\u202e]/);
    assert.match(r.stdout, /evil\\u\{1b\}\[1m\.md/);
    assert.match(r.stdout, /parties: .*Tide\\u\{1b\}\[2J\\u\{1b\}\[31mwater\\u\{202e\} \(✓ duty/);
  });

  it('a file in a folder the user cannot read is "permission denied", not "no such file" (as a second uid)', function () {
    const why = secondUserUnavailable();
    if (why) {
      console.log(`      (skipped: ${why})`);
      this.skip();
    }
    const shared = sharedTmp('mou-perm-');
    mkdirSync(path.join(shared, 'locked'));
    writeFileSync(path.join(shared, 'locked', 'a.md'), AGREEMENT);
    writeFileSync(path.join(shared, 'ok.md'), AGREEMENT);
    chmodSync(path.join(shared, 'ok.md'), 0o644);
    chmodSync(path.join(shared, 'locked'), 0o700);
    const r = runAs(OTHER_UID, process.execPath, [CLI, 'locked/a.md', 'locked', 'ok.md'], { cwd: shared });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'mou-check: permission denied: locked/a.md\nmou-check: locked: permission denied\n');
    assert.match(r.stdout, /ok\.md — completeness/);
  });
});
