/**
 * The standalone completeness report: one self-contained, printable HTML page for one or more
 * agreements (MOU: Export Completeness Report, `mou-check --format html`). For partners who do
 * not use VS Code. No scripts at all (its CSP forbids them), no external resources.
 */
import type { FileReport } from '../report';
import { escapeHtml as h } from './escape';
import { renderAgreementWhy, renderBlanks, renderTerm, renderCoreChecklist, renderNotAgreement, renderPartyMatrix, renderRecommended, renderSummary, type FragmentOptions } from './html';
import { REPORT_CSS } from './styles';
import { completeText, completenessView, type CompletenessView } from './view';

export interface ReportHtmlOptions {
  /** A fresh random value (base64 or hex) that lets the page's one stylesheet through its CSP. */
  nonce: string;
  /** When the report was made, as the reader should see it (e.g. "2027-03-11 14:02"). */
  generated?: string;
  /** Who made it, e.g. "MOU Author 0.1.0". */
  generator?: string;
}

/** Scripts, frames, forms, fonts and remote images are all forbidden; only our stylesheet loads. */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** The page's head for a printable page (the report, the partner registry): our stylesheet only, no scripts. */
export function pageHead(title: string, options: Pick<ReportHtmlOptions, 'nonce' | 'generator'>): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(reportCsp(options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(options.generator ?? 'MOU Author')}">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style nonce="${options.nonce}">${REPORT_CSS}</style>
</head>`;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function renderFindings(report: FileReport, idPrefix: string): string {
  // Hints are the recommended sections, already listed above.
  const shown = report.diagnostics
    .filter((d) => d.severity !== 'hint')
    .sort((a, b) => a.range.start.line - b.range.start.line || (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9));
  if (shown.length === 0) return '';
  const id = `${idPrefix}findings-h`;
  const items = shown.map((d) => `<li><span class="where">line ${d.range.start.line + 1}</span><span class="sev sev-${h(d.severity)}">${h(d.severity)}</span><span class="msg">${h(d.message)}</span></li>`);
  return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">All findings <span class="count">${shown.length}</span></h2>
  <ul class="findings">
    ${items.join('\n    ')}
  </ul>
</section>`;
}

function renderFile(report: FileReport, v: CompletenessView, index: number): string {
  const idPrefix = `f${index}-`;
  if (!v.isAgreement) return `<article class="file-report" id="file-${index}">\n${renderNotAgreement(v, 1)}\n</article>`;
  const o: FragmentOptions = { interactive: false, idPrefix };
  return `<article class="file-report" id="file-${index}">
${renderSummary(v, { ...o, eyebrow: 'Agreement' })}
${[renderAgreementWhy(v, o), renderCoreChecklist(v, o), renderPartyMatrix(v, o), renderBlanks(v, o), renderTerm(report, o), renderRecommended(v, o), renderFindings(report, idPrefix)].filter(Boolean).join('\n')}
</article>`;
}

function renderOverview(views: CompletenessView[]): string {
  const rows = views.map((v, i) => {
    const score = v.isAgreement ? `${v.percent}%` : '—';
    const sections = v.isAgreement ? h(completeText(v)) : '';
    return `<tr><td><a href="#file-${i}">${h(v.path)}</a></td><td class="num">${score}</td><td>${sections}</td><td>${h(v.verdict)}</td></tr>`;
  });
  return `<table class="overview">
  <caption class="sr-only">Every file in this report</caption>
  <thead><tr><th scope="col">Agreement</th><th scope="col">Score</th><th scope="col">Core sections</th><th scope="col">Verdict</th></tr></thead>
  <tbody>
    ${rows.join('\n    ')}
  </tbody>
</table>`;
}

export function renderReportHtml(reports: FileReport[], options: ReportHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) throw new Error('the nonce must be a random base64 or hex string of at least 16 characters');
  const views = reports.map((r) => completenessView(r));
  const agreements = views.filter((v) => v.isAgreement).length;
  const title = reports.length === 1 ? `Completeness report: ${views[0].fileName}` : `Completeness report: ${agreements} agreement${agreements === 1 ? '' : 's'}`;
  const meta = [
    options.generated ? `Generated ${h(options.generated)}` : '',
    reports.length === 1 ? '' : `${reports.length} files checked`,
  ].filter(Boolean).join(' · ');
  const generator = h(options.generator ?? 'MOU Author');
  return `${pageHead(title, options)}
<body>
<div class="page">
<div class="report-head"><p class="report-title">Partnership agreement completeness report</p><p class="report-meta">${meta}</p></div>
${reports.length > 1 ? renderOverview(views) : ''}
${reports.map((r, i) => renderFile(r, views[i], i)).join('\n')}
<footer class="report-foot">
  <p>Made by ${generator}${options.generated ? ` on ${h(options.generated)}` : ''}. It checks the five sections every partnership agreement needs — roles and responsibilities, points of contact, resource commitments, safety protocols and intended outcomes — and the blanks left to fill in. Line numbers refer to the agreement as it was when the report was made.</p>
</footer>
</div>
</body>
</html>
`;
}
