/**
 * Renderers of the completeness report (issue #6): pure functions from the FileReport JSON to
 * strings, with no editor, LSP or I/O imports. One source for the preview webview, the status
 * bar and Markdown-preview banner, the exported HTML and markdown reports and `mou-check
 * --format html`. The client bundles this folder (and only this folder) of the core: it renders
 * what the server reports and never analyses anything itself.
 */
export type { FileReport } from '../report';
export { escapeHtml, escapeMarkdown } from './escape';
export {
  completenessView, completeText, statusBarText, targets, baseName, evidenceText, ASPECTS, STATUS_LABEL, STATUS_MARK, EVIDENCE_LABEL, OVERRULE_HINT,
  type CompletenessView, type ChecklistItem, type EvidenceLine, type PartyRow, type PartyCell, type Blank, type Target, type ItemStatus, type Aspect,
} from './view';
export {
  renderPreviewBody, renderSummary, renderCoreChecklist, renderPartyMatrix, renderRecommended, renderBlanks, renderTerm, renderNotAgreement, renderAgreementWhy,
  CALL_ACTIONS, type PreviewBodyOptions, type AgreementCall,
} from './html';
export { renderPreviewDocument, previewCsp, previewTitle, PREVIEW_SCRIPT, type WebviewShellOptions } from './webview';
export { renderReportHtml, reportCsp, type ReportHtmlOptions } from './report-html';
export { renderReportMarkdown, type ReportMarkdownOptions } from './markdown';
export { renderBanner } from './banner';
export { PREVIEW_CSS, REPORT_CSS } from './styles';
export { timelineText, type TermReport } from './timeline';
export { renderRegistryHtml } from './registry-html';
