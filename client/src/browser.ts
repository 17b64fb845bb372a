/**
 * MOU Author in the browser (vscode.dev, github.dev): package.json's `browser` entry. The same
 * language server as on the desktop, built for a Web Worker (dist/web/server.js, from
 * server/src/web/server.ts), so the findings and quick fixes are the same. The desktop client is
 * extension.ts; what needs the desktop (Node) says so when asked for (BROWSER_LIMITS).
 */
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { AgreementCalls, registerAgreementCalls } from './agreementCall';
import { registerCommands } from './commands';
import { BROWSER_DOCUMENTS, checkDocuments } from './documents';
import { extendMarkdownIt, registerPreview } from './preview';
import { registerWorkspace, type WorkspaceApi } from './workspace';
import { serveHostFiles } from './hostFiles';
import { CONFIG_FILE } from '../../server/src/protocol';

/** The browser's Worker, Blob and object URLs (the client is type-checked without the DOM library). */
type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string) => WorkerPort;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * Where the worker loads the server from. An extension served over http(s) (the Marketplace's
 * CDN on vscode.dev and github.dev) gives its URL. VS Code cannot start a worker from other
 * extension locations: "Creating workers from remote extensions is currently not supported" for
 * vscode-remote: (code-server, Codespaces), nor can a worker fetch a .vsix install's storage. So
 * there the bundle is read with workspace.fs, which reads any extension location, into a blob: URL.
 */
export async function serverScriptUrl(extensionUri: Uri): Promise<string> {
  const server = Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (server.scheme === 'https' || server.scheme === 'http') return server.toString(true);
  const bytes = await workspace.fs.readFile(server);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }));
}

/**
 * vscode-languageclient/browser's LanguageClient, but with a new worker on every start: after a
 * stop (the server was told to exit) the old worker is ended, so "Restart Language Server" works.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker?: WorkerPort;

  private serverUrl?: Promise<string>;

  constructor(private readonly extensionUri: Uri, clientOptions: LanguageClientOptions) {
    super('mou', 'MOU Author', clientOptions);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    // Read once: a restart starts a new worker from the same URL.
    const url = await (this.serverUrl ??= serverScriptUrl(this.extensionUri));
    const worker = (this.worker = new Worker(url));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  override async dispose(timeout?: number): Promise<void> {
    await super.dispose(timeout);
    this.worker?.terminate();
  }
}

let client: WorkerLanguageClient | undefined;

/** Commands of package.json that need the desktop version, and why (said when they are run). */
export const BROWSER_LIMITS: Record<string, string> = {
  'mou.importDocument': 'Importing Word and PDF files needs the desktop version of VS Code (the converters need Node.js).',
  'mou.exportDocx': 'Exporting to Word needs the desktop version of VS Code (the converter needs Node.js).',
  'mou.offerImport': 'Importing Word and PDF files needs the desktop version of VS Code (the converters need Node.js).',
  'mou.refreshPartners': 'The Partners view needs the desktop version of VS Code: it reads every agreement in the workspace.',
  'mou.exportDeadlines': 'Exporting deadlines to a calendar needs the desktop version of VS Code: it reads every agreement in the workspace.',
};

export interface MouWebApi {
  client: BaseLanguageClient;
  agreementCalls: AgreementCalls;
  /** The Agreements view and workspace check (for tests). */
  agreements: WorkspaceApi;
  /** VS Code's Markdown preview calls this (contributes["markdown.markdownItPlugins"]) to add the completeness banner. */
  extendMarkdownIt: <T>(md: T) => T;
}

export async function activate(context: ExtensionContext): Promise<MouWebApi> {
  const agreementCalls = new AgreementCalls(context.workspaceState);
  const clientOptions: LanguageClientOptions = {
    initializationOptions: () => agreementCalls.initializationOptions(),
    // Every scheme: on vscode.dev and github.dev files are vscode-vfs:, vscode-test-web:, …
    documentSelector: checkDocuments(BROWSER_DOCUMENTS),
    diagnosticPullOptions: { onChange: true, onSave: true },
    // As on the desktop: editing a .mou.json re-checks open agreements at once (the server reads it through hostFiles.ts).
    synchronize: { fileEvents: workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
  };
  client = new WorkerLanguageClient(context.extensionUri, clientOptions);
  context.subscriptions.push(
    client,
    commands.registerCommand('mou.restartServer', async () => {
      await client?.stop();
      await client?.start();
    }),
    ...Object.entries(BROWSER_LIMITS).map(([command, why]) => commands.registerCommand(command, () => void window.showInformationMessage(why))),
  );
  // Before start: the server asks for .mou.json files as soon as the first agreement opens.
  context.subscriptions.push(...serveHostFiles(client));
  await client.start();
  agreementCalls.connect(client);
  registerCommands(context, client);
  // The completeness preview, the status bar, the Markdown-preview banner and report export: the desktop's own modules.
  const preview = registerPreview(context, client, agreementCalls);
  registerAgreementCalls(context, agreementCalls, () => window.activeTextEditor?.document.uri ?? preview.document());
  // The Agreements view and the workspace check: the server lists and reads the files through hostFiles.ts.
  const agreements = registerWorkspace(context, client);
  return { client, agreementCalls, extendMarkdownIt, agreements };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
