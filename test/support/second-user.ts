/**
 * Running a command as another user, for the tests of what a second local user can and cannot
 * do (an unreadable folder, a cache folder planted in a shared /tmp). Needs root and `setpriv`
 * (util-linux); where the machine has neither, the tests that need it are skipped and say why.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import * as path from 'node:path';

/** Uids with no account: nobody's files, nobody's groups. */
export const OTHER_UID = 64_001;
export const ATTACKER_UID = 64_002;

/** Why a second user cannot be used here, or undefined when it can. */
export function secondUserUnavailable(): string | undefined {
  if (typeof process.getuid !== 'function') return 'this platform has no user ids';
  if (process.getuid() !== 0) return 'switching to another uid needs root (the tests run as uid ' + process.getuid() + ')';
  const r = spawnSync('setpriv', ['--reuid', String(OTHER_UID), '--regid', String(OTHER_UID), '--clear-groups', 'true']);
  if (r.error || r.status !== 0) return `setpriv cannot switch users here (${r.error?.message ?? r.stderr?.toString().trim()})`;
  // Node and this checkout must be readable by that user.
  const n = spawnSync('setpriv', ['--reuid', String(OTHER_UID), '--regid', String(OTHER_UID), '--clear-groups', process.execPath, '-e', `require('node:fs').accessSync(${JSON.stringify(path.resolve(__dirname, '..', '..', 'dist', 'cli.js'))})`], { encoding: 'utf8' });
  if (n.status !== 0) return `uid ${OTHER_UID} cannot run node or read dist/ here (${n.stderr.trim().split('\n')[0]})`;
  return undefined;
}

/** spawnSync as `uid` (its own gid, no groups). */
export function runAs(uid: number, command: string, args: string[], options: Omit<SpawnSyncOptions, 'encoding'> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('setpriv', ['--reuid', String(uid), '--regid', String(uid), '--clear-groups', command, ...args], { ...options, encoding: 'utf8' });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh folder every user can enter and write (like /tmp: sticky, 1777). */
export function sharedTmp(prefix: string): string {
  const dir = mkdtempSync(path.join('/tmp', prefix));
  chmodSync(dir, 0o1777);
  return dir;
}
