/**
 * Stylesheets. One layout (LAYOUT_CSS) over a small palette of custom properties; the webview
 * maps the palette to VS Code's theme variables (light, dark and high contrast alike), the
 * exported report to a fixed print-friendly palette. Status is never carried by colour alone:
 * every status also has a mark (✓ ! ✗ –) and a word.
 */

const LAYOUT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--font); font-size: var(--size); line-height: 1.5; color: var(--fg); background: var(--bg); }
p, h1, h2, h3, ul, ol { margin: 0; }
.page { max-width: 820px; margin: 0 auto; padding: 24px 28px 48px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
code { font-family: var(--mono); font-size: 0.92em; }
q { quotes: '“' '”'; }

.eyebrow { font-size: 11px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.file { margin-top: 2px; font-size: 1.45em; font-weight: 600; line-height: 1.3; overflow-wrap: anywhere; }

.summary { padding-bottom: 22px; border-bottom: 1px solid var(--border); }
.summary-top { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
.summary-id { min-width: 0; }
.score-row { display: flex; align-items: center; gap: 22px; margin-top: 18px; }
.score { flex: none; font-size: 60px; font-weight: 700; line-height: 1; letter-spacing: -0.03em; font-variant-numeric: tabular-nums; }
.score-unit { font-size: 0.42em; font-weight: 600; letter-spacing: 0; margin-left: 3px; color: var(--muted); }
.score-text { min-width: 0; }
.complete { font-size: 1.3em; font-weight: 600; line-height: 1.3; }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin-top: 8px; color: var(--muted); }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px 2px 3px; border: 1px solid var(--border); border-radius: 999px; color: var(--fg); font-weight: 600; font-size: 12px; white-space: nowrap; }
.pill > .mark { width: 18px; height: 18px; font-size: 10px; }
.pill-ready { border-color: var(--ok); }
.pill-ready > .mark { color: var(--ok); }
.pill-partial { border-color: var(--warn); }
.pill-partial > .mark { color: var(--warn); }
.pill-blocked { border-color: var(--bad); }
.pill-blocked > .mark { color: var(--bad); }
.meter { display: flex; gap: 5px; list-style: none; padding: 0; margin-top: 18px; }
.seg { flex: 1; height: 8px; border-radius: 4px; border: 1px solid var(--border); }
.seg.st-present { background: var(--ok); border-color: var(--ok); }
.seg.st-weak { border-color: var(--warn); background: repeating-linear-gradient(135deg, var(--warn) 0 3px, transparent 3px 6px); }
.seg.st-missing { border: 1px dashed var(--bad); }

.block { margin-top: 26px; }
h2 { display: flex; align-items: baseline; gap: 10px; margin-bottom: 8px; font-size: 11px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
h2 .count { font-weight: 400; letter-spacing: 0; text-transform: none; }
.note { color: var(--muted); }

.mark { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 22px; border-radius: 50%; border: 1.5px solid currentColor; font-size: 12px; font-weight: 700; line-height: 1; font-family: var(--font); }
.st-present > .mark, .ok > .mark { color: var(--ok); }
.st-weak > .mark { color: var(--warn); }
.st-missing > .mark, .gap > .mark, .gap .mark { color: var(--bad); }
.st-not-applicable > .mark { color: var(--muted); border-style: dashed; }

.checklist, .blanks { list-style: none; padding: 0; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; background: var(--surface); }
.checklist > li + li, .blanks > li + li { border-top: 1px solid var(--border); }
.item { display: grid; grid-template-columns: 22px minmax(0, 1fr) auto; gap: 0 14px; align-items: start; width: 100%; margin: 0; padding: 11px 14px 11px 12px; border: 0; border-left: 3px solid transparent; background: transparent; color: inherit; font: inherit; text-align: left; }
.item.st-weak { border-left-color: var(--warn); }
.item.st-missing { border-left-color: var(--bad); }
.item > .mark { margin-top: 1px; }
.item-body { display: flex; flex-direction: column; min-width: 0; }
.item-title { font-weight: 600; overflow-wrap: anywhere; }
.item-reason { color: var(--muted); overflow-wrap: anywhere; }
.found-as { margin-top: 2px; font-size: 0.92em; color: var(--muted); font-style: italic; overflow-wrap: anywhere; }
.tag { margin-left: 8px; padding: 0 6px; border: 1px solid var(--border); border-radius: 3px; font-size: 11px; font-weight: 400; color: var(--muted); }
.item-meta { display: flex; flex-direction: column; align-items: flex-end; gap: 1px; white-space: nowrap; padding-top: 1px; }
.status { font-size: 12px; font-weight: 600; }
.where { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }

.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; background: var(--surface); }
.matrix { width: 100%; border-collapse: collapse; }
.matrix th, .matrix td { padding: 9px 14px; text-align: left; vertical-align: middle; border-top: 1px solid var(--border); }
.matrix thead th { border-top: 0; font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); white-space: nowrap; }
.matrix tbody th { font-weight: 600; overflow-wrap: anywhere; min-width: 8em; }
.matrix td { white-space: nowrap; }
.matrix td > .mark, .cell-btn > .mark { width: 18px; height: 18px; font-size: 10px; margin-right: 7px; vertical-align: middle; }
.matrix td.gap .cell-text { font-weight: 600; }
.matrix td .where { margin-left: 8px; }
.cell-btn { display: inline-flex; align-items: center; margin: -3px -7px; padding: 3px 7px; border: 0; border-radius: 4px; background: transparent; color: inherit; font: inherit; text-align: left; }
.cell-btn .cell-text { text-decoration: underline; text-decoration-style: dotted; text-underline-offset: 3px; }

.blank { display: flex; align-items: baseline; justify-content: space-between; gap: 16px; width: 100%; margin: 0; padding: 8px 14px; border: 0; background: transparent; color: inherit; font: inherit; text-align: left; }
.blank-text { overflow-wrap: anywhere; min-width: 0; }

.chips { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 7px; margin: 0; padding: 3px 11px 3px 4px; border: 1px solid var(--border); border-radius: 999px; background: var(--surface); color: inherit; font: inherit; font-size: 12px; }
.chip > .mark { width: 18px; height: 18px; font-size: 10px; }
.chip.st-present { color: var(--muted); }
.chip.st-present > .mark { color: var(--ok); }
.chip.st-missing { border-style: dashed; }
.chip.st-missing > .mark { color: var(--muted); }

.item-detail { padding: 0 14px 10px 54px; font-size: 0.92em; color: var(--muted); }
.detail-label { font-weight: 600; color: var(--fg); }
.evidence { list-style: none; padding: 0; margin: 2px 0 0; }
.evidence-line { display: block; width: 100%; margin: 0; padding: 1px 0; border: 0; background: transparent; color: inherit; font: inherit; text-align: left; overflow-wrap: anywhere; }
.looked-for { margin-top: 4px; overflow-wrap: anywhere; }
.why { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-top: 22px; color: var(--muted); overflow-wrap: anywhere; }
.link-action { margin: 0; padding: 0; border: 0; background: transparent; color: var(--link, inherit); font: inherit; text-decoration: underline; text-underline-offset: 3px; }
.call-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; margin-top: 14px; }
.empty .why { margin-top: 8px; }

.empty { padding: 8px 0; }
.empty .verdict { margin-top: 14px; font-size: 1.1em; color: var(--fg); }
.empty .note { margin-top: 8px; max-width: 60ch; }
`;

/** The preview webview: VS Code's theme variables, interactive states. */
export const PREVIEW_CSS = `
:root {
  --font: var(--vscode-font-family, -apple-system, "Segoe UI", system-ui, sans-serif);
  --mono: var(--vscode-editor-font-family, ui-monospace, Menlo, Consolas, monospace);
  --size: var(--vscode-font-size, 13px);
  --fg: var(--vscode-editor-foreground, var(--vscode-foreground));
  --bg: var(--vscode-editor-background);
  --surface: var(--vscode-editorWidget-background, transparent);
  --muted: var(--vscode-descriptionForeground);
  --border: var(--vscode-contrastBorder, var(--vscode-widget-border, var(--vscode-panel-border, rgba(128, 128, 128, 0.35))));
  --ok: var(--vscode-testing-iconPassed, #388a34);
  --warn: var(--vscode-editorWarning-foreground, #bf8803);
  --bad: var(--vscode-errorForeground, #e51400);
  --hover: var(--vscode-list-hoverBackground, rgba(128, 128, 128, 0.12));
  --focus: var(--vscode-focusBorder, #0078d4);
  --link: var(--vscode-textLink-foreground, #3794ff);
}
${LAYOUT_CSS}
.page { padding: 20px 24px 40px; }
button.item, button.chip, .cell-btn, button.blank, button.evidence-line, .link-action { cursor: pointer; }
button.item:hover, button.blank:hover, .cell-btn:hover, button.chip:hover, button.evidence-line:hover { background: var(--hover); }
button:focus { outline: none; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.chip:focus-visible, .cell-btn:focus-visible, .action:focus-visible { outline-offset: 1px; }
.action { flex: none; padding: 4px 12px; border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; background: var(--vscode-button-secondaryBackground, var(--hover)); color: var(--vscode-button-secondaryForeground, var(--fg)); font: inherit; cursor: pointer; }
.action:hover { background: var(--vscode-button-secondaryHoverBackground, var(--hover)); }
body.vscode-high-contrast button.item:hover, body.vscode-high-contrast button.blank:hover,
body.vscode-high-contrast .cell-btn:hover, body.vscode-high-contrast button.chip:hover { outline: 1px dashed var(--vscode-contrastActiveBorder, var(--focus)); outline-offset: -1px; }
`;

/** The exported report: a fixed palette that reads well on screen and prints in black and white. */
export const REPORT_CSS = `
:root {
  --font: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  --size: 14px;
  --fg: #1f2328;
  --bg: #ffffff;
  --surface: #ffffff;
  --muted: #57606a;
  --border: #d0d7de;
  --ok: #1a7f37;
  --warn: #9a6700;
  --bad: #cf222e;
  --hover: #f6f8fa;
  --focus: #0969da;
}
${LAYOUT_CSS}
.report-head { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; padding-bottom: 14px; margin-bottom: 22px; border-bottom: 2px solid var(--fg); }
.report-title { font-size: 1.05em; font-weight: 700; }
.report-meta { color: var(--muted); font-size: 12px; text-align: right; }
.file-report + .file-report { margin-top: 48px; padding-top: 28px; border-top: 2px solid var(--border); }
.overview { width: 100%; border-collapse: collapse; margin-bottom: 36px; }
.overview th, .overview td { padding: 7px 10px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
.overview thead th { font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
.overview td.num { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.overview td:first-child { overflow-wrap: anywhere; }
.findings { list-style: none; padding: 0; border: 1px solid var(--border); border-radius: 6px; }
.findings li { display: grid; grid-template-columns: 5.5em 6.5em minmax(0, 1fr); gap: 12px; padding: 7px 14px; }
.findings li + li { border-top: 1px solid var(--border); }
.findings .sev { font-size: 12px; font-weight: 600; text-transform: capitalize; }
.findings .sev-error { color: var(--bad); }
.findings .sev-warning { color: var(--warn); }
.findings .msg { overflow-wrap: anywhere; }
.report-foot { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--border); color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  :root { --size: 10pt; }
  html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .file-report + .file-report { break-before: page; margin-top: 0; padding-top: 0; border-top: 0; }
  .item, .matrix tr, .findings li, .blank, .summary { break-inside: avoid; }
  h2 { break-after: avoid; }
  .table-wrap { overflow: visible; }
}
`;
