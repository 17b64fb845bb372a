/**
 * Text from a document (a party's name, a heading, a file name) made safe to print on a terminal:
 * control characters (ANSI escape sequences start with ESC), line and paragraph separators and the
 * bidirectional overrides that can make a line read other than it is are shown as `\u{1b}`, never
 * sent raw. Used for the CLI's text output and its messages.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function plain(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
