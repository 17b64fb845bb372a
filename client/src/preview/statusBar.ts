/**
 * "MOU 3/5" in the status bar while an agreement is the active document (core sections present
 * of required), with what is missing or weak in its tooltip; a click opens the preview. Also
 * keeps the `mou.isAgreement` context key (the editor-title button's `when`) in step.
 */
import { Disposable, MarkdownString, StatusBarAlignment, commands, window, type StatusBarItem, type TextEditor, type Uri } from 'vscode';
import { completeText, completenessView, statusBarText, type FileReport } from '../../../server/src/core/render';
import { isChecked, type ReportStore } from './reports';

export const CONTEXT_KEY = 'mou.isAgreement';

export interface StatusState {
  visible: boolean;
  text: string;
  tooltip: string;
  isAgreement: boolean;
}

export function tooltipFor(report: FileReport): MarkdownString {
  const v = completenessView(report);
  const md = new MarkdownString(undefined, true);
  md.appendMarkdown(`**MOU completeness ${v.percent}%** — `).appendText(`${completeText(v)}.`).appendMarkdown('\n\n');
  for (const s of v.missing) md.appendMarkdown('$(error) Missing: ').appendText(s.title).appendMarkdown('\n\n');
  for (const s of v.weak) md.appendMarkdown('$(warning) Weak: ').appendText(`${s.title} — ${s.reason}`).appendMarkdown('\n\n');
  if (v.blanks.length) md.appendMarkdown('$(edit) ').appendText(`${v.blanks.length} blank${v.blanks.length === 1 ? '' : 's'} to fill in`).appendMarkdown('\n\n');
  if (v.ready) md.appendMarkdown('$(pass) ').appendText('Ready to sign.').appendMarkdown('\n\n');
  md.appendMarkdown('Click to open the completeness preview.');
  return md;
}

export class CompletenessStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];
  private uri?: Uri;
  private isAgreement = false;

  constructor(private readonly store: ReportStore) {
    this.item = window.createStatusBarItem('mou.completeness', StatusBarAlignment.Right, 100);
    this.item.name = 'MOU Completeness';
    this.item.command = { title: 'Open Completeness Preview', command: 'mou.openPreview' };
    this.subscriptions.push(
      this.item,
      window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      store.onDidChange(({ uri }) => {
        if (this.uri?.toString() === uri.toString()) this.update();
      }),
    );
    this.follow(window.activeTextEditor);
  }

  private follow(editor: TextEditor | undefined): void {
    // With the preview (or any other webview or panel) focused there is no active text editor:
    // keep showing the agreement last worked on.
    if (!editor) return;
    this.uri = isChecked(editor.document) ? editor.document.uri : undefined;
    this.update();
  }

  private update(): void {
    const report = this.uri ? this.store.get(this.uri)?.report : undefined;
    const isAgreement = !!report?.isAgreement;
    if (isAgreement !== this.isAgreement) {
      this.isAgreement = isAgreement;
      void commands.executeCommand('setContext', CONTEXT_KEY, isAgreement);
    }
    if (!report?.isAgreement) {
      this.item.hide();
      return;
    }
    const v = completenessView(report);
    this.item.text = statusBarText(v);
    this.item.tooltip = tooltipFor(report);
    this.item.accessibilityInformation = { label: `MOU completeness ${v.percent} percent: ${completeText(v)}. Open the completeness preview.`, role: 'button' };
    this.item.show();
  }

  state(): StatusState {
    const tooltip = this.item.tooltip;
    return {
      visible: this.isAgreement,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '',
      isAgreement: this.isAgreement,
    };
  }

  dispose(): void {
    void commands.executeCommand('setContext', CONTEXT_KEY, false);
    for (const s of this.subscriptions) s.dispose();
  }
}
