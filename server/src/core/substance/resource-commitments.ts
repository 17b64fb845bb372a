/** Resource commitments: amounts, quantities or dates tied to a party — or an explicit "no funds change hands". */
import { AMOUNT, DEADLINE, NEGATED, NO_FUNDS, PROVIDE_VERB, RESOURCE_QUANTITY, RESOURCE_STRONG, RESOURCE_WEAK, sentences } from '../signals';
import { findPlaceholders } from '../placeholders';
import { missingAttachments, placeholdersIn, quoteList, type Judgement, type SubstanceInput } from './common';

/** A sentence that talks about what a party contributes. */
export function isResourceSentence(s: string): boolean {
  if (NO_FUNDS.test(s)) return true;
  // Insurance limits and indemnities are safety and liability terms, not contributions.
  if (/\b(?:insurance|insured|liability coverage|indemnif\w*|hold harmless)\b/i.test(s)) return false;
  if (NEGATED.test(s) && !AMOUNT.test(s) && !RESOURCE_QUANTITY.test(s)) return false;
  return RESOURCE_STRONG.test(s) || RESOURCE_QUANTITY.test(s) || (PROVIDE_VERB.test(s) && RESOURCE_WEAK.test(s));
}

/** A resource sentence with a number, amount or date in it (and no blank left to fill). */
export function isConcreteCommitment(s: string): boolean {
  if (findPlaceholders(s).length) return false;
  return AMOUNT.test(s) || RESOURCE_QUANTITY.test(s) || (DEADLINE.test(s) && (RESOURCE_STRONG.test(s) || PROVIDE_VERB.test(s)));
}

export function judgeResources(input: SubstanceInput): Judgement {
  const { located, model } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  const sents = located.passages.flatMap((p) => sentences(p.text));
  const text = sents.join('\n');
  const pool = located.by === 'content' ? sents.filter(isResourceSentence) : sents;
  const concrete = pool.filter(isConcreteCommitment);
  const noFunds = sents.some((s) => NO_FUNDS.test(s));
  const missing = missingAttachments(text, model);
  const ph = placeholdersIn(input);
  if (concrete.length || noFunds) {
    return {
      status: 'present',
      reason: noFunds && !concrete.length ? 'says plainly that no funds change hands' : `${concrete.length} commitment${concrete.length === 1 ? '' : 's'} with an amount, quantity or date`,
    };
  }
  if (missing.length) return { status: 'weak', reason: `points to ${quoteList(missing)} for the amounts, but it is not in this document` };
  if (ph.length) return { status: 'weak', reason: `the amounts are still placeholders (${quoteList(ph.map((p) => p.text))})` };
  if (/\b(?:as (?:shall|may|will) be agreed|to be agreed|to be determined)\b/i.test(text)) {
    return { status: 'weak', reason: 'leaves the contributions “to be agreed” instead of stating them' };
  }
  return { status: 'weak', reason: 'mentions support but gives no amounts, quantities or dates' };
}
