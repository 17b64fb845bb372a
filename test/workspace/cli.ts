/** Run `mou-check --format json` on a folder (as CI would) and index its reports by file URI. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReport } from '../../server/src/core';

export const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

/** `node dist/cli.js --format json .` in `folder`: every markdown file's report, by file URI. */
export function cliReports(folder: string): Promise<Map<string, FileReport>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Decode across chunks: a character split between two chunks must not become two U+FFFDs.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      // 0: no errors, 1: error-level findings (expected: many agreements miss sections).
      if (code !== 0 && code !== 1) return reject(new Error(`mou-check exited ${code}:\n${stderr}`));
      const json = JSON.parse(stdout) as { files: FileReport[] };
      resolve(new Map(json.files.map((f) => [pathToFileURL(path.resolve(folder, f.path)).href, f])));
    });
  });
}
