/**
 * The "Agreements" view in the Explorer: one item per agreement, worst first, with its score and
 * what is missing or weak; under it, one item per section that is not there yet. Clicking an
 * agreement opens it; clicking a section shows it (or, for a missing one, the agreement's title,
 * where its missing-section finding is).
 */
import {
  EventEmitter,
  MarkdownString,
  Range,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  workspace,
  type Command,
  type Event,
  type TextDocumentShowOptions,
  type TreeDataProvider,
} from 'vscode';
import { DOCUMENT_FILE } from '../../../server/src/protocol';
import { health, openSections, percent, summary, type Agreement, type AgreementsStore, type Health, type Section } from './store';

export const VIEW_ID = 'mou.agreements';

export type AgreementNode = { kind: 'agreement'; agreement: Agreement };
export type SectionNode = { kind: 'section'; agreement: Agreement; section: Section };
export type Node = AgreementNode | SectionNode;

const ICONS: Record<Health | 'missing' | 'weak', ThemeIcon> = {
  error: new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground')),
  missing: new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground')),
  warning: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  weak: new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground')),
  pass: new ThemeIcon('pass', new ThemeColor('testing.iconPassed')),
};

const MARK: Record<string, string> = { present: '$(pass)', weak: '$(warning)', missing: '$(error)', 'not-applicable': '$(circle-slash)' };

export class AgreementsTreeProvider implements TreeDataProvider<Node> {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData: Event<Node | undefined> = this.changed.event;
  /** The nodes last handed out, by id: getParent and reveal need the same objects. */
  private readonly nodes = new Map<string, AgreementNode>();

  constructor(private readonly store: AgreementsStore) {
    store.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      this.nodes.clear();
      return this.store.all().map((agreement) => {
        const n: AgreementNode = { kind: 'agreement', agreement };
        this.nodes.set(agreement.key, n);
        return n;
      });
    }
    if (node.kind === 'section') return [];
    return openSections(node.agreement.report).map((section) => ({ kind: 'section', agreement: node.agreement, section }));
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'section' ? this.nodes.get(node.agreement.key) ?? { kind: 'agreement', agreement: node.agreement } : undefined;
  }

  getTreeItem(node: Node): TreeItem {
    return node.kind === 'agreement' ? agreementItem(node.agreement) : sectionItem(node.agreement, node.section);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The agreement's folder, workspace-relative ('' at the root of a single folder). */
function folderOf(a: Agreement): string {
  const relative = workspace.asRelativePath(a.uri, (workspace.workspaceFolders?.length ?? 0) > 1);
  const slash = relative.lastIndexOf('/');
  return relative === a.uri.fsPath || slash < 0 ? '' : relative.slice(0, slash);
}

export function agreementItem(a: Agreement): TreeItem {
  const open = openSections(a.report);
  const item = new TreeItem(a.name, open.length ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
  item.id = a.key;
  const folder = folderOf(a);
  item.description = folder ? `${summary(a.report)} — ${folder}` : summary(a.report);
  item.iconPath = ICONS[health(a.report)];
  item.tooltip = tooltip(a, folder);
  item.contextValue = 'mou.agreement';
  item.command = openCommand(a, undefined, 'Open Agreement');
  return item;
}

export function sectionItem(a: Agreement, s: Section): TreeItem {
  const item = new TreeItem(s.title, TreeItemCollapsibleState.None);
  item.id = `${a.key}#${s.id}`;
  item.description = `${s.status} — ${s.reason}`;
  item.tooltip = new MarkdownString(undefined, true).appendMarkdown(`${MARK[s.status] ?? ''} **`).appendText(s.title).appendMarkdown(`** — ${s.status}\n\n`).appendText(s.reason);
  item.iconPath = ICONS[s.status === 'missing' ? 'missing' : 'weak'];
  item.contextValue = `mou.section.${s.status}`;
  item.command = openCommand(a, sectionRange(a, s), s.status === 'missing' ? 'Show Where It Is Missing' : 'Show Section');
  return item;
}

/** Where a section is; for a missing one, its missing-section finding (on the title), else the top. */
export function sectionRange(a: Agreement, s: Section): Range {
  const r = s.range ?? a.report.diagnostics.find((d) => d.section === s.id && d.code === 'missing-section')?.range;
  return r ? new Range(r.start.line, r.start.character, r.end.line, r.end.character) : new Range(0, 0, 0, 0);
}

function openCommand(a: Agreement, selection: Range | undefined, title: string): Command {
  const options: TextDocumentShowOptions = { preview: true, ...(selection ? { selection } : {}) };
  // A Word or PDF agreement is not opened as text: its import is offered (client/src/importExport.ts).
  if (DOCUMENT_FILE.test(a.uri.path)) return { command: 'mou.offerImport', title, arguments: [a.uri] };
  return { command: 'vscode.open', title, arguments: [a.uri, options] };
}

function tooltip(a: Agreement, folder: string): MarkdownString {
  const md = new MarkdownString(undefined, true);
  md.appendMarkdown('**').appendText(a.name).appendMarkdown(`** — completeness ${percent(a.report)}`);
  if (folder) md.appendMarkdown('  \n').appendText(folder);
  md.appendMarkdown('\n\n');
  for (const s of a.report.sections ?? []) {
    md.appendMarkdown(`- ${MARK[s.status] ?? ''} `).appendText(s.title).appendMarkdown(` — *${s.status}*`);
    if (s.status !== 'present') md.appendMarkdown(': ').appendText(s.reason);
    md.appendMarkdown('\n');
  }
  const others = a.report.diagnostics.filter((d) => d.code !== 'missing-section' && d.code !== 'weak-section' && (d.severity === 'error' || d.severity === 'warning')).length;
  if (others) md.appendMarkdown(`\n${others} other finding${others === 1 ? '' : 's'} (placeholders, parties, attachments…): see the Problems panel.`);
  return md;
}
