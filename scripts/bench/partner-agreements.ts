/**
 * Generated partnership agreements with known partners, terms and signatures: the end-to-end test of
 * `mou-check --partners` (test/cli/partners.test.ts) and the registry timing (bench.ts). Written in the
 * style of a school district's work-based learning MOUs; every name, address and number is made up.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { rng } from './generate';

export interface PartnerSpec {
  /** The partner's full name as this agreement writes it ("Acme Robotics, Inc."). */
  partner: string;
  /** Its defined short name ("ACME"), if any. */
  alias?: string;
  contact: { name: string; title: string; email: string; phone: string };
  school?: string;
  /** YYYY-MM-DD. */
  start: string;
  end: string;
  /** Signed and dated (default), blanks to sign on, or front matter `status: draft`. */
  signing?: 'signed' | 'blank' | 'draft';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2036-09-01" → "1 September 2036". */
const written = (d: string) => `${+d.slice(8, 10)} ${MONTHS[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}`;

export function partnerAgreement(s: PartnerSpec): string {
  const school = s.school ?? 'Hilltop School District';
  const short = s.alias ?? s.partner;
  const front = s.signing === 'draft' ? '---\ntitle: Work-Based Learning MOU\nstatus: draft\n---\n\n' : '';
  const signatures =
    s.signing === 'blank' || s.signing === 'draft'
      ? `For ${school}:\n\nSignature: ______________________  Date: ____________\n\nFor ${s.partner}:\n\nSignature: ______________________  Date: ____________\n`
      : `| | ${school} | ${s.partner} |\n|---|---|---|\n| Signature | /s/ Grace Okafor | /s/ ${s.contact.name} |\n| Date | ${written(s.start)} | ${written(s.start)} |\n`;
  return `${front}# Memorandum of Understanding between ${school} and ${s.partner}

This Memorandum of Understanding ("MOU") is entered into by ${school} ("the District") and ${s.partner}${s.alias ? ` ("${s.alias}")` : ''}.

## Purpose

The parties will run a paid summer internship that gives high school students experience of skilled work.

## Roles and Responsibilities

${short} will host four students for a six-week internship each summer and assign each student a mentor.

The District will select the students, arrange their transport and keep attendance records.

## Points of Contact

- ${school}: Grace Okafor, Work-Based Learning Coordinator, gokafor@hilltop.example, (555) 010-1000
- ${s.partner}: ${s.contact.name}, ${s.contact.title}, ${s.contact.email}, ${s.contact.phone}

## Resource Commitments

${short} will contribute $5,000 for materials and lend two equipment kits. The District will provide a classroom and a teacher for two hours each week.

## Safety Protocols

All students will complete a safety orientation before their first day on site. ${short} staff who supervise students will pass a background check. Students will wear protective equipment on the shop floor.

## Intended Outcomes

At least 80% of participating students will complete the internship, measured by attendance records reported each June.

## Term and Review

This MOU is effective ${written(s.start)} and remains in effect until ${written(s.end)}. The parties will review it each year.

## Signatures

${signatures}`;
}

const WORDS = ['Cedar', 'Harbor', 'Summit', 'Granite', 'Willow', 'Beacon', 'Copper', 'Falcon', 'Prairie', 'Orchard', 'Lantern', 'Maple', 'Riverbend', 'Juniper', 'Ironwood', 'Bluewater'];
const KINDS = ['Robotics, Inc.', 'Health Partners', 'Credit Union', 'Engineering LLC', 'Public Library', 'Food Bank', 'Water Authority', 'Design Studio'];
const FIRST = ['Dana', 'Luis', 'Mina', 'Omar', 'Tess', 'Ravi', 'June', 'Karl'];
const LAST = ['Whitfield', 'Ortega', 'Sato', 'Haddad', 'Lindqvist', 'Mensah', 'Novak', 'Park'];

/** `n` agreements with about n/2 partners (each partner has two agreements, one older), deterministic by seed. */
export function manyPartnerAgreements(n: number, seed = 1): Array<{ name: string; text: string }> {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: Array<{ name: string; text: string }> = [];
  for (let i = 0; out.length < n; i++) {
    const partner = `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} ${KINDS[i % KINDS.length]}`;
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const contact = { name: person, title: 'Partnerships Manager', email: `${person.split(' ')[0].toLowerCase()}@partner${i}.example`, phone: `(555) 01${String(i % 100).padStart(2, '0')}-${1000 + i}` };
    const year = 2030 + (i % 8);
    out.push({ name: `partner-${i}-a.md`, text: partnerAgreement({ partner, contact, start: `${year}-09-01`, end: `${year + 2}-08-31` }) });
    if (out.length < n) out.push({ name: `partner-${i}-b.md`, text: partnerAgreement({ partner, contact, start: `${year + 2}-09-01`, end: `${year + 4}-08-31`, signing: r() < 0.2 ? 'blank' : 'signed' }) });
  }
  return out;
}

const dana = { name: 'Dana Whitfield', title: 'Partnerships Manager', email: 'dana.whitfield@acme.example', phone: '(555) 010-2000' };

/**
 * A folder with known partners (test/cli/partners.test.ts, test/workspace/partners.test.ts): Acme
 * under three names, its email different in one current agreement; Riverbend Food Bank spelled two
 * ways, expired and an unsigned draft; Cedar Public Library expiring in early 2037; Harbor Health
 * Partners a front-matter draft. Every agreement names Hilltop School District.
 */
export const KNOWN_PARTNERS: Record<string, PartnerSpec> = {
  'acme-robotics-2035.md': { partner: 'Acme Robotics, Inc.', alias: 'ACME', contact: dana, start: '2035-09-01', end: '2037-08-31' },
  'acme-summer-camp.md': { partner: 'Acme Robotics', contact: { ...dana, email: 'd.whitfield@acme.example' }, start: '2036-06-01', end: '2038-05-31' },
  'acme-mentoring.md': { partner: 'ACME', contact: dana, start: '2036-01-01', end: '2038-12-31' },
  'riverbend-2033.md': { partner: 'Riverbend Food Bank', contact: { name: 'Luis Ortega', title: 'Volunteer Director', email: 'luis@riverbendfood.example', phone: '(555) 010-3000' }, start: '2033-01-01', end: '2035-12-31' },
  'riverbend-2037.md': { partner: 'Riverbend Foodbank', contact: { name: 'Luis Ortega', title: 'Volunteer Director', email: 'luis@riverbendfood.example', phone: '(555) 010-3000' }, start: '2037-02-01', end: '2039-01-31', signing: 'blank' },
  'cedar-library.md': { partner: 'Cedar Public Library', contact: { name: 'Mina Sato', title: 'Teen Services Librarian', email: 'msato@cedarlibrary.example', phone: '(555) 010-4000' }, start: '2036-12-01', end: '2037-02-10' },
  'harbor-health.md': { partner: 'Harbor Health Partners', contact: { name: 'Omar Haddad', title: 'Community Programs Lead', email: 'ohaddad@harborhealth.example', phone: '(555) 010-5000' }, start: '2037-01-01', end: '2039-12-31', signing: 'draft' },
};

/** Writes KNOWN_PARTNERS into `dir`, with a README that is not an agreement. */
export function writeKnownPartners(dir: string): void {
  for (const [name, spec] of Object.entries(KNOWN_PARTNERS)) writeFileSync(path.join(dir, name), partnerAgreement(spec));
  writeFileSync(path.join(dir, 'README.md'), '# Shared drive\n\nSigned agreements live here. Ask Grace before moving anything.\n');
}
