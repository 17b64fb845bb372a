/**
 * The completeness preview as a whole webview document: a strict Content-Security-Policy, the
 * stylesheet and the one script (both allowed by nonce only), and the body from html.ts.
 *
 * The script does three things and nothing else: it turns a click (or Enter/Space, which make a
 * button click) on an item into `postMessage({ type: 'reveal', key })`, moves focus between
 * items with the arrow keys, and swaps in a new body when the extension posts one (and says
 * `{ type: 'rendered', seq }` when it has). It sends only keys: where a key leads is looked up
 * by the extension in its own copy of the report, so nothing the webview says is trusted as a
 * position.
 */
import type { FileReport } from '../report';
import { escapeHtml as h } from './escape';
import { renderPreviewBody } from './html';
import { PREVIEW_CSS } from './styles';

export interface WebviewShellOptions {
  /** `webview.cspSource`: where the webview may load styles from. */
  cspSource: string;
  /** A fresh random value per document (base64 or hex), for the style and the script. */
  nonce: string;
  /** Show the "Export report…" button. */
  exportButton?: boolean;
  /** With no report yet: the file being checked. */
  checking?: string;
  /** The person's call on this file, if any. */
  call?: boolean;
}

/** Runs inside the webview. Kept as plain ES2020 in a string: it is not bundled or transpiled. */
export const PREVIEW_SCRIPT = `(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var root = document.getElementById('mou-root');
  function items() { return Array.prototype.slice.call(root.querySelectorAll('button[data-key]')); }
  root.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target || !root.contains(target)) return;
    if (target.dataset.key) vscode.postMessage({ type: 'reveal', key: target.dataset.key });
    else if (target.dataset.action === 'export') vscode.postMessage({ type: 'export' });
    else if (target.dataset.action) vscode.postMessage({ type: 'call', action: target.dataset.action });
  });
  root.addEventListener('keydown', function (event) {
    var keys = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in keys) || event.altKey || event.ctrlKey || event.metaKey) return;
    var list = items();
    var index = list.indexOf(document.activeElement);
    if (index < 0) return;
    var step = keys[event.key];
    var next = step === -Infinity ? 0 : step === Infinity ? list.length - 1 : Math.min(list.length - 1, Math.max(0, index + step));
    list[next].focus();
    event.preventDefault();
  });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    var focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement.getAttribute('data-key') : null;
    root.innerHTML = message.html;
    if (typeof message.title === 'string') document.title = message.title;
    if (typeof message.announce === 'string') document.getElementById('mou-announce').textContent = message.announce;
    if (focused) {
      var again = items().filter(function (b) { return b.getAttribute('data-key') === focused; })[0];
      if (again) again.focus();
    }
    // Tell the extension what is on screen now.
    vscode.postMessage({ type: 'rendered', seq: message.seq });
  });
  vscode.postMessage({ type: 'ready' });
})();`;

/** The Content-Security-Policy of the preview: nothing but our nonce'd style and script. */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function previewTitle(report: FileReport | null | undefined): string {
  return report ? `Completeness: ${report.path.replace(/^.*[\\/]/, '')}` : 'MOU Completeness';
}

/** The whole webview document for a report (or null: nothing to show yet). */
export function renderPreviewDocument(report: FileReport | null | undefined, options: WebviewShellOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) throw new Error('the nonce must be a random base64 or hex string of at least 16 characters');
  const nonce = options.nonce;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(previewCsp(options.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(previewTitle(report))}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<main id="mou-root" class="page">
${renderPreviewBody(report, { exportButton: options.exportButton, checking: options.checking, call: options.call })}
</main>
<p id="mou-announce" class="sr-only" role="status" aria-live="polite"></p>
<script nonce="${nonce}">${PREVIEW_SCRIPT}</script>
</body>
</html>
`;
}
