/**
 * A deterministic workspace of 200 markdown files for the workspace-check tests (issue #10):
 * agreements of varied completeness (every mix of missing, weak and strong core sections, some
 * with template blanks), files that are not agreements, agreements in a folder that `.mou.json`
 * ignores, agreements in a folder a nested `.mou.json` ignores by name, and agreements in a
 * folder that `.gitignore` excludes.
 *
 * Pure: `generateWorkspace()` returns paths and texts; the caller writes them (node:fs in the
 * protocol test, vscode.workspace.fs in the real-editor test). Run as a script it prints that
 * JSON, or with `--out DIR` writes the files:
 *
 *   node --import tsx test/workspace/generate.ts --json [--base generated]
 *   node --import tsx test/workspace/generate.ts --out /tmp/ws
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from '../../scripts/bench/generate';

export interface GeneratedFile {
  /** Relative to the workspace folder, with `/`. */
  path: string;
  text: string;
  /** What the file is for the tests: `config` files are not markdown. */
  kind: 'agreement' | 'not-agreement' | 'ignored-by-config' | 'ignored-by-nested-config' | 'gitignored' | 'config';
}

export interface GeneratedWorkspace {
  files: GeneratedFile[];
  /** Markdown files only (200). */
  markdown: GeneratedFile[];
}

export interface GenerateOptions {
  /** Put everything under this folder of the workspace (the .gitignore stays at the root). */
  base?: string;
  seed?: number;
  /** How many markdown files in all (default 200). */
  count?: number;
}


const SCHOOLS = [
  'Lakeview STEM Center', 'Riverside High School', 'Northgate Community College', 'Westbrook Independent School District',
  'Maple Ridge Middle School', 'Harbor City Technical Institute', 'Pine Valley Academy', 'Eastfield Career Center',
  'Summit Charter School', 'Cedar Falls Public Schools', 'Bayside Early College High School', 'Granite Peak STEM Academy',
];
const PARTNERS = [
  'Cascade Robotics', 'Solaria Renewables', 'Keystone Learning Labs', 'Redline Automotive Group', 'Front Range Credit Union',
  'Blue Heron Biotech', 'Ironworks Manufacturing', 'Northwind Aerospace', 'Greenleaf Water Authority', 'Quantum Forge Software',
  'Harbor Health Network', 'Atlas Civil Engineering',
];
const PEOPLE = [
  ['Priya Raman', 'Program Coordinator'], ['Daniel Cho', 'Community Engagement Lead'], ['Maria Okafor', 'CTE Director'],
  ['Tom Reilly', 'Outreach Manager'], ['Lucia Marquez', 'Workforce Programs Lead'], ['Ben Okoro', 'Work-Based Learning Coordinator'],
  ['Farah Siddiqui', 'Assistant Principal'], ['Harold Jensen', 'Operations Manager'],
] as const;

type Quality = 'missing' | 'weak' | 'strong';
const CORE = ['roles', 'contacts', 'resources', 'safety', 'outcomes'] as const;
type Core = (typeof CORE)[number];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function email(person: string, org: string): string {
  return `${slug(person).replace(/-/g, '.')}@${slug(org).split('-')[0]}.example.org`;
}

function section(which: Core, q: Quality, school: string, partner: string, p1: readonly string[], p2: readonly string[], n: number): string {
  if (q === 'missing') return '';
  switch (which) {
    case 'roles':
      return q === 'strong'
        ? `## Roles and Responsibilities\n\n${school} will:\n\n- recruit ${12 + n} students and collect a signed parent permission form for each;\n- provide the classroom and a lead teacher for every weekly session.\n\n${partner} will:\n\n- provide volunteer mentors for the Tuesday sessions;\n- host a site visit for the students during the spring semester.\n`
        : `## Roles and Responsibilities\n\nThe Parties will collaborate in good faith and work together to support students.\n`;
    case 'contacts':
      return q === 'strong'
        ? `## Points of Contact\n\n- ${school}: ${p1[0]}, ${p1[1]}, ${email(p1[0], school)}, (555) 201-${String(1000 + n).slice(-4)}.\n- ${partner}: ${p2[0]}, ${p2[1]}, ${email(p2[0], partner)}, (555) 388-${String(2000 + n).slice(-4)}.\n`
        : `## Points of Contact\n\n- For ${school}: ${p1[0]}, ${p1[1]}\n- For ${partner}: ${p2[0]}, ${p2[1]}\n`;
    case 'resources':
      return q === 'strong'
        ? `## Resource Commitments\n\n- ${partner} will donate $${(2 + (n % 9)) * 1000} by October 15, 2026 for robot kits and provide ${20 + n} mentor hours per semester.\n- ${school} will provide the classroom, laptops and storage at no cost to ${partner}.\n`
        : `## Resource Commitments\n\nEach Party will contribute resources as agreed from time to time.\n`;
    case 'safety':
      return q === 'strong'
        ? `## Safety Protocols\n\n- Every ${partner} mentor will complete ${school}'s background check before any contact with students.\n- A ${school} staff member will be present at every session; mentors are never alone with a student.\n- Any injury or incident will be reported to the Program Coordinator and to the student's parent on the same day.\n- ${partner} will keep general liability insurance in force for the whole term.\n`
        : `## Safety\n\nBoth Parties are committed to a safe environment and will act responsibly at all times.\n`;
    case 'outcomes':
      return q === 'strong'
        ? `## Intended Outcomes\n\n- Completion: at least ${15 + (n % 10)} of the enrolled students finish the program and present a project by May 31, 2027, counted from the attendance log.\n- Interest: 70% of students rate their interest in engineering careers higher in the June 2027 exit survey than in the September 2026 baseline.\n`
        : `## Goals\n\nThe partnership aims for increased student interest in STEM careers and stronger community engagement.\n`;
  }
}

function agreement(rand: () => number, n: number, blanks: boolean): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const school = pick(SCHOOLS);
  const partner = pick(PARTNERS);
  const p1 = pick(PEOPLE);
  const p2 = pick(PEOPLE.filter((p) => p !== p1));
  // Completeness level: from "only a title and a purpose" to "all five strong".
  const level = rand();
  const quality = (): Quality => {
    const r = rand();
    if (level < 0.25) return r < 0.7 ? 'missing' : 'weak';
    if (level < 0.6) return r < 0.3 ? 'missing' : r < 0.65 ? 'weak' : 'strong';
    return r < 0.1 ? 'missing' : r < 0.3 ? 'weak' : 'strong';
  };
  const title = pick(['Memorandum of Understanding', 'Partnership Agreement', 'Memorandum of Understanding', 'Letter of Understanding']);
  const parts = [
    `# ${title}\n\n**between ${school} and ${partner}**\n`,
    `This ${title} ("MOU") is entered into on ${1 + (n % 28)} September 2026 by and between ${blanks ? '[School Name]' : school} (the "School") and ${partner} (the "Partner") (each a "Party" and together the "Parties").\n`,
    `## Purpose\n\nThe purpose of this MOU is to record the Parties' shared intention to run a mentoring and project program for students of ${school}.\n`,
  ];
  const order = [...CORE];
  if (rand() < 0.3) order.reverse();
  for (const c of order) {
    const text = section(c, quality(), school, partner, p1, p2, n);
    if (text) parts.push(text);
  }
  if (blanks) parts.push(`## Term\n\nThis MOU runs from DD/MM/YYYY until ____ unless either Party gives TBD days' written notice.\n`);
  else parts.push(`## Term and Termination\n\nThis MOU takes effect on signature and remains in effect until 31 August 2028, unless either Party gives thirty (30) days' written notice.\n`);
  if (rand() < 0.6) parts.push(`## Signatures\n\n**${school}**\n\nBy: ${p1[0]}\nTitle: ${p1[1]}\n\n**${partner}**\n\nBy: ${p2[0]}\nTitle: ${p2[1]}\n`);
  return parts.join('\n');
}

const NOT_AGREEMENTS = [
  (n: number) => `# Project README\n\nThis folder holds the partnership office's working files (${n}). Agreements live in \`agreements/\`.\n\n## Building\n\nRun \`make\` to build the PDFs.\n`,
  (n: number) => `# Industry Advisory Board — Meeting Notes\n\n**Date:** ${1 + (n % 28)} January 2027\n\n## Attendees\n\n- Dr. Farah Siddiqui — Centennial Technical High School\n- Lucia Marquez — Redline Automotive Group\n\n## Internship season\n\nBen reported ${20 + n} student applications for summer internships. Lucia will confirm after the budget meeting.\n`,
  (n: number) => `# Changelog\n\n## 1.${n}.0\n\n- Added the spring site-visit checklist.\n- Fixed typos in the mentor handbook.\n`,
  (n: number) => `# Mentor Handbook, chapter ${n}\n\nMentors meet students in the library. Bring your badge. Ask the coordinator if you have questions about the schedule.\n`,
];

/** Names with spaces, accents and punctuation, to catch URI encoding mismatches. */
const ODD_NAMES = ['Lakeview & Cascade (2026) – MOU.md', 'école partenariat.md', "partner's draft #3.md", 'ünïcode [final].markdown'];

export function generateWorkspace(options: GenerateOptions = {}): GeneratedWorkspace {
  const rand = rng(options.seed ?? 10);
  const count = options.count ?? 200;
  const base = options.base ? options.base.replace(/\/+$/, '') + '/' : '';
  const files: GeneratedFile[] = [];
  const md: GeneratedFile[] = [];
  const add = (p: string, text: string, kind: GeneratedFile['kind']) => {
    const f = { path: base + p, text, kind };
    files.push(f);
    if (kind !== 'config') md.push(f);
  };

  // Configuration: the base folder's .mou.json ignores archive/; a nested one ignores drafts by
  // name (the nearest .mou.json wins); the workspace root's .gitignore excludes private/.
  add('.mou.json', `{\n  // old agreements are kept for reference only\n  "ignore": ["archive/**"]\n}\n`, 'config');
  add('partners/.mou.json', `{ "ignore": ["**/scratch-*.md"] }\n`, 'config');
  files.push({ path: '.gitignore', text: `# generated by test/workspace/generate.ts\n/${base}private/\n*.tmp.md\n`, kind: 'config' });

  const special = Math.round(count * 0.06); // per ignored kind
  const notAgreements = Math.round(count * 0.1);
  const agreements = count - 4 * special - notAgreements - ODD_NAMES.length;
  let n = 0;
  for (let i = 0; i < agreements; i++, n++) {
    const folder = i % 3 === 0 ? 'partners' : `agreements/${2024 + (i % 4)}/${slug(SCHOOLS[i % SCHOOLS.length])}`;
    add(`${folder}/mou-${String(i).padStart(3, '0')}.md`, agreement(rand, n, rand() < 0.2), 'agreement');
  }
  for (const [i, name] of ODD_NAMES.entries()) add(`agreements/odd names/${name}`, agreement(rand, n++, i === 1), 'agreement');
  for (let i = 0; i < notAgreements; i++) add(`notes/${['readme', 'meeting', 'changelog', 'handbook'][i % 4]}-${i}.md`, NOT_AGREEMENTS[i % 4](i), 'not-agreement');
  for (let i = 0; i < special; i++) add(`archive/${2019 + (i % 4)}/old-mou-${i}.md`, agreement(rand, n++, false), 'ignored-by-config');
  for (let i = 0; i < special; i++) add(`partners/scratch-${i}.md`, agreement(rand, n++, false), 'ignored-by-nested-config');
  for (let i = 0; i < special; i++) add(`private/negotiation-${i}.md`, agreement(rand, n++, false), 'gitignored');
  for (let i = 0; i < special; i++) add(`agreements/${i}.tmp.md`, agreement(rand, n++, false), 'gitignored');
  return { files, markdown: md };
}

/** Write a generated workspace under `root` with node:fs. */
export function writeWorkspace(root: string, ws: GeneratedWorkspace): void {
  for (const f of ws.files) {
    const target = path.join(root, ...f.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const ws = generateWorkspace({ base: arg('--base'), seed: arg('--seed') ? Number(arg('--seed')) : undefined });
  const out = arg('--out');
  if (out) writeWorkspace(out, ws);
  else process.stdout.write(JSON.stringify(ws.files));
}
