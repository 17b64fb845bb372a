/**
 * `mou-language-server`: the entry point, the one place that makes a connection and may end the
 * process. Everything else is in lsp/ (configureServer: the server on any connection). Started by
 * the loader (startup/launch.ts), which calls `main()` with what it did; started directly
 * (`node dist/server.bundle.js --stdio`), it runs on its own.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { configureServer } from './lsp/connection';
import { buildStamp, cacheDir } from './startup/cache-dir';
import type { LaunchInfo } from './startup/launch-info';

export function main(launch: LaunchInfo = {}): void {
  if (!process.argv.some((a) => /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
    process.stderr.write('mou-language-server: start it with --stdio (or --node-ipc) from an LSP client, e.g. `mou-language-server --stdio`.\n');
    process.exit(2);
  }
  const connection = createConnection(ProposedFeatures.all);
  // Remembered entries are valid for this build only (the bundle's path, size and time, and Node).
  const stamp = buildStamp(__filename);
  const session = configureServer(connection, { cacheDir: cacheDir(), identity: stamp && `${__filename}-${stamp}`, launch });
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`mou: unexpected error: ${(reason as Error)?.stack ?? reason}`);
  });
  // Remembered findings not yet written go to disk before the server exits.
  process.on('exit', session.flush);
  connection.listen();
}

if (require.main === module) main();
