/**
 * The Node options the language server is started with. The VS Code client passes them to the
 * server process (execArgv), the protocol tests and the bench start it with them, and the README
 * gives them to other editors. Node reads them before any code runs, so the server cannot set them
 * itself; without them it works the same, only slower.
 *
 * --v8-pool-size=0  Node sizes V8's background threads (compilers, GC helpers) to the machine, one
 *                   fewer than its cores, instead of a fixed 4. On a 2-core machine four such
 *                   threads took CPU from the main thread while it started: a first start on a
 *                   12 KB agreement went from 315 to 265 ms (median of 25 interleaved starts each).
 *
 * No V8 flag (such as --max-semi-space-size): any V8 flag given at start makes V8 refuse the code
 * Node compiled ahead for its built-in modules (see regexp-tier.ts), and Node compiles the ones it
 * loads while it boots — over IPC, the VS Code client's transport, the channel's dozens — from
 * source: a 12 KB start took 334 instead of 318 ms (median of 25 interleaved starts each). The
 * larger young generation it bought no longer shows: a keystroke on a 1 MB agreement took 17.5 ms
 * with it and 17.3 without, on 5 MB 20.0 and 19.4.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--v8-pool-size=0'];
