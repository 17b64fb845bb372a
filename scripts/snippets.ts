/** The snippet file's content, built from the clause library and section definitions. */
import { CLAUSES } from '../server/src/core/definitions/clauses';
import { CORE_SECTIONS } from '../server/src/core/definitions/sections';

export function snippetsJson(): string {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const clause of CLAUSES) {
    const def = CORE_SECTIONS.find((s) => s.id === clause.section)!;
    snippets[def.title] = {
      prefix: clause.prefix,
      description: clause.description,
      body: [`## ${def.heading}`, '', ...clause.body.split('\n')],
    };
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}
