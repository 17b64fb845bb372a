/**
 * The "Partners" view in the Explorer: one item per partner organisation (from the server's
 * registry, protocol.ts PartnersRequest), its findings across agreements, then its agreements with
 * their status; under each agreement, the partner's contacts as that agreement writes them.
 * Clicking an agreement opens it.
 */
import * as path from 'node:path';
import { EventEmitter, MarkdownString, ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri, type Event, type TreeDataProvider } from 'vscode';
import type { Registry } from '../../../server/src/protocol';

export const PARTNERS_VIEW_ID = 'mou.partners';

type Partner = Registry['partners'][number];
type Agreement = Partner['agreements'][number];
type Finding = Partner['findings'][number];

export type PartnerNode =
  | { kind: 'partner'; partner: Partner }
  | { kind: 'finding'; partner: Partner; finding: Finding }
  | { kind: 'agreement'; partner: Partner; agreement: Agreement }
  | { kind: 'contact'; partner: Partner; agreement: Agreement; text: string };

const WARNING = new ThemeIcon('warning', new ThemeColor('problemsWarningIcon.foreground'));
const ERROR = new ThemeIcon('error', new ThemeColor('problemsErrorIcon.foreground'));
const PASS = new ThemeIcon('pass', new ThemeColor('testing.iconPassed'));
const STATUS_ICON: Record<string, ThemeIcon> = {
  current: PASS,
  expiring: WARNING,
  expired: ERROR,
  'unsigned-draft': new ThemeIcon('edit'),
  'not-started': new ThemeIcon('clock'),
  unknown: new ThemeIcon('question'),
};

const inForce = (a: Agreement) => a.status === 'current' || a.status === 'expiring';

export class PartnersTreeProvider implements TreeDataProvider<PartnerNode> {
  private readonly changed = new EventEmitter<PartnerNode | undefined>();
  readonly onDidChangeTreeData: Event<PartnerNode | undefined> = this.changed.event;
  private registry: Registry | undefined;

  set(registry: Registry | undefined): void {
    this.registry = registry;
    this.changed.fire(undefined);
  }

  getChildren(node?: PartnerNode): PartnerNode[] {
    if (!node) return (this.registry?.partners ?? []).map((partner) => ({ kind: 'partner', partner }));
    if (node.kind === 'partner') {
      return [
        ...node.partner.findings.map((finding): PartnerNode => ({ kind: 'finding', partner: node.partner, finding })),
        ...node.partner.agreements.map((agreement): PartnerNode => ({ kind: 'agreement', partner: node.partner, agreement })),
      ];
    }
    if (node.kind === 'agreement') return node.agreement.contacts.map((c): PartnerNode => ({ kind: 'contact', partner: node.partner, agreement: node.agreement, text: c.text }));
    return [];
  }

  getTreeItem(node: PartnerNode): TreeItem {
    switch (node.kind) {
      case 'partner':
        return partnerItem(node.partner);
      case 'finding': {
        const item = new TreeItem(node.finding.message, TreeItemCollapsibleState.None);
        item.id = `${node.partner.name}#${node.finding.code}#${node.finding.message}`;
        item.iconPath = WARNING;
        item.tooltip = `${node.finding.message} (${node.finding.code})`;
        item.contextValue = 'mou.partnerFinding';
        return item;
      }
      case 'agreement': {
        const a = node.agreement;
        const uri = Uri.parse(a.path);
        const item = new TreeItem(path.posix.basename(uri.path), a.contacts.length ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.None);
        item.id = `${node.partner.name}#${a.path}`;
        item.description = `${a.statusText} — ${a.why}`;
        item.iconPath = STATUS_ICON[a.status] ?? STATUS_ICON.unknown;
        item.tooltip = new MarkdownString().appendText(`${node.partner.name} in ${path.posix.basename(uri.path)} (as “${a.nameUsed}”): ${a.statusText}, ${a.why}`);
        item.resourceUri = uri;
        item.contextValue = 'mou.partnerAgreement';
        item.command = { command: 'vscode.open', title: 'Open Agreement', arguments: [uri, { preview: true }] };
        return item;
      }
      case 'contact': {
        const item = new TreeItem(node.text, TreeItemCollapsibleState.None);
        item.id = `${node.partner.name}#${node.agreement.path}#${node.text}`;
        item.iconPath = new ThemeIcon('person');
        item.contextValue = 'mou.partnerContact';
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function partnerItem(p: Partner): TreeItem {
  const item = new TreeItem(p.name, TreeItemCollapsibleState.Collapsed);
  item.id = `partner#${p.name}`;
  const statuses = [...new Set(p.agreements.map((a) => a.statusText))].join(', ');
  item.description = `${p.home ? 'your organisation · ' : ''}${p.agreements.length} agreement${p.agreements.length === 1 ? '' : 's'} · ${statuses}`;
  item.iconPath = p.home ? new ThemeIcon('home') : p.findings.length ? WARNING : p.agreements.some(inForce) ? PASS : ERROR;
  const md = new MarkdownString().appendMarkdown('**').appendText(p.name).appendMarkdown('**');
  if (p.names.length > 1) md.appendMarkdown('  \n').appendText(`also written: ${p.names.filter((n) => n !== p.name).join(', ')}`);
  item.tooltip = md;
  item.contextValue = 'mou.partner';
  return item;
}
