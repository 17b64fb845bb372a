/** What a title or a heading near the top says a document is: an agreement, a charter, a model to copy, or another kind of document (read by detect.ts). */

export const TITLE_STRONG =
  /\b(?:memorand(?:um|a) of (?:understanding|agreement|intent|cooperation|collaboration)|mous?|moas?|agreements?|terms of reference|letters? of (?:intent|agreement|understanding|commitment)|statement of work|service level agreement|compact|accord)\b/i;
/** Titles that name an agreement on their own ("… — what we agreed" too). */
export const TITLE_CERTAIN =
  /\b(?:what we(?:['’]ve| have)? agreed\b|(?:memorand(?:um|a)|memo) of (?:understanding|agreement|intent|cooperation|collaboration)|(?:partnership|collaboration|cooperation|co-operation|data (?:use|sharing)|affiliation|internship|sponsorship|mentoring|mentor|tutor|volunteer|consortium|service|services|funding|grant|participation|partner|placement|work experience|apprenticeship|host|facility use|equipment loan|loan) agreements?|letters? of (?:understanding|intent|agreement|commitment)|statements? of (?:intent|partnership|cooperation|co-operation|collaboration|commitment)|declarations? of (?:intent|partnership)|(?:partnership|joint) declarations?|(?:partnership|agreement|mou|moa|memorandum) (?:renewal|extension)s?|heads of (?:terms|agreement)|(?:data|information)[- ](?:sharing|use|exchange) protocols?|deeds? of (?:gift|donation|variation|agreement|licen[cs]e)|agreement between|mou between|moa between)\b/i;
export const TITLE_WEAK = /\b(?:partnership|partners?|collaboration|cooperation|co-operation|consortium|alliance|sponsorship)\b/i;
/** Titles of documents that talk about agreements without being one. */
export const TITLE_NOT =
  /^(?:(?:what|how|why|when|where|who)\b(?!\s+(?:we|we['’](?:re|ll)|you|you['’]ll|each (?:party|partner|member)|(?:the )?(?:parties|partners|members))\b(?![^?]*\?))|(?:ten|five|\d+) (?:ways|tips|lessons|things)\b)|\b(?:policy|procedure|procedures|handbook|notes|minutes|agenda|readme|changelog|change log|release notes|how to|how we|guide|guidelines for|tips|lessons|ways to|why|faq|newsletter|blog|job|jobs|posting|vacancy|hiring|^careers?$|careers? (?:at|with|page)|contributing|tutorial|webinar|workshop recap|checklist|toolkit|template instructions|best practices|reflections?|stories|story|standards|(?:proposal|application|registration|nomination|referral|intake|enquiry|inquiry|expression of interest) form|(?:annual|progress|impact|evaluation|activity|interim|quarterly|final|year[- ]end) report)\b/i;
/** A title whose last words name a genre, not an agreement. */
export const HEAD_GENRE = /\b(?:procedures?|guidelines?|guide|handbook|toolkit|checklist|report|minutes|agenda|meeting (?:notes|summary|record)|register|faqs?|brochure|newsletter|(?:grant |funding )?(?:application|proposal|narrative)|submission)(?:\s*[,:—–-]\s*(?:round|stage|phase|part|cycle|meeting|session|no\.?|number|draft|version|v)\s*[\w.]{1,6})?\s*$/i;
/** A subject line that sends another kind of document ("FW: Draft minutes - 11 March meeting"). */
export const HEAD_GENRE_ANY = /\b(?:minutes|agenda|newsletter|(?:annual|progress|board|committee) report|meeting notes)\b/i;
/** A heading at the top that names another kind of document about partnerships. */
export const GENRE_NOT =
  /\b(?:requests? for (?:proposals?|qualifications|information)|rfp|rfq|call for (?:proposals|applications)|invitation to (?:bid|tender)|administrative regulation|administrative procedures?|board policy|regulation|minutes|agenda(?: item)?|(?:ordinary |special )?(?:council|board) meeting|report to (?:the )?(?:board|council|committee|trustees|governors|senate|cabinet)|(?:regular|special|ordinary|annual) (?:board )?meeting|officer'?s report|toolkit|tool kit|sample clauses|model clauses|clause library|clause bank|instructions for (?:completing|filling in|using)|meeting (?:summary|notes|record)|summary of (?:the )?meeting|record of (?:the )?meeting|press release|news release|media release|for immediate release|newsletter|frequently asked questions|faqs?|brochure|grant (?:proposal|narrative|application)|(?:a |our |funding )?proposal (?:to|for|submitted to)|amount requested|project narrative|project proposal|program narrative|project description|proposal title|handbook|guidebook|board resolution)\b/i;
/** A genre first, then what it is about ("Policy on MoUs", "Minutes of the … — MOU Working Session", "Minutes — Joint Working Group on the Draft MOU"); not "Minute of Agreement". */
export const GENRE_ABOUT = /^\W*(?:\p{L}+\s+){0,2}?(?:policy|policies|procedures?|guidelines?|minutes|agenda|checklist|handbook|guide|toolkit|faq|frequently asked questions|report|register|directory|announcement|press release|news release)\s+(?:on|of|for|about|regarding|governing)\b(?!\s+(?:agreement|understanding|intent)\b)|^\W*(?:minutes|agenda|meeting notes)\s*[—–:|]/iu;
export const PROPOSAL_OR_RECORD = /\b(?:grant (?:proposal|narrative|application)|amount requested|project narrative|project proposal|program narrative|proposal (?:to|for|submitted to)|minutes|agenda|meeting (?:summary|notes|record))\b/i;
/** Material about writing agreements ("Writing your partnership agreement – sample clauses"), even when it names one. */
export const ABOUT_AGREEMENTS = /\b(?:toolkit|tool kit|sample clauses|model clauses|clause library|clause bank|instructions for (?:completing|filling in|using))\b/i;
/** A form to copy, not an agreement anyone made: "Model Memorandum of Understanding (blank)", "Sample Agreement". */
export const MODEL_TITLE = /\b(?:model|sample|specimen)\s+(?:memorand(?:um|a)|mou|moa|agreements?|contracts?|letters?)\b|\((?:blank|model|sample|specimen)\)/i;
/** Titles of charters and rules that members adopt (consortium rules are agreements). */
export const TITLE_CHARTER = /\b(?:charter|by-?laws|governance rules|operating (?:rules|principles|agreement)|terms of reference|code of conduct agreement|participation terms|partner terms|partnership terms)\b/i;

/**
 * A proposal that says the agreements will be made if it is funded ("… through memoranda of understanding with each partner,
 * to be executed in the first three months of the award"), or that its partners' letters are attached to it ("letters of
 * commitment appear in Supplementary Documents"): it tells a funder about agreements, it is none of them.
 */
export const AGREEMENTS_IF_FUNDED =
  /\b(?:memorand(?:um|a)(?: of understanding)?|MOUs?|MOAs?|(?:partnership |sub-?award |formal )?agreements?)\b[^.]{0,80}?\b(?:to be|will be|would be) (?:executed|signed|finali[sz]ed)\b[^.]{0,80}?\b(?:award|funded|funding)\b|\b(?:will|would) (?:execute|sign|enter into)\b[^.]{0,60}?\b(?:memorand(?:um|a)(?: of understanding)?|MOUs?|MOAs?|agreements?)\b[^.]{0,80}?\b(?:award|funded|funding)\b|\bletters? of (?:commitment|support)\b[^.]{0,80}?\b(?:appear|are included|are attached|are provided|can be found)\b[^.]{0,40}?\b(?:supplementary|appendix|appendices|attachments?)\b/gi;
