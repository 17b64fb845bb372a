/** A whole new agreement of a given type, from the clause library, with the parties' names filled in. */
import { clauseFor, clauseText } from './definitions/clauses';
import { playbook } from './definitions/playbooks';
import { sectionDefinition } from './definitions/sections';
import { SECTION_ORDER } from './definitions/sections';

export interface SkeletonOptions {
  type?: string;
  /** The school, college or center. */
  school?: string;
  /** The partner. */
  partner?: string;
  /** Snippet syntax (tab stops) instead of plain text. */
  snippet?: boolean;
}

export function skeleton(options: SkeletonOptions = {}): string {
  const pb = playbook(options.type);
  const snippet = options.snippet === true;
  // In a snippet the two names are tab stops 1 and 2, mirrored wherever they appear.
  const school = snippet ? `\${1:${escapeSnippet(options.school?.trim() || 'School')}}` : options.school?.trim() || '[School]';
  const partner = snippet ? `\${2:${escapeSnippet(options.partner?.trim() || 'Partner')}}` : options.partner?.trim() || '[Partner]';
  let next = 3;
  const wanted = new Set([...pb.required, ...pb.recommended.filter((s) => s !== 'parties')]);
  const parts = [
    ...(pb.id === 'mou' ? [] : ['---', 'agreement:', `  type: ${pb.id}`, '---', '']),
    `# Memorandum of Understanding between ${school} and ${partner}`,
    '',
    `This Memorandum of Understanding is made between ${school} and ${partner} (together, the "Parties").`,
  ];
  for (const id of SECTION_ORDER) {
    if (!wanted.has(id)) continue;
    const def = sectionDefinition(id);
    const clause = clauseFor(id);
    if (!def || !clause) continue;
    let body: string;
    if (snippet) {
      // Each clause numbers its own tab stops from 1: move them after the ones already used.
      const base = next;
      let highest = 0;
      body = clause.body
        .replace(/\$\{\d+:\[School\]\}/g, '[School]')
        .replace(/\$\{\d+:\[Partner\]\}/g, '[Partner]')
        .replace(/\$\{(\d+):/g, (_m, n: string) => {
          highest = Math.max(highest, Number(n));
          return `\${${base + Number(n) - 1}:`;
        });
      next = base + highest;
    } else {
      body = clauseText(clause.body);
    }
    body = body.replace(/\[School\]/g, school).replace(/\[Partner\]/g, partner);
    parts.push('', `## ${def.heading}`, '', body);
  }
  return parts.join('\n') + '\n';
}

function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}
