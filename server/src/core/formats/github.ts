/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
import type { FileReport } from '../report';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escaping for workflow command data (the message) and properties (file, title). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithubAnnotations(reports: FileReport[], relative: (file: string) => string = (f) => f): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      if (d.severity === 'hint') continue;
      const props = [
        `file=${property(relative(r.path).replace(/\\/g, '/'))}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${property(`MOU ${d.code}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity] ?? 'warning'} ${props.join(',')}::${data(d.message)}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
