/**
 * Two parties named as a pair in one phrase: "between A and B", "A and B are teaming up to…", a title in
 * capitals "… BETWEEN A AND B". Read one text at a time for findParties (parties.ts); pure and memoised by text.
 */
import { memo } from './signals';
import { describedAsOrganisation, ORGANISATION, withAlias } from './party-names';

const BETWEEN_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:of|for|the|de|by|&)[ \t]+)*\p{Lu}[\p{L}\p{N}&'’.-]*)*(?:[ \t]+\([^()"“”'‘’\n]{1,60}\))?`;
const BETWEEN = new RegExp(String.raw`\b[Bb]etween\s+(?:[Tt]he\s+)?(${BETWEEN_NAME})\s*,?\s+(?:and|&)\s+(?:the\s+)?(${BETWEEN_NAME})`, 'gu');

/** "between A and B": both, each with its short form. */
export const betweenParties = memo(
  (text: string): string[][] =>
    [...text.matchAll(BETWEEN)]
      .filter((m) => !DATED.test(m[1]) && !DATED.test(m[2]))
      .flatMap((m) => {
        // "between the Museum of Science and Industry (the "Museum") and Westbrook Middle School": the first name holds an "and".
        const next = DEFINED_THEN_AND.exec(text.slice(m.index + m[0].length));
        return next ? [withAlias(`${m[1]} and ${m[2]}`), withAlias(undescribed(next[1]))] : [withAlias(undescribed(m[1])), withAlias(undescribed(m[2]))];
      }),
  20_000,
);
/** A short name defined in quotes, then "and" and the next name: what follows the first name of "between A and B (the "B") and C". */
const DEFINED_THEN_AND = new RegExp(String.raw`^\s*\((?:the\s+)?["“][^"”()\n]{2,40}["”]\)\s*,?\s+(?:and|&)\s+(?:the\s+)?(${BETWEEN_NAME})`, 'u');
const DATED = /^\W*\d|^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,4})?\s*$/; // ("between 16 March and 20 November")
/**
 * "Fraserbank Public Library and Civic Hack Fraserbank (a volunteer-run not-for-profit society) are teaming up to…": two
 * organisations as the subject of the opening sentence (one with a word organisations use, or a bracket saying what it is).
 */
const PAIRED_SUBJECT = new RegExp(String.raw`^\W*(?:[Tt]he\s+)?(${BETWEEN_NAME})\s*,?\s+(?:and|&)\s+(?:the\s+)?(${BETWEEN_NAME})\s+(?:(?:are|have)\s+(?:teaming up|partnering|joining forces|coming together|come together|agreed|entered)|(?:hereby\s+)?agree|will\s+(?:work|partner|collaborate|co-operate|cooperate|jointly)|(?:jointly|together)\s+(?:will|agree|run|deliver|offer))\b`, 'u');
export const pairedSubjects = memo((text: string): string[][] => {
  const m = PAIRED_SUBJECT.exec(text);
  if (!m) return [];
  const organisation = (n: string) => ORGANISATION.test(undescribed(n)) || describedAsOrganisation(n);
  return organisation(m[1]) && organisation(m[2]) ? [withAlias(undescribed(m[1])), withAlias(undescribed(m[2]))] : [];
}, 2_000);
/** Two parties in a title in capitals ("… AGREEMENT ENTERED INTO BY THE MUNICIPALITY OF SERRA DOURADA, THROUGH …, AND THE FEDERAL UNIVERSITY OF …, FOR …"). */
export function capsParties(text: string): string[] {
  const m = /\b(?:BETWEEN|ENTERED INTO BY)\b/.test(text) ? CAPS_PARTIES.exec(text) : null;
  return m ? [m[1].trim(), m[2].trim()] : [];
}
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}\d .&'’-]{2,80}?`;
const CAPS_PARTIES = new RegExp(String.raw`\b(?:BETWEEN|ENTERED INTO BY)\s+(?:THE\s+)?(${CAPS_NAME})(?:,[^,\n]{0,120}?,\s+AND|\s+AND)\s+(?:THE\s+)?(${CAPS_NAME})\s*(?=[,.;(]|$|\s+(?:FOR|ON|TO|IN)\b)`, 'u');
/** A name without the words that describe or define it ("… (a public charter school)", "… ("the College")"); a short form stays: "(WPL)". */
const undescribed = (name: string): string => name.replace(/\s*\((?!\p{Lu}[\p{L}\p{N}&.-]{1,15}\))[^()]*\)$/u, '');
