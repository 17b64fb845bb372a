/**
 * The completeness report as markdown (`<name>.mou-report.md`): the same content as the HTML
 * report, for people who read agreements in a repository or paste the report into an email.
 * Every string from the document is escaped with escapeMarkdown, so a heading such as
 * `<img src=x onerror=…>` stays text wherever the markdown is rendered.
 *
 * It starts with `mou: false` front matter: it quotes an agreement's sections, parties and blanks,
 * and without that MOU Author would check the report itself as an agreement.
 */
import type { FileReport } from '../report';
import { escapeMarkdown as m } from './escape';
import { ASPECTS, EVIDENCE_LABEL, LANGUAGE_HINT, OVERRULE_HINT, STATUS_LABEL, STATUS_MARK, completeText, completenessView, evidenceText } from './view';

export interface ReportMarkdownOptions {
  generated?: string;
  generator?: string;
}

export function renderReportMarkdown(report: FileReport, options: ReportMarkdownOptions = {}): string {
  const v = completenessView(report);
  const out: string[] = ['---', '# A completeness report made by MOU Author, not an agreement itself.', 'mou: false', '---', ''];
  out.push(`# Completeness report: ${m(v.fileName)}`, '');
  const made = [options.generator ? `Made by ${m(options.generator)}` : '', options.generated ? `on ${m(options.generated)}` : ''].filter(Boolean).join(' ');
  if (made) out.push(`*${made}.*`, '');
  if (!v.isAgreement) {
    out.push(m(v.verdict), '');
    if (v.language) out.push(m(LANGUAGE_HINT), '');
    else if (!v.error) {
      if (v.agreementReason) out.push(`**Why:** ${m(v.agreementReason)}`, '');
      out.push(m(OVERRULE_HINT), '');
    }
    return out.join('\n');
  }
  out.push(`**Score: ${v.percent}%** — ${m(completeText(v))}.`, '', m(v.verdict), '');
  if (v.agreementReason) out.push(`*Checked as an agreement: ${m(v.agreementReason)}*`, '');

  out.push('## Core sections', '', '| | Section | Status | Why | Where |', '|---|---|---|---|---|');
  for (const item of v.core) {
    const where = item.status === 'missing' ? 'not found' : item.target ? `line ${item.target.line + 1}` : '';
    const found = item.foundAs ? ` (headed “${m(item.foundAs)}”)` : '';
    const optional = item.required ? '' : ' (optional)';
    out.push(`| ${STATUS_MARK[item.status]} | ${m(item.title)}${optional} | ${STATUS_LABEL[item.status]} | ${m(item.reason)}${found} | ${where} |`);
  }
  out.push('');
  const explained = v.core.filter((i) => i.evidence.length || i.lookedFor);
  if (explained.length) {
    out.push('### What each status rests on', '');
    for (const item of explained) {
      out.push(`- **${m(item.title)}** (${STATUS_LABEL[item.status].toLowerCase()})`);
      if (item.evidence.length) {
        out.push(`  - ${EVIDENCE_LABEL[item.status]}:`);
        for (const e of item.evidence) out.push(`    - ${m(evidenceText(e))}`);
      }
      if (item.lookedFor) out.push(`  - Looked for: ${m(item.lookedFor)}`);
    }
    out.push('');
  }

  if (v.parties.length) {
    out.push('## Parties', '', `| Party | ${ASPECTS.map((a) => a.label).join(' | ')} |`, `|---|${ASPECTS.map(() => '---').join('|')}|`);
    for (const p of v.parties) {
      const cells = p.cells.map((c) => {
        const spec = ASPECTS.find((a) => a.aspect === c.aspect)!;
        return c.ok ? `✓ ${spec.ok}` : `✗ **${spec.gap}**`;
      });
      out.push(`| ${m(p.name)} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }

  if (v.blanks.length) {
    out.push(`## Blanks to fill in (${v.blanks.length})`, '');
    for (const b of v.blanks) out.push(`- Line ${b.line}: “${m(b.text || '(blank)')}”`);
    out.push('');
  }

  if (v.recommended.length) {
    const found = v.recommended.filter((r) => r.status === 'present');
    const missing = v.recommended.filter((r) => r.status !== 'present');
    out.push(`## Recommended sections (${found.length} of ${v.recommended.length})`, '');
    if (found.length) out.push(`- ✓ In the agreement: ${found.map((r) => m(r.title)).join(', ')}`);
    if (missing.length) out.push(`- ✗ Not found: ${missing.map((r) => m(r.title)).join(', ')}`);
    out.push('');
  }

  const findings = report.diagnostics.filter((d) => d.severity !== 'hint').sort((a, b) => a.range.start.line - b.range.start.line);
  if (findings.length) {
    out.push(`## All findings (${findings.length})`, '');
    for (const d of findings) out.push(`- Line ${d.range.start.line + 1}, ${m(d.severity)}: ${m(d.message)}`);
    out.push('');
  }
  out.push('---', '', '*Line numbers refer to the agreement as it was when this report was made.*', '');
  return out.join('\n');
}
