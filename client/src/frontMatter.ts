/**
 * The one edit behind "MOU: Write “agreement: true” into the Front Matter": where to put the line
 * in a markdown text. Pure text, no `vscode`: it reads only the front matter's top-level
 * `agreement:` / `mou:` keys, as the checker does (server/src/core/detect.ts), and changes nothing
 * else in the file.
 */

export type FrontMatterChange =
  /** The front matter already declares an agreement: nothing to do. */
  | { declared: true }
  /** Replace [start, end) with `text` (an insertion when start === end). */
  | { declared: false; start: number; end: number; text: string };

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
/** Values that do not declare an agreement (YAML false and null). */
const NOT_DECLARED = /^(?:false|False|FALSE|null|Null|NULL|~)?$/;

export function frontMatterDeclaringAgreement(text: string): FrontMatterChange {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const open = OPEN.exec(text);
  if (!open) return { declared: false, start: 0, end: 0, text: `---${eol}agreement: true${eol}---${eol}${eol}` };
  const lines = text.slice(open[0].length).split(/(?<=\r\n|\n|\r)/);
  let offset = open[0].length;
  // The `agreement:` line if there is one (replacing `mou:` as well would duplicate the key), else `mou:`.
  const found: Partial<Record<string, { start: number; end: number }>> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = line.replace(/(?:\r\n|\n|\r)$/, '');
    if (/^(?:---|\.\.\.)[ \t]*$/.test(content)) break; // the end of the front matter
    const key = /^(agreement|mou)[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$/.exec(content);
    if (key) {
      const value = key[2];
      const nested = value === '' && /^[ \t]+\S/.test(lines[i + 1] ?? '');
      const quoted = /^(["']).*\1$/.test(value); // a string, even "false", declares one
      if (nested || quoted || !NOT_DECLARED.test(value)) return { declared: true };
      found[key[1]] ??= { start: offset, end: offset + content.length };
    }
    offset += line.length;
  }
  const line = found.agreement ?? found.mou;
  if (line) return { declared: false, start: line.start, end: line.end, text: 'agreement: true' };
  return { declared: false, start: open[0].length, end: open[0].length, text: `agreement: true${eol}` };
}
