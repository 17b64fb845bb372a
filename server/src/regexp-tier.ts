/**
 * V8 compiles a regular expression twice by default: to bytecode on its first use, then again to
 * machine code on its second. The checks use a few hundred expressions, many with large Unicode
 * classes, so compiling each once, straight to machine code, saves ~40 ms of a first check (a
 * third of its analysis) and costs nothing later. Called first thing by the server's loader, the
 * CLI and the bench's worker (so the bench measures what ships).
 */
import { setFlagsFromString } from 'node:v8';

export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
