/**
 * Stands in for `micromark-util-combine-extensions` inside micromark's `parse()` (the bundler puts
 * it there: scripts/esbuild-common.mjs). micromark combines its default constructs with the
 * extensions on every parse; the analysis parses each block on its own, so a 12 KB agreement paid
 * for that 28 times on open and a 1 MB one about 2,500 times. The result depends only on the
 * extension objects, which never change, and micromark only reads it, so the last one is reused
 * while the same objects come in.
 */
import { combineExtensions as combine, combineHtmlExtensions } from 'micromark-util-combine-extensions';

type Extensions = Parameters<typeof combine>[0];

let lastInput: Extensions | undefined;
let lastOutput: ReturnType<typeof combine> | undefined;

export function combineExtensions(extensions: Extensions): ReturnType<typeof combine> {
  if (!lastOutput || !lastInput || lastInput.length !== extensions.length || lastInput.some((e, i) => e !== extensions[i])) {
    lastOutput = combine(extensions);
    lastInput = [...extensions];
  }
  return lastOutput;
}

export { combineHtmlExtensions };
