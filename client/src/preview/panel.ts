/**
 * The completeness preview: one webview panel beside the editor that shows the report of the
 * active markdown document and follows the active editor. Its HTML comes from the shared
 * renderers (server/src/core/render); this file only wires it to VS Code.
 *
 * Security: scripts are enabled for the one nonce'd script of renderPreviewDocument, under its
 * strict CSP; local resources are limited to the extension's folder (and none are used); the
 * webview can only send back an item's key, and where that key leads is looked up here.
 */
import {
  CodeActionKind, Disposable, EventEmitter, Position, Range, TextEditorRevealType, ViewColumn, commands, window, workspace,
  type CodeAction, type Command, type Event, type ExtensionContext, type TextDocument, type TextEditor, type Uri, type WebviewPanel,
} from 'vscode';
import {
  CALL_ACTIONS, completenessView, previewTitle, renderPreviewBody, renderPreviewDocument, targets, baseName,
  type CompletenessView, type FileReport, type Target,
} from '../../../server/src/core/render';
import { nonce } from './nonce';
import { COMMANDS, type AgreementCalls } from '../agreementCall';
import { isChecked, type ReportEntry, type ReportStore } from './reports';

export const VIEW_TYPE = 'mou.preview';

/** What the webview may send. Anything else is ignored. */
type CallAction = (typeof CALL_ACTIONS)[keyof typeof CALL_ACTIONS];
type Message = { type: 'ready' } | { type: 'reveal'; key: string } | { type: 'export' } | { type: 'rendered'; seq: number } | { type: 'call'; action: CallAction };

/** The command behind each of the webview's call buttons (applied to the document the panel shows). */
const CALL_COMMANDS: Record<CallAction, string> = {
  [CALL_ACTIONS.check]: COMMANDS.check,
  [CALL_ACTIONS.stop]: COMMANDS.stop,
  [CALL_ACTIONS.forget]: COMMANDS.forget,
};

function parseMessage(raw: unknown): Message | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'ready' || m.type === 'export') return { type: m.type };
  if (m.type === 'reveal' && typeof m.key === 'string' && m.key.length < 200) return { type: 'reveal', key: m.key };
  if (m.type === 'rendered' && Number.isSafeInteger(m.seq)) return { type: 'rendered', seq: m.seq as number };
  if (m.type === 'call' && typeof m.action === 'string' && Object.prototype.hasOwnProperty.call(CALL_COMMANDS, m.action)) return { type: 'call', action: m.action as CallAction };
  return undefined;
}

export interface Selected {
  uri: string;
  line: number;
  character: number;
  fix: boolean;
}

/** What the panel shows, for the test-only state command. */
export interface PanelState {
  open: boolean;
  visible: boolean;
  uri?: string;
  /** The document version of the report shown (-1: none). */
  version: number;
  report: FileReport | null;
  /** The body the webview was last given. */
  html: string;
  /** The webview's script has put that body on screen (it said so). */
  displayed: boolean;
}

/** Does MOU Author offer a quick fix for one of its findings at this position? */
async function hasMouQuickFix(uri: Uri, pos: Position): Promise<boolean> {
  try {
    const actions = await commands.executeCommand<Array<CodeAction | Command> | undefined>(
      'vscode.executeCodeActionProvider', uri, new Range(pos, pos), CodeActionKind.QuickFix.value);
    return (actions ?? []).some((a) => 'diagnostics' in a && a.diagnostics?.some((d) => d.source === 'mou'));
  } catch {
    return false;
  }
}

export class PreviewPanel implements Disposable {
  private panel?: WebviewPanel;
  private uri?: Uri;
  private ready = false;
  private shown?: { uri: string; version: number; report: FileReport | null; html: string; view?: CompletenessView; seq: number };
  /** Numbers the bodies posted to the webview; `displayed` is the last one it put on screen. */
  private seq = 0;
  private displayed = -1;
  private readonly rendered = new EventEmitter<void>();
  private readonly subscriptions: Disposable[] = [];
  /** Fires after the webview has been given a new report, and after it has put one on screen. */
  readonly onDidRender: Event<void> = this.rendered.event;

  constructor(
    private readonly context: ExtensionContext,
    private readonly store: ReportStore,
    private readonly exportReport: (uri: Uri) => unknown,
    private readonly calls: AgreementCalls,
  ) {
    this.subscriptions.push(
      this.rendered,
      store.onDidChange(({ uri }) => {
        if (this.panel && this.uri?.toString() === uri.toString()) this.render();
      }),
      window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
  }

  get document(): Uri | undefined {
    return this.uri;
  }

  /** Open the preview beside the editor for `doc` (or reveal it and switch to `doc`). */
  open(doc: TextDocument): void {
    this.uri = doc.uri;
    void this.store.current(doc); // ask now if there is no report for this version yet
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.render();
      return;
    }
    const panel = window.createWebviewPanel(
      VIEW_TYPE,
      `Completeness: ${baseName(doc.uri.path)}`,
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        retainContextWhenHidden: false,
        localResourceRoots: [this.context.extensionUri],
      },
    );
    this.panel = panel;
    const own: Disposable[] = [];
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
      this.ready = false;
      this.displayed = -1;
      for (const d of own) d.dispose();
    });
    panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw), undefined, own);
    // Without retained context a hidden webview is rebuilt from its HTML when shown again
    // (this event also fires when the panel only gains or loses focus: then nothing changes).
    let wasVisible = panel.visible;
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible && !wasVisible) this.render(true);
      wasVisible = webviewPanel.visible;
    }, undefined, own);
    this.render(true);
  }

  /** Follow the active editor: another markdown document becomes the one shown. */
  private follow(editor: TextEditor | undefined): void {
    if (!this.panel || !editor || !isChecked(editor.document)) return;
    if (this.uri?.toString() === editor.document.uri.toString()) return;
    this.uri = editor.document.uri;
    if (!this.store.get(this.uri)?.report) void this.store.current(editor.document);
    this.render();
  }

  private current(): ReportEntry {
    return (this.uri && this.store.get(this.uri)) || { version: -1, report: null };
  }

  /** Give the webview the current report: the whole document (first time, or rebuilt), else a new body. */
  private render(whole = false): void {
    const panel = this.panel;
    if (!panel || !this.uri) return;
    const entry = this.current();
    const uri = this.uri.toString();
    const checking = entry.report ? undefined : baseName(this.uri.path);
    const call = this.calls.get(this.uri);
    const body = renderPreviewBody(entry.report, { exportButton: true, checking, call });
    const title = entry.report ? previewTitle(entry.report) : `Completeness: ${baseName(this.uri.path)}`;
    panel.title = title;
    const previous = this.shown;
    const view = entry.report?.isAgreement ? completenessView(entry.report) : undefined;
    const changed = whole || previous?.html !== body || previous.uri !== uri;
    const seq = changed || !previous ? ++this.seq : previous.seq;
    this.shown = { uri, version: entry.version, report: entry.report, html: body, view, seq };
    if (whole) {
      // The webview says 'ready' once its script runs; it is then sent the latest body by number.
      this.ready = false;
      panel.webview.html = renderPreviewDocument(entry.report, { cspSource: panel.webview.cspSource, nonce: nonce(), exportButton: true, checking, call });
    } else if (this.ready && changed) {
      const announce = view && (previous?.view?.percent !== view.percent || previous.uri !== uri)
        ? `Completeness ${view.percent} percent, ${view.complete} of ${view.required} core sections complete.`
        : undefined;
      void panel.webview.postMessage({ type: 'render', html: body, title, seq, ...(announce ? { announce } : {}) });
    }
    this.rendered.fire();
  }

  private onMessage(raw: unknown): void {
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      // Send the current body by number, so that its 'rendered' answer says it is on screen.
      if (this.panel && this.shown) {
        const { html, seq } = this.shown;
        void this.panel.webview.postMessage({ type: 'render', html, title: this.panel.title, seq });
      }
    } else if (message.type === 'rendered') {
      this.displayed = message.seq;
      this.rendered.fire();
    } else if (message.type === 'reveal') {
      void this.select(message.key);
    } else if (message.type === 'export' && this.uri) {
      void this.exportReport(this.uri);
    } else if (message.type === 'call' && this.uri) {
      void commands.executeCommand(CALL_COMMANDS[message.action], this.uri);
    }
  }

  /**
   * What a click on an item does: reveal its place in the editor (the insertion point of a
   * missing section) with the cursor there and, for a gap, open the quick-fix menu at it.
   */
  async select(key: string): Promise<Selected | undefined> {
    const uri = this.uri;
    const view = this.shown?.view;
    if (!uri || !view) return undefined;
    const target: Target | undefined = targets(view).get(key);
    if (!target) return undefined;
    const doc = await workspace.openTextDocument(uri);
    let pos = doc.validatePosition(new Position(target.line, target.character));
    // A missing section's fixes may be offered only on its finding (the title line), not at the
    // insertion point: then the cursor goes to the finding, where the menu has them.
    if (target.fix && target.fixAt && !(await hasMouQuickFix(uri, pos))) {
      pos = doc.validatePosition(new Position(target.fixAt.line, target.fixAt.character));
    }
    const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (this.panel?.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One);
    const editor = await window.showTextDocument(doc, { viewColumn: column, preserveFocus: false, preview: false, selection: new Range(pos, pos) });
    editor.revealRange(new Range(pos, pos), TextEditorRevealType.InCenterIfOutsideViewport);
    if (target.fix) await commands.executeCommand('editor.action.quickFix');
    return { uri: uri.toString(), line: pos.line, character: pos.character, fix: target.fix };
  }

  state(): PanelState {
    return {
      open: !!this.panel,
      visible: !!this.panel?.visible,
      ...(this.uri ? { uri: this.uri.toString() } : {}),
      version: this.shown?.version ?? -1,
      report: this.shown?.report ?? null,
      html: this.shown?.html ?? '',
      displayed: !!this.shown && this.displayed === this.shown.seq,
    };
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
