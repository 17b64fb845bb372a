/**
 * Sentences with money, numbers or a party in them that give nothing: what a party is or has, who decides, a body's name, an
 * organisation's size, what participants earn. Read by resource-commitments.ts.
 */
import { OBLIGATION } from '../signals';

/** What a party is or has ("The Resort operates three hotels with 1,150 rooms and employs over 1,400 persons", "Bridgeworks is a civil and structural engineering firm of about 140 staff"), not what it gives. */
const DESCRIBES = /^\W*(?:[A-Z]\.\s+|\(?[a-z]\)\s+)?(?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,6}\s+(?:operates|owns|employs|comprises|serves|enrols|enrolls|runs|manages|has (?:been|over|more than|some|about|around|\d)|is an? (?:public|private|registered|chartered|leading|non-profit|not-for-profit|charitable|state|national|company|university|college|school|society|trust|firm|provider)\b|is an? (?:[\p{L}-]+,?\s+(?:and\s+)?){1,4}(?:firm|company|provider|organi[sz]ation|charity|business|manufacturer|employer|school|college|university|society|trust|network|cent(?:re|er)|museum|library|hospital|agency|association|co-?operative|consultancy|practice)\b)/u;

/** What the members have ("Several member libraries have one or two staff", "Most of us have only a part-time coordinator"): no contribution. */
const HAVE_NOW = /^\W*(?:[\p{L}'’-]+\s+){1,5}?(?:has|have) (?:only |just |no more than |fewer than |over |more than |about |around |some )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful of|several)\b)/iu;

/** Who decides, or what a body is set up under ("Decisions about … budgets remain with the College", "programs receiving federal Perkins funds"): no contribution. */
const GOVERNANCE = /\bdecisions? (?:about|on|over|regarding)\b|\b(?:joint )?applications? to funding bodies\b|\bapply(?:ing)? (?:jointly )?(?:to|for) (?:external )?(?:funding|grants?)\b|\b(?:is|are) established under\b|\b(?:programs?|programmes?|institutions?|schools?|colleges?) (?:receiving|that receive|in receipt of)\b/i;

/** What DESCRIBES and GOVERNANCE need somewhere in the sentence (a cheap test first). */
const DESCRIPTIVE_WORD = /\b(?:operates|owns|employs|comprises|serves|enrol{1,2}s|runs|manages|has (?:been|over|more|some|about|around|\d)|is an? |decisions?|established|receiving|receive|applications? to|apply|applying)/i;
/** A sentence that says what a party is or has, and binds it to nothing. */
export const describesParty = (s: string): boolean => ((DESCRIPTIVE_WORD.test(s) && DESCRIBES.test(s)) || HAVE_NOW.test(s)) && !OBLIGATION.test(s);

/** A body's name ("Securities and Exchange Commission", "Ignite National Technology Fund"): no money. */
export const BODY_NAME = /\b(?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}(?:Commission|Fund)\b|\b(?<=the\s)(?:Commission|Fund)\b/gu;
/** An organisation's size in brackets ("SME manufacturer (84 staff)"): what it is, not what it gives. */
export const SIZE_IN_BRACKETS = /\(\s*(?:about |around |over |c\.\s*)?\d[\d,]*\s+(?:staff|employees|people|workers|members)\s*\)/gi;

/** Who decides, or what a body is set up under, binding no one. */
export const governs = (s: string): boolean => DESCRIPTIVE_WORD.test(s) && GOVERNANCE.test(s) && !OBLIGATION.test(s);

/** What participants earn, as a measure of the work ("median second-quarter earnings of at least $11,500", "average starting wage"): an outcome. */
export const OUTCOME_MEASURE = /\b(?:median|average|mean)\s+(?:[\p{L}-]+\s+){0,2}?(?:earnings|wages?|salar(?:y|ies)|income|pay)\b/iu;

/** An amount whose payer is still open: "Who pays not decided — split it, or PTA…", "funding source to be confirmed". */
export const PAYER_UNDECIDED = /\b(?:who (?:pays|will pay|covers|funds) (?:(?:for )?(?:it|this|them|that) )?|(?:the |each party's )?(?:funding|payment|cost) (?:source|split|shares?)\s+)(?:is |are )?(?:(?:still|not yet)\s+)?(?:not (?:yet )?(?:decided|agreed|confirmed|settled|sorted)|undecided|unresolved|to be (?:decided|agreed|confirmed|settled)|tbd|tbc)\b/i;
