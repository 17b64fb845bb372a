/**
 * The small banner at the top of VS Code's own Markdown preview: the score and what is missing
 * or weak. The Markdown preview has its own CSP and stylesheet, so the banner carries its few
 * styles inline (theme variables only) and no script, links or event handlers.
 */
import type { FileReport } from '../report';
import { escapeHtml as h } from './escape';
import { completeText, completenessView } from './view';

const BOX = [
  'margin:0 0 1.2em',
  'padding:0.6em 0.9em',
  'border:1px solid var(--vscode-contrastBorder, var(--vscode-widget-border, rgba(128,128,128,0.35)))',
  'border-left:4px solid var(--mou-accent)',
  'border-radius:4px',
  'background:var(--vscode-textBlockQuote-background, rgba(128,128,128,0.08))',
  'font-family:var(--vscode-font-family, system-ui, sans-serif)',
  'font-size:0.9em',
  'line-height:1.5',
].join(';');

/** The banner's HTML for an agreement; '' for anything else. */
export function renderBanner(report: FileReport | null | undefined): string {
  if (!report?.isAgreement) return '';
  const v = completenessView(report);
  const accent = v.ready ? 'var(--vscode-testing-iconPassed, #388a34)' : v.missing.length ? 'var(--vscode-errorForeground, #e51400)' : 'var(--vscode-editorWarning-foreground, #bf8803)';
  const parts: string[] = [];
  if (v.missing.length) parts.push(`<span>✗ Missing: ${v.missing.map((s) => h(s.title)).join(', ')}</span>`);
  if (v.weak.length) parts.push(`<span>! Weak: ${v.weak.map((s) => h(s.title)).join(', ')}</span>`);
  if (v.blanks.length) parts.push(`<span>${v.blanks.length} blank${v.blanks.length === 1 ? '' : 's'} to fill in</span>`);
  if (parts.length === 0) parts.push('<span>✓ Ready to sign</span>');
  return `<div class="mou-completeness-banner" role="note" aria-label="MOU completeness" style="--mou-accent:${accent};${BOX}">`
    + `<strong>MOU completeness ${v.percent}%</strong> · ${h(completeText(v))}`
    + `<br>${parts.join(' · ')}`
    + `</div>\n`;
}
