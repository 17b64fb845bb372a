/**
 * `.mou.json` — an organisation's standards as data: which playbook it extends, required and
 * recommended sections, its own extra sections, severities, placeholder patterns, files to check.
 * Parsing, validation (JSON Schema, generated from the rule and section definitions) and merging
 * are pure; finding and reading files is the adapters' job (server/src/config/).
 */
import type { ValidateFunction } from 'ajv';
import type * as Jsonc from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type Picomatch from 'picomatch';
import { PLAYBOOKS } from './definitions/playbooks';
import { CORE_SECTIONS, RECOMMENDED_SECTIONS } from './definitions/sections';
import { RULES } from './rules';
import { userPattern } from './user-pattern';

// The schema's validator, jsonc-parser and picomatch are loaded on first use, not at start: most agreements have no
// .mou.json, and loading them cost a server start several milliseconds (the bundler keeps each
// `require` lazy). jsonc-parser is kept: the bundle wraps its ES module in a new object per require.
let jsoncModule: typeof Jsonc | undefined;
const jsonc = (): typeof Jsonc => (jsoncModule ??= require('jsonc-parser') as typeof Jsonc);
const picomatch = (): typeof Picomatch => require('picomatch') as typeof Picomatch;

export interface CustomSection {
  id: string;
  title: string;
  /** Heading phrases that name it (lower case works best). */
  synonyms?: string[];
  /** Words or phrases whose presence in the text means the section is there without a heading. */
  hints?: string[];
  /** Model text inserted by its quick fix. */
  clause?: string;
  /** One line: what the section is for. */
  purpose?: string;
}

export interface MouConfig {
  $schema?: string;
  /** A built-in playbook id, or a relative path to another .mou.json. */
  extends?: string;
  required?: string[];
  recommended?: string[];
  notApplicable?: Record<string, string>;
  sections?: CustomSection[];
  severity?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  placeholders?: string[];
  files?: string[];
  ignore?: string[];
}

export interface ConfigIssue {
  message: string;
  offset: number;
  length: number;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** The JSON Schema of .mou.json, generated from the rules, sections and playbooks. */
export function configSchema(): Record<string, unknown> {
  const sectionIds = [...CORE_SECTIONS, ...RECOMMENDED_SECTIONS].map((s) => s.id);
  const sectionRef = { type: 'string', description: 'A section id', anyOf: [{ enum: sectionIds }, { pattern: '^[a-z][a-z0-9-]*$' }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/mou-author/mou-author/blob/main/schemas/mou.schema.json',
    title: 'MOU Author configuration (.mou.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        type: 'string',
        description: `A built-in playbook (${PLAYBOOKS.map((p) => p.id).join(', ')}) or a relative path to another .mou.json.`,
        anyOf: [{ enum: PLAYBOOKS.map((p) => p.id) }, { pattern: '^\\.{1,2}/.+\\.json$' }],
      },
      required: { type: 'array', items: sectionRef, uniqueItems: true, description: 'Sections every agreement must have (missing → error).' },
      recommended: { type: 'array', items: sectionRef, uniqueItems: true, description: 'Sections agreements should have (missing → hint).' },
      notApplicable: {
        type: 'object',
        description: 'Sections not expected in these agreements, each with the reason shown to users.',
        propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      sections: {
        type: 'array',
        description: "The organisation's own sections.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: {
            id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
            title: { type: 'string', minLength: 1 },
            synonyms: { type: 'array', items: { type: 'string', minLength: 1 } },
            hints: { type: 'array', items: { type: 'string', minLength: 1 } },
            clause: { type: 'string' },
            purpose: { type: 'string' },
          },
        },
      },
      severity: {
        type: 'object',
        description: 'Severity per rule: error, warning, information, hint or off.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.id, { enum: SEVERITIES, description: r.description }])),
      },
      placeholders: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Extra placeholder patterns (regular expressions).' },
      files: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of agreements to check (relative to this file).' },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of files never to check.' },
    },
  };
}

let validator: ValidateFunction | undefined;

/**
 * Parse and validate one config file's text. Never throws; problems come back with positions.
 * `foreign` says the JSON is not a MOU Author configuration at all (not an object, or keys no
 * .mou.json has): a file reached through `extends` is then refused without its problems, whose
 * messages would quote what it holds. (JSON syntax errors quote nothing: a .mou.json being
 * edited has them.)
 */
export function parseConfig(text: string): { config?: MouConfig; issues: ConfigIssue[]; foreign?: boolean } {
  const errors: ParseError[] = [];
  const { parse, parseTree, printParseErrorCode } = jsonc();
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    return { issues: errors.map((e) => ({ message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`, offset: e.offset, length: Math.max(1, e.length) })) };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { foreign: true, issues: [{ message: 'The configuration must be a JSON object: { … }.', offset: 0, length: Math.min(text.length, 1) }] };
  // The schema's validator, generated at build from configSchema() (definitions/config-validator.js).
  validator ??= require('./definitions/config-validator') as ValidateFunction;
  const issues: ConfigIssue[] = [];
  const tree = parseTree(text);
  let foreign = false;
  if (!validator(data)) {
    for (const e of validator.errors ?? []) {
      const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      const node = nodeAt(tree, extra ? [...path, extra] : path, !!extra);
      if (extra && !path.length) foreign = true;
      const where = extra ? `“${extra}”` : path.length ? `“${path.join('.')}”` : 'The configuration';
      const message =
        e.keyword === 'additionalProperties'
          ? `Unknown key ${where}.`
          : e.keyword === 'enum'
            ? `${where} must be one of: ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')}.`
            : e.keyword === 'type'
              ? `${where} must be ${TYPE_NAMES[(e.params as { type: string }).type] ?? (e.params as { type: string }).type}${ARRAY_KEYS.has(String(path[0])) && path.length === 1 ? `, e.g. [${JSON.stringify(exampleOf(data, path))}]` : ''}.`
              : `${where} ${e.message}.`;
      if (e.keyword === 'anyOf' || e.keyword === 'pattern') {
        if (issues.some((i) => i.offset === (node?.offset ?? 0))) continue;
      }
      issues.push({ message, offset: node?.offset ?? 0, length: node?.length ?? 1 });
    }
  }
  // A value of the wrong type was reported above: the checks below read only well-typed ones.
  const config = data as MouConfig;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : []);
  // Checks a schema cannot express: regular expressions and globs that do not compile.
  strings(config.placeholders).forEach((p, i) => {
    if (!p) return;
    const why = userPattern(p);
    if (typeof why === 'string') {
      const node = nodeAt(tree, ['placeholders', i]);
      issues.push({ message: `Placeholder pattern is not a valid regular expression: ${why}.`, offset: node?.offset ?? 0, length: node?.length ?? 1 });
    }
  });
  for (const key of ['files', 'ignore'] as const) {
    strings(config[key]).forEach((g, i) => {
      if (g && !validGlob(g)) {
        const node = nodeAt(tree, [key, i]);
        issues.push({ message: `“${g}” is not a valid glob pattern.`, offset: node?.offset ?? 0, length: node?.length ?? 1 });
      }
    });
  }
  return { config: issues.length ? undefined : config, issues, ...(foreign ? { foreign } : {}) };
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'an object { … }', string: 'text (a string)', number: 'a number', boolean: 'true or false' };
/** Keys whose value is a list of strings: a single string is the likely mistake, shown corrected. */
const ARRAY_KEYS = new Set(['required', 'recommended', 'placeholders', 'files', 'ignore']);
const exampleOf = (data: object, path: Array<string | number>): unknown => {
  const v = (data as Record<string, unknown>)[String(path[0])];
  return typeof v === 'string' && v.length <= 60 ? v : '…';
};

function validGlob(g: string): boolean {
  if (/\[[^\]]*$/.test(g) || /\{[^}]*$/.test(g) || (g.match(/\(/g)?.length ?? 0) !== (g.match(/\)/g)?.length ?? 0)) return false;
  try {
    picomatch().makeRe(g, { strictBrackets: true });
    return true;
  } catch {
    return false;
  }
}

function nodeAt(tree: Node | undefined, path: Array<string | number>, key = false): Node | undefined {
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = jsonc().findNodeAtLocation(tree, path.slice(0, n));
    if (node) return key && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
  }
  return tree;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A parent's settings overridden by a child's: objects merge, arrays and values replace. */
export function mergeConfigs(parent: MouConfig, child: MouConfig): MouConfig {
  const out: MouConfig = { ...parent, ...child };
  if (parent.severity || child.severity) out.severity = { ...parent.severity, ...child.severity };
  if (parent.notApplicable || child.notApplicable) out.notApplicable = { ...parent.notApplicable, ...child.notApplicable };
  if (parent.sections || child.sections) {
    const byId = new Map<string, CustomSection>();
    for (const s of [...(parent.sections ?? []), ...(child.sections ?? [])]) byId.set(s.id, s);
    out.sections = [...byId.values()];
  }
  delete out.extends;
  return out;
}

/** Does a path (relative to the config's folder, with / separators) fall under `files` and outside `ignore`? */
export function isIncluded(relativePath: string, config: Pick<MouConfig, 'files' | 'ignore'>): boolean {
  const p = relativePath.replace(/\\/g, '/');
  const opts = { dot: true };
  if (config.ignore?.length && picomatch()(config.ignore, opts)(p)) return false;
  if (config.files?.length) return picomatch()(config.files, opts)(p);
  return true;
}
