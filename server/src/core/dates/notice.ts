/**
 * Notice periods: how much notice a party must give to end the agreement ("either party may
 * terminate this MOU with thirty (30) days' written notice", "upon 60 days prior written notice",
 * "by giving the other party three months' notice"). Pure and memoised per passage text.
 */
import { memo } from '../signals';
import { wordNumber } from './find';

export interface Notice {
  count: number;
  unit: 'days' | 'weeks' | 'months';
  /** The words it was read from. */
  text: string;
}

const COUNT = String.raw`(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|one hundred)`;
const UNIT = String.raw`(?:calendar\s+|business\s+|working\s+)?(days?|weeks?|months?)`;
/** "30 days' written notice", "thirty (30) days prior written notice", "notice of at least 60 days". */
const NOTICE = new RegExp(
  String.raw`\b${COUNT}\s*(?:\(\s*(\d{1,3})\s*\)\s*)?${UNIT}['’]?\s*(?:of\s+)?(?:advance\s+|prior\s+|advanced\s+)?(?:written\s+|formal\s+)?(?:advance\s+|prior\s+)?notice\b|\bnotice\s+(?:period\s+)?of\s+(?:at\s+least\s+|not\s+less\s+than\s+|no\s+less\s+than\s+)?${COUNT}\s*(?:\(\s*(\d{1,3})\s*\)\s*)?${UNIT}`,
  'i',
);
/** The notice is about ending the agreement, not about a duty ("notify the school 5 days before a visit"). */
const ENDING = /\b(?:terminat\w*|withdraw\w*|end(?:s|ed|ing)?\s+(?:this|the|its?)\b|cancel\w*|exit|leave\s+the\s+(?:partnership|agreement))\b/i;

function readNotice(text: string): Notice | undefined {
  if (!ENDING.test(text)) return undefined;
  const m = NOTICE.exec(text);
  if (!m) return undefined;
  const [words, figures, unit] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const count = figures ? +figures : /^\d+$/.test(words) ? +words : wordNumber(words.replace(/\s+/g, ' '));
  if (!count) return undefined;
  const u = unit.toLowerCase();
  return { count, unit: u.startsWith('day') ? 'days' : u.startsWith('week') ? 'weeks' : 'months', text: m[0] };
}

/** The notice period to end the agreement that a passage states, if any (per text, memoised). */
export const noticeIn = memo(readNotice, 20_000);
