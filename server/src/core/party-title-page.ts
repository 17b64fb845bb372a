/** A title page that pairs two organisations: "**A** and **B**", "Between" / A and its address / "and" / B. */
import { describedAsOrganisation, NAME, ORGANISATION_ANY_CASE, withAlias } from './party-names';

/** "Piedmont STEM Center (PRSC) & Hollins Creek Nature Center (HCNC)": a title-page line pairing two organisations with their short names. */
const PARTY_PAIR_LINE = new RegExp(String.raw`^[\s*_]*(${NAME}\s*\(\p{Lu}[\p{L}\p{N}&.-]{1,12}\))[\s*_]*(?:&|and|\+|–|—|/|with)[\s*_]+(${NAME}\s*\(\p{Lu}[\p{L}\p{N}&.-]{1,12}\))[\s*_]*$`, 'u');

/** A line that opens with an organisation and its short name in brackets ("Tamarack Valley Community College (TVCC), Department of …"). */
const ACRONYM_LEAD = new RegExp(String.raw`^[\s*_]*(${NAME}\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\))[\s*_]*(?:,|$)`, 'u');

/** An organisation's name standing alone on a title-page line: short, capitalised, with a word organisations use. */
function organisationLine(line: string): string | undefined {
  const plain = line.replace(/[*_]/g, '').replace(/^\s*(?:between|and)\s+/i, '');
  // ("City of Port Alder – Department of Innovation & Technology": the organisation, over its department.)
  const [t, unit] = plain.replace(/\s*\((?!\p{Lu}[\p{L}\p{N}&.-]{1,12}\))[^()]*\)/gu, '').replace(/,\s*[^,]{1,40}$/, '').split(/\s+[–—]\s+(?=(?:department|dept\.?|office|division|faculty|school|directorate|unit)\b)/i).map((x) => x.trim());
  if (!t || t.split(/\s+/).length > 10 || /\b(?:agreement|memorandum|mou|moa|understanding|partnership|letter|contract|charter|program|programme)\b/i.test(t) || !new RegExp(`^${NAME}(?:\\s*\\(\\p{Lu}[\\p{L}\\p{N}&.-]{1,12}\\))?$`, 'u').test(t)) return undefined;
  // (What a bracket says it is, "(a volunteer civic technology group, …)", makes a name without such a word an organisation's.)
  return ORGANISATION_ANY_CASE.test(t) || describedAsOrganisation(plain) || unit ? t : undefined;
}

/**
 * The two organisations a title page pairs: "Piedmont STEM Center (PRSC) & Hollins Creek Nature Center (HCNC)",
 * "**Harborview Science Museum** and **Lincoln Park Elementary School**", "SANDHILL COMMUNITY COLLEGE" / "and" /
 * "PINECREST COUNTY SCHOOLS", or "Between" / name and address / "and" / name and address. `lines` are the
 * title page's first lines, in order; `text`, the document's, for a joint letterhead.
 */
export function titleBlockPairs(lines: string[], text?: string): string[][] {
  // ('' between paragraphs.)
  const out: string[][] = [];
  lines.forEach((line, i) => {
    // "**Université Atlas-Moulouya (UAM), Faculty of …**" over "**Tamarack Valley Community College (TVCC), …**":
    // two lines in a row, each opening with an organisation and its short name.
    // (A paragraph break may come between them: '' in `lines`.)
    const near = (from: number, step: number) => (lines[from] === '' ? lines[from + step] : lines[from]) ?? '';
    const first = ACRONYM_LEAD.exec(line);
    const next = lines[i + 1] === '' ? i + 2 : i + 1;
    const second = first && ACRONYM_LEAD.exec(lines[next] ?? '');
    if (first && second && !ACRONYM_LEAD.test(near(i - 1, -1)) && !ACRONYM_LEAD.test(near(next + 1, 1))) out.push(withAlias(first[1].trim()), withAlias(second[1].trim()));
    // A joint letterhead: the page's first two lines, each an organisation alone ("**ASHCOMBE BOROUGH COUNCIL**" /
    // "**FELLHURST DISTRICT COUNCIL**"), no third under them, and the text naming them together ("Ashcombe Borough
    // Council and Fellhurst District Council share…"); not an organisation over its own department.
    if (text && i === lines.findIndex((l) => l.trim())) {
      const [a, b] = [organisationLine(line), organisationLine(lines[next] ?? '')];
      const together = (x: string, y: string) => text.toLowerCase().includes(`${x} and ${y}`.toLowerCase());
      if (a && b && !organisationLine(near(next + 1, 1)) && (together(a, b) || together(b, a))) out.push(withAlias(a), withAlias(b));
    }
    // "*Kahurangi High School · Waimarie Institute of Technology · Pūkeko Civil Ltd*": the parties in one line under the title.
    const listed = line.replace(/[*_]/g, '').trim().split(/\s+[·•|]\s+/);
    const orgs = listed.length >= 2 && listed.length <= 4 ? listed.map(organisationLine) : [];
    if (orgs.length && orgs.every(Boolean)) {
      out.push(...orgs.map((o) => withAlias(o!)));
      return;
    }
    const pair = PARTY_PAIR_LINE.exec(line);
    if (pair) {
      out.push(withAlias(pair[1].trim()), withAlias(pair[2].trim()));
      return;
    }
    const inline = /^(.{3,120}?)\s+(?:and|&)\s+(.{3,120})$/.exec(line.replace(/[*_]/g, '').trim());
    const [a, b] = inline ? [organisationLine(inline[1]), organisationLine(inline[2])] : [];
    if (a && b) out.push(withAlias(a), withAlias(b));
    // "and" alone between two blocks (paragraphs, or lines of one).
    if (/^[\s*_]*(?:and|AND|&)[\s*_]*$/.test(line)) {
      // (Above it: the topmost organisation's line of the lines since "Between", at most eight.)
      let before: string | undefined;
      for (let j = i - 1; j >= Math.max(0, i - 8) && !/^[\s*_]*between[\s*_:]*$/i.test(lines[j]); j--) before = organisationLine(lines[j]) ?? before;
      let k = i + 1;
      while (k < lines.length && !lines[k].trim()) k++;
      const after = organisationLine(lines[k] ?? '');
      if (before && after) out.push(withAlias(before), withAlias(after));
    }
  });
  return out;
}
