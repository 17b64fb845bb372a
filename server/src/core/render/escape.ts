/**
 * Escaping for everything that comes from a document (headings, reasons, party names, messages,
 * placeholders, paths). Every renderer passes such text through one of these; nothing from a
 * document is ever written into HTML or markdown unescaped.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    // C0 controls other than tab/newline have no business in a report and some confuse parsers.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"'`]/g, (c) => HTML[c]);
}

/**
 * Text inside a markdown line (after a list marker, a label or a table pipe — never at the start
 * of a line): one line, and every character that could give it a meaning there is
 * backslash-escaped: `<` (no HTML: `<img …>` stays text), `[` `]` (no link, so no
 * `javascript:` link and no image), `|` (no new table cell), `&` (no entity), `*` `_` `~` and
 * backticks (no emphasis or code), `$` (no math on GitHub) and the backslash itself.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`);
}
