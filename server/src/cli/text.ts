/** mou-check's text output: a line per finding, like a compiler, then a summary per file. */
import type { FileReport } from '../core';
import { plain } from '../plain-text';
import { timelineText } from '../core/render/timeline';

const STATUS_MARK: Record<string, string> = { present: '✓ present', weak: '~ weak   ', missing: '✗ missing', 'not-applicable': '- n/a    ' };

export function textReport(reports: FileReport[], quiet = false): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let agreements = 0;
  for (const r of reports) {
    if (r.error) {
      out.push(`${plain(r.path)}: error: ${plain(r.error)}`);
      continue;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'hint') continue; // hints are summarised below, not listed line by line
      out.push(`${plain(r.path)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity === 'information' ? 'info' : d.severity} ${d.code} ${plain(d.message)}`);
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  if (quiet) return out.length ? out.join('\n') + '\n' : '';
  for (const r of reports) {
    if (r.error) continue;
    if (!r.isAgreement) {
      const why = r.agreementReason ? `: ${plain(r.agreementReason).replace(/\.$/, '')}` : '';
      out.push('', `${plain(r.path)}: not checked — not an agreement${why}. Put "agreement: true" in its front matter to check it anyway.`);
      continue;
    }
    if (r.language) {
      out.push('', `${plain(r.path)}: not judged — it seems to be written in ${plain(r.language)}, and MOU Author reads agreements written in English. If it is in English, put "language: en" in its front matter.`);
      continue;
    }
    agreements++;
    const why = r.agreementReason ? ` (an agreement: ${plain(r.agreementReason).replace(/\.$/, '')})` : '';
    out.push('', `${plain(r.path)} — completeness ${Math.round((r.score ?? 0) * 100)}%${why}`);
    const width = Math.max(...(r.sections ?? []).map((s) => s.title.length));
    for (const s of r.sections ?? []) {
      const where = s.range ? ` (line ${s.range.start.line + 1})` : '';
      out.push(`  ${STATUS_MARK[s.status] ?? s.status} ${plain(s.title).padEnd(width)}  ${plain(s.reason)}${where}`);
    }
    if (r.parties?.length) {
      const mark = (ok: boolean, what: string) => `${ok ? '✓' : '✗'} ${what}`;
      out.push(`  parties: ${r.parties.map((p) => `${plain(p.name)} (${mark(p.duty, 'duty')}, ${mark(p.contact, 'contact')}, ${mark(p.contribution, 'contribution')})`).join('; ')}`);
    }
    const timeline = timelineText(r.term);
    if (timeline) out.push(`  term: ${plain(timeline)}`);
    if (r.signing?.status === 'unsigned') out.push(`  unsigned draft: ${plain(r.signing.reason)}`);
    const consider = (r.recommended ?? []).filter((x) => !x.found).map((x) => x.title);
    if (consider.length) out.push(`  also consider: ${plain(consider.join(', '))}`);
  }
  const files = reports.length;
  out.push('', `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${agreements} agreement${agreements === 1 ? '' : 's'} (${files} file${files === 1 ? '' : 's'} checked)`);
  return out.join('\n') + '\n';
}
