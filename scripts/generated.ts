/**
 * Files generated from the definitions (rules, sections, playbooks, clauses): the snippets, the
 * .mou.json schema, the manifest's settings and the grammar's Signatures heading. `npm run build`
 * writes them; a test checks they are up to date, so the data stays the one source.
 */
import { configSchema, PLAYBOOKS, RULES, sectionDefinition } from '../server/src/core';
import { snippetsJson } from './snippets';

export function schemaJson(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}

/** The `mou.*` settings that mirror .mou.json, as package.json `contributes.configuration.properties`. */
export function generatedSettings(): Record<string, unknown> {
  return {
    'mou.playbook': {
      type: 'string',
      enum: PLAYBOOKS.map((p) => p.id),
      enumDescriptions: PLAYBOOKS.map((p) => `${p.title}: ${p.description}`),
      default: 'mou',
      scope: 'resource',
      markdownDescription:
        'The kind of agreement to check against: it decides which sections are required, recommended or not expected. A `.mou.json` file (`"extends"`) or the front matter `agreement: { type: … }` overrides it.',
    },
    'mou.severity': {
      type: 'object',
      scope: 'resource',
      default: {},
      additionalProperties: false,
      properties: Object.fromEntries(
        RULES.map((r) => [r.id, { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`.` }]),
      ),
      markdownDescription: 'Severity per rule, e.g. `{ "placeholder": "error", "recommended-section": "off" }`. See the [rules](https://github.com/mou-author/mou-author/blob/main/docs/rules/README.md).',
    },
    'mou.expiringWithinDays': {
      type: 'integer',
      minimum: 0,
      default: 60,
      scope: 'resource',
      markdownDescription: 'An agreement whose term ends within this many days is reported as expiring (`agreement-expiring`). Expiry is judged against your computer\'s local day.',
    },
    'mou.files': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      scope: 'resource',
      markdownDescription: 'Globs (relative to the workspace folder) of the markdown files to check, e.g. `["agreements/**/*.md"]`. Empty: every markdown file that reads like an agreement.',
    },
    'mou.ignore': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      scope: 'resource',
      markdownDescription: 'Globs (relative to the workspace folder) of files never to check, e.g. `["drafts/old/**"]`.',
    },
  };
}

/** docs/rules/README.md: the index of rules, from the rule definitions. */
export function rulesIndexMarkdown(): string {
  const rows = RULES.map((r) => `| [${r.id}](${r.id}.md) | ${r.defaultSeverity} | ${r.description} |`);
  return `# Rules

<!-- Generated from the rule definitions (server/src/core/rules/) by \`npm run build\`. Do not edit. -->

Every finding MOU Author reports comes from one of these rules. Each page says what the rule
looks for, why it matters for a partnership, how to fix a finding, and how to configure it.

| Rule | Default severity | What it finds |
|---|---|---|
${rows.join('\n')}

Change a rule's severity (or turn it off with \`"off"\`) in a \`.mou.json\` file (see
[configuration](../configuration.md)) or the \`mou.severity\` setting:

\`\`\`jsonc
{
  "severity": { "placeholder": "error", "weak-section": "information", "recommended-section": "off" }
}
\`\`\`
`;
}

export { snippetsJson };

/**
 * The TextMate pattern that opens a Signatures section in syntaxes/mou.injection.tmLanguage.json: an
 * ATX heading with one of the checker's titles for the section (sections.ts), longest first.
 * Capture 1 is the heading's hashes, which the region's end refers to.
 */
export function signaturesHeadingPattern(): string {
  const titles = [...sectionDefinition('signatures')!.titles].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternatives = titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
  return `(?i)^[ ]{0,3}(#{1,6})[ \\t]+((?:[^\\n]*?[^\\p{L}\\n])?(?:${alternatives})(?!\\p{L})[^\\n]*?)(?:[ \\t]+#+)?[ \\t]*$`;
}

/** The injection grammar `current` with its Signatures heading pattern regenerated (the rest is written by hand). */
export function grammarJson(current: string): string {
  const begin = /("signatures": \{\n(?:.*\n)*?\s*"begin": )"(?:[^"\\]|\\.)*"/;
  if (!begin.test(current)) throw new Error('syntaxes/mou.injection.tmLanguage.json: no "begin" in the "signatures" rule');
  return current.replace(begin, (_, head: string) => head + JSON.stringify(signaturesHeadingPattern()));
}
