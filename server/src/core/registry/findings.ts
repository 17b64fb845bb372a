/**
 * Findings across one partner's agreements:
 * - `partner-no-current-agreement`: none of its agreements is in force today (each is expired,
 *   an unsigned draft, not started, or has a term that could not be read);
 * - `partner-contacts-differ`: two agreements in force give it different email addresses or phone numbers;
 * - `partner-name-spelling`: its agreements write its name differently (beyond case, punctuation
 *   and a legal form such as "Inc."): "Riverbend Food Bank" / "Riverbend Foodbank".
 */
import { isShortKey, nameKey } from './names';
import { inForce, STATUS_WORDS, type RegistryAgreement } from './status';

export type RegistryFindingCode = 'partner-no-current-agreement' | 'partner-contacts-differ' | 'partner-name-spelling';

export interface RegistryFinding {
  code: RegistryFindingCode;
  severity: 'warning';
  /** The partner's name (RegistryPartner.name). */
  partner: string;
  message: string;
  /** The agreements it is about. */
  paths: string[];
}

const base = (p: string) => p.replace(/^.*[\\/]/, '');
const emailsOf = (a: RegistryAgreement) => [...new Set(a.contacts.flatMap((c) => c.emails.map((e) => e.toLowerCase())))].sort();
/** A phone number's digits (its last ten: "+1 (555) 010-2000" and "555-010-2000" are one number). */
const phonesOf = (a: RegistryAgreement) => [...new Set(a.contacts.flatMap((c) => c.phones.map((p) => p.replace(/\D/g, '').slice(-10))))].sort();

export function registryFindings(partner: string, agreements: RegistryAgreement[]): RegistryFinding[] {
  const out: RegistryFinding[] = [];
  const paths = agreements.map((a) => a.path);
  if (!agreements.some((a) => inForce(a.status))) {
    const statuses = agreements.map((a) => `${base(a.path)}: ${STATUS_WORDS[a.status]}`).join('; ');
    out.push({ code: 'partner-no-current-agreement', severity: 'warning', partner, message: `${partner} has no current agreement (${statuses})`, paths });
  }
  const current = agreements.filter((a) => inForce(a.status));
  for (const [what, read] of [['email addresses', emailsOf], ['phone numbers', phonesOf]] as const) {
    const listed = current.map((a) => ({ a, values: read(a) })).filter((x) => x.values.length);
    const differing = listed.filter((x) => x.values.join() !== listed[0].values.join());
    if (!differing.length) continue;
    const detail = listed.map((x) => `${base(x.a.path)}: ${x.values.join(', ')}`).join('; ');
    out.push({ code: 'partner-contacts-differ', severity: 'warning', partner, message: `${partner}'s ${what} differ between current agreements (${detail})`, paths: listed.map((x) => x.a.path) });
  }
  const spellings = new Map<string, RegistryAgreement[]>();
  for (const a of agreements) {
    const key = nameKey(a.nameUsed);
    if (isShortKey(key)) continue; // "ACME" is a short name, not a spelling
    const same = [...spellings.keys()].find((k) => nameKey(k) === key);
    spellings.set(same ?? a.nameUsed, [...(spellings.get(same ?? a.nameUsed) ?? []), a]);
  }
  if (spellings.size > 1) {
    const detail = [...spellings].map(([n, as]) => `“${n}” in ${as.map((a) => base(a.path)).join(', ')}`).join('; ');
    out.push({ code: 'partner-name-spelling', severity: 'warning', partner, message: `${partner} is spelled differently across agreements: ${detail}`, paths });
  }
  return out;
}
