/**
 * A person's call on whether a file is an agreement (issue #19): "MOU: Check This File as an
 * Agreement", "MOU: Stop Checking This File as an Agreement" and "MOU: Let MOU Author Decide
 * Whether This Is an Agreement". Nothing is written into the file: the call is kept per file in
 * the workspace's state and sent to the server (server/src/protocol.ts AgreementCallRequest), which
 * checks the file accordingly; on every server start the calls go along in initializationOptions.
 * Writing `agreement: true` into the front matter is a separate command, only on request, as an
 * edit in the editor (undoable, not saved).
 */
import {
  EventEmitter, Position, Range, Selection, WorkspaceEdit, commands, window, workspace,
  type Disposable, type Event, type ExtensionContext, type Memento, type TextDocument, type Uri,
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/node';
import { AgreementCallRequest, type AgreementCallResult, type InitializationOptions } from '../../server/src/protocol';
import { frontMatterDeclaringAgreement } from './frontMatter';

const STATE_KEY = 'mou.agreementCalls';
/** 'check', 'skip' or '' for the active editor's file (the commands' `when` clauses). */
export const CALL_CONTEXT = 'mou.agreementCall';

export const COMMANDS = {
  check: 'mou.checkAsAgreement',
  stop: 'mou.stopCheckingAsAgreement',
  forget: 'mou.forgetAgreementCall',
  writeFrontMatter: 'mou.declareAgreementInFrontMatter',
} as const;

/** The calls made in this workspace, by document URI. */
export class AgreementCalls implements Disposable {
  private readonly changed = new EventEmitter<{ uri: string; call: boolean | undefined; result?: AgreementCallResult }>();
  /** Fires once the server has re-checked the file under the new call. */
  readonly onDidChange: Event<{ uri: string; call: boolean | undefined; result?: AgreementCallResult }> = this.changed.event;
  private client?: LanguageClient;

  constructor(private readonly memento: Memento) {}

  all(): Record<string, boolean> {
    const stored = this.memento.get<Record<string, unknown>>(STATE_KEY) ?? {};
    return Object.fromEntries(Object.entries(stored).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  }

  get(uri: Uri | string): boolean | undefined {
    return this.all()[uri.toString()];
  }

  /** What the client sends in `initialize` (evaluated on every start and restart). */
  initializationOptions(): InitializationOptions {
    return { agreementCalls: this.all() };
  }

  connect(client: LanguageClient): void {
    this.client = client;
  }

  /** Remember the call (undefined: forget it) and have the server re-check the file. */
  async set(uri: Uri, call: boolean | undefined): Promise<AgreementCallResult | undefined> {
    const key = uri.toString();
    const calls = this.all();
    if (call === undefined) delete calls[key];
    else calls[key] = call;
    await this.memento.update(STATE_KEY, calls);
    let result: AgreementCallResult | undefined;
    if (this.client?.isRunning()) result = await this.client.sendRequest(AgreementCallRequest, { uri: key, agreement: call ?? null });
    this.changed.fire({ uri: key, call, ...(result ? { result } : {}) });
    return result;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The commands, and the context key that says which of them fit the active editor's file.
 * `document()` is the file a command applies to when it is not given one (the active editor's,
 * or the one the preview shows).
 */
export function registerAgreementCalls(context: ExtensionContext, calls: AgreementCalls, document: () => Uri | undefined): void {
  const updateContext = () => {
    const uri = window.activeTextEditor?.document.uri;
    const call = uri ? calls.get(uri) : undefined;
    void commands.executeCommand('setContext', CALL_CONTEXT, call === true ? 'check' : call === false ? 'skip' : '');
  };
  const target = async (arg: unknown): Promise<TextDocument | undefined> => {
    const uri = isUri(arg) ? arg : document();
    const doc = uri ? await workspace.openTextDocument(uri) : undefined;
    if (!doc || doc.languageId !== 'markdown') {
      void window.showInformationMessage('Open a markdown file first.');
      return undefined;
    }
    return doc;
  };
  const name = (doc: TextDocument) => doc.uri.path.replace(/^.*\//, '') || doc.uri.toString();

  context.subscriptions.push(
    calls,
    calls.onDidChange(updateContext),
    window.onDidChangeActiveTextEditor(updateContext),
    commands.registerCommand(COMMANDS.check, async (arg?: unknown) => {
      const doc = await target(arg);
      if (!doc) return undefined;
      const result = await calls.set(doc.uri, true);
      const write = 'Write It into the File';
      // Offered, never done unasked: the front matter makes the choice travel with the file (CI, other editors).
      if (!frontMatterDeclaringAgreement(doc.getText()).declared) {
        void window.showInformationMessage(
          `MOU Author now checks ${name(doc)} as an agreement. Nothing was written into the file; to make the choice travel with it (for mou-check and other editors), write “agreement: true” into its front matter.`,
          write,
        ).then((choice) => (choice === write ? commands.executeCommand(COMMANDS.writeFrontMatter, doc.uri) : undefined));
      }
      return result;
    }),
    commands.registerCommand(COMMANDS.stop, async (arg?: unknown) => {
      const doc = await target(arg);
      return doc ? calls.set(doc.uri, false) : undefined;
    }),
    commands.registerCommand(COMMANDS.forget, async (arg?: unknown) => {
      const doc = await target(arg);
      return doc ? calls.set(doc.uri, undefined) : undefined;
    }),
    commands.registerCommand(COMMANDS.writeFrontMatter, async (arg?: unknown) => {
      const doc = await target(arg);
      if (!doc) return false;
      const change = frontMatterDeclaringAgreement(doc.getText());
      if (change.declared) {
        void window.showInformationMessage(`${name(doc)} already says “agreement: true” in its front matter.`);
        return false;
      }
      const edit = new WorkspaceEdit();
      const range = new Range(doc.positionAt(change.start), doc.positionAt(change.end));
      if (change.start === change.end) edit.insert(doc.uri, range.start, change.text);
      else edit.replace(doc.uri, range, change.text);
      const applied = await workspace.applyEdit(edit);
      if (applied) {
        const editor = await window.showTextDocument(doc, { preview: false });
        const at = doc.positionAt(change.start + change.text.indexOf('agreement: true'));
        editor.selection = new Selection(at, new Position(at.line, at.character + 'agreement: true'.length));
      }
      return applied;
    }),
  );
  updateContext();
}

function isUri(value: unknown): value is Uri {
  return !!value && typeof value === 'object' && typeof (value as Uri).scheme === 'string' && typeof (value as Uri).fsPath === 'string';
}
