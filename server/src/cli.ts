#!/usr/bin/env node
/**
 * mou-check: the same checks as the editor, for terminals and CI.
 * Exit 0: no error-severity finding. 1: at least one. 2: usage, config or I/O error.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { agreementFilesUnder, SKIP } from './files';
import { analyze, buildRegistry, fileReport, isIncluded, optionsFromConfig, type AnalyzeOptions, type FileReport } from './core';
import { ConfigLoader, positionIn, type ResolvedConfig } from './config/loader';
import { FORMATS, isFormat, type FormatName } from './cli/formats';
import { unresolvedDeadlines } from './calendar';
import { isPartnerFormat, PARTNER_FORMATS } from './cli/partners';
import { compileRegExpsOnce } from './startup/regexp-tier';
import { describeFsError } from './read-text';
import { plain } from './plain-text';
import { AGREEMENT_FILE } from './protocol';
import { CONVERSION_HELP, CONVERSION_USAGE, conversionRequest, finishReport, readForCheck, runConversion } from './documents/cli';

compileRegExpsOnce();

import { VERSION } from './version';
import { isDay } from './core';
import { localDay } from './today';

const formatList = Object.keys(FORMATS).join(', ').replace(/, (\w+)$/, ' or $1');
const FORMAT_NAMES = Object.keys(FORMATS).join('|');

const USAGE = `Usage: mou-check [--format ${FORMAT_NAMES}] [--config FILE] [--max-warnings N] [--quiet] [--today YYYY-MM-DD] PATH...
       mou-check --partners [--format text|json|csv|html] [--today YYYY-MM-DD] FOLDER...
${CONVERSION_USAGE}

Checks markdown partnership agreements (MOUs) for missing or weak sections.
PATH may be a file, a folder (its .md files) or a glob ("agreements/**/*.md").

Options:
  --format ${FORMAT_NAMES}
                      output format (default: text); html is one printable,
                      self-contained page for all the files
  --config FILE       use this .mou.json instead of discovering the nearest one
                      (from each file's folder up to the current folder)
  --max-warnings N    also fail (exit 1) when there are more than N warnings
  --quiet             report errors only (no warnings, notes or summaries)
  --today YYYY-MM-DD  the day expiry is judged against (default: this machine's
                      local day); set it in CI so results are reproducible
  --expiring-within N an agreement ending within N days is expiring (default 60)
  --partners          the partner registry instead of the checks: one row per
                      partner organisation across the agreements, its
                      agreements' status (current, expiring, expired, unsigned
                      draft), its contacts, and findings across agreements;
                      --format text, json, csv or html
  -h, --help          show this help
  -v, --version       show the version

${CONVERSION_HELP}

Exit status: 0 no errors, 1 errors found, 2 usage, config or file error.`;

class UsageError extends Error {}

interface Args {
  format: FormatName;
  /** The partner registry (--partners), in this format. */
  partners?: keyof typeof PARTNER_FORMATS;
  maxWarnings?: number;
  quiet?: boolean;
  config?: string;
  today?: string;
  expiringWithinDays?: number;
  paths: string[];
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = { format: 'text', paths: [] };
  let format = 'text';
  let partners = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (a === '--format' || a.startsWith('--format=')) {
      format = value('--format');
    } else if (a === '--max-warnings' || a.startsWith('--max-warnings=')) {
      const n = value('--max-warnings');
      if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings needs a whole number, not “${n}”`);
      args.maxWarnings = Number(n);
    } else if (a === '--today' || a.startsWith('--today=')) {
      const d = value('--today');
      if (!isDay(d)) throw new UsageError(`--today needs a date as YYYY-MM-DD, not “${d}”`);
      args.today = d;
    } else if (a === '--expiring-within' || a.startsWith('--expiring-within=')) {
      const n = value('--expiring-within');
      if (!/^\d+$/.test(n)) throw new UsageError(`--expiring-within needs a whole number of days, not “${n}”`);
      args.expiringWithinDays = Number(n);
    } else if (a === '--partners') {
      partners = true;
    } else if (a === '--quiet' || a === '-q') {
      args.quiet = true;
    } else if (a === '--config' || a.startsWith('--config=')) {
      args.config = value('--config');
    } else if (a === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option “${a}”`);
    } else {
      args.paths.push(a);
    }
  }
  if (args.paths.length === 0) throw new UsageError(partners ? 'no folder given' : 'no files given');
  if (partners) {
    if (!isPartnerFormat(format)) throw new UsageError(`--partners writes text, json, csv or html, not “${format}”`);
    args.partners = format;
  } else if (isFormat(format)) args.format = format;
  else throw new UsageError(`unknown format “${format}” (use ${formatList})`);
  return args;
}

/** Files found by expanding a folder or a glob (a config's `files`/`ignore` apply to them). */
const fromFolder = new Set<string>();

/** Config problems are usage errors: say where, exit 2. */
function reportConfigProblems(r: ResolvedConfig): void {
  if (!r.problems.length) return;
  const lines = r.problems.map((p) => {
    const pos = positionIn(p.text, p.offset);
    return plain(`${path.relative(process.cwd(), p.file) || p.file}:${pos.line + 1}:${pos.character + 1}: ${p.message}`);
  });
  throw new UsageError(`invalid configuration:\n${lines.join('\n')}`);
}

/**
 * Expand files, folders and globs into a sorted list of markdown files, each real file once
 * (a path through a symlink and the file itself are one file). A path that cannot be used is
 * reported in `problems` and the others are still expanded.
 */
export function expandPaths(inputs: string[]): { files: string[]; problems: string[] } {
  const out = new Map<string, string>();
  const problems: string[] = [];
  const add = (f: string, found: boolean) => {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      real = path.resolve(f);
    }
    if (out.has(real)) return;
    out.set(real, f);
    if (found) fromFolder.add(f);
  };
  for (const input of inputs) {
    let stat;
    let error: unknown;
    try {
      stat = statSync(input);
    } catch (e) {
      error = e;
    }
    if (stat?.isFile()) add(input, false);
    else if (stat?.isDirectory()) {
      let found: string[];
      try {
        readdirSync(input); // a folder that cannot be listed is an error, not an empty folder
        found = agreementFilesUnder(input);
      } catch (e) {
        problems.push(`${input}: ${describeFsError(e)}`);
        continue;
      }
      if (found.length === 0) problems.push(`no markdown files in the folder ${input}`);
      for (const f of found) add(path.join(input, f), true);
    } else if (stat) {
      // A device, a FIFO, a socket: never opened (reading /dev/zero would never end).
      add(input, false);
    } else if ((error as NodeJS.ErrnoException)?.code === 'ENOENT' && /[*?[\]{}]/.test(input)) {
      const matches = globSync([input], { ignore: SKIP, followSymbolicLinks: false }).filter((f) => AGREEMENT_FILE.test(f));
      if (matches.length === 0) problems.push(`no markdown files match “${input}”`);
      for (const f of matches) add(f, true);
    } else {
      problems.push(`${describeFsError(error)}: ${input}`);
    }
  }
  return { files: [...out.values()].sort(), problems: problems.map(plain) };
}

/** The largest file the CLI reads (bytes): 4 million characters of UTF-8 (the editor's default limit) and then some. */
export const MAX_FILE_BYTES = 16_000_000;

export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  let files: string[];
  // Paths that could not be used: each is reported, the others are still checked, and the exit status is 2.
  let pathProblems: string[] = [];
  const loader = new ConfigLoader();
  let explicit: ResolvedConfig | undefined;
  const configFor = (file: string): ResolvedConfig => explicit ?? loader.forDocument(path.resolve(file), process.cwd());
  try {
    const conversion = conversionRequest(argv);
    if (conversion) return await runConversion(conversion, MAX_FILE_BYTES, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`mou-check: ${(e as Error).message}\nRun \`mou-check --help\` for usage.\n`);
    return 2;
  }
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (args.config) {
      if (!existsSync(args.config)) throw new UsageError(`config file not found: ${args.config}`);
      explicit = loader.resolve(args.config);
      reportConfigProblems(explicit);
    }
    const expanded = expandPaths(args.paths);
    files = expanded.files;
    pathProblems = expanded.problems;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`mou-check: ${e.message}\n${/config/.test(e.message) ? '' : 'Run `mou-check --help` for usage.\n'}`);
      return 2;
    }
    throw e;
  }
  for (const p of pathProblems) process.stderr.write(`mou-check: ${p}\n`);
  if (pathProblems.length && !files.length) return 2;
  const reports: FileReport[] = [];
  let ioError = pathProblems.length > 0;
  for (const file of files) {
    const resolved = configFor(file);
    if (!explicit && resolved.problems.length) {
      try {
        reportConfigProblems(resolved);
      } catch (e) {
        process.stderr.write(`mou-check: ${(e as Error).message}\n`);
        return 2;
      }
    }
    if (fromFolder.has(file) && resolved.config && resolved.file && !isIncluded(path.relative(path.dirname(resolved.file), path.resolve(file)), resolved.config)) continue;
    const options: AnalyzeOptions = { ...optionsFromConfig(resolved.config), today: args.today ?? localDay(), ...(args.expiringWithinDays !== undefined ? { expiringWithinDays: args.expiringWithinDays } : {}) };
    try {
      const read = await readForCheck(file, MAX_FILE_BYTES);
      reports.push(finishReport(fileReport(file, analyze(read.text, options)), read));
    } catch (e) {
      ioError = true;
      const message = (e as Error).message;
      process.stderr.write(`mou-check: ${plain(file)}: ${plain(message)}\n`);
      reports.push({ path: file, isAgreement: false, diagnostics: [], error: message });
    }
  }
  if (args.partners) {
    process.stdout.write(PARTNER_FORMATS[args.partners](buildRegistry(reports, { today: args.today ?? localDay() })));
    return ioError ? 2 : 0;
  }
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (args.quiet) for (const r of reports) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  process.stdout.write(FORMATS[args.format](reports, { quiet: args.quiet }));
  if (args.format === 'ics') for (const line of unresolvedDeadlines(reports)) process.stderr.write(`mou-check: ${plain(line)}\n`);
  if (ioError) return 2;
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    process.stderr.write(`mou-check: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
