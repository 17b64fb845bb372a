/**
 * The Node options and environment the language server is started with. The VS Code client passes
 * them to the server process (execArgv, env), the protocol tests and the bench start it with them,
 * and the README gives them to other editors. Node reads them before any code runs, so the server
 * cannot set them itself; without them it works the same, only slower.
 *
 * --v8-pool-size=0  Node sizes V8's background threads (compilers, GC helpers) to the machine, one
 *                   fewer than its cores, instead of a fixed 4. On a 2-core machine four such
 *                   threads took CPU from the main thread while it started.
 *
 * No V8 flag (such as --max-semi-space-size): any V8 flag given at start makes V8 refuse the code
 * Node compiled ahead for its built-in modules (see regexp-tier.ts), and Node compiles the ones it
 * loads while it boots — over IPC, the VS Code client's transport, the channel's dozens — from
 * source. The larger young generation it bought no longer showed in keystroke times.
 * (scripts/bench/README.md has the figures.)
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--v8-pool-size=0'];

/**
 * Environment variables the server is started without.
 *
 * NODE_EXTRA_CA_CERTS  Node 20 builds its store of trusted certificates while it boots, before any
 *                      code runs, when this names extra ones (Node 22 and later wait until a TLS
 *                      connection needs them). Machines behind a corporate, school or college
 *                      proxy often set it for every program. The server opens no network
 *                      connection, so the certificates are never used, and building the store
 *                      was most of a Node 20 boot (scripts/bench/README.md).
 */
export const SERVER_ENV_UNSET: readonly string[] = ['NODE_EXTRA_CA_CERTS'];

/**
 * The environment for the server process: `env` without SERVER_ENV_UNSET. Those keys stay, set to
 * undefined, so that a client that lays this over its own environment (vscode-languageclient
 * does) still drops them: Node's spawn and fork leave undefined values out.
 */
export function serverEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const unset = new Set(SERVER_ENV_UNSET);
  const out: NodeJS.ProcessEnv = {};
  // Windows spells environment names in any case.
  for (const [key, value] of Object.entries(env)) out[key] = unset.has(key.toUpperCase()) ? undefined : value;
  for (const key of SERVER_ENV_UNSET) out[key] = undefined;
  return out;
}

/** The variables of SERVER_ENV_UNSET this process was started with (reported by mou/serverInfo). */
export function slowStartEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return SERVER_ENV_UNSET.filter((key) => env[key] !== undefined);
}
