/**
 * mou-check's output formats: a table from format name to writer. A new format is one writer
 * (one file, or one line here) and one row.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { REPORT_VERSION, type FileReport } from '../core';
import { toGithubAnnotations } from '../core/formats/github';
import { toSarif } from '../core/formats/sarif';
import { renderReportHtml } from '../core/render';
import { VERSION } from '../version';
import { textReport } from './text';
import { icsReport } from '../calendar';

export interface FormatOptions {
  /** Report errors only (--quiet). */
  quiet?: boolean;
}

/** What a format prints for the reports of one run. */
export type Writer = (reports: FileReport[], options: FormatOptions) => string;

const relative = (f: string) => path.relative(process.cwd(), path.resolve(f)) || f;

export const FORMATS = {
  text: (reports, options) => textReport(reports, options.quiet),
  json: (reports) => JSON.stringify({ version: REPORT_VERSION, files: reports }, null, 2) + '\n',
  html: (reports) => renderReportHtml(reports, { nonce: randomBytes(18).toString('base64'), generated: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', generator: `mou-check ${VERSION}` }),
  sarif: (reports) => JSON.stringify(toSarif(reports, VERSION, relative), null, 2) + '\n',
  github: (reports) => toGithubAnnotations(reports, relative),
  ics: (reports) => icsReport(reports),
} satisfies Record<string, Writer>;

export type FormatName = keyof typeof FORMATS;

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
