/**
 * The Node options the language server is started with. The VS Code client passes them to the
 * server process (execArgv), the protocol tests and the bench start it with them, and the README
 * gives them to other editors. Node reads them before any code runs, so the server cannot set them
 * itself; without them it works the same, only slower.
 *
 * --max-semi-space-size=32  a larger young generation: each keystroke on a big agreement builds a
 *                           new model whose objects survive one scavenge, and with V8's default
 *                           they are copied more often (1 MB agreement, keystroke to diagnostics
 *                           ~27 → ~22 ms).
 * --v8-pool-size=0          Node sizes V8's background threads (compilers, GC helpers) to the
 *                           machine, one fewer than its cores, instead of a fixed 4. On a 2-core
 *                           machine four such threads took CPU from the main thread while it
 *                           started: a first start on a 12 KB agreement went from 315 to 265 ms
 *                           (median of 25 interleaved starts each).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=32', '--v8-pool-size=0'];
