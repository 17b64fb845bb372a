/**
 * HTML fragments of a completeness view, shared by the preview webview (interactive: items are
 * buttons that lead to the document) and the exported report (static: the same items, with line
 * numbers to look up). Every string from the document goes through escapeHtml; nothing here
 * writes a style or event-handler attribute, so the output works under a strict CSP.
 */
import type { FileReport } from '../report';
import { escapeHtml as h } from './escape';
import { timelineText } from './timeline';
import {
  ASPECTS, EVIDENCE_LABEL, LANGUAGE_HINT, OVERRULE_HINT, STATUS_LABEL, STATUS_MARK, completeText, completenessView, evidenceText,
  type ChecklistItem, type CompletenessView, type Target,
} from './view';

export interface FragmentOptions {
  /** Items that lead somewhere become buttons carrying `data-key` (the webview). */
  interactive: boolean;
  /** Prefix for element ids, so several files can share one page. */
  idPrefix?: string;
}

/**
 * A person's call on whether the file is an agreement, as the editor remembers it (true: check it,
 * false: do not, undefined: the checker decides). Only the webview knows it; it decides which
 * buttons are offered.
 */
export type AgreementCall = boolean | undefined;

/** What the webview's buttons for the agreement call ask for (`data-action`). */
export const CALL_ACTIONS = { check: 'check-as-agreement', stop: 'stop-checking', forget: 'forget-call' } as const;

const lineOf = (t: Target | undefined) => (t ? t.line + 1 : undefined);

function mark(status: keyof typeof STATUS_MARK): string {
  return `<span class="mark" aria-hidden="true">${STATUS_MARK[status]}</span>`;
}

/** What choosing an item does, in words (for its accessible name). */
function actionWords(item: ChecklistItem): string {
  if (item.status === 'missing') return 'Show where to add it';
  if (item.status === 'weak') return 'Show it and how to fix it';
  return 'Show it in the editor';
}

function where(item: ChecklistItem): string {
  const line = lineOf(item.target);
  if (item.status === 'missing') return item.kind === 'core' ? 'not found' : '';
  return line ? `line ${line}` : '';
}

export function renderSummary(v: CompletenessView, o: FragmentOptions & { headingLevel?: 1 | 2; actions?: string; eyebrow?: string }): string {
  const level = o.headingLevel ?? 1;
  const segments = v.core
    .filter((c) => c.required && c.status !== 'not-applicable')
    .map((c) => `<li class="seg st-${c.status}"></li>`)
    .join('');
  const pill = v.ready
    ? `<span class="pill pill-ready">${mark('present')}Ready to sign</span>`
    : `<span class="pill pill-${v.state}">${mark(v.state === 'blocked' ? 'missing' : 'weak')}Not ready to sign</span>`;
  const gaps = v.gaps.length ? `<span class="gaps">${v.gaps.map((g) => h(g)).join('<span class="sep" aria-hidden="true"> · </span>')}</span>` : '';
  return `<header class="summary">
  <div class="summary-top">
    <div class="summary-id">
      <p class="eyebrow">${h(o.eyebrow ?? 'Agreement completeness')}</p>
      <h${level} class="file" title="${h(v.path)}">${h(v.fileName)}</h${level}>
    </div>
    ${o.actions ?? ''}
  </div>
  <div class="score-row">
    <p class="score" aria-label="Completeness ${v.percent} percent"><span class="score-num">${v.percent}</span><span class="score-unit">%</span></p>
    <div class="score-text">
      <p class="complete">${h(completeText(v))}</p>
      <p class="verdict">${pill}${gaps}</p>
    </div>
  </div>
  <ol class="meter" aria-hidden="true">${segments}</ol>
</header>`;
}

function renderItem(item: ChecklistItem, o: FragmentOptions): string {
  const label = STATUS_LABEL[item.status];
  const whereText = where(item);
  const foundAs = item.foundAs ? `<span class="found-as">headed “${h(item.foundAs)}”</span>` : '';
  const optional = item.kind === 'core' && !item.required ? '<span class="tag">optional</span>' : '';
  const inner = `${mark(item.status)}
      <span class="item-body"><span class="item-title">${h(item.title)}${optional}</span><span class="item-reason">${h(item.reason)}</span>${foundAs}</span>
      <span class="item-meta"><span class="status">${h(label)}</span>${whereText ? `<span class="where">${h(whereText)}</span>` : ''}</span>`;
  const cls = `item st-${item.status}`;
  const details = renderItemDetails(item, o);
  if (o.interactive && item.target) {
    const name = `${item.title}: ${label}. ${item.reason}. ${actionWords(item)}.`;
    return `<li><button type="button" class="${cls}" data-key="${h(item.key)}" aria-label="${h(name)}">${inner}</button>${details}</li>`;
  }
  return `<li><div class="${cls}">${inner}</div>${details}</li>`;
}

/** Under an item: the passages its status rests on, and for weak or missing what was looked for. Nothing when there is neither. */
function renderItemDetails(item: ChecklistItem, o: FragmentOptions): string {
  if (!item.evidence.length && !item.lookedFor) return '';
  const parts: string[] = [];
  if (item.evidence.length) {
    const entries = item.evidence.map((e) => {
      const text = evidenceText(e);
      if (o.interactive) return `<li><button type="button" class="evidence-line" data-key="${h(e.key)}" aria-label="${h(`${text}. Show it in the editor.`)}">${h(text)}</button></li>`;
      return `<li><span class="evidence-line">${h(text)}</span></li>`;
    });
    parts.push(`<p class="detail-label">${h(EVIDENCE_LABEL[item.status])}:</p>
      <ul class="evidence">${entries.join('')}</ul>`);
  }
  if (item.lookedFor) parts.push(`<p class="looked-for"><span class="detail-label">Looked for:</span> ${h(item.lookedFor)}</p>`);
  return `
      <div class="item-detail">${parts.join('\n      ')}</div>`;
}

/** Why the file is checked as an agreement, and (in the webview) a way to change that call. */
export function renderAgreementWhy(v: CompletenessView, o: FragmentOptions & { call?: AgreementCall }): string {
  const buttons: string[] = [];
  if (o.interactive) {
    if (o.call === true) buttons.push(callButton(CALL_ACTIONS.forget, 'Let MOU Author decide', 'Forget your choice: MOU Author decides again whether this file is an agreement'));
    else buttons.push(callButton(CALL_ACTIONS.stop, 'Not an agreement?', 'Stop checking this file as an agreement; nothing is written into the file'));
  }
  if (!v.agreementReason && !buttons.length) return '';
  const why = v.agreementReason ? `<span class="detail-label">Checked as an agreement:</span> ${h(v.agreementReason)}` : '';
  return `<p class="why">${why}${buttons.join('')}</p>`;
}

function callButton(action: string, label: string, title: string): string {
  return `<button type="button" class="link-action" data-action="${action}" title="${h(title)}" aria-label="${h(`${label} ${title}.`)}">${h(label)}</button>`;
}

export function renderCoreChecklist(v: CompletenessView, o: FragmentOptions): string {
  const id = `${o.idPrefix ?? ''}core-h`;
  return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">Core sections</h2>
  <ul class="checklist">
    ${v.core.map((i) => renderItem(i, o)).join('\n    ')}
  </ul>
</section>`;
}

export function renderRecommended(v: CompletenessView, o: FragmentOptions): string {
  if (v.recommended.length === 0) return '';
  const id = `${o.idPrefix ?? ''}rec-h`;
  const found = v.recommended.filter((r) => r.status === 'present').length;
  const ordered = [...v.recommended.filter((r) => r.status !== 'present'), ...v.recommended.filter((r) => r.status === 'present')];
  const items = ordered.map((r) => {
    const label = r.status === 'present' ? 'In the agreement' : 'Not found';
    const inner = `${mark(r.status)}<span class="chip-title">${h(r.title)}</span><span class="sr-only">: ${label}</span>`;
    if (o.interactive && r.target) {
      return `<li><button type="button" class="chip st-${r.status}" data-key="${h(r.key)}" aria-label="${h(`${r.title}: not found. Show where to add it.`)}">${inner}</button></li>`;
    }
    return `<li><span class="chip st-${r.status}">${inner}</span></li>`;
  });
  return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">Recommended sections <span class="count">${found} of ${v.recommended.length}</span></h2>
  <ul class="chips">
    ${items.join('\n    ')}
  </ul>
</section>`;
}

export function renderPartyMatrix(v: CompletenessView, o: FragmentOptions): string {
  const id = `${o.idPrefix ?? ''}parties-h`;
  if (v.parties.length === 0) {
    return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">Parties</h2>
  <p class="note">No parties were identified. Name each organisation and give it a short name, e.g. <q>Acme Robotics Inc. (“Acme”)</q>.</p>
</section>`;
  }
  const head = ASPECTS.map((a) => `<th scope="col">${h(a.label)}</th>`).join('');
  const rows = v.parties.map((p) => {
    const cells = p.cells.map((c) => {
      const spec = ASPECTS.find((a) => a.aspect === c.aspect)!;
      const text = c.ok ? spec.ok : spec.gap;
      const inner = `${mark(c.ok ? 'present' : 'missing')}<span class="cell-text">${h(text)}</span>`;
      if (!c.ok && o.interactive && c.target) {
        return `<td class="gap"><button type="button" class="cell-btn" data-key="${h(c.key)}" aria-label="${h(`${p.name}: ${text}. Show where and how to fix it.`)}">${inner}</button></td>`;
      }
      const line = !c.ok && c.target ? `<span class="where">line ${c.target.line + 1}</span>` : '';
      return `<td class="${c.ok ? 'ok' : 'gap'}">${inner}${line}</td>`;
    });
    return `<tr><th scope="row">${h(p.name)}</th>${cells.join('')}</tr>`;
  });
  const gaps = v.parties.reduce((n, p) => n + p.cells.filter((c) => !c.ok).length, 0);
  return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">Parties <span class="count">${gaps === 0 ? 'no gaps' : `${gaps} gap${gaps === 1 ? '' : 's'}`}</span></h2>
  <div class="table-wrap">
  <table class="matrix">
    <caption class="sr-only">Each party's duties, contact and contribution</caption>
    <thead><tr><th scope="col">Party</th>${head}</tr></thead>
    <tbody>
      ${rows.join('\n      ')}
    </tbody>
  </table>
  </div>
</section>`;
}

export function renderBlanks(v: CompletenessView, o: FragmentOptions): string {
  if (v.blanks.length === 0) return '';
  const id = `${o.idPrefix ?? ''}blanks-h`;
  const items = v.blanks.map((b) => {
    const inner = `<code class="blank-text">${h(b.text || '(blank)')}</code><span class="where">line ${b.line}</span>`;
    if (o.interactive) {
      return `<li><button type="button" class="blank" data-key="${h(b.key)}" aria-label="${h(`Blank ${b.text} on line ${b.line}. Show it in the editor.`)}">${inner}</button></li>`;
    }
    return `<li><span class="blank">${inner}</span></li>`;
  });
  return `<section class="block" aria-labelledby="${id}">
  <h2 id="${id}">Blanks to fill in <span class="count">${v.blanks.length}</span></h2>
  <ul class="blanks">
    ${items.join('\n    ')}
  </ul>
</section>`;
}

/** The term as one timeline line (start, reviews, end, today), from the report's `term`. */
export function renderTerm(report: FileReport, o: FragmentOptions): string {
  const line = timelineText(report.term);
  if (!line || !report.term) return '';
  const id = `${o.idPrefix ?? ''}term-h`;
  const status = report.term.status === 'unknown' ? '' : ` <span class="count">${h(report.term.status.replace('-', ' '))}</span>`;
  return `<section class="block term" aria-labelledby="${id}">
  <h2 id="${id}">Term${status}</h2>
  <p class="timeline">${h(line)}</p>
</section>`;
}

/**
 * The message shown instead of a checklist for a file that is not an agreement (or not checked):
 * why, and how to have it checked anyway (in the webview, also a button that does it).
 */
export function renderNotAgreement(v: CompletenessView, headingLevel: 1 | 2 = 1, o: { interactive?: boolean; call?: AgreementCall } = {}): string {
  const lines = [`<p class="verdict">${h(v.verdict)}</p>`];
  if (v.language) lines.push(`<p class="note">${h(LANGUAGE_HINT)}</p>`);
  else if (!v.error) {
    if (v.agreementReason) lines.push(`<p class="why"><span class="detail-label">Why:</span> ${h(v.agreementReason)}</p>`);
    lines.push('<p class="note">MOU Author checks partnership agreements — memoranda of understanding between schools, colleges, STEM centers and their partners. READMEs, notes and other markdown files are left alone.</p>');
    if (o.interactive) {
      const buttons = [`<button type="button" class="action" data-action="${CALL_ACTIONS.check}" title="Check this file as a partnership agreement. Nothing is written into the file.">Check this file as an agreement</button>`];
      if (o.call === false) buttons.push(callButton(CALL_ACTIONS.forget, 'Let MOU Author decide', 'Forget your choice: MOU Author decides again whether this file is an agreement'));
      lines.push(`<p class="call-actions">${buttons.join('')}</p>`);
      lines.push(`<p class="note">Nothing is written into the file. Or put “agreement: true” in its front matter.</p>`);
    } else {
      lines.push(`<p class="note">${h(OVERRULE_HINT)}</p>`);
    }
  }
  return `<div class="empty">
  <p class="eyebrow">Agreement completeness</p>
  <h${headingLevel} class="file" title="${h(v.path)}">${h(v.fileName)}</h${headingLevel}>
  ${lines.join('\n  ')}
</div>`;
}

export interface PreviewBodyOptions {
  /** Show the "Export report…" button (the webview). */
  exportButton?: boolean;
  /** With no report yet: the file being checked, to say so (else: "open an agreement"). */
  checking?: string;
  /** The person's call on this file, if any (it decides which call buttons are offered). */
  call?: AgreementCall;
}

/**
 * The inside of the preview webview for one report (or null: nothing to show yet). This is
 * what the webview's script swaps in on every update.
 */
export function renderPreviewBody(report: FileReport | null | undefined, options: PreviewBodyOptions = {}): string {
  if (!report) {
    const what = options.checking ? `Checking ${h(options.checking)}…` : 'Open a markdown agreement to see how ready it is to sign.';
    return `<div class="empty">
  <p class="eyebrow">Agreement completeness</p>
  <p class="verdict">${what}</p>
</div>`;
  }
  const v = completenessView(report);
  if (!v.isAgreement) return renderNotAgreement(v, 1, { interactive: true, call: options.call });
  const o: FragmentOptions = { interactive: true };
  const actions = options.exportButton
    ? '<button type="button" class="action" data-action="export" title="Save a printable HTML report and a markdown report next to the agreement">Export report…</button>'
    : '';
  return [
    renderSummary(v, { ...o, actions }),
    renderCoreChecklist(v, o),
    renderPartyMatrix(v, o),
    renderBlanks(v, o),
    renderTerm(report, o),
    renderRecommended(v, o),
    // Last: it is rarely needed, and its button should not stand between the score and the checklist.
    renderAgreementWhy(v, { ...o, call: options.call }),
  ].filter(Boolean).join('\n');
}
