/**
 * `dist/web/server.js`: the language server in a Web Worker (vscode.dev, github.dev and other
 * browsers). The same configureServer as the Node entry (server.ts) over the worker's messages;
 * what the Node server reads from disk is replaced at build time by the stand-ins beside this file
 * (scripts/esbuild-common.mjs webStandIns), so nothing here needs Node.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { configureServer } from '../lsp/connection';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as Port;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
// No cache directory: nothing is remembered between sessions in the browser.
configureServer(connection);
connection.listen();
