/**
 * The vocabulary of agreements: patterns that recognise duties, contacts,
 * amounts, safety controls and measurable outcomes in plain text.
 * Shared by section detection and the substance checks.
 */

export const OBLIGATION =
  /\b(?:will|shall|must|agrees? to|commits? to|undertakes? to|(?:is|are|will be|shall be) responsible for|(?:is|are) expected to|has agreed to|have agreed to)\b|['’]ll\b(?<=\b(?:I|we|you|they|he|she)\s?['’]ll)/i;

/** Duties that name no concrete act: the verb after "will" is vague, or the duty is left to be agreed. */
/** A duty hedged by what is to hand: "as available", "as and when it is available". */
export const AS_AVAILABLE = String.raw`as (?:and when )?(?:they are |it is )?available`;

export const VAGUE_DUTY = new RegExp(
  String.raw`\b(?:will|shall|must|agrees? to|commits? to|undertakes? to|(?:is|are) expected to)\s+(?:\w+ly\s+)?(?:also\s+)?(?:collaborat\w*|cooperat\w*|co-operat\w*|work (?:together|jointly|closely|collaboratively)|endeavou?r|seek|explore|strive|try|aim|consider|discuss|hope|intend|be determined|be able to|remain|become effective|be effective|be governed|survive|be construed|be valid|be binding|terminate|maintain (?:a|an) (?:cooperative|collaborative|good|positive|close)|support each other|be supportive of|partner|encourage|foster|do the needful|(?:extend|render|offer|lend|give)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|co-operation|support|assistance)|provide\s+(?:(?:all|full|necessary|possible|every|the necessary|its|their)\s+)+(?:cooperation|co-operation|support|assistance|help)|support (?:the|this) (?:partnership|program(?:me)?|initiative|project|collaboration|mou|agreement)|(?:work with\b[^.;]{0,60}?\bto\s+)?(?:help\s+(?:to\s+)?)?make\s+(?:the|this|our)\s+(?:partnership|program(?:me)?|project|initiative|collaboration|club|camp)\s+(?:a\s+)?success|(?:provide|ensure|offer|maintain|give|create)\s+(?:(?:them|students|participants|pupils|learners|volunteers|interns|everyone)\s+)?(?:(?:a|the same)\s+)?safe(?:,?\s+(?:and\s+)?[\w-]+)*\s+(?:environment|space|place|setting)(?=\s*(?:(?:for|it|as)\b[^.;,]{0,100})?[.;,]?\s*$))\b|\b(?:discharge|perform|carry out|fulfil|fulfill|undertake|meet)\s+(?:the|its|their|all)\s+(?:[\w-]+\s+)?(?:responsibilities|duties|obligations|functions|roles?)\s+(?:(?:as\s+)?(?:set out|detailed|described|specified|listed|defined|outlined|assigned to it)\s+)?in\s+(?:the\s+)?(?:schedule|annex|annexure|appendix|exhibit|attachment)\b|\b(?:determined jointly|as (?:shall|may|will) be agreed|as (?:may be )?mutually agreed|to be agreed|to be determined|in good faith|mutually beneficial|as (?:their|its|our) (?:resources|capacity|time) (?:allows?|permits?)|as (?:staff )?availability (?:allows?|permits?)|subject to (?:staff )?availability|${AS_AVAILABLE}|(?:where|when|if|wherever|whenever) (?:possible|feasible|practicable|necessary|needed)|(?<!\()as (?:appropriate|necessary)(?!\))|to the extent (?:possible|feasible|practicable)|in (?:whatever|any) way (?:it|they|we|he|she) (?:reasonably )?can)\b`,
  'i',
);

/** A clause's number or letter before its text ("4.1 ", "(b) "). */
export const CLAUSE_NUMBER = /^\W*(?:\d+(?:\.\d+)*|\(?[a-z]\))[.)]?\s+/i;

/** Restrictions ("will not use the logo") are not responsibilities. */
export const NEGATIVE_DUTY = /\b(?:will|shall|must|may) not\b|\b(?:neither|nor)\b|^\W*(?:(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]?\s+)?no (?:\w+ )?(?:party|parties|member|members|partner|partners|one|person|organi[sz]ation)\s+(?:may|shall|will|must|can)\b/i;

/** Duties pushed into a document that should be attached. */
/** The agreement a renewal or amendment leaves its terms to ("the Original MOU", "the Master Agreement"). */
export const OTHER_AGREEMENT = String.raw`(?:original|principal|master|parent|framework|existing|underlying) (?:MOU|memorandum|agreement|contract)`;

export const DEFERRAL =
  new RegExp(String.raw`\b(?:as (?:detailed|described|set out|set forth|specified|listed|defined|outlined|provided) (?:in|on|under) (?:the |an? )?(?:cover page|annex|appendix|exhibit|schedule|attachment|terms of reference|statement of work|separate agreement)|(?:in|on) (?:the )?(?:cover page|(?:annex|appendix|exhibit|schedule|attachment) [A-Z0-9]{1,3})\b|terms of reference|determined jointly|as shall be agreed|to be agreed|(?:set out|set forth|specified|contained|described|listed) in\b[^.;]{0,60}?\bof the ${OTHER_AGREEMENT})`, 'i');

export const ATTACHMENT_REF = /\b(annex|appendix|exhibit|schedule|attachment|addendum)\s+([A-Z]|[0-9]{1,2}|[IVX]{1,4})\b|\bcover page\b/gi;

/** An email address (the local part is at most 64 characters, which also keeps the search linear). */
export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
/**
 * A phone number: grouped ("(555) 014-2260", "0484 2823 456"), after a label in any grouping ("Mob: 98421 60347",
 * "Ph: 9842160347"), or international ("+91 98421 60347").
 */
export const PHONE = /(?<!\b(?:ABN|ACN|ARBN|EIN|UEN|CIN|VAT|GST|TIN|CRN|[Cc]ompany|COMPANY|[Cc]harity|CHARITY|[Rr]egistration|REGISTRATION|[Rr]eg|REG)\.?\s*(?:[Nn]o\.?|NO\.?|[Nn]umber|NUMBER|#)?\s*[:.]?\s*[\d\s]*)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\b\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,4}\b|\b\d{3}-\d{4}\b|(?<=\b(?:[Mm]ob(?:ile)?|MOB(?:ILE)?|[Pp]h(?:one)?|PH(?:ONE)?|[Tt]el(?:ephone)?|TEL|[Cc]ell|CELL)(?:\.|\s+(?:[Nn]o|NO)\.?)?\s*[:.]?\s*)\+?\d(?:[\s.-]?\d){7,12}\b|\+\d{1,3}(?:[\s.-]?\d){8,11}\b/g;
/** Mailboxes that belong to an office, not a person. */
const MAILBOX_WORD = String.raw`(?:info|contact|contacts|corporate[._-]?affairs|public[._-]?affairs|(?:community|public|external|industry|corporate|media)[._-]?relations|csr|contracts?|legal|admin|office|hello|partnerships?|team|support|enquiries|inquiries|general|mail|help|noreply|no-reply|sales|marketing|accounts|billing|events?|sponsorships?|press|media|programs?|programmes?|operations|hr|careers|jobs|projects?|notices?|secretariat|governance|community|membership|members|volunteers?|outreach|grants?|foundation|board|council|office|tsc|steering|dsl|safeguarding|education|schools?|research|data|privacy|security|finance|procurement|communications|comms|innovation|open-?data|digital|ict|it|tech|labs?|library|learning|training|placements?|work-?experience|apprenticeships?|internships?|admissions|registrar|principal|headteacher|reception|child-?protection|facilities|estates|bookings?|visits?|stem|enquiry|queries|requests?)`;
export const SHARED_MAILBOX = new RegExp(String.raw`^${MAILBOX_WORD}(?:[._-]${MAILBOX_WORD})*@|^[a-z]*(?:club|hub|team|desk|unit|centre|center|office|network|services|international|global)@|@lists?\.`, 'i');

const ORG_WORDS =
  /^(?:Limited|Ltd|Inc|LLC|Pvt|Private|Holdings|Enterprises|Ventures|Associates|Corp|Corporation|Company|Co|Agency|University|College|School|Schools|District|Center|Centre|Library|Libraries|Hospital|Clinic|Museum|Medical|Regional|Hub|Network|Collective|Cooperative|Co-operative|Makerspace|Club|Foundation|Committee|Department|Office|Board|Council|Program|Programme|Partnership|Agreement|Memorandum|Understanding|Section|Party|Parties|Partner|Partners|The|This|That|These|Each|Both|Either|Neither|All|Any|Our|Its|Their|Institute|Society|Association|Bureau|Ministry|Government|Authority|Trust|Fund|Group|Labs|Lab|Systems|Services|Industries|Technologies|Technology|Robotics|Solutions|Academy|High|Middle|Elementary|Community|State|City|County|National|International|Australian|American|Malaysian|Digital|Data|Research|Science|Sciences|Engineering|Health|Safety|Signature|Signed|Name|Title|Date|Email|Phone|Director|Manager|Coordinator|Officer|Supervisor|Specialist|Administrator|Assistant|Advisor|Adviser|Technician|Teacher|Instructor|Librarian|Secretary|Treasurer|Superintendent|Provost|Counsellor|Counselor|Trainer|Chief|Lieutenant|Sergeant|Captain|Constable|Inspector|Detective|Deputy|Sheriff|Executive|Principal|President|Dean|Head|Lead|Founder|Chair|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Contact|Contacts|Personnel|Staff|Team|Point|Points|Address|Addresses|Notice|Notices|Street|Road|Avenue|Suite|Building|Parkway|Pkwy|Boulevard|Blvd|Drive|Highway|Crescent|Terrace|Plaza|Trail|Area|Estate|Industrial|Plot|Block|Floor|Zone|Sector|House|Chambers|Buildings|Wynd|Esplanade|Quay|Responsibilities|Roles|Effective|Purpose|Term|Terms|Funding|Outcomes|Goals|Steering|Design|Industry|Student|Students|Mentor|Mentors|Safe|Safety|User|Users|Representative|Representatives|Liaison|Custodian|Recipient|Provider|Employee|Employees|Member|Members|Analyst|Authorized|Authorised|Designated|Designee|Working|Business|Days|Weeks|Months|Hours)$/;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr)\.?$/;
const LEADING_WORDS = /^(?:(?:If|When|Where|Should|Unless|Until|While|Once)[ \t]+)+/; // ("If Gwen or Tom changes": no part of a name.)
const STOP_WORDS = /^(?:For|Attn|Attention|Via|From|To|Dear|Per|Re|And|Or|With|By|At|In|On|Of)$/;

/** Laws and the parts of documents: "Florida Statutes", "Education Code". */
const LEGAL_WORDS = /^(?:Statutes?|Act|Acts|Code|Codes|Law|Laws|Regulations?|Rules?|Policy|Policies|Article|Articles|Clause|Clauses|Schedule|Annex|Appendix|Exhibit|License|Licence)$/;
/**
 * Abstract nouns by their ending ("Career Readiness", "Clinical Education", "Creative Commons
 * Attribution"): not a surname or a given name. Endings names do have (-ance, -ence: Constance,
 * Lawrence; -ing: Fleming) are left out, and so are words of under eight letters (Clement).
 */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ness|tions?|sions?|ities|ity|ology|ologies|ics|ships?|ments?)$/u;

export function isOrgWord(word: string): boolean {
  const w = word.replace(/[’']s$/, '').replace(/[.,]$/, '');
  if (STOP_WORDS.test(w) || LEGAL_WORDS.test(w) || (w.length >= 8 && ABSTRACT_NOUN.test(w))) return true;
  return ORG_WORDS.test(w) || (w.endsWith('s') && ORG_WORDS.test(w.slice(0, -1)));
}

/**
 * Two or three capitalised words that are not an organisation: a person's name ("McInnes", "O'Brien",
 * "MacDonald", "DeShawn", "LaToya", "DiMaggio", "VanDyke" and "D'Angelo" are words too, and so are
 * double-barrelled surnames, "Smith-Jones" and "O'Neill-Baker").
 */
const NAME_WORD = String.raw`(?:Ma?c|O['’]|D['’]|De|Di|Du|La|Le|Van|Von)?\p{Lu}[\p{Ll}'’-]+`;
const NAME_NEXT = String.raw`[ \t]+(?:(?:de|van|von|da|del|della|di|du|la|le|bin|binti|al|el|ben|ter)[ \t]+)?`;
const NAME_CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME_WORD}(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.)` +
    // A double-barrelled surname ends the name ("Adwoa Boateng-Mensah Operations Manager": the title is no part of it).
    String.raw`(?:(?:${NAME_NEXT}(?:${NAME_WORD}|\p{Lu}\.)){0,2}${NAME_NEXT}${NAME_WORD}(?:-\p{Lu}[\p{Ll}'’]+)+|(?:${NAME_NEXT}(?:${NAME_WORD}|\p{Lu}\.)){1,3})(?![\p{L}])`,
  'gu',
);

/** A role's last word: "In-charge", "Coordinator", "Manager", "Officer". */
const ROLE_LAST = /^(?:in-?charge|incharge|coordinator|co-ordinator|manager|officer|director|administrator|supervisor|secretary|treasurer|chairperson|liaison|specialist|lead|person|point)$/i;

export const personNames = memo(personNamesUncached);

function personNamesUncached(text: string): string[] {
  const out: string[] = [];
  NAME_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_CANDIDATE.exec(text)) !== null) {
    const found = m[0].replace(LEADING_WORDS, '');
    const words = found.split(/[ \t]+/).filter((w) => !/^(de|van|von|da|del|della|di|du|la|le|bin|binti|al|el|ben|ter)$/.test(w) && !HONORIFIC.test(w));
    if (words.some((w) => isOrgWord(w))) continue;
    // ("Cell In-charge", "Programme Coordinator": a role, its last word a title, not a surname.)
    if (ROLE_LAST.test(words[words.length - 1] ?? '')) continue;
    if (words.filter((w) => !/^\p{Lu}\.$/u.test(w)).length < 2) continue;
    // "a Dedicated Engineer", "the Programme Lead", "each Site Mentor": a role, not a person's name.
    if (/\b(?:a|an|any|each|every|the|this|that|our|their|its|no|such)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "School of Public Affairs", "Department of Health Sciences": what an organisation's unit is of, not a person.
    if (ORG_OF_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push(found);
  }
  // One name after a title of address, as a contact card writes it ("Smt. S. Anuradha, B.T. Assistant", "Mr. Okafor —"): a person, though one word.
  HONORIFIC_NAME.lastIndex = 0;
  while ((m = HONORIFIC_NAME.exec(text)) !== null) if (!out.some((n) => n.includes(m![1]))) out.push(m[1]);
  return out;
}

const ORG_OF_BEFORE = /\b(?:school|department|dept\.?|faculty|college|office|ministry|institute|centre|center|division|bureau|directorate|board|academy|society|museum|bank|chamber|university)\s+(?:of|for)\s+$/i;

const HONORIFIC_NAME = /(?<![\p{L}])(?<!\b(?:Dear|Hi|Hello)[ \t]+)(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Smt|Shri|Sri|Kum|Mdm|Pn|En|Engr)\.?[ \t]+((?:\p{Lu}\.[ \t]*){0,2}\p{Lu}[\p{Ll}'’-]+)(?=[ \t]*(?:$|[,;:(|–—\n]|-[ \t]))/gmu;

/** A PDF's running footer or header ("Facility Use License – FAC-2025-031      Page 4 of 5", "… – TWEN MoU       2"): no part of the text around it. */
export const PAGE_LINE = /^.{0,100}\bpage\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*$|^[^|\n]{3,100}?\S[ \t]{6,}\d{1,3}[ \t]*$/i;

export const JOB_TITLE =
  /\b(?:director|manager|coordinator|officer|chief|ceo|cfo|cto|coo|president|vice[- ]president|principal|superintendent|dean|head|lead|founder|chair|chairperson|secretary|liaison|supervisor|administrator|specialist|counsel|teacher|professor|provost|treasurer|partner|owner)\b/i;

export const POC_SIGNAL =
  /(?:^|[\s*_>-])(?:authori[sz]ed |designated |primary )?(?:representative|contact(?: person| name)?|liaison|point of contact)[*_]*\s*:|\b(?:(?:designat|appoint|nominat)\w*\b[^.]{0,40}\b(?:primary |main |key |lead )?(?:contacts?|liaisons?|representatives?|coordinators?|nominees?|faculty leads?|focal (?:persons?|points?))\b|(?:one|a) (?:nominee|representative|liaison) (?:from|of|for) each (?:party|partner|member)|points? of contact|contact (?:persons?|points?|people|details|information)|key contacts?|liaisons?|represented by|(?:designate|designates|appoint|appoints|nominate|nominates)\b[^.]{0,80}\b(?:as|to be) (?:the |its |a |an )?(?:person|representative|contact|liaison|coordinator|lead)|primary contact|main contact|(?:['’]s|\bits|\btheir|\bour) (?:main |primary |day-to-day |first )?contact (?:for|at|on|with)\b)\b/i;

/** A rule for what happens when a contact person changes. */
export const HANDOFF =
  /\b(?:contacts?|representatives?|liaisons?|designees?|coordinators?|points? of contact)\b[^.]{0,60}\b(?:chang|leav|replac|successor|substitut|transition)\w*|\b(?:chang|replac)\w*\b[^.]{0,30}\b(?:contacts?|representatives?|liaisons?|designees?|point of contact)\b|\bhand(?:ed|s)?[- ]?(?:off|over)\b|\bsuccessor\b|\bchang\w*\b[^.]{0,30}\b(?:person|persons|people|addresse?s?|details)\s+(?:for|of)\s+notices?\b/i;

/**
 * Students, minors or work-based learning take part: the agreement must then name background
 * checks and supervision. "Student data", "student records" and the like are about information,
 * not about students taking part (a data-use agreement involves nobody).
 */
export const STUDENT_SIGNAL =
  /\b(?:students?|minors?|interns?|internships?|apprentices?|apprenticeships?|mentoring|mentees?|work-based learning|youth|pupils?|children|campers?|job shadow\w*)\b(?![’']?s?[ -](?:data|records?|information|achievement|level|identif\w*|privacy|PII|files?|surveys?|assessment data|test scores|outcomes data|databases?|systems?))/i;

/** Other people who take part in activities (their safety matters, but school safeguarding is not asked of them). */
export const PARTICIPANT_SIGNAL =
  /\b(?:volunteers?|patients?|members of the public|the public|attendees?|visitors?|participants?|learners?|trainees?|campers?|residents|clients? (?:on|at) (?:site|the premises))\b/i;

/** How a partner's engagement is shared among several partners or schools. */
export const SHARING =
  /\b(?:rotat\w*|equitabl\w*|equally|equal (?:number|share|numbers)|shar(?:e|ed|es|ing) (?:the )?(?:load|work|engagement|responsibilit\w*|hosting)|divid\w*|allocat\w*|rebalanc\w*|balanc\w*|alternat\w*|overburden\w*|in turn|take turns|spread)\b/i;

/** Currency codes and abbreviations written before an amount ("PLN 780", "Kshs. 4,500"). */
export const CURRENCY_CODES = String.raw`USD|GHC|US\$|AUD|CAD|EUR|GBP|INR|MYR|RM|NZD|SGD|KES|KSh|Kshs?\.?|KShs\.?|TSh|USh|Shs\.?|NGN|ZAR|GHS|PHP|IDR|Rp|Rs\.?|TZS|UGX|BDT|PKR|LKR|NPR|MXN|BRL|COP|CHF|JPY|CNY|HKD|FJD|WST|TOP|PGK|SBD|VUV|TTD|JMD|GYD|BBD|XCD|BSD|BZD|NOK|ISK|SEK|DKK|AED|OMR|SAR|QAR|KWD|EGP|MAD|XOF|XAF|RWF|ETB|ZMW|MWK|BWP|NAD|MUR|THB|VND|PEN|CLP|ARS|PLN`;

export const AMOUNT = new RegExp(String.raw`(?:[$£€¥₹₦₱₵₩₪₫₺₽]|\bGH[¢₵]|\b(?:${CURRENCY_CODES})\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:[kK]|[mM]|[mM]illion|[tT]housand|lakh|crore))?\b|\bR\s?\d{1,3}(?:[ \u00a0,]\d{3})+(?:\.\d{2})?\b|(?<=\b(?:up to|of|at|reimburse[sd]?|pay|pays|paid|cost|costs|fee|fees|allowance of|stipend of)\s)R\s?\d{2,6}(?:[.,]\d{2})?\b|\b\d[\d,]*(?:\.\d+)?\s?(?:[Dd]ollars|[Ee]uros|[Pp]ounds|[Rr]upees|[Rr]inggit|[Nn]aira|[Ss]hillings|[Rr]and|[Cc]edis|[Pp]esos|[Tt]aka|[Ll]akh|[Cc]rore|[Tt]ala|[Kk]ina|[Kk]ron(?:a|or|ur|er)|[Rr]iyals?|[Dd]irhams?|[Dd]inars?|[Ff]rancs|[Kk]wacha|[Bb]irr)\b`);

const NUMBER_WORD = '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a dozen|several)';
export const RESOURCE_QUANTITY = new RegExp(
  `(?<!\\bwithin )(?<!\\bwithin (?:at least |up to ))\\b(?:at least |up to |a minimum of |no fewer than |minimum of )?(?<!\\d[.,/–-])(?<!\\p{L}-)(?!(?:19|20)\\d\\d\\b)${NUMBER_WORD}(?:\\s*\\(\\d+\\))?(?!\\s+of\\b)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?<!\\b(?:credit|semester|quarter)\\s)hours?(?![’']?\\s+(?:notice|before|beforehand|earlier|prior|in advance|ahead)\\b)|minutes|staff|employees|engineers|mentors?|volunteers?|interns?|internships?|apprentices?|apprenticeships?|placements?|scholarships?|stipends?|laptops?|computers?|chromebooks?|tablets?|devices?|kits?|robots?|licen[cs]es?|seats?|slots?|events?|articles?|visits?|workshops?|sessions?|tours?|booths?|rooms?|classrooms?|labs?|spaces?|positions?|FTEs?|guest lectures?|lectures?|presentations?|job shadow\\w*|externships?|units?|grants?|awards?)\\b`,
  'iu',
);

/**
 * A number or date that makes a duty checkable: "a minimum of one collection", "one release day
 * per month", "by August 31, 2026" (a contribution of effort, in the guide's sense).
 */
export const QUANTIFIED = new RegExp(
  String.raw`\b(?:a minimum of|at least|no fewer than|no less than|minimum of)\s+${NUMBER_WORD}\b(?!\s*(?:\(\d+\)\s*)?(?:business\s+|calendar\s+|working\s+|school\s+)?(?:days?|weeks?|months?|hours?)[’']?\s+(?:before|prior|in advance|ahead|notice))|\b${NUMBER_WORD}(?:\s*\(\d+\))?\s+(?:[\p{L}-]+\s+){0,3}?(?:per|each|every|a)\s+(?:year|month|semester|term|week|quarter|cohort|school year|academic year)\b|\b(?:once|twice|three times|four times)\s+(?:a|per|each|every)\s+(?:year|month|semester|term|week|quarter)\b|\b(?:by|before|no later than|on or before)\b[^.;]{0,40}\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?\d{4}\b`,
  'iu',
);

/** "for three years": a period, which quantifies a duty ("support member libraries for two years") unless it is how long records are kept. */
export const FOR_PERIOD = new RegExp(String.raw`\bfor\s+(?:a (?:period|term) of\s+)?${NUMBER_WORD}(?:\s*\(\d+\))?\s+(?:years?|months?|semesters?|academic years?)\b`, 'iu');

export const DEADLINE =
  /\bwithin (?:\d+|one|two|three|five|seven|ten|fourteen|thirty|sixty|ninety)(?:\s*\(\d+\))? (?:business |calendar |working )?(?:days?|weeks?|months?|hours?)\b|\b(?:by|before|no later than|on or before) (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:\d{1,2},? )?\d{4}\b/i;

export const NO_FUNDS =
  /\b(?:(?:does|do|will|shall) not|doesn[’']t|don[’']t|won[’']t) charge\b[^.;]{0,80}?\banything\b|\b(?:nothing in this|(?:this|the) (?:mou|agreement|memorandum)\b[^.]{0,40}\b(?:does|shall|will) not)\b[^.]{0,40}\bobligat\w*\b[^.]{0,40}\b(?:funds|expend\w*|payments?|money|monies)\b(?![^.]{0,30}\bexcept\b)|\bno (?:funds|money|monies|payments?|fees?|compensation)\b[^.]{0,40}\b(?:changes? hands|exchanged|be paid|be charged|be made|(?:is|are|will be) (?:provided|offered|given)|(?:is|are) (?:paid|made|payable)|payable|transferred|owed|due|pass(?:es)?|passed)|\b(?:placements?|internships?|positions?|volunteering|mentoring|participation|work experience|roles?)\b[^.;]{0,40}?\b(?:is|are|will be|shall be)\s+(?:(?:voluntary|entirely|wholly)\s+and\s+)?unpaid\b|\bno (?:exchange|transfer) of (?:funds|money)|\b(?:does|do|will|shall) not involve (?:any |the )?(?:exchange|transfer) of (?:financial )?(?:funds|money|resources)\b|\bnot a commitment of (?:financial )?(?:funds|resources)|\bno financial (?:obligations?|commitments?)\b|\b(?:does|shall|will) not (?:create|impose|give rise to|constitute|involve) (?:any )?financial (?:obligations?|commitments?|liabilit\w*)\b|\bneither party (?:will|shall) (?:pay|owe|be (?:obligated|required) to pay)|\b(?:nobody|no one|neither (?:party|side|of us)) (?:pays|will pay|is paid|gets paid|charges)\b(?:\s+(?:anyone|anybody|the other|each other|anything))?|\b(?:each|every|both) (?:party|parties|partner|partners|member|members|organi[sz]ation)\b[^.]{0,30}\b(?:bears?|pays?|covers?|meets?|(?:is|are|will be|shall be) responsible for) (?:its|their|his|her) own (?:internal )?(?:costs?|expenses)|\bno compensation (?:is|will be|shall be) (?:provided|paid)|\bthere (?:is|will be|shall be) no (?:charge|fee|cost)s? (?:to|for)\b|\b(?:shall|will) not be (?:billed|invoiced|charged)\b|\b(?:provided|offered|supplied|made available) (?:without|free of) charge\b|\b(?:receive|receives|be paid|are paid|is paid) no (?:honorari(?:um|a)|compensation|payment|remuneration|fees?|salary|wages?|stipends?)\b|\bwithout (?:any )?(?:exchange of (?:funds|money)|payment between)/i;

export const RESOURCE_STRONG =
  /(?:\b(?:funds|funding|funded|fund|financial(?!\s+(?:interests?|gain|benefit|literacy|education|capability|wellbeing|well-being|health|inclusion|decisions?|skills?|planning|knowledge|management skills|services? (?:industry|sector)|aid office)\b)|financing|budget(?!ing\b)\w*|fees?|costs?|expenses|payments?|pay|pays|paid(?!\s+(?:employment|work\b|jobs?\b|or self-employment|(?:summer\s+)?(?:placements?|internships?|positions?|apprenticeships?|work experience)\b))|in-kind|in kind|donat(?:e|es|ed|ion|ions)|sponsor(?:s|ship)?|stipends?|scholarships?|grants? of|revenues?|(?<!non-|non |not-for-|not for )profits?|proceeds|royalt(?:y|ies)|commissions?|salar(?:y|ies)|wages?|honorari(?:um|a)|remuneration|reimburs\w*|allowances?)\b|[$£€]\s?\d)/i;

/** A share of money: "80% of net profits", "a 60/40 revenue split", "split 50/50". */
export const MONEY_SHARE =
  /\b\d{1,3}(?:\.\d+)?\s?%\)?\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+|each\s+)?(?:[\p{L}-]+\s+){0,2}?(?:profits?|revenues?|income|proceeds|fees?|sales|receipts|earnings|costs?|budget|contributions|donations|gifts|grants|funds|salar(?:y|ies)|wages|tuition|expenses)\b|(?:share|split)\b)|\b\d{1,2}\s?[/:]\s?\d{1,2}\s+(?:(?:net|gross)\s+)?(?:split|share|basis|revenues?|profits?|income)\b|\bsplit\s+(?:of\s+)?\d{1,2}\s?[/:%]\s?\d{1,2}\b/iu;
/** Each form of MONEY_SHARE has a digit just before its %, / or : (a cheap test that rules out most sentences). */
const SHARE_HINT = /\d\s?[%/:]/;
export const isMoneyShare = (s: string): boolean => SHARE_HINT.test(s) && MONEY_SHARE.test(s);
export const PROVIDE_VERB = /\b(?:provid\w*|contribut\w*|suppl(?:y|ies|ying)|offer\w*|donat\w*|lend\w*|loan\w*|allocat\w*|cover\w*|make\b[^.]{0,40}\bavailable|host\w*|grant(?:s|ed|ing)?\b(?!\s+(?:applications?|proposals?|funds?|funding|programs?|programmes?|periods?|writing|cycles?|awards?|budgets?|reports?|makers?|agreements?))|assign\w*|dedicat\w*)\b/i;
/** Lower case on purpose: "Natural Resources program" is a name, not a contribution. */
export const RESOURCE_WEAK = /\b(?:resources|equipment|materials|supplies|space|facilit(?:y|ies)|classrooms?|rooms?|laptops?|computers?|chromebooks?|tablets?|devices?|kits?|transport(?:ation)?|buses|expertise|staff time|time|staff|personnel|infrastructure|venue|software|hardware|engineers|mentors|volunteers|instructors|employees|experts|speakers|trainers)\b/;
/** "does not commit either party to any staff time": a disclaimer, not a contribution. */
export const NEGATED = /\b(?:not|neither|nor|never)\b|\bno\b(?!\s+(?:cost|charge|fee))|\bwithout\b(?!\s+(?:cost|charge|fee))/i;

export const SAFETY_CONTROLS: Array<{ id: string; label: string; re: RegExp }> = [
  { id: 'background-checks', label: 'background checks', re: /\b(?:background (?:checks?|screening|clearances?|verification)|fingerprint\w*|criminal (?:record|history|background) checks?|volunteer screening|screening of (?:all |the )?(?:adults|staff|volunteers|mentors|personnel|employees)|criminal background|abuse[- ]regist(?:ry|er)|background and [\w-]+ checks?|disclosure and barring|barred lists?|extracts? of (?:a |the |their )?criminal records?|criminal records? extracts?|checked against (?:the )?(?:[\w-]+ ){0,3}regist(?:er|ry)|DBS(?: checks?)?|(?:enhanced )?disclosure checks?|clearances?|vetting|vetted|screened|cleared|PVG|Protecting Vulnerable Groups|working with children checks?|WWCC|(?:certificates?|certification) of good conduct|police (?:checks?|clearances?|verification|certificates?|vets?|vetting)|vulnerable sector checks?|CORI|live ?scan|sex offender registry)\b/i },
  {
    id: 'supervision',
    label: 'supervision',
    re: /\b(?:supervis\w+|ratio of|adult-to-student|staff-to-student|never (?:be )?(?:left )?alone|(?:left|be|is|works?) alone|line of sight|within sight|two-adult|chaperon\w*|(?:one|1|an?|two|2) (?:trained |qualified )?adults? (?:for|per|to) (?:every )?\w+|ratios?|(?:\d+|one|two|three|an?)\s+(?:[\w-]+\s+){0,2}?(?:adults?|instructors?|staff(?: members?)?|teachers?|chaperones?|leaders?|supervisors?|counsell?ors?|mentors?|volunteers?|coaches?|helpers?)\s+(?:for|per|to)\s+(?:every\s+|each\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)|accompanied (?:by|at all times|throughout)|accompan(?:y|ies|ying) (?:the |each |every |all )?(?:group|students?|pupils?|class|participants?|delegation)|roll[- ]calls?|head[- ]counts?|staffed by|(?:present|on site) (?:in|at|for|during|throughout) (?:every|each|all)|no (?:mentor|adult|volunteer|student|learner|pupil|child|participant|intern|trainee)\b[^.]{0,40}\b(?:alone|one-to-one|one-on-one)|(?:staff(?: members?)?|teachers?|adults?)\b[^.;]{0,30}\bon duty\b[^.;]{0,20}\b(?:every|each|all)\b|(?:instructors?|teachers?|staff(?: members?)?|chaperones?|supervisors?|adults?)\b[^.;]{0,30}\b(?:attends?|accompan\w+|(?:is|are|will be|shall be) (?:present|in the room) (?:at|on|for|during)|stays? with|remains? with|will (?:stay|remain) with)\b[^.;]{0,30}\b(?:every|each|all|(?:with )?the (?:learners|students|pupils|group|class|children)|with (?:learners|students|pupils|the group|children))\b|\bgroups? of (?:no more than|not more than|at most|up to|a maximum of) (?:\d+|\w+)|(?:not more than|no more than|a maximum of|at most) (?:\d+|\w+) (?:students?|pupils?|learners?|children|participants?|campers?|young people|youths?) (?:per|to each|for each|for every|to every|to one|for one) (?:adult|staff(?: member)?|supervisor|facilitator|leader|teacher|instructor|mentor|volunteer|coach|tutor|chaperone)\b|(?:at least|a minimum of|no fewer than) (?:two|2|three|3) (?:adults?|volunteers?|staff(?: members?)?|mentors?|leaders?|facilitators?|instructors?|coaches?) (?:at|in|during|for) (?:every|each|all)\b|(?:not|never|\w+n['’]t) (?:meet|be|remain|stay|work)\b[^.]{0,30}\b(?:alone|one-to-one|one-on-one)|in (?:full )?view of (?:school |other )?(?:staff|teachers?|adults?)|(?:staff(?: members?)?|teachers?|adults?) (?:is|are|will be|must be|shall be) present in the room|(?:monitored|overseen|moderated|visible) (?:by|to) (?:[\w-]+ ){0,3}staff\b|(?:may|can|will) be (?:read|seen|reviewed) by (?:[\w-]+ ){0,3}staff\b|(?:stays?|remains?|staying|remaining|(?:is|are|be) kept) (?:with|in (?:the )?sight of|in the company of)\b[^.;]{0,60}\bat all times|where (?:[\w-]+ ){0,2}(?:staff|teachers?|adults?)(?: or (?:[\w-]+ ){0,2}staff)?(?: members?)? (?:are|is) present|(?:staff(?: members?)?|teachers?|adults?) who (?:is|are|will be) present\b[^.;]{0,50}\b(?:during|at|for|throughout) (?:every|each|all)\b|(?:at least|a minimum of|no fewer than) (?:two|2) (?:[\w-]+ )?(?:adults?|volunteers?|staff(?: members?)?|mentors?|leaders?|instructors?)\b[^.]{0,20}\bpresent|alongside (?:at least )?(?:one|an?) (?:other )?adult|(?:not more than|no more than|a maximum of) (?:\w+ )?(?:\(\d+\) )?(?:students?|pupils?|learners?|children|participants?|trainees?) (?:are |will be |shall be |may be )?(?:carried |allowed |permitted |placed |assigned |hosted )?(?:on|in|per|with) (?:any|each|every|one|a)\b|(?:teachers?|adults?|staff(?: members?)?|supervisors?|instructors?)\b[^.]{0,30}\b(?:is|are|will be|shall be|must be) (?:aboard|on board|present with) (?:every|each|all|the)\b)\b/i,
  },
  { id: 'check-ins', label: 'school-side check-ins or site visits', re: /\b(?:site visits?|(?:teachers?|tutors?|lecturers?|placement (?:officers?|coordinators?))\b[^.;]{0,40}\bvisit(?:s|ed|ing)?\b|(?:unannounced|spot|monitoring) (?:visits?|checks?)|check[- ]ins?|checks in|visit\w* (?:the )?(?:[\w'’]+ )?(?:work ?site|site|workplace|placement|premises)|monitor\w* (?:the )?(?:placement|students?)|(?:review|meeting) with (?:each|every|the) (?:intern|student|apprentice|trainee|learner)s?)\b/i },
  { id: 'incident-reporting', label: 'incident reporting with a time limit', re: /\b(?:incidents?|injur(?:y|ies)|accidents?|allegations?|concerns?)\b[^.]{0,120}\b(?:report\w*|notif\w*)\b|\breport\w*\b[^.]{0,80}\b(?:incidents?|injur(?:y|ies)|accidents?|allegations?|concerns?)\b|\breports?\b[^.]{0,40}\b(?:acknowledged|answered|responded to|investigated|dealt with)\b[^.]{0,20}\bwithin\b/i },
  // Insurance counts as a control when it has a floor ("at least USD 1 million per occurrence") or proof ("a certificate of insurance").
  {
    id: 'insurance',
    label: 'insurance minimums',
    re: /\b(?:insurance|insured|coverage)\b[^.;]{0,80}(?:[$£€₹]\s?\d|\b(?:USD|US\$|AUD|CAD|EUR|GBP|INR|Rs\.?|NGN|ZAR|KES|PHP|NZD)\s?\d|\b\d[\d,.]*\s?(?:million|thousand|lakhs?|crores?)\b)|(?:[$£€₹]\s?\d|\b(?:USD|AUD|CAD|EUR|GBP|INR|NGN|ZAR|KES|PHP|NZD)\s?\d)[^.;]{0,60}\b(?:insurance|coverage)\b|\bcertificates? of insurance\b|\bworkers'? compensation\b/i,
  },
  { id: 'permission', label: 'parent permission', re: /\b(?:parent(?:al)?|guardian)s?\b[^.]{0,60}\b(?:permission|consent|waiver|release)\b|\b(?:permission|consent) (?:slips?|forms?)\b/i },
  { id: 'training', label: 'safeguarding training', re: /\b(?:safeguarding|child protection|mandated report\w*|abuse prevention|first aid(?:ers?)?|safety training|orientation|emergency (?:procedures|plan|contacts?))\b/i },
  { id: 'transport', label: 'transport arrangements', re: /\b(?:transport\w*|bus|buses|vehicles?|driving|rides?)\b/i },
];

/** Insurance a party keeps (not an employee's health insurance): a safety term, weak without a minimum. */
export const INSURANCE_KEPT =
  /\b(?:liability insurance|insurance (?:coverage|policy|policies|cover)|certificates? of insurance|(?:maintains?|maintaining|carry|carries|hold|holds|keep|keeps|obtain|obtains|procure)\b[^.;]{0,40}\b(?:insurance|coverage)|additional insured|workers'? compensation)\b/i;

export const SAFETY_SIGNAL =
  /\b(?:liability insurance|insurance coverage|(?:professional |general )?liability coverage|incident reporting|(?:is|are|be|been) kept safe\b|keep\w* (?:everyone|all participants|students|pupils|children|young people|learners|them|it|things|kids|the kids) safe\b|youth protection\b|vetting disclosures?|accompanied (?:at all times|throughout)|(?:maximum|max\.?|no more than|not more than|up to) (?:of )?(?:one|two|three|four|five|six|\d{1,2}) (?:students?|pupils?|learners?|children|participants?|trainees?|interns?) (?:per|to each|for each|for every) (?:supervisor|adult|member of staff|staff member|instructor|mentor|preceptor|teacher)|report\w* (?:any |all |an? )?(?:accidents?|injur(?:y|ies)|incidents?)|(?:enhanced )?DBS checks?|PVG|working with children checks?|(?:certificates?|certification) of good conduct|police (?:checks?|clearances?|verification|vets?|vetting)|(?:garda|police|national vetting bureau|nvb|safeguarding|criminal record) vetting|national vetting bureau|vetting (?:of|for) (?:all )?(?:staff|volunteers|adults|employees|mentors|supervisors|personnel)|background verification|supervise (?:not more than|no more than|up to|at most)|supervises? (?:no )?more than (?:\d+|one|two|three|four|five|six)\b|(?:directly |closely |personally )?supervised by\b[^.;]{0,40}\bat all times|ratio of (?:students|participants|trainees|learners|children|pupils|interns|apprentices|campers) to|(?:present|on site|on the unit) whenever (?:the )?(?:students?|participants?|trainees?|learners?|children|pupils|interns?|apprentices?|campers?) (?:are|is)|(?:staff|adults?|teachers?|employees?|supervisors?)\b[^.]{0,30}\b(?:present|on site|in the room) (?:in|at|for|during|throughout) (?:every|each|all)|certificates? of insurance|safety|safe[,\s]+(?:[\p{L}-]+,?\s+){0,5}?(?:environment|space|place|setting)|(?:visitors?|volunteers?)['’]? (?:polic(?:y|ies)|rules|procedures|protocols?|guidelines)|safe use of (?:the |its |their )?(?:equipment|tools?|machines?|machinery|telescopes?|devices?|laborator(?:y|ies)|labs?|workshops?|facilit(?:y|ies)|premises|site)|(?:everyone|all participants|participants|students|volunteers|mentors|adults|attendees)\b[^.;]{0,60}\b(?:bound by|follow|comply with|abide by|adhere to)\b[^.;]{0,40}\bcode of conduct|polic(?:y|ies)\b[^.;]{0,30}\b(?:off-campus|field trips?|excursions?|school trips?|on volunteers?|on visitors?|safe schools?)|(?:ensure|make sure|see to it)\b[^.;]{0,50}\b(?:is|are|be|remains?|stays?) safe\b|safe (?:space|spaces|place|setting)|safeguarding|child protection|background (?:checks?|clearances?|screening|verification)|fingerprint\w*|(?:never|not) (?:be )?(?:left )?alone with|(?:not|never|\w+n['’]t) meet\b[^.]{0,30}\b(?:alone|one-to-one|one-on-one)|supervis(?:e|ed|ion|ing) (?:of )?(?:students|minors|interns|participants|youth|children)|well-?being of (?:all |the |our )?(?:students|participants|minors|children|visitors|young people)|students'? (?:safety|well-?being)|emergency (?:procedures|plans?|contacts?|response)|harass(?:ment|ed|ing)?|risk assessments?|duty of care|first aid|hazards?|hazardous|child labou?r (?:laws?|rules|regulations|standards))\b/iu;

/** A service level a party keeps (uptime, response times): a duty's standard, not what the partnership achieves. */
export const SERVICE_LEVEL = /\b(?:(?:target|minimum|guaranteed)\s+(?:availability|uptime|response times?|resolution times?)|availability of\s+\d|uptime|service levels?|SLAs?)\b/i;
const SERVICE_LEVELS = new RegExp(SERVICE_LEVEL.source, 'gi');
/** A course's objectives handed over or set ("provide … the learning objectives for the course", "the setting of learning objectives for each rotation"): curriculum, not the partnership's aims. */
const HANDED_OVER = /\b(?:provide|provides|send|sends|give|gives|share|shares|supply|supplies|submit|submits|forward|forwards|set|sets|setting|develop\w*|writ\w*|prepar\w*|determin\w*|approv\w*|plan|plans|planning)\b[^.;]{0,160}?\b(?:learning|course|lesson|curriculum|training|unit|module)\s+(?:objectives?|outcomes?|goals?)\b/gi;
/** Outcome words, not counting a service level's "target availability" or objectives handed over as a document. */
export const outcomeSignal = (t: string): boolean => {
  const own = SERVICE_LEVEL.test(t) ? t.replace(SERVICE_LEVELS, ' ') : t;
  return OUTCOME_SIGNAL.test(own) && (!/\b(?:learning|course|lesson|curriculum|training|unit|module)\s+(?:objectives?|outcomes?|goals?)\b/i.test(own) || OUTCOME_SIGNAL.test(own.replace(HANDED_OVER, ' ')));
};

export const OUTCOME_SIGNAL =
  /\b(?:(?:count|consider|judge|deem|call|regard)\w*\s+(?:this|the|it|our)\b[^.]{0,40}?\ba\s+success\s+if\b|(?:sponsorship|gift|donation|support|contribution|funding|equipment|partnership) (?:helps|will help|is expected to|enables|will enable|lets|will let)\b|(?:is|are) expected to (?:let|help|enable|allow|increase|expand|improve|grow|raise|reduce)\b|inspire more\b|(?:project|program|programme|partnership|initiative|collaboration|research|study|pilot|sponsorship|donation|gift|grant|externship|internship|placement|apprenticeship|camp|club|course|workshops?|sessions|visits|events?)\s+(?:also\s+)?(?:aims?|seeks?|(?:is|are) intended|(?:is|are) designed)\s+to|(?:our|its|their|the) (?:shared |main |key |joint )?aim (?:is|was|will be|here is)\b|(?:we|partners|parties|both parties) would (?:like|love) to (?:see|help)\b|outcomes?|goals?|objectives?|deliverables?|aspir(?:e|es|ed|ation|ations)|(?:our|its|their|shared|main|key|joint) aims|(?:clubs?|programmes?|programs?|projects?|partners|parties|we) (?:aim|seek|hope) to|(?:partners|parties|we) (?:both |all )?(?:intend|expect) that\b|(?:partnership|collaboration|programme|program|project|initiative) will help (?:to )?(?:close|improve|increase|build|reduce|raise|expand|strengthen|create|develop|open|grow)|(?:is|are|was|were) (?:established|set up|created|formed|entered into) (?:in order )?to (?:foster|promote|strengthen|build|develop|broaden|deepen|encourage|advance|enhance)|aims? (?:of|for) (?:this|the) (?:partnership|collaboration|agreement|project|programme|program|pilot|initiative|scheme|memorandum|mou|club|camp|exchange|placement|intake|cohort|year|season|term)|we (?:both |all )?hope|hopes? (?:to|that)|(?:our|the|their) (?:shared |main |joint )?hope is (?:that|to)|shares? (?:the|a|an|our|their) (?:common )?(?:aim|goal|objective|ambition)s? of|(?:study|research|evaluation|analysis) will (?:answer|examine|investigate|assess|determine|test|explore)\b|research questions?|(?:answer|address) (?:the following|these|two|three|four|five) (?:research |study )?questions|achieve (?:the following|these) (?:results|outcomes)|(?:expected|intended|anticipated|desired) results|(?:report|summary|survey)\w*\b[^.]{0,100}\b(?:the |total )+numbers? of (?:[A-Za-z-]+ ){0,3}?(?:students|young people|participants|attendees|learners|pupils|children|people|volunteers|workshops|sessions|events|graduates|completers)|(?:summary|report) of (?:the )?(?:attendance|participation|feedback)|success (?:metrics?|measures?|criteria|indicators?)|measures? of success|key performance indicators?|KPIs?|targets?|milestones?|benchmarks?|(?:evaluat\w+|measur\w+|assess\w+) (?:the )?(?:success|progress|effectiveness|impact|outcomes?))\b/i;

/** An aim someone means to reach ("…so that…", "more students finishing school with a plan"): what makes a Purpose section a (weak) statement of outcomes. */
export const OUTCOME_AIM = /\b(?:achiev\w*|promot\w*|foster\w*|accomplish\w*|aims?|results?|succe(?:ss|ssful|ed)\w*|impact|improv\w*|increas\w*|strengthen\w*|enhanc\w*|expand\w*|reduc\w*|measur\w*|so that|in order to|(?:more|fewer) (?:[\p{L}-]+ ){0,2}?(?:students|pupils|learners|young people|graduates|people|girls|women|teachers|families|residents|participants|completers))\b/iu;

export const MEASURE_TARGET =
  /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\b(?:at least|no fewer than|a minimum of|minimum of|up to|increase\w*|reduc\w*|grow\w*|improv\w*|rais\w*)\b[^.]{0,60}\b(?!(?:one|1)(?![\d,.]))(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|hundred)\b(?!\s*(?:\(\d+\)\s*)?(?:working |business |calendar |clear )?(?:days?|weeks?)['’]?\s+(?:to review|to comment|to respond|before|prior|in advance|notice|written notice))|(?<!\b(?:year|grade|grades|class|form|standard|std|level|stage|ks|years)\s)(?<!\b(?:19|20)\d\d[–/-])(?<!^\W*\d{1,2}\.)\b(?!(?:19|20)\d\d\b)(?:\d+|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|hundred)\s+(?:[\p{L}-]+\s+){0,3}?(?:students?|participants?|interns?|teachers?|educators?|graduates?|credentials?|certifications?|certificates?|hires?|placements?|projects?|schools?|classrooms?|mentors?|apprentices?|hours|workshops|sessions|events|courses|modules|degrees|enrollments?|completers?)\b/iu;

export const PERIOD =
  /\b(?:each|every|per|a|an) (?:[\w-]+ )?(?:year|semester|term|quarter|month|week|school year|academic year|cohort|summer|spring|fall|season|session|program)\b|\b(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|biannual(?:ly)?|semi-?annual(?:ly)?)\b|\bby (?:\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?: 20\d\d\b|(?![\w/-]))|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? 20\d\d)?\b(?![/-]))|\bby (?:the end of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2},? )?(?:20\d\d|the (?:first|second|third) year|year (?:one|two|three|\d))\b|\b(?:in|during|by|before) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+\d)|\b(?:in|during|by|before|for) the (?:January|February|March|April|May|June|July|August|September|October|November|December),? 20\d\d\b|\bon (?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\b(?![/-])|\b(?:within|over|during|in) the (?:first|next|initial)? ?(?:\w+ )?(?:years?|months?|semesters?|term)\b|\b(?:fall|spring|summer|winter)(?: semester| term)? (?:of )?20\d\d\b|\b20\d\d[–-](?:20)?\d\d\b|\b(?:the following|the next|next|this|each|the end of the|end-of-(?:the-)?)[- ](?:school |academic |program |programme )?year\b|\b(?:by|before|until)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?\(?(?:week of\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b(?![/-])|\bsummer\b|\bbaseline\b|\b(?:each|every) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:class|cohort) of 20\d\d\b|\bat the (?:final|closing|end-of-project) (?:presentation|review|evaluation|showcase|assessment)\b|\b(?:at|by) the (?:end|close|conclusion) of the (?:project|programme|program|placement|pilot|internship|externship|course|camp)\b/i;

export const MEASURE_SOURCE = /\b(?:measured|tracked|reported|verified|assessed|evaluated|recorded) (?:by|through|using|from|via|in)\b|\bas (?:shown|recorded) (?:in|by)\b|\b(?:data|records|surveys?|attendance|transcripts?|rosters?)\b/i;

/**
 * Memo of a pure per-text computation. Passages and sentences repeat across analyses (block facts
 * are cached, so their strings are the same objects and hash once). Two generations: a text used in
 * the last `limit` insertions survives the turnover, so a big document does not thrash the memo.
 */
export function memo<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return (text: string) => {
    let v = current.get(text);
    if (v !== undefined) return v;
    v = previous.get(text);
    if (v === undefined) v = fn(text);
    if (current.size >= limit) {
      previous = current;
      current = new Map();
    }
    current.set(text, v);
    return v;
  };
}

const testers = new WeakMap<RegExp, (text: string) => boolean>();

/** `re.test(text)`, memoised per pattern and text (for patterns without the g or y flag). */
export function tests(re: RegExp): (text: string) => boolean {
  let t = testers.get(re);
  if (!t) {
    t = memo((text) => re.test(text));
    testers.set(re, t);
  }
  return t;
}

const LIST_OR_BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#|\|)/;
const ENDS_WITH_LOWER_WORD = /(?:^|[^\p{L}'’-])\p{Ll}[\p{Ll}'’-]*$|,$/u;
const CONTINUES = /^\s*\p{Ll}\p{Ll}/u;

/** Split text into sentence-like units (also at line breaks, but not where a sentence wraps). */
export const sentences = memo((text: string): string[] => {
  let joined = text;
  if (text.includes('\n')) {
    // A line that wraps mid-sentence ("…at the showcase" / "by May 31, 2026.") is one sentence.
    const lines = text.split('\n');
    joined = lines[0];
    for (let i = 1; i < lines.length; i++) {
      // (Also a line that stops mid-phrase, "within the first 6", before one that goes on in lower case, "months of…".)
      const wraps = (ENDS_WITH_LOWER_WORD.test(lines[i - 1].slice(-40)) || (CONTINUES.test(lines[i]) && !/[.!?:;]\s*$/.test(lines[i - 1]))) && !LIST_OR_BLOCK_START.test(lines[i]);
      joined += (wraps ? ' ' : '\n') + lines[i];
    }
  }
  return joined
    // …and an enumeration run into one line ("agrees to: a. name one representative; b. enrol…"), as Word and PDF give it.
    // (Not after a title, a saint or a currency written with a full stop: "Dr. Ana Ruiz", "St. Brigid", "Kshs. 4,500", "Rs. 50,000".)
    .split(/(?<=[.!?;])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Engr|St|Mt|Ft|Rs|Kshs|Ksh|Shs|[Nn]os?|approx|ca|incl|e\.g|i\.e|viz|cf)\.)\s+(?=[\p{Lu}("“0-9*_])|(?<=[:;])\s+(?=\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})[.)]\s)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
});

export function matchAll(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return Array.from(text.matchAll(g), (m) => m[0]);
}
