/**
 * V8 compiles a regular expression twice by default: to bytecode on its first use, then again to
 * machine code on its second. The checks use a few hundred expressions, many with large Unicode
 * classes, so compiling each once, straight to machine code, shortens a first check by about a
 * third of its analysis and costs nothing later (scripts/bench/README.md has the figures). Called
 * first thing by the server's loader (launch.ts), the CLI and the bench's worker (so the bench
 * measures what ships).
 *
 * Changing a V8 flag changes V8's flag hash, and V8 then refuses the code Node compiled ahead for
 * its own built-in modules, with the default flags: every built-in module loaded afterwards is
 * compiled from source, several times slower. So the built-ins the code about to run needs are
 * loaded first, and the server is started with no V8 flag at all (node-options.ts).
 */
import { setFlagsFromString } from 'node:v8';

/** process.moduleLoadList: Node's record of the modules it has compiled, in order (undocumented). */
function moduleLoadList(): readonly string[] {
  return (process as unknown as { moduleLoadList?: string[] }).moduleLoadList ?? [];
}

/**
 * Load `builtins`, then turn regexp tier-up off. Returns how many modules Node had compiled by
 * then (for builtinsLoadedLate).
 */
export function compileRegExpsOnce(builtins: readonly string[] = []): number {
  for (const name of builtins) {
    try {
      require(name);
    } catch {
      // Not in this Node: whoever needs it will say so.
    }
  }
  setFlagsFromString('--no-regexp-tier-up');
  return moduleLoadList().length;
}

/**
 * The built-in modules Node compiled after the flag changed at `flagsChangedAt` (each from source,
 * so slowly): none is expected, once the loader has loaded what the bundle requires. Reported by
 * mou/serverInfo.
 */
export function builtinsLoadedLate(flagsChangedAt: number | undefined): string[] | undefined {
  if (flagsChangedAt === undefined) return undefined;
  return moduleLoadList()
    .slice(flagsChangedAt)
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => m.slice('NativeModule '.length));
}
