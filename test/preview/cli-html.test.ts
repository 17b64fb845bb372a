/** `mou-check --format html`: one self-contained, printable page for every file given; exit codes as for text and json. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mou-check --format html', () => {
  it('prints one page for all the files, with a CSP that forbids scripts, and exits 1 on errors', () => {
    const r = run(['--format', 'html', 'examples/riverside-stem-acme-mou.md', 'test/fixtures/hostile/hostile.md', 'test/fixtures/not-agreements/project-readme.md']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.equal((r.stdout.match(/<html\b/g) ?? []).length, 1);
    assert.match(r.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-([A-Za-z0-9+/=]{16,})&#39;;[^"]*">/);
    const nonce = /nonce-([A-Za-z0-9+/=]{16,})/.exec(r.stdout)![1];
    assert.ok(r.stdout.includes(`<style nonce="${nonce}">`));
    assert.doesNotMatch(r.stdout, /<script\b|<img\b|<svg\b/);
    assert.match(r.stdout, /<title>Completeness report: 2 agreements<\/title>/);
    assert.equal((r.stdout.match(/<article class="file-report"/g) ?? []).length, 3);
    assert.ok(r.stdout.includes('Beacon &lt;svg onload=alert(1)&gt;'));
    assert.match(r.stdout, /<meta name="generator" content="mou-check 0\.1\.0">/);
  });

  it('a fresh nonce every time', () => {
    const nonce = (s: string) => /nonce-([^&]+)&#39;/.exec(s)?.[1];
    const a = run(['--format=html', 'test/fixtures/gold/setext-headings.md']);
    const b = run(['--format=html', 'test/fixtures/gold/setext-headings.md']);
    assert.equal(a.code, 0, a.stderr);
    assert.notEqual(nonce(a.stdout), nonce(b.stdout));
  });

  it('lists html in the usage and in the unknown-format message', () => {
    assert.match(run(['--help']).stdout, /Usage: mou-check \[--format text\|json\|html\b/);
    const r = run(['--format', 'pdf', 'examples/riverside-stem-acme-mou.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format “pdf” \(use text, json, html\b/);
  });
});
