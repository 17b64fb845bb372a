/**
 * Placeholders: blanks a template leaves for the drafter to fill in.
 * `[Partner Name]`, `{Supporting Organisation}`, `____`, `XXXX`, `DD/MM/YYYY`,
 * `$[AMOUNT]`, `[30/60/90]`, `TBD`, `TBA`, "to be agreed", `☐`, `*[Fill in … here]*`,
 * and backticked template names such as `Partner PIC Name`.
 */
import type { Placeholder } from './types';

/** Words that make bracketed or backticked text read as a slot to fill in. */
const SLOT_WORDS =
  /\b(name|names|title|date|day|month|year|amount|address|organi[sz]ation|organi[sz]ations|partner|company|school|district|college|university|institution|email|e-mail|phone|telephone|signature|insert|fill|number|role|representative|contact|person|sum|fee|value|city|state|country|percentage|here|why|reason|describe|explain|summari[sz]e|list)\b/i;

/** A note to the drafter giving examples ("e.g. orientation, assigning a volunteer coordinator…"): nothing yet to do. */
export const EXAMPLES_NOTE = /^[\s*_(]*(?:e\.g\.|eg\b|for example\b|examples?:)/i;

/** What a template tells its drafter to do: "list…", "describe…", "Optional: add…". */
export const DRAFTING_NOTE = /^(?:optional\s*[:–-]?\s*)?(?:list|describe|insert|enter|add|specify|state|explain|summari[sz]e|attach|include|identify|outline|type|fill)\b/i;

const PATTERNS: Array<{ re: RegExp; accept?: (m: RegExpExecArray, src: string) => boolean }> = [
  { re: /\$\s?(?:_{2,}|X{2,}|\[[^\]\n]{0,40}\])/g },
  // [Partner Name], [[date]], [30/60/90]; not links, not footnote refs, not task boxes.
  {
    re: /\[\[?([^[\]\n]{1,400})\]\]?/g,
    accept: (m, src) => {
      const after = src[m.index + m[0].length] ?? '';
      const before = src[m.index - 1] ?? '';
      // A Word or PDF conversion escapes brackets ("\\[Partner Name]"): still a blank.
      if (after === '(' || after === ':' || before === '!') return false;
      // (A reference link, "[text][ref]", is no blank; a Google Docs comment mark after one, "[…][b]", is.)
      if (after === '[' && !/^\[[a-z]{1,2}\]/.test(src.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
      const inner = m[1].replace(/\\$/, '').trim();
      // A long one is a drafting instruction: "[List District responsibilities — e.g. provide space, …]".
      if (inner.length > 80) return DRAFTING_NOTE.test(inner) || /\be\.g\./i.test(inner);
      if (/^[ xX]?$/.test(inner) || /^\^/.test(inner) || /^\d+$/.test(inner)) return false;
      // "[Optional: add targets, e.g. …]", "[Add any other safety steps]": a note to the drafter.
      if (DRAFTING_NOTE.test(inner)) return true;
      // Pandoc underline of a title: [PURPOSE]{.ul}.
      if (after === '{' && inner === inner.toUpperCase()) return false;
      if (/^\d+(\s*\/\s*\d+)+$/.test(inner)) return true;
      if (/^[.…_\s]+$/.test(inner)) return true;
      if (SLOT_WORDS.test(inner)) return true;
      // A numbered slot: [Activity 1], [Partner responsibility 2].
      if (/^\p{L}[\p{L}\s'’-]{2,60}\s\d{1,2}$/u.test(inner) && before !== '[') return true;
      // A Word comment's mark, its author's initials and number ("[RK2]", "[JS1]"): no blank.
      if (/^[A-Z]{1,3}\d{1,3}$/.test(inner)) return false;
      // ALL CAPS slot like [AMOUNT] — but not a pandoc-underlined title like [PURPOSE]{.ul}.
      return after !== '{' && /^[A-Z][A-Z0-9 /&'’-]{1,40}$/.test(inner) && inner.split(/\s+/).length <= 4;
    },
  },
  // {Supporting Organisation}, {{partner_name}}; not pandoc attributes or liquid tags.
  {
    re: /\{\{?\s*([^{}\n]{1,60}?)\s*\}\}?/g,
    accept: (m) => {
      const inner = m[1];
      if (/^[.:#%!]/.test(inner)) return false;
      if (m[0].startsWith('{{')) return /^[\w .-]+$/.test(inner);
      return /^\p{Lu}[\p{L}'’-]*(\s+[\p{L}'’-]+){0,5}$/u.test(inner) || SLOT_WORDS.test(inner);
    },
  },
  { re: /(?:\\?_){4,}/g },
  { re: /\b[X]{4,}[Xx]*\b|\bx{5,}\b/g },
  { re: /\b(?:TBD|TBA|TBC)\b/g },
  { re: /\bto be (?:agreed|determined|confirmed|decided)\b/gi },
  { re: /\b(?:DD|MM)\/(?:MM|DD)\/(?:YYYY|YY)\b|\bYYYY-MM-DD\b|\bMonth,? Day,? Year\b/g },
  { re: /☐/g },
  // Template syntax: {% if … %}, ‹Partner›, <email address>, _insert city name_, an empty <span id="…"></span> field.
  { re: /\{%[^%\n]{0,80}%\}/g },
  { re: /‹[^›\n]{1,60}›/g },
  // (…but "<dfaalogo@teawa.school.nz>" is an address written as a link, whatever words it holds.)
  { re: /<([^<>=/\n"']{2,60})>/g, accept: (m) => !/^[a-z][a-z0-9-]*$/i.test(m[1].trim()) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m[1].trim()) && (SLOT_WORDS.test(m[1]) || /^[A-Z][A-Z0-9 _-]+$/.test(m[1].trim())) },
  // (…or a long note to the drafter in angle brackets, "<Describe the Host's responsibilities here — for example, …>".)
  { re: /<(?:optional\s*:\s*)?(?:describe|list|insert|enter|add|specify|state|explain|summari[sz]e|attach|include|identify|outline|fill in)\s[^<>\n]{3,400}>/gi },
  { re: /(?<![\p{L}\p{N}])_(?:insert|enter|add|fill in|type)\b[^_\n]{1,60}_(?![\p{L}\p{N}])/giu },
  { re: /<span\b[^>\n]*\bid=[^>\n]*>\s*<\/span>/gi },
];

/**
 * Is a blank to sign or date on, by what stands before it on its line ("Signature: ", "| Date: ",
 * "ACCEPTED AND AGREED BY: ")? Then it is the signature block's, not text still to write.
 */
export function signingLabelBefore(raw: string): boolean {
  // (The tags that open an HTML line are not its words: "<p>Agreed for … School: ____".)
  const before = raw.includes('<') ? raw.replace(/^(?:\s*<\/?[a-z][^>]{0,40}>)+/i, '') : raw;
  if (/\b(?:signature|signed|sign here|date|dated|by|per|initials?)\b[^_]{0,3}$/i.test(before.replace(/[*_|\s:\\]+$/, '') + ':')) return true;
  // A letter's acceptance line: "Agreed: ________", "ACCEPTED AND AGREED BY: ____", "Agreed for Millbrook Falls High School: ____".
  return /^[\s*_|]*(?:agreed|accepted|acknowledged|approved)(?:\s+(?:and|&)\s+(?:agreed|accepted))?(?:\s+(?:to|by|(?:for|on behalf of)\b[^:_\n]{1,80}))?[\s:*_|]*$/i.test(before);
}
/**
 * A line of blanks to sign and date on, with at most its labels ("_______   Date: ______"), or with
 * the signer's name printed after the blank ("__________ Dana Whitfield, Program Manager   Date: ______").
 */
export const SIGNING_BLANK_LINE = /^[\s_|*\\]*(?:(?:date|dated|signature|signed|sign here|by)\s*:?[\s_|*\\]*)*(?:<br\s*\/?>|<\/p>)?\s*$|^[\s|*\\]*_{5,}[^_\n]{3,160}?\b(?:date|dated)\s*:?[\s_|*\\]*(?:<br\s*\/?>|<\/p>)?\s*$/i;

/** What every pattern above needs somewhere in the text: most passages have none, and are done at once. */
const ANY_SLOT = /[$[{_‹<☐]|xxxx|TB[ADC]|to be|DD\/|MM\/|YYYY|Month,? Day/i;

export function findPlaceholders(src: string): Placeholder[] {
  if (!ANY_SLOT.test(src)) return [];
  const out: Placeholder[] = [];
  for (const { re, accept } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (accept && !accept(m, src)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((p) => p.start < end && start < p.end)) continue;
      out.push({ start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A backticked or <code> value that is a template slot (`Partner PIC Name`), not code. */
export function findCodePlaceholder(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 60) return false;
  if (/[./\\()=<>{};:@$`]/.test(v)) return false;
  const words = v.split(/\s+/);
  if (words.length < 2) return false;
  return SLOT_WORDS.test(v) && words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*$/u.test(w) || /^(of|the|and|for|to)$/i.test(w));
}

/** The text with its template blanks taken out (each replaced by a space): what is written besides them. */
export function withoutBlanks(text: string): string {
  const blanks = findPlaceholders(text);
  if (!blanks.length) return text;
  let rest = '';
  let at = 0;
  for (const b of blanks) {
    rest += `${text.slice(at, b.start)} `;
    at = b.end;
  }
  return rest + text.slice(at);
}
