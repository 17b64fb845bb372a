/** Intended outcomes: a measure, a target and a period. */
import { MEASURE_TARGET, OUTCOME_AIM, OUTCOME_SIGNAL, PERIOD, sentences } from '../signals';
import { findPlaceholders } from '../placeholders';
import { evidenceOf, placeholdersIn, quoteList, someEvidence, type Judgement, type SubstanceInput } from './common';

/** Outcomes with a target, when a period is given for them (in the sentence or once for the whole section). */
export function measurableOutcomes(text: string, aboutOutcomes = false): string[] {
  // Found by content only: the target itself must speak of an outcome ("100 hours of training" is an input).
  const targets = sentences(text).filter(
    (s) => MEASURE_TARGET.test(s) && findPlaceholders(s).length === 0 && (!aboutOutcomes || OUTCOME_SIGNAL.test(s) || OUTCOME_AIM.test(s)),
  );
  if (targets.some((s) => PERIOD.test(s))) return targets;
  return PERIOD.test(text) ? targets : [];
}

export function judgeOutcomes(input: SubstanceInput): Judgement {
  const { located } = input;
  if (located.passages.length === 0) return { status: 'weak', reason: 'has a heading but nothing under it' };
  const text = located.passages.map((p) => p.text).join('\n');
  const measurable = measurableOutcomes(text, located.by === 'content');
  const ph = placeholdersIn(input);
  if (measurable.length >= 1) {
    const evidence = someEvidence(located.passages.filter((p) => measurableOutcomes(p.text, located.by === 'content').length > 0).map((p) => evidenceOf(p, 'an outcome with a target and a period')));
    return {
      evidence, status: 'present', reason: `${measurable.length} outcome${measurable.length === 1 ? '' : 's'} with a target and a period` };
  }
  if (ph.length) return { status: 'weak', reason: `the outcomes are still placeholders (${quoteList(ph.map((p) => p.text))})` };
  if (located.by === 'territory') return { status: 'weak', reason: 'states aims but no measure, target or period to judge them by' };
  return { status: 'weak', reason: 'names goals but no targets or dates to check them against' };
}
