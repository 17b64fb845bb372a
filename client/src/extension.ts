/**
 * MOU Author client: starts the language server for markdown files and stays thin.
 * Everything the user sees comes from the server (diagnostics, later fixes and reports).
 */
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview, extendMarkdownIt } from './preview';
import { registerCommands } from './commands';
import { RestartPolicy } from './restart';
import { SERVER_NODE_OPTIONS, serverEnv } from '../../server/src/startup/node-options';
import { CONFIG_FILE } from '../../server/src/protocol';
import { registerWorkspace, type WorkspaceApi } from './workspace';
import { AgreementCalls, registerAgreementCalls } from './agreementCall';
import { registerImportExport } from './importExport';
import { registerPartners, type PartnersApi } from './partners';
import { registerDeadlines } from './deadlines';
import { checkDocuments, DESKTOP_DOCUMENTS } from './documents';

let client: LanguageClient | undefined;

export interface MouApi {
  client: LanguageClient;
  /** VS Code's Markdown preview calls this (contributes["markdown.markdownItPlugins"]) to add the completeness banner. */
  extendMarkdownIt: <T>(md: T) => T;
  /** The Agreements view and workspace check (for tests). */
  agreements: WorkspaceApi;
  /** The Partners view (for tests). */
  partners: PartnersApi;
  /** The Node options the server process is started with (server/src/startup/node-options.ts). */
  serverNodeOptions: readonly string[];
  /** A person's calls on which files are agreements (for tests). */
  agreementCalls: AgreementCalls;
}

export async function activate(context: ExtensionContext): Promise<MouApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Node options and environment for speed (server/src/startup/node-options.ts). The server's caches (V8's
  // compiled code, remembered findings: server/src/startup/cache-dir.ts) live in the extension's private storage.
  const options = {
    execArgv: [...SERVER_NODE_OPTIONS],
    env: { ...serverEnv(process.env), MOU_CACHE_DIR: path.join(context.globalStorageUri.fsPath, 'cache') },
  };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options },
    debug: { module, transport: TransportKind.ipc, options },
  };
  const restartPolicy = new RestartPolicy();
  // Which files a person said are (or are not) agreements: sent on every start, so a restart keeps them.
  const agreementCalls = new AgreementCalls(context.workspaceState);
  const clientOptions: LanguageClientOptions = {
    errorHandler: restartPolicy,
    initializationOptions: () => agreementCalls.initializationOptions(),
    documentSelector: checkDocuments(DESKTOP_DOCUMENTS),
    diagnosticPullOptions: { onChange: true, onSave: true },
    // Editing a .mou.json re-checks open agreements at once.
    synchronize: { fileEvents: workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`) },
  };
  client = new LanguageClient('mou', 'MOU Author', serverOptions, clientOptions);
  context.subscriptions.push(
    client,
    commands.registerCommand('mou.restartServer', async () => {
      restartPolicy.reset();
      await client?.restart();
    }),
  );
  await client.start();
  agreementCalls.connect(client);
  registerCommands(context, client);
  const preview = registerPreview(context, client, agreementCalls);
  registerAgreementCalls(context, agreementCalls, () => window.activeTextEditor?.document.uri ?? preview.document());
  const agreements = registerWorkspace(context, client);
  // Word and PDF: import and export commands (importExport.ts).
  registerImportExport(context, client);
  const partners = registerPartners(context, client);
  registerDeadlines(context, client);
  return { client, extendMarkdownIt, agreements, partners, serverNodeOptions: SERVER_NODE_OPTIONS, agreementCalls };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
