/** .mou.json: parsing with positions, the schema, discovery, extends chains, errors, and their effect on checking. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { analyze, configSchema, optionsFromConfig, parseConfig, PLAYBOOKS } from '../../server/src/core';
import { userPattern, type UserPattern } from '../../server/src/core/user-pattern';
import { ConfigLoader, MAX_EXTENDS_DEPTH, positionIn } from '../../server/src/config/loader';
import { loadFixtures } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mou-config-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('.mou.json', () => {
  it('the shipped schema and the core’s validator of it are generated from the definitions and up to date', async () => {
    const { configValidatorJs, schemaJson } = await import('../../scripts/generated');
    assert.equal(readFileSync(path.join(ROOT, 'schemas/mou.schema.json'), 'utf8'), schemaJson(), 'run npm run build');
    assert.equal(readFileSync(path.join(ROOT, 'server/src/core/definitions/config-validator.js'), 'utf8'), configValidatorJs(), 'run npm run build');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.mou.json', url: './schemas/mou.schema.json' }]);
    assert.deepEqual(pkg.contributes.configuration.properties['mou.playbook'].enum, PLAYBOOKS.map((p) => p.id));
  });

  it('the schema validates every example config in the docs', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/configuration.md'), 'utf8');
    const blocks = [...doc.matchAll(/```jsonc\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(blocks.length >= 3);
    const validate = new Ajv({ strict: false }).compile(configSchema());
    for (const b of blocks) {
      const data = parseJsonc(b);
      assert.ok(validate(data), `${b}\n${JSON.stringify(validate.errors)}`);
      assert.deepEqual(parseConfig(b).issues, []);
    }
  });

  it('every error comes with a position in the file', () => {
    const cases: Array<[string, RegExp, number]> = [
      ['{ "severity": { "placeholder": "loud" } }', /must be one of: error, warning/, 31],
      ['{\n  "sevrity": {}\n}', /Unknown key “sevrity”/, 4],
      ['{ "files": ["agreements/[abc"] }', /not a valid glob/, 12],
      ['{ "placeholders": ["[unclosed"] }', /not a valid regular expression/, 19],
      ['{ "severity": { "placeholder": "error" ', /Invalid JSON/, 39],
      ['[1, 2]', /must be a JSON object/, 0],
    ];
    for (const [text, message, offset] of cases) {
      const { issues, config } = parseConfig(text);
      assert.equal(config, undefined);
      assert.ok(issues.some((i) => message.test(i.message)), `${text}: ${JSON.stringify(issues)}`);
      assert.equal(issues[0].offset, offset, `${text}: ${JSON.stringify(issues)}`);
    }
  });

  it('nearest wins, extends chains merge, and the chain ends at a built-in playbook', () => {
    const dir = tree({
      '.mou.json': '{ "extends": "in-kind-donation", "severity": { "placeholder": "error" } }',
      'team/.mou.json': '{ "extends": "../.mou.json", "severity": { "weak-section": "off" } }',
      'team/a.md': '# x',
      'other/b.md': '# y',
    });
    const loader = new ConfigLoader();
    const team = loader.forDocument(path.join(dir, 'team/a.md'), dir);
    assert.deepEqual(team.problems, []);
    assert.deepEqual(team.config!.severity, { placeholder: 'error', 'weak-section': 'off' });
    assert.equal(team.config!.extends, 'in-kind-donation');
    assert.equal(team.chain.length, 2);
    assert.equal(loader.forDocument(path.join(dir, 'other/b.md'), dir).file, path.join(dir, '.mou.json'));
  });

  it('an extends cycle and a missing file are positioned problems, and checking goes on', () => {
    const dir = tree({
      'a/.mou.json': '{ "extends": "../b/.mou.json" }',
      'b/.mou.json': '{ "extends": "../a/.mou.json" }',
      'c/.mou.json': '{\n  "extends": "./missing.json"\n}',
    });
    const loader = new ConfigLoader();
    const a = loader.resolve(path.join(dir, 'a/.mou.json'));
    assert.match(a.problems[0].message, /makes a cycle/);
    const c = loader.resolve(path.join(dir, 'c/.mou.json'));
    assert.match(c.problems[0].message, /does not exist/);
    assert.deepEqual(positionIn(c.problems[0].text, c.problems[0].offset), { line: 1, character: 13 });
  });

  it('a value of the wrong type is a positioned problem, never a crash (a string where a list belongs)', () => {
    for (const key of ['files', 'placeholders', 'ignore', 'required']) {
      const text = `{\n  "${key}": "agreements/**/*.md"\n}`;
      const { config, issues } = parseConfig(text);
      assert.equal(config, undefined, key);
      assert.equal(issues.length, 1, `${key}: ${JSON.stringify(issues)}`);
      assert.match(issues[0].message, new RegExp(`“${key}” must be a list, e\\.g\\. \\["agreements/\\*\\*/\\*\\.md"\\]`));
      assert.deepEqual(positionIn(text, issues[0].offset), { line: 1, character: key.length + 6 });
    }
    for (const text of ['{ "placeholders": [1, "TBD"] }', '{ "files": [null] }', '{ "sections": "x" }', '{ "severity": [] }', '{ "notApplicable": 3 }', '{ "extends": 7 }']) {
      const { config, issues } = parseConfig(text);
      assert.equal(config, undefined, text);
      assert.ok(issues.length >= 1 && issues.every((i) => i.offset > 0), `${text}: ${JSON.stringify(issues)}`);
    }
  });

  it(`an extends chain longer than ${MAX_EXTENDS_DEPTH} files stops with a problem (12,000 files: no stack overflow)`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12_000; i++) files[`c${i}.json`] = `{ "extends": "./c${i + 1}.json" }`;
    files['c12000.json'] = '{}';
    const dir = tree(files);
    const r = new ConfigLoader().resolve(path.join(dir, 'c0.json'));
    assert.equal(r.chain.length, MAX_EXTENDS_DEPTH);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /chains more than 16 configuration files/);
    assert.equal(r.problems[0].file, path.join(dir, `c${MAX_EXTENDS_DEPTH - 1}.json`));
  });

  it('extends to a .json file that is not a MOU config is refused without quoting what it holds', () => {
    const dir = tree({
      '.mou.json': '{\n  "extends": "./secrets/aws.json"\n}',
      'secrets/aws.json': '{ "AKIAIOSFODNN7EXAMPLE": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }',
      'c/.mou.json': '{ "extends": "../list.json" }',
      'list.json': '["hunter2"]',
    });
    const loader = new ConfigLoader();
    for (const [file, target] of [['.mou.json', './secrets/aws.json'], ['c/.mou.json', '../list.json']]) {
      const r = loader.resolve(path.join(dir, file));
      assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
      assert.equal(r.problems[0].file, path.join(dir, file), 'the problem is on the file that says extends');
      assert.equal(r.problems[0].message, `“extends” points to ${target}, which is not a MOU Author configuration (.mou.json).`);
      assert.doesNotMatch(JSON.stringify(r.problems.map((p) => p.message)), /AKIA|hunter2|wJal/);
    }
    // Not JSON at all: its syntax errors are shown where they are, and quote nothing.
    writeFileSync(path.join(dir, 'notes.json'), 'password=hunter2');
    writeFileSync(path.join(dir, 'b.json'), '{ "extends": "./notes.json" }');
    const b = loader.resolve(path.join(dir, 'b.json'));
    assert.ok(b.problems.length >= 1 && b.problems.every((p) => /^Invalid JSON: [a-z ]+\.$/.test(p.message)), JSON.stringify(b.problems));
    const top = loader.resolve(path.join(dir, '.mou.json'));
    assert.deepEqual(positionIn(top.problems[0].text, top.problems[0].offset), { line: 1, character: 13 });
  });

  it('placeholder patterns run in linear time: catastrophic ones finish at once and still find what they should', () => {
    const agreement = (line: string) => `${loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!.text}\n${line}\n`;
    // Before: 13.9 s at 7 words, over 120 s at 12 (V8's backtracking); `(a+)+$` froze the server for 7 s.
    const cases: Array<[string, string, string[]]> = [
      ['\\[([A-Za-z]+ ?)+\\]', `See [Partner Name] and [${'word '.repeat(5000)}`, ['[Partner Name]']],
      ['(a+)+$', `${'a'.repeat(50_000)}b`, []],
      ['(\\w+\\s?)+$', `${'word '.repeat(5000)}!`, []],
    ];
    for (const [pattern, line, expected] of cases) {
      const { config, issues } = parseConfig(JSON.stringify({ placeholders: [pattern] }));
      assert.deepEqual(issues, []);
      const re = userPattern(pattern) as UserPattern;
      const t0 = performance.now();
      re.matches(line);
      const ms = performance.now() - t0;
      const a = analyze(agreement(line), optionsFromConfig(config));
      const found = a.findings.filter((f) => f.rule === 'placeholder' && f.span.start >= a.model.text.length - line.length - 1).map((f) => a.model.text.slice(f.span.start, f.span.end));
      assert.deepEqual(found.map((f) => f.slice(0, 40)), expected, pattern);
      assert.ok(ms < 500, `${pattern}: ${ms} ms`);
      console.log(`      ${pattern} on a ${line.length.toLocaleString('en-US')}-character line: ${ms.toFixed(1)} ms`);
    }
  });

  it('a pattern RE2 cannot run (look-around, back-references) is a positioned problem that says why', () => {
    for (const pattern of ['(a)\\1', '(?=TBD)', '(?<!x)y']) {
      const text = `{ "placeholders": ["TBD", ${JSON.stringify(pattern)}] }`;
      const { config, issues } = parseConfig(text);
      assert.equal(config, undefined);
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.match(issues[0].message, /not a valid regular expression: .*linear-time engine, without look-ahead, look-behind or back-references/);
      assert.equal(issues[0].offset, text.indexOf(JSON.stringify(pattern)));
    }
  });

  it('keeps the last good configuration while the file is broken', () => {
    const dir = tree({ '.mou.json': '{ "severity": { "placeholder": "error" } }' });
    const file = path.join(dir, '.mou.json');
    const loader = new ConfigLoader();
    assert.equal(loader.resolve(file).config!.severity!.placeholder, 'error');
    writeFileSync(file, '{ "severity": ');
    loader.invalidate(file);
    const broken = loader.resolve(file);
    assert.ok(broken.problems.length >= 1);
    assert.equal(broken.config!.severity!.placeholder, 'error');
  });

  it('each built-in playbook checks agreements of its type', () => {
    const donation = `---
agreement:
  type: in-kind-donation
---
# Memorandum of Understanding between Valley High School and Brightline Tools

## Roles and Responsibilities

Brightline Tools will deliver 20 cordless drill kits by 1 September 2026. Valley High School will use them in its construction course.

## Points of Contact

- Valley High School: Ana Ruiz, CTE Lead, aruiz@valleyhs.org
- Brightline Tools: Tom Beck, Community Manager, tbeck@brightline.com

## Resource Commitments

Brightline Tools donates 20 drill kits worth $4,000 in total.

## Intended Outcomes

At least 60 students use the kits in the construction course each school year, from the course roster.
`;
    const a = analyze(donation);
    assert.equal(a.playbook, 'in-kind-donation');
    assert.equal(a.sections.find((s) => s.id === 'safety-protocols')!.status, 'not-applicable');
    assert.ok(!a.findings.some((f) => f.rule === 'missing-section'));
    const asMou = analyze(donation.replace('type: in-kind-donation', 'type: mou'));
    assert.ok(asMou.findings.some((f) => f.rule === 'missing-section' && f.section === 'safety-protocols'));
    const wbl = analyze(donation.replace('type: in-kind-donation', 'type: work-based-learning'));
    assert.ok(wbl.findings.some((f) => f.rule === 'missing-section' && f.section === 'liability'));
  });

  it('custom sections, placeholder patterns and severities from a config change the findings', () => {
    const gold = loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!.text;
    const options = optionsFromConfig({
      required: ['roles', 'student-transport'],
      sections: [{ id: 'student-transport', title: 'Student Transport', hints: ['school bus'] }],
      placeholders: ['Halvorsen'],
      severity: { placeholder: 'error' },
    });
    const a = analyze(gold, options);
    assert.ok(a.findings.some((f) => f.rule === 'missing-section' && f.section === 'student-transport' && /Student Transport/.test(f.message)));
    assert.ok(a.findings.some((f) => f.rule === 'placeholder' && f.severity === 'error'));
    assert.ok(!a.findings.some((f) => f.rule === 'missing-section' && f.section === 'safety-protocols'), 'only the configured sections are required');
    const withBus = analyze(gold + '\nStudents travel on the school bus.\n', options);
    assert.ok(!withBus.findings.some((f) => f.section === 'student-transport'));
  });
});
