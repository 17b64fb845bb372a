/** Every rule, in the order findings are reported. */
import { contactHandoff } from './contact-handoff';
import { missingAttachment } from './missing-attachment';
import { missingSection } from './missing-section';
import { notApplicableReason } from './not-applicable-reason';
import { notChecked } from './not-checked';
import { notEnglish } from './not-english';
import { partyNoContact } from './party-no-contact';
import { partyNoContribution } from './party-no-contribution';
import { partyNoDuty } from './party-no-duty';
import { placeholder } from './placeholder';
import { recommendedSection } from './recommended-section';
import type { Rule } from './rule';
import { sharedEngagement } from './shared-engagement';
import { unknownAgreementType } from './unknown-agreement-type';
import { weakSection } from './weak-section';
import { termMissing } from './term-missing';
import { termInconsistent } from './term-inconsistent';
import { dateAmbiguous } from './date-ambiguous';
import { agreementExpired } from './agreement-expired';
import { agreementExpiring } from './agreement-expiring';
import { reviewMissing } from './review-missing';

export const RULES: Rule[] = [
  missingSection,
  weakSection,
  placeholder,
  partyNoDuty,
  partyNoContact,
  partyNoContribution,
  missingAttachment,
  sharedEngagement,
  contactHandoff,
  notApplicableReason,
  unknownAgreementType,
  recommendedSection,
  termMissing,
  termInconsistent,
  dateAmbiguous,
  agreementExpired,
  agreementExpiring,
  reviewMissing,
  notChecked,
  notEnglish,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Rule, RuleContext, RuleFinding, SectionResult } from './rule';
