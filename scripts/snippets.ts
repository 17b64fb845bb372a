/** The snippet file's content, built from the clause library and section definitions. */
import { CLAUSES, RECOMMENDED_CLAUSES } from '../server/src/core/definitions/clauses';
import { sectionDefinition } from '../server/src/core/definitions/sections';
import { PLAYBOOKS } from '../server/src/core/definitions/playbooks';
import { skeleton } from '../server/src/core/skeleton';

export function snippetsJson(): string {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const clause of [...CLAUSES, ...RECOMMENDED_CLAUSES]) {
    const def = sectionDefinition(clause.section)!;
    snippets[def.title] = {
      prefix: clause.prefix,
      description: clause.description,
      body: [`## ${def.heading}`, '', ...clause.body.split('\n')],
    };
  }
  for (const pb of PLAYBOOKS) {
    snippets[`Agreement skeleton: ${pb.title}`] = {
      prefix: `mou-agreement-${pb.id}`,
      description: `A whole ${pb.title.toLowerCase()} agreement to fill in: ${pb.description}`,
      body: skeleton({ type: pb.id, snippet: true }).replace(/\n$/, '').split('\n'),
    };
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}
