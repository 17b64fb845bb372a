/**
 * Deterministic generator of realistic, list-heavy partnership agreements for the benchmark.
 *
 * An agreement is: YAML front matter, a title, numbered sections with ATX headings (roles,
 * contacts, resources, safety, outcomes, data, term…), bold and run-in titles, GFM tables,
 * links and bare URLs, fenced code — then as many schedules/annexes as it takes to reach the
 * requested size. Annexes are what make real agreements long, and they are full of short
 * lists, small tables and the odd code block: exactly the shape that makes micromark's
 * tokenizer quadratic when a whole document is parsed at once.
 *
 * Same (size, seed) → same text, byte for byte.
 */

import * as path from 'node:path';

/** mulberry32: small, fast, good enough for text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Priya', 'Marcus', 'Elena', 'Tomás', 'Aisha', 'Daniel', 'Mei', 'Oluwaseun', 'Grace', 'Rafael', 'Hannah', 'Kenji', 'Fatima', 'Liam', 'Sofia', 'Nizam', 'Chloe', 'Andre', 'Yusuf', 'Ingrid'];
const LAST = ['Raman', 'Whitfield', 'Okafor', 'Delgado', 'Nakamura', 'Brennan', 'Haddad', 'Kowalski', 'Lindqvist', 'Mensah', 'Castillo', 'Thampi', 'Fischer', 'Adeyemi', 'Moreau', 'Sandoval', 'Park', 'Ibrahim', 'Novak', 'Gallagher'];
const SCHOOLS = ['Riverside Unified School District', 'Northgate STEM Academy', 'Lakeview Community College', 'Eastfield High School', 'Harbor City Career Center', 'Westbrook Technical Institute'];
const COMPANIES = ['Acme Robotics & Automation, Inc.', 'Brightline Energy Systems', 'Cobalt Bioworks LLC', 'Meridian Aerospace Components', 'Northwind Data Labs', 'Solstice Water Technologies'];
const PROGRAMS = ['Robotics Pathways Program', 'Clean Energy Apprenticeship', 'Biotech Summer Bridge', 'Advanced Manufacturing Academy', 'Data Science Mentoring Initiative', 'Water Futures Internship'];
const SITES = ['Ontario assembly plant', 'Fontana logistics hub', 'Corona test lab', 'Riverside innovation center', 'Moreno Valley service depot', 'Perris training floor', 'downtown design studio', 'Chino Hills field office'];
const ROLES = ['Site Supervisor', 'Program Manager', 'Safety Officer', 'Mentor Lead', 'Internship Coordinator', 'Career Counselor', 'Lab Technician', 'HR Partner'];
const ACTIVITIES = [
  'safety orientation and tour of the work floor',
  'shadowing a maintenance technician on the morning shift',
  'introduction to programmable logic controllers',
  'build and test a conveyor sensor circuit',
  'CAD review session with the design team',
  'quality inspection of finished parts using calipers and gauges',
  'team project kickoff and goal setting',
  'data logging and spreadsheet analysis of line throughput',
  'career conversation with two early-career engineers',
  'mock interview and résumé review',
  'prepare the end-of-placement presentation',
  'present project results to supervisors and families',
  'soldering practice and electrical safety refresher',
  'visit to the customer support and returns area',
  'root-cause analysis of a simulated equipment fault',
];
const EQUIPMENT = ['safety glasses (ANSI Z87.1)', 'steel-toe shoes voucher ($60)', 'hearing protection', 'hi-visibility vest', 'loaner laptop with CAD licence', 'digital multimeter', 'site badge and lanyard', 'printed site map and emergency card', 'calipers and measuring kit', 'lab notebook'];
const CHECKS = [
  'The site supervisor checks in with each student at the start and end of every shift.',
  'A District staff member visits the work site at least once every two weeks.',
  'Students are never left alone with a single adult; a second staff member is always within line of sight.',
  'Any incident, injury or concern is reported to the District Internship Coordinator within 24 hours.',
  'Parent or guardian permission forms are on file before the first day on site.',
  'All mentors have completed a background check and safeguarding training before meeting students.',
  'Transport between school and site is by District bus only.',
  'The supervision ratio is no more than six students per adult.',
];
const WORDS = 'the students will document each task in the shared log and review progress with their mentor at the end of every week so that supervisors can adjust the schedule and address any concern early'.split(' ');

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function person(r: () => number): { name: string; email: string; phone: string } {
  const f = pick(r, FIRST);
  const l = pick(r, LAST);
  const user = `${f}.${l}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
  const phone = `(951) ${200 + Math.floor(r() * 700)}-${1000 + Math.floor(r() * 9000)}`;
  return { name: `${f} ${l}`, email: `${user}@${pick(r, ['riversideusd.org', 'acme-robotics.com', 'lakeview.edu', 'northwind-labs.com'])}`, phone };
}

function sentence(r: () => number, min = 8, max = 20): string {
  const n = min + Math.floor(r() * (max - min));
  const start = Math.floor(r() * WORDS.length);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[(start + i) % WORDS.length]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** The body of the agreement: ~9 KB, every core section present. */
function body(r: () => number): string {
  const school = pick(r, SCHOOLS);
  const company = pick(r, COMPANIES);
  const program = pick(r, PROGRAMS);
  const short = company.split(/[ ,]/)[0];
  const c1 = person(r);
  const c2 = person(r);
  const c3 = person(r);
  return `---
title: "Memorandum of Understanding: ${program}"
parties:
  - name: ${school}
    role: education partner
  - name: "${company}"
    role: industry partner
effective: 2026-08-01
term: 3 years
version: 1.${Math.floor(r() * 9)}
status: draft for signature
---

# Memorandum of Understanding between ${school} and ${company}

**${program}, 2026–2029**

This Memorandum of Understanding ("MOU") is entered into on 1 August 2026 (the "Effective Date") by and between **${school}** (the "District") and **${company}** ("${short}"), each a "Party" and together the "Parties". See the [program overview](https://example.org/programs/${program.toLowerCase().replace(/\W+/g, '-')}) and https://example.org/partnerships for background.

## 1. Purpose

The purpose of this MOU is to establish the ${program} (the "Program"), in which high school students complete supervised work-based learning at ${short}'s facilities, are mentored by ${short} employees, and earn an industry-recognised credential. ${sentence(r)}

## 2. Background

The District serves more than 24,000 students in grades 9–12 across eleven high schools. ${short} employs 1,450 people in the region and expects to hire 120 technicians over the next three years. ${sentence(r)} ${sentence(r)}

## 3. Roles and Responsibilities

### 3.1 The District will:

- recruit at least 40 students per school year into the Program, giving priority to students who qualify for free or reduced-price meals;
- employ a half-time Internship Coordinator to place students and monitor placements;
- collect parent or guardian permission forms before any student starts a placement;
- provide transport by District bus between each school and the placement site;
- collect attendance, survey and credential data and prepare the annual Program report.

### 3.2 ${short} will:

- host up to 40 students each school year for placements of 120 hours;
- assign every student a trained mentor who meets them at least once per week;
- provide all personal protective equipment listed in the schedules at no cost to students;
- pay each student a stipend of $18 per hour, paid every two weeks;
- offer an interview for an open apprenticeship position to every completer who applies within one year.

### 3.3 Both Parties will:

- meet as a joint steering committee at least once per quarter;
- review the Program each June against the intended outcomes in section 7.

## 4. Points of Contact

| Party | Name | Title | Email | Phone |
|---|---|---|---|---|
| District | ${c1.name} | Internship Coordinator | ${c1.email} | ${c1.phone} |
| ${short} | ${c2.name} | Early Talent Manager | ${c2.email} | ${c2.phone} |
| ${short} | ${c3.name} | Site Safety Officer | ${c3.email} | ${c3.phone} |

**Change of contact.** Each Party will notify the other in writing within 10 business days of any change of its contact, naming the replacement.

## 5. Resource Commitments

| Party | Contribution | Amount | Timing |
|---|---|---|---|
| ${short} | Program grant to the District | $45,000 per school year | paid by 1 September each year |
| ${short} | Student stipends | $18 per hour, up to 120 hours per student | every two weeks |
| ${short} | Mentor time | 2 hours per week per mentor | September–May |
| District | Internship Coordinator (0.5 FTE) | $38,000 per school year | monthly |
| District | Bus transport | up to 30 trips per school year | as scheduled |

- ${short} will lend 20 laptops with engineering software licences to the District for the duration of the Program.
- The District will provide one classroom at each participating school for weekly preparation sessions.
- Neither Party will pay the other any fee beyond the amounts in this section.

## 6. Safety Protocols

**Student safety.** The Parties share responsibility for the safety and well-being of students in the Program.

- All ${short} mentors and supervisors will complete a background check and the District's safeguarding training before meeting students.
- Students will be supervised at all times on site; the ratio will be no more than six students per supervising adult.
- The District Internship Coordinator will make a site visit to every placement at least once every two weeks.
- ${short} will report any incident, injury or safeguarding concern to the District within 24 hours, and immediately in an emergency.
- ${short} will maintain general liability insurance of at least $2,000,000 per occurrence and provide a certificate each year.
- Students will complete a site safety orientation on their first day, covering emergency procedures and first aid stations.

## 7. Intended Outcomes

| Outcome | Measure | Target | Period |
|---|---|---|---|
| Participation | students completing 120 placement hours | at least 36 students | each school year |
| Credentials | students earning the OSHA-10 credential | 90% of completers | each school year |
| Employment | completers hired or enrolled in a related program | 60% of completers | within one year of completion |
| Satisfaction | mentor and student survey average | 4.2 out of 5 or higher | each semester |

Outcomes will be measured using attendance records, credential data and surveys, and reported by the District in the annual report.

## 8. Data Sharing and Privacy

The District will share only the student data listed below, under its data-sharing policy (see [FERPA guidance](https://studentprivacy.ed.gov/)). ${short} will not disclose student data to third parties.

\`\`\`csv
student_id,first_name,last_initial,school,placement_site,start_date,hours_completed,credential_earned
\`\`\`

## 9. Term and Termination

**Term.** This MOU takes effect on the Effective Date and remains in effect for three school years.

**Termination.** Either Party may terminate this MOU with 60 days' written notice; placements in progress will be completed.

## 10. General Provisions

**Confidentiality.** Each Party will keep the other's confidential information confidential.

**Intellectual property.** Student project work remains the property of the student; ${short} may use it internally with permission.

**No agency.** Nothing in this MOU creates a partnership, joint venture or employment relationship.

## 11. Signatures

| | For the District | For ${short} |
|---|---|---|
| Signature | | |
| Name | ${person(r).name} | ${person(r).name} |
| Title | Superintendent | Vice President, Operations |
| Date | | |

## Schedules

The schedules below form part of this MOU. Each placement site has its own schedule.
`;
}

/** One annex: a placement plan, a session plan or a data annex. ~1.5–3 KB, several short lists. */
function schedule(r: () => number, n: number): string {
  const site = pick(r, SITES);
  const cohort = 1 + Math.floor(r() * 12);
  const kind = r();
  const sup = person(r);
  const out: string[] = [];
  out.push(`## Schedule ${n}: ${kind < 0.6 ? 'Placement Plan' : kind < 0.85 ? 'Session Plan' : 'Data and Equipment Annex'} — ${site[0].toUpperCase() + site.slice(1)}, Cohort ${cohort}\n`);
  out.push(`**Overview.** This schedule covers cohort ${cohort} at the ${site}. ${sentence(r)} Directions: [site map](https://maps.example.org/site/${n}).\n`);
  // A short list of weekly activities.
  out.push(`### ${n}.1 Weekly activities\n`);
  const weeks = 3 + Math.floor(r() * 3);
  for (let w = 1; w <= weeks; w++) out.push(`- Week ${w}: ${pick(r, ACTIVITIES)}`);
  out.push('');
  // A bold standalone title and a second short list.
  out.push(`**Supervision and check-ins**\n`);
  for (let i = 0, k = 2 + Math.floor(r() * 2); i < k; i++) out.push(`- ${pick(r, CHECKS)}`);
  out.push('');
  if (r() < 0.7) {
    out.push(`### ${n}.2 Site contacts\n`);
    out.push('| Role | Name | Email | Phone |\n|---|---|---|---|');
    for (let i = 0, k = 2 + Math.floor(r() * 2); i < k; i++) {
      const p = i === 0 ? sup : person(r);
      out.push(`| ${pick(r, ROLES)} | ${p.name} | ${p.email} | ${p.phone} |`);
    }
    out.push('');
  }
  if (r() < 0.6) {
    out.push(`### ${n}.3 Equipment issued\n`);
    for (let i = 1, k = 2 + Math.floor(r() * 3); i <= k; i++) out.push(`${i}. ${pick(r, EQUIPMENT)}`);
    out.push('');
  }
  if (r() < 0.35) {
    out.push(`> **Note.** ${sentence(r)}\n`);
  }
  if (r() < 0.3) {
    out.push('Attendance is logged in this format:\n');
    out.push('```text');
    out.push(`# cohort ${cohort} — ${site}`);
    out.push('date        student_id  in     out    supervisor');
    out.push(`2026-09-0${1 + Math.floor(r() * 8)}  S-${1000 + Math.floor(r() * 9000)}      08:00  14:30  ${sup.name}`);
    out.push('```\n');
  }
  if (r() < 0.4) {
    out.push(`**Checklist before the first day**\n`);
    out.push('- [x] permission form on file');
    out.push(`- [${r() < 0.5 ? 'x' : ' '}] site orientation booked`);
    out.push(`- [ ] transport confirmed${r() < 0.1 ? ' (date TBD)' : ''}`);
    out.push('');
  }
  out.push(`${sentence(r, 12, 30)} Questions go to ${sup.name} (${sup.email}).\n`);
  return out.join('\n') + '\n';
}

/** An agreement of about `bytes` UTF-8 bytes (whole schedules: the closest total to `bytes`). */
export function generateAgreement(bytes: number, seed = 8): string {
  const r = rng(seed);
  const parts = [body(r)];
  let size = Buffer.byteLength(parts[0], 'utf8');
  for (let n = 1; size < bytes; n++) {
    const s = '\n' + schedule(r, n);
    const len = Buffer.byteLength(s, 'utf8');
    if (size + len - bytes > bytes - size) break; // overshooting more than stopping short
    parts.push(s);
    size += len;
  }
  return parts.join('');
}

// Run as a script (not when imported, e.g. by test/workspace/generate.ts for `rng`).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const size = Number(process.argv[2] ?? 12_000);
  process.stdout.write(generateAgreement(size, Number(process.argv[3] ?? 8)));
}
