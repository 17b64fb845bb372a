/**
 * The Partners view (issue 21): the server's partner registry of the workspace's agreements
 * (protocol.ts PartnersRequest), shown by tree.ts. It loads when the view is first shown and
 * keeps itself up to date: markdown files created, changed or deleted, a .mou.json edited,
 * `mou.*` settings or workspace folders changed reload it (debounced; while the view is hidden it
 * only notes that it is stale, and reloads when shown).
 */
import { commands, EventEmitter, window, workspace, type Event, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MARKDOWN_GLOB, PartnersRequest, type Registry } from '../../../server/src/protocol';
import { PARTNERS_VIEW_ID, PartnersTreeProvider } from './tree';

export const REFRESH_PARTNERS_COMMAND = 'mou.refreshPartners';
export const DEBOUNCE_MS = 500;

/** What activate() exposes, for the end-to-end tests. */
export interface PartnersApi {
  readonly treeDataProvider: PartnersTreeProvider;
  /** The registry last loaded (undefined before the first load). */
  registry(): Registry | undefined;
  /** Fires after each load. */
  readonly onDidChange: Event<Registry>;
  /** Load now. */
  refresh(): Promise<Registry | undefined>;
}

export function registerPartners(context: ExtensionContext, client: LanguageClient): PartnersApi {
  const treeDataProvider = new PartnersTreeProvider();
  const view = window.createTreeView(PARTNERS_VIEW_ID, { treeDataProvider, showCollapseAll: true });
  const changed = new EventEmitter<Registry>();
  let registry: Registry | undefined;
  let running: Promise<Registry | undefined> | undefined;
  let again = false;
  let stale = true;
  let timer: NodeJS.Timeout | undefined;

  const folders = () => (workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.toString());

  const load = async (): Promise<Registry | undefined> => {
    stale = false;
    const next = await client.sendRequest(PartnersRequest, { folders: folders() });
    registry = next;
    treeDataProvider.set(next);
    const attention = next.partners.filter((p) => p.findings.length).length;
    view.badge = attention ? { value: attention, tooltip: `${attention} partner${attention === 1 ? ' needs' : 's need'} attention` } : undefined;
    changed.fire(next);
    return next;
  };

  /** One load at a time; a request for another while one runs loads once more after it. */
  const refresh = async (): Promise<Registry | undefined> => {
    if (running) {
      again = true;
      await running.catch(() => undefined);
      if (running) return running;
    }
    again = false;
    running = Promise.resolve(window.withProgress({ location: { viewId: PARTNERS_VIEW_ID } }, load));
    try {
      return await running;
    } catch (e) {
      client.warn(`MOU: reading the partners failed: ${(e as Error)?.message ?? e}`, undefined, false);
      return undefined;
    } finally {
      running = undefined;
      if (again) void refresh();
    }
  };

  const schedule = () => {
    stale = true;
    if (!view.visible) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void refresh();
    }, DEBOUNCE_MS);
  };

  const markdown = workspace.createFileSystemWatcher(MARKDOWN_GLOB);
  const config = workspace.createFileSystemWatcher('**/.mou.json');
  context.subscriptions.push(
    treeDataProvider,
    view,
    changed,
    markdown,
    config,
    markdown.onDidCreate(schedule),
    markdown.onDidChange(schedule),
    markdown.onDidDelete(schedule),
    config.onDidCreate(schedule),
    config.onDidChange(schedule),
    config.onDidDelete(schedule),
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mou') && schedule()),
    workspace.onDidChangeWorkspaceFolders(schedule),
    view.onDidChangeVisibility((e) => e.visible && stale && void refresh()),
    commands.registerCommand(REFRESH_PARTNERS_COMMAND, refresh),
    { dispose: () => timer && clearTimeout(timer) },
  );
  if (view.visible) void refresh();
  return { treeDataProvider, registry: () => registry, onDidChange: changed.event, refresh };
}
