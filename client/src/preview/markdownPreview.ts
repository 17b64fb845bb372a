/**
 * A banner with the score and the missing sections at the top of VS Code's own Markdown
 * preview (`contributes.markdown.markdownItPlugins`). markdown-it renders synchronously, so
 * the banner shows the last report the ReportStore holds for the document; when a report
 * changes what the banner says, open Markdown previews are refreshed.
 * Switched off with the `mou.markdownPreviewBanner` setting.
 */
import { Disposable, TabInputWebview, Uri, commands, window, workspace } from 'vscode';
import { renderBanner } from '../../../server/src/core/render';
import type { ReportStore } from './reports';

export const BANNER_SETTING = 'markdownPreviewBanner';

let store: ReportStore | undefined;

function enabled(uri: Uri | undefined): boolean {
  return workspace.getConfiguration('mou', uri).get<boolean>(BANNER_SETTING, true) !== false;
}

/** The banner for a document about to be rendered, or ''. */
export function bannerFor(uri: Uri | undefined): string {
  if (!uri || !store || !enabled(uri)) return '';
  return renderBanner(store.get(uri)?.report);
}

interface MarkdownIt {
  renderer: { render(tokens: unknown[], options: unknown, env: unknown): string };
}

/**
 * The markdown-it plugin VS Code's Markdown preview calls with its engine. The preview passes
 * the document being rendered as `env.currentDocument`.
 */
export function extendMarkdownIt<T>(md: T): T {
  const engine = md as unknown as MarkdownIt;
  const render = engine.renderer.render.bind(engine.renderer);
  engine.renderer.render = (tokens, options, env) => {
    const html = render(tokens, options, env);
    try {
      // A vscode.Uri, though possibly not of our copy of the API: go through its string form.
      const current = (env as { currentDocument?: { scheme?: unknown; toString(): string } } | undefined)?.currentDocument;
      return bannerFor(current && typeof current.scheme === 'string' ? Uri.parse(current.toString()) : undefined) + html;
    } catch {
      return html; // never break the user's preview
    }
  };
  return md;
}

function markdownPreviewOpen(): boolean {
  return window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof TabInputWebview && /markdown\.preview/.test(t.input.viewType)));
}

/** Connect the banner to the reports; refresh open Markdown previews when a banner changes. */
export function registerMarkdownPreviewBanner(reports: ReportStore): Disposable {
  store = reports;
  const shown = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (markdownPreviewOpen()) void commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    }, 100);
  };
  const subscriptions = [
    reports.onDidChange(({ uri }) => {
      const banner = bannerFor(uri);
      if ((shown.get(uri.toString()) ?? '') === banner) return;
      shown.set(uri.toString(), banner);
      refresh();
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`mou.${BANNER_SETTING}`)) {
        shown.clear();
        refresh();
      }
    }),
    workspace.onDidCloseTextDocument((doc) => shown.delete(doc.uri.toString())),
  ];
  return new Disposable(() => {
    clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
    if (store === reports) store = undefined;
  });
}
