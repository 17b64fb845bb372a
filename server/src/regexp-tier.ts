/**
 * V8 compiles a regular expression twice by default: to bytecode on its first use, then again to
 * machine code on its second. The checks use a few hundred expressions, many with large Unicode
 * classes, so compiling each once, straight to machine code, saves ~40 ms of a first check (a
 * third of its analysis) and costs nothing later. Called first thing by the server's loader, the
 * CLI and the bench's worker (so the bench measures what ships).
 *
 * Changing a V8 flag changes V8's flag hash, and V8 then refuses the code Node compiled ahead for
 * its own built-in modules, with the default flags: every built-in module loaded afterwards is
 * compiled from source, about three times slower (the ~60 that the LSP library and the server
 * load: +20 to 45 ms on a start). So the built-ins the code about to run needs are loaded first,
 * and the server is started with no V8 flag at all (node-options.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** process.moduleLoadList: Node's record of the modules it has compiled, in order (undocumented). */
function moduleLoadList(): readonly string[] {
  return (process as unknown as { moduleLoadList?: string[] }).moduleLoadList ?? [];
}

const hook = globalThis as { __mouFlagsChangedAt?: number };

export function compileRegExpsOnce(builtins: readonly string[] = []): void {
  for (const name of builtins) {
    try {
      require(name);
    } catch {
      // Not in this Node: whoever needs it will say so.
    }
  }
  setFlagsFromString('--no-regexp-tier-up');
  hook.__mouFlagsChangedAt ??= moduleLoadList().length;
}

/**
 * The built-in modules Node compiled after the flag changed (each from source, so slowly): none is
 * expected, once the loader has loaded what the bundle requires. Reported by mou/serverInfo.
 */
export function builtinsLoadedLate(): string[] | undefined {
  const at = hook.__mouFlagsChangedAt;
  if (at === undefined) return undefined;
  return moduleLoadList()
    .slice(at)
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
}
