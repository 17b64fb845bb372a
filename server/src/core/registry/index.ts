/**
 * The partner registry: every organisation named as a party across a folder of agreements, one row
 * each (its names merged across agreements: names.ts), its agreements with their status, its
 * contacts as each agreement writes them, and findings across agreements (findings.ts). A pure
 * function of the agreements' reports: the adapters (mou-check --partners, the server's
 * mou/partners request) walk the folder and analyse the files.
 */
import type { FileReport } from '../report';
import { registryFindings, type RegistryFinding } from './findings';
import { STATUS_WORDS, type AgreementStatus, type PartnerContact, type RegistryAgreement } from './status';
import { compactKey, isShortKey, nameKey, sameNameSpeltDifferently, shortNames } from './names';

export type { RegistryFinding } from './findings';
export { inForce, STATUS_WORDS, type AgreementStatus, type PartnerContact, type RegistryAgreement } from './status';

export const REGISTRY_VERSION = 1;

export interface RegistryPartner {
  /** The name most agreements use. */
  name: string;
  /** Every name and short name the agreements use for it. */
  names: string[];
  agreements: RegistryAgreement[];
  findings: RegistryFinding[];
  /**
   * A party to every agreement (at least three, and the only such one): read as the folder's own
   * organisation (the district, the college), not a partner. Listed, but only its spelling is
   * checked: its many staff are not "different contact details".
   */
  home?: true;
}

export interface Registry {
  version: typeof REGISTRY_VERSION;
  today?: string;
  /** Agreements read (files that are agreements). */
  agreements: number;
  partners: RegistryPartner[];
  /** Every partner's findings, in partner order. */
  findings: RegistryFinding[];
}

export interface RegistryOptions {
  /** The day the statuses were judged against (the reports carry their status already). */
  today?: string;
}

/** One party of one agreement. */
interface Entry {
  report: FileReport;
  names: string[];
  full: string;
  keys: string[];
  contacts: PartnerContact[];
}

export function agreementStatus(r: FileReport): { status: AgreementStatus; why: string } {
  if (r.signing?.status === 'unsigned') return { status: 'unsigned-draft', why: r.signing.reason };
  const t = r.term;
  if (!t || t.status === 'unknown') return { status: 'unknown', why: t?.endText ? `the term is “${t.endText}”, with no date to count from` : t?.end ? 'no today to judge against' : 'no end date found' };
  const why = t.open ? 'runs until a party ends it' : t.renewal === 'automatic' ? 'renews automatically' : t.status === 'not-started' ? `starts ${t.start}` : `ends ${t.end}`;
  return { status: t.status, why };
}

export function buildRegistry(reports: FileReport[], options: RegistryOptions = {}): Registry {
  const agreements = reports.filter((r) => r.isAgreement && !r.error);
  const entries: Entry[] = [];
  for (const report of agreements) {
    for (const p of report.parties ?? []) {
      const names = [...new Set([p.name, ...(p.names ?? [])].map((n) => n.trim()).filter(Boolean))];
      const keys = [...new Set(names.map(nameKey).filter(Boolean))];
      if (!keys.length) continue; // only a role name ("the Sponsor"): nothing to know it by elsewhere
      const full = names.filter((n) => nameKey(n)).sort((a, b) => nameKey(b).split(' ').length - nameKey(a).split(' ').length || b.length - a.length)[0];
      entries.push({ report, names, full, keys, contacts: (p.contacts ?? []).map((c) => ({ text: c.text, emails: c.emails, phones: c.phones })) });
    }
  }
  const groups = cluster(entries);
  const everywhere = agreements.length >= 3 ? groups.filter((g) => new Set(g.map((e) => e.report.path)).size === agreements.length) : [];
  const home = everywhere.length === 1 ? everywhere[0] : undefined;
  const partners = groups.map((g) => partnerOf(g, g === home)).sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  return {
    version: REGISTRY_VERSION,
    ...(options.today ? { today: options.today } : {}),
    agreements: agreements.length,
    partners,
    findings: partners.flatMap((p) => p.findings),
  };
}

/** Entries of one organisation together: full names first (same key, or spelt differently), then short names. */
function cluster(entries: Entry[]): Entry[][] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const fullKeys = entries.map((e) => e.keys.filter((k) => !isShortKey(k)));
  const byKey = new Map<string, number>();
  const byCompact = new Map<string, number>();
  entries.forEach((_, i) => {
    for (const k of fullKeys[i]) {
      for (const [map, key] of [[byKey, k], [byCompact, compactKey(k)]] as const) {
        const j = map.get(key);
        if (j === undefined) map.set(key, i);
        else union(i, j);
      }
    }
  });
  // One letter apart in a long name: compared once per pair of distinct keys.
  const distinct = [...byKey.entries()];
  for (let a = 0; a < distinct.length; a++) {
    for (let b = a + 1; b < distinct.length; b++) {
      if (sameNameSpeltDifferently(distinct[a][0], distinct[b][0])) union(distinct[a][1], distinct[b][1]);
    }
  }
  // Entries known only by a short name join the one group it names; otherwise they group by that name.
  const shortOnly = new Map<string, number>();
  entries.forEach((e, i) => {
    if (fullKeys[i].length) return;
    const candidates = new Set<number>();
    entries.forEach((o, j) => {
      if (fullKeys[j].length && e.keys.some((s) => o.keys.includes(s) || fullKeys[j].some((f) => shortNames(s, f)))) candidates.add(find(j));
    });
    if (candidates.size === 1) union(i, [...candidates][0]);
    else {
      const key = `${candidates.size ? 'ambiguous:' : ''}${e.keys[0]}`;
      const j = shortOnly.get(key);
      if (j === undefined) shortOnly.set(key, i);
      else union(i, j);
    }
  });
  const groups = new Map<number, Entry[]>();
  entries.forEach((e, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  });
  return [...groups.values()];
}

function partnerOf(entries: Entry[], home: boolean): RegistryPartner {
  // The name most agreements use (as written); ties: the longer.
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.full, (counts.get(e.full) ?? 0) + 1);
  const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
  const names = [...new Set(entries.flatMap((e) => e.names))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  // One row per agreement (a party found twice in one agreement is one row).
  const byPath = new Map<string, RegistryAgreement>();
  for (const e of entries) {
    const row = byPath.get(e.report.path);
    if (row) {
      for (const c of e.contacts) if (!row.contacts.some((x) => x.text === c.text)) row.contacts.push(c);
      continue;
    }
    const { status, why } = agreementStatus(e.report);
    byPath.set(e.report.path, { path: e.report.path, status, statusText: STATUS_WORDS[status], why, start: e.report.term?.start ?? null, end: e.report.term?.end ?? null, nameUsed: e.full, contacts: [...e.contacts] });
  }
  const agreements = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const findings = registryFindings(name, agreements).filter((f) => !home || f.code === 'partner-name-spelling');
  return { name, names, agreements, findings, ...(home ? { home: true as const } : {}) };
}
