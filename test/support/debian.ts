/**
 * Installs missing Debian packages for tests that need system programs
 * (chromium, neovim, ripgrep, ...). As root it runs apt-get; otherwise it
 * fails with one sentence saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';

let updated = false;

/** True when `dpkg` reports the package installed. */
export function isInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Ensure every package in `pkgs` is installed; throws a one-sentence Error if it cannot. */
export function ensureDebianPackages(pkgs: string[]): void {
  const missing = pkgs.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Missing system packages; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
