/**
 * Pages about an agreement rather than the agreement: a news story or press release that reports a
 * signing, a web page's furniture. Read by the agreement detector (detect.ts).
 */
import type { DocumentModel } from './model';
import { matchHeading } from './title-match';
import { startingIn } from './sections';

/** A page that reports an agreement rather than stating it. */
export const REPORTAGE =
  /[,.!?]["”]\s+(?:said|says|added|explained)\b|\b(?:reading time|related (?:news|stories|articles|posts)|published (?:on )?(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2},? \d{4}))\b|\b(?:staff (?:reporter|writer)|correspondent|sign(?:s|ed)? (?:an? |the |their )?(?:new )?(?:memorandum|mou|moa|agreement)\b(?! (?:on behalf|by|for))|view pdf|download (?:the )?pdf|further reading|page last modified|(?<!\b(?:an?|any|the|draft|joint|each|no|of|issue|issues|issuing|approve|approves)\s+)press release|for immediate release|speaking at the (?:ceremony|signing|event|launch)|newsroom|read more|share this page|(?:signed|entered into|announced|announces|signs|sign) (?:an?|the|their) (?:new )?(?:memorandum|mou|moa|agreement|partnership)|(?:have|has) (?:signed|entered into) (?:an?|the) (?:memorandum|mou|moa|agreement)|(?:approved|ratified|adopted) (?:an?|the) (?:new )?(?:memorandum|mou|moa|agreement))\b/gi;

/** A web page's furniture: a breadcrumb trail ("Home › Business › Partnering with us"), "Skip to content". */
export const WEB_PAGE = /^[ \t]*(?:you are here:?[ \t]*)?home[ \t]*(?:›|»|>|\/|\|)[ \t]*[A-Za-z\u00C0-\u024F]|\bskip to (?:main )?content\b|\bback to top\b/gim;

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * How a news story writes: a quotation with who said it after it ("…on every other roof," Superintendent
 * Harlan Voss said; "…," said Holloway-Reyes), a signing on a weekday with no date ("signed Tuesday by",
 * "signed the agreement on Friday"), a byline's date ("Posted April 2, 2025"). Case-sensitive: "the said
 * Agreement" is a deed's, not a reporter's.
 */
export const NEWS_WRITING = new RegExp(
  String.raw`[,.!?]["”][ \t]+(?:(?:[A-Z][\p{L}'’.-]*[ \t]+){1,6}(?:said|says|added|explained|noted|told)\b|said[ \t]+(?:[A-Z][\p{L}'’-]+[ \t]*){1,3}[,.])|\b(?:[Ss]igned|[Ss]igning)\b[^.\n]{0,60}?\b(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last week|this week)\b(?![ \t]*,?[ \t]*(?:the[ \t]+)?(?:\d|${MONTH}))|\b(?:[Pp]osted|[Pp]ublished|[Uu]pdated)\b[^\n]{0,20}?\b${MONTH}[ \t]+\d{1,2},?[ \t]+\d{4}\b`,
  'gu',
);

/** A news story's dateline opening its first paragraph ("*HARROW, Mich. —* High school students…", "WESTFIELD — Students…"). */
const DATELINE = /^[*_]*([A-Z][A-Z'’.-]{2,}(?:[ ][A-Z][A-Z'’.-]+){0,3})(?:,[ ](?:[A-Z][a-z]{1,4}\.(?:[ ]?[A-Z][a-z]?\.)?|[A-Z][a-z]+))?[*_]*[ ]*[*_]*[—–][*_]*[ ]+[*_]*[A-Z]/;

const NEWS_BYLINE = /^\W*(?:news|press release|media release|latest news|announcements?)\s*[|·•—–]|\bposted (?:by )?(?:the )?[\w ,·|]{0,40}\b(?:communications|press|media|news)\b|\b\d{1,2}[ -]min(?:ute)?s?[ -]read\b/im;

/** Front matter that files the page as news ("categories: [News, Partnerships]", "author: Office of Communications"). */
function newsFrontMatter(data: Record<string, unknown> | undefined): boolean {
  if (!data) return false;
  const filed = ['category', 'categories', 'tags', 'type', 'section', 'layout'].map((k) => data[k]).flat().map(String).join(' ');
  return /\b(?:news|press|announcements?|media releases?|stories)\b/i.test(filed) || /\b(?:communications|press office|newsroom|media relations|staff writer)\b/i.test(String(data.author ?? ''));
}

/**
 * The marks of a news story in this document (a dateline, quotations with who said them, a signing on
 * a weekday, a byline's date, front matter filing it as news); `writing` is how many passages write as
 * news do (NEWS_WRITING, counted by the detector).
 */
export function newsMarks(model: DocumentModel, data: Record<string, unknown> | undefined, writing: number): string[] {
  const marks: string[] = [];
  const opening = startingIn(model.passages, 0, 4000).filter((p) => p.kind === 'paragraph').slice(0, 3);
  // (A clause's title in capitals is no place: "PURPOSE — This Memorandum…".)
  if (opening.some((p) => { const m = DATELINE.exec(p.text); return m && !matchHeading(m[1]).length; })) marks.push('a dateline');
  if (writing >= 1) marks.push('quotations or a signing written as a news report writes them');
  if (newsFrontMatter(data)) marks.push('front matter filing it as news');
  // ("*News | 14 May 2025 | Posted by Communications Team*", "*Posted March 11, 2025 · College Communications · 4 min read*": a news page's byline.)
  else if (opening.some((p) => NEWS_BYLINE.test(p.text)) || model.passages.slice(0, 4).some((p) => NEWS_BYLINE.test(p.text))) marks.push('a news byline');
  return marks;
}
