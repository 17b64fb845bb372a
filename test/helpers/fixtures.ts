/** Loads the markdown fixtures and their expected findings (test/fixtures/<category>/<name>.md + .expect.json). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface Expectation {
  description?: string;
  isAgreement: boolean;
  sections?: Record<string, 'present' | 'weak' | 'missing' | 'not-applicable'>;
  /** `severity`, `messageIncludes` and `messageExcludes` (a word the message must or must not use) are checked when given. */
  findings?: Array<{ code: string; section?: string; line?: number; severity?: string; messageIncludes?: string; messageExcludes?: string }>;
  absent?: Array<{ code: string; section?: string; line?: number; severity?: string }>;
  /** Parties the checker must find (each by one of its names). */
  parties?: string[];
}

export interface Fixture {
  name: string;
  file: string;
  text: string;
  expect: Expectation;
}

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  const out: Fixture[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const full = path.join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.md') && entry !== 'README.md') {
        const expectFile = full.replace(/\.md$/, '.expect.json');
        if (!existsSync(expectFile)) continue;
        out.push({
          name: path.relative(dir, full),
          file: full,
          text: readFileSync(full, 'utf8'),
          expect: JSON.parse(readFileSync(expectFile, 'utf8')) as Expectation,
        });
      }
    }
  };
  walk(dir);
  return out;
}
