/**
 * Regular expressions a user writes (`.mou.json` "placeholders") run on RE2's linear-time engine
 * (re2js, pure JavaScript), never on V8's backtracking one: a pattern such as `\[([A-Za-z]+ ?)+\]`
 * meeting an unclosed bracket takes time linear in the text, not exponential. RE2 has no
 * look-around and no back-references; a pattern that uses them is refused with the reason.
 */
import type { RE2JS as RE2 } from 're2js';

let re2Module: typeof RE2 | undefined;
// Loaded on first use: most agreements have no .mou.json with patterns.
const re2 = (): typeof RE2 => (re2Module ??= (require('re2js') as { RE2JS: typeof RE2 }).RE2JS);

export interface UserPattern {
  /** Every non-empty match in `text`, left to right: [start, end) in UTF-16 code units. */
  matches(text: string): Array<{ start: number; end: number; text: string }>;
}

const compiled = new Map<string, UserPattern | string>();

/** The pattern, or why it cannot be used (a sentence). */
export function userPattern(source: string): UserPattern | string {
  let hit = compiled.get(source);
  if (hit !== undefined) return hit;
  try {
    const p = re2().compile(source);
    hit = {
      matches(text) {
        const out: Array<{ start: number; end: number; text: string }> = [];
        const m = p.matcher(text);
        while (m.find()) {
          const start = m.start();
          const end = m.end();
          if (end > start) out.push({ start, end, text: text.slice(start, end) });
        }
        return out;
      },
    };
  } catch (e) {
    const why = String((e as Error).message).replace(/^error parsing regexp: /, '');
    hit = /Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9]/.test(why)
      ? `${why} (patterns run on a linear-time engine, without look-ahead, look-behind or back-references)`
      : why;
  }
  if (compiled.size > 200) compiled.clear();
  compiled.set(source, hit);
  return hit;
}
