/**
 * The version of MOU Author: package.json's, the only place it is written. The bundles get it
 * from esbuild (`MOU_VERSION`, scripts/esbuild-common.mjs); run from source (tests), it is read
 * from the package.json above this file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const MOU_VERSION: string | undefined;

function fromPackageJson(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mou-author' && pkg.version) return pkg.version;
    } catch {
      // No package.json here: look further up.
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}

export const VERSION: string = typeof MOU_VERSION === 'string' ? MOU_VERSION : fromPackageJson();
