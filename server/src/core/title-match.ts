/**
 * Which sections a heading's words name: its title phrases and territory phrases matched by word
 * stems ("Finance" finds "finances"), an organisation's name ("Department of Finance") excepted,
 * and a heading that introduces one party's duties ("Code.org Agrees To:"). Pure, memoised by text;
 * read by the facts (a plain line that names a section is a title), the section index and the parties.
 */
import { CORE_SECTIONS, RECOMMENDED_SECTIONS, type SectionDefinition } from './definitions/sections';
import { normaliseTitle, splitGuidance } from './sections';
import { sameWordForm, stemPhrase } from './words';
import { DUTY_HEADING_TAIL, ROLE_ALIAS } from './party-names';

interface Match {
  id: string;
  start: number;
  end: number;
  territory: boolean;
}

/** Every built-in section, core and recommended: the default a heading is matched against. */
export const ALL = [...CORE_SECTIONS, ...RECOMMENDED_SECTIONS];

const matchMemo = new WeakMap<SectionDefinition[], Map<string, Array<{ id: string; territory: boolean }>>>();

/** Section ids a heading names, after dropping matches contained in a longer match of another section (memoised). */
export function matchHeading(text: string, defs: SectionDefinition[] = ALL): ReadonlyArray<{ readonly id: string; readonly territory: boolean }> {
  let memo = matchMemo.get(defs);
  if (!memo) matchMemo.set(defs, (memo = new Map()));
  let hit = memo.get(text);
  if (!hit) {
    if (memo.size > 20_000) memo.clear();
    hit = matchHeadingUncached(text, defs);
    memo.set(text, hit);
  }
  return hit;
}

/** "Department of Finance", "Office of Health and Safety": an organisation's name, not a section's title. */
const ORGANISATION_NAME =
  /^(?:the\s+)?(?:department|ministry|office|bureau|division|agency|institute|faculty|school|college|university|board|council|commission|secretary|minister)\s+(?:of|for)\s+(?:the\s+)?(\S)/i;

/** "NORTHFIELD EVALUATION GROUP, LLC": a company's name over its signature, whatever words it holds. */
const COMPANY_NAME = /\b(?:LLC|L\.L\.C\.|LLP|Inc\.?|Ltd\.?|Limited|PLC|Corp\.?|Corporation|GmbH|Pty\.?(?: Ltd\.?)?|Sdn\.? Bhd\.?)[\s*_]*$/i;

function organisationName(text: string): boolean {
  // (Not a heading naming both parties: "Between Lakeshore Community College and Halvorsen Precision Machining, Inc".)
  if (COMPANY_NAME.test(text) && !/\b(?:between|and)\b|&/i.test(text)) return true;
  const m = ORGANISATION_NAME.exec(text.replace(/^[\s\d.)#*]+/, ''));
  return !!m && m[1] !== m[1].toLowerCase() && !/[:–—-]\s/.test(text);
}

/**
 * "Code.org Agrees To:", "The District will", "Responsibilities of the College": a heading that
 * introduces one party's duties, whatever else it says.
 */
const DUTY_HEADING = new RegExp(
  String.raw`^(?:what\s+)?(?:the\s+)?(.{1,60}?)\s+(?:agrees? to|will|shall|commits? to|undertakes? to|(?:is|are) (?:responsible|accountable) for|provides|contributes|offers|brings|delivers|does|do)${DUTY_HEADING_TAIL}`,
  'i',
);

export function dutyHeading(text: string): boolean {
  const t = text.replace(/^(?:(?:article|section|part|clause)\s+[\divxlc]+\s*[.:—–-]?\s*)?[\s\d.)#*]+/i, '').replace(/[*_]/g, '').trim();
  const m = DUTY_HEADING.exec(t);
  // ("What Members Do": "do" only after "what"; "Things to do" is no one's duties.)
  if (m && /\bdo\s*:?$/i.test(t) && !/^what\s/i.test(t) && !/\b(?:will|shall)\s+do\s*:?$/i.test(t)) return false;
  // ("What the library will do / provide": a party by its role, in lower case, as a friendly email writes it.)
  return !!m && (/^\p{Lu}/u.test(m[1]) || /^(?:we|you)$/i.test(m[1]) || (/^(?:what\s+)?the\s/i.test(t) && ROLE_ALIAS.test(m[1]))) && m[1].split(/\s+/).length <= 8;
}

function matchHeadingUncached(text: string, defs: SectionDefinition[]): Array<{ id: string; territory: boolean }> {
  if (organisationName(text)) return [];
  const { main, guidance } = splitGuidance(text);
  for (const part of [main, guidance]) {
    const written = normaliseTitle(part);
    if (written === '') continue;
    const norm = ` ${stemPhrase(written)} `;
    const matches = phraseMatches(norm, phraseIndex(defs), written.split(' '));
    // ("Consent, Safety and Reporting": the reporting of incidents, beside safety, is no outcomes' report.)
    const safety = matches.some((m) => m.id === 'safety-protocols');
    const kept = matches.filter(
      (m) => !matches.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) && !(safety && m.id === 'intended-outcomes' && /^ ?report\w* ?$/.test(norm.slice(m.start, m.end))),
    );
    if (kept.length) {
      const byId = new Map<string, boolean>();
      for (const m of kept) byId.set(m.id, (byId.get(m.id) ?? true) && m.territory);
      return [...byId].map(([id, territory]) => ({ id, territory }));
    }
  }
  if (defs.some((d) => d.id === 'intended-outcomes') && AIM_HEADING.test(normaliseTitle(text))) return [{ id: 'intended-outcomes', territory: false }];
  return defs.some((d) => d.id === 'roles') && dutyHeading(text) ? [{ id: 'roles', territory: false }] : [];
}

/** "What the partners want to achieve", "What this partnership aims to change": what it should achieve, whoever "we" are. */
const AIM_HEADING = /^(?:what|how much)\s+(?:we|(?:the|this|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:partners?|parties|partnership|members?|consortium|collaborative|network|program(?:me)?|project|pathway))\s+(?:(?:want|wants|hope|hopes|aim|aims|expect|expects|plan|plans|intend|intends|seek|seeks|wish|wishes)\s+to|will|shall|should|must)\s+(?:achieve|accomplish|change|improve)\b/u;

/** One title or territory phrase of a definition list; `order` is its place in the list. */
interface Phrase {
  id: string;
  territory: boolean;
  order: number;
  length: number;
  /** The phrase's word stems… */
  text: string;
  /** …and its words as written (normalised), to tell an inflection from a derivation. */
  words: string[];
}

interface PhraseIndex {
  /** Phrases of words separated by single spaces (all built-in ones), by their text. */
  byText: Map<string, Phrase[]>;
  maxWords: number;
  /** Any other phrase (a custom section's, say): searched for as it is. */
  odd: Phrase[];
}

const phraseIndexes = new WeakMap<SectionDefinition[], PhraseIndex>();

function phraseIndex(defs: SectionDefinition[]): PhraseIndex {
  let index = phraseIndexes.get(defs);
  if (index) return index;
  index = { byText: new Map(), maxWords: 0, odd: [] };
  let order = 0;
  for (const def of defs) {
    for (const [list, territory] of [[def.titles, false], [def.territory ?? [], true]] as const) {
      for (const written of list) {
        // Matched by word stems: "finance" finds "finances", "responsibility" finds "responsibilities".
        const words = normaliseTitle(written);
        const text = stemPhrase(words);
        if (!text) continue;
        const phrase = { id: def.id, territory, order: order++, length: text.length, text, words: words.split(' ') };
        if (!/^[^ ]+(?: [^ ]+)*$/.test(text)) {
          index.odd.push(phrase);
          continue;
        }
        const same = index.byText.get(text);
        if (same) same.push(phrase);
        else index.byText.set(text, [phrase]);
        index.maxWords = Math.max(index.maxWords, text.split(' ').length);
      }
    }
  }
  phraseIndexes.set(defs, index);
  return index;
}

/**
 * Each phrase found in `norm` (" words separated by single spaces "), where it first occurs, in
 * the order of the definition list: what searching `norm` for " phrase " phrase by phrase finds,
 * but looking up the heading's few runs of words instead of trying every phrase.
 */
function phraseMatches(norm: string, index: PhraseIndex, written: string[]): Match[] {
  const first = new Map<Phrase, number>();
  const words = norm.slice(1, -1).split(' ');
  // Looked up by stems, kept when each word is the phrase's word or an inflection of it.
  const inflection = (phrase: Phrase, k: number) => phrase.words.every((w, i) => sameWordForm(w, written[k + i] ?? ''));
  let start = 0;
  for (let k = 0; k < words.length; k++) {
    let run = words[k];
    for (let m = k; m < words.length && m < k + index.maxWords; m++) {
      if (m > k) run += ` ${words[m]}`;
      for (const phrase of index.byText.get(run) ?? []) if (!first.has(phrase) && inflection(phrase, k)) first.set(phrase, start);
    }
    start += words[k].length + 1;
  }
  for (const phrase of index.odd) {
    const i = norm.indexOf(` ${phrase.text} `);
    if (i >= 0) first.set(phrase, i);
  }
  return [...first]
    .sort((a, b) => a[0].order - b[0].order)
    .map(([phrase, i]) => ({ id: phrase.id, start: i, end: i + phrase.length + 2, territory: phrase.territory }));
}
