/** Every rule, in the order findings are reported. */
import { missingSection } from './missing-section';
import { placeholder } from './placeholder';
import type { Rule } from './rule';
import { weakSection } from './weak-section';

export const RULES: Rule[] = [missingSection, weakSection, placeholder];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleContext, RuleFinding, SectionResult } from './rule';
