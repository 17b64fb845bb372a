/** mou-check end to end: formats, exit codes 0/1/2, folders and globs, config errors. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze, fileReport } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMPLETE = `# Memorandum of Understanding between Harbor City Schools and Tidewater Marine Labs

This MOU is made between Harbor City Schools ("the District") and Tidewater Marine Labs ("Tidewater").

## Roles and Responsibilities

- The District will recruit 24 juniors for the ocean science internship and provide a teacher coordinator.
- Tidewater will host interns two afternoons a week and assign each intern a trained mentor.

## Points of Contact

| Party | Contact | Email | Phone |
|---|---|---|---|
| Harbor City Schools | Renata Ortiz, CTE Director | rortiz@harborcity.k12.us | (555) 201-3344 |
| Tidewater Marine Labs | Kwame Mensah, Education Lead | kmensah@tidewaterlabs.org | (555) 876-1200 |

If either contact changes, that party will name a replacement in writing within 10 business days.

## Resource Commitments

Tidewater will contribute $12,000 for intern stipends and 300 mentor hours each school year.
The District will provide bus transport for all site visits.

## Safety Protocols

Tidewater will complete background checks on every mentor before any contact with students.
Interns will be supervised at all times, with no more than five interns per mentor.
The District coordinator will make a site visit every month, and Tidewater will report any incident to the District within 24 hours.

## Intended Outcomes

At least 20 of the 24 interns will complete 120 internship hours each school year, measured by Tidewater's attendance records.
`;

const THIN = `# Memorandum of Understanding between Harbor City Schools and Tidewater Marine Labs

This MOU is made between Harbor City Schools and Tidewater Marine Labs, who share an interest in ocean science for students.

## Term

This MOU runs from July 1, 2026 to June 30, 2027.
`;

describe('mou-check CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mou-cli-'));
  const complete = path.join(dir, 'complete.md');
  const thin = path.join(dir, 'thin.md');
  writeFileSync(complete, COMPLETE);
  writeFileSync(thin, THIN);

  it('exits 0 for a complete agreement and reports every section present', () => {
    const r = run(['--format', 'json', complete]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const f = json.files[0];
    assert.equal(f.isAgreement, true);
    assert.equal(f.score, 1);
    assert.deepEqual(
      f.sections.map((s: { id: string; status: string }) => `${s.id}:${s.status}`),
      ['roles:present', 'points-of-contact:present', 'resource-commitments:present', 'safety-protocols:present', 'intended-outcomes:present'],
    );
    assert.deepEqual(f.diagnostics.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning'), []);
    assert.deepEqual(
      f.parties.map((p: { name: string; duty: boolean; contact: boolean; contribution: boolean }) => [p.name, p.duty, p.contact, p.contribution]),
      [['District', true, true, true], ['Tidewater', true, true, true]],
    );
  });

  it('exits 1 when core sections are missing, with compiler-style lines', () => {
    const r = run([thin]);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n').filter((l) => / error missing-section /.test(l));
    assert.equal(lines.length, 5);
    for (const l of lines) assert.ok(l.startsWith(`${thin}:1:1 error missing-section Missing section: `), l);
    assert.match(r.stdout, /completeness 0%/);
    assert.match(r.stdout, /5 errors, 0 warnings in 1 agreement \(1 file checked\)/);
  });

  it('JSON has one entry per input file, non-agreements included without sections', () => {
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, '# tidetools\n\nScripts for tide tables, built in partnership with a local school.\n');
    const r = run(['--format=json', complete, readme]);
    const files = JSON.parse(r.stdout).files;
    assert.equal(files.length, 2);
    const nonAgreement = files.find((f: { path: string }) => f.path === readme);
    assert.deepEqual({ ...nonAgreement, agreementReason: undefined }, { path: readme, isAgreement: false, diagnostics: [], agreementReason: undefined });
    assert.match(nonAgreement.agreementReason, /\w+ \w+/, 'says in words why it is not an agreement');
  });

  it('text output says why a file is not checked and how to check it anyway, and why an agreement is', () => {
    const notes = path.join(dir, 'meeting-notes.md');
    writeFileSync(notes, '# Meeting notes, 3 March\n\nWe talked about the robotics club and the spring showcase.\n');
    const r = run([notes, complete]);
    const expected = fileReport(notes, analyze(readFileSync(notes, 'utf8'))).agreementReason;
    assert.ok(expected, 'the core gives a reason');
    const line = r.stdout.split('\n').find((l) => l.startsWith(`${notes}:`));
    assert.equal(line, `${notes}: not checked — not an agreement: ${expected!.replace(/\.$/, '')}. Put "agreement: true" in its front matter to check it anyway.`);
    const agreementReason = fileReport(complete, analyze(readFileSync(complete, 'utf8'))).agreementReason!;
    assert.ok(r.stdout.includes(`${complete} — completeness 100% (an agreement: ${agreementReason})`), r.stdout);
    // With the front matter the hint names, the file is checked.
    writeFileSync(notes, '---\nagreement: true\n---\n# Meeting notes, 3 March\n\nWe talked about the robotics club.\n');
    const checked = run([notes]);
    assert.equal(checked.code, 1);
    assert.match(checked.stdout, /completeness 0% \(an agreement: its front matter says it is an agreement\)/);
  });

  it('checks the markdown files of a folder, and globs', () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(path.join(folder, 'nested'), { recursive: true });
    mkdirSync(path.join(folder, 'node_modules', 'x'), { recursive: true });
    writeFileSync(path.join(folder, 'a.md'), COMPLETE);
    writeFileSync(path.join(folder, 'nested', 'b.md'), THIN);
    writeFileSync(path.join(folder, 'node_modules', 'x', 'c.md'), THIN);
    writeFileSync(path.join(folder, 'notes.txt'), THIN);
    const r = run(['--format', 'json', folder]);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(folder, f.path)), ['a.md', path.join('nested', 'b.md')]);
    assert.equal(r.code, 1);
    const g = run(['--format', 'json', 'folder/**/*.md'], dir);
    assert.equal(JSON.parse(g.stdout).files.length, 2);
  });

  it('exits 2 with a message for a path that does not exist', () => {
    const r = run([path.join(dir, 'nope.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or folder: .*nope\.md/);
    assert.equal(r.stdout, '');
  });

  it('exits 2 for usage errors', () => {
    assert.equal(run([]).code, 2);
    const r = run(['--format', 'xml', complete]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format “xml”/);
    assert.equal(run(['--bogus', complete]).code, 2);
    assert.equal(run(['no-such-dir/**/*.md']).code, 2);
  });

  it('reads a config file, and exits 2 with the position of a JSON error', () => {
    const ok = path.join(dir, 'ok.json');
    writeFileSync(ok, '{\n  // missing sections are warnings in this office\n  "severity": { "missing-section": "warning" },\n}\n');
    assert.equal(run(['--config', ok, thin]).code, 0);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "severity": { "missing-section": "warning" \n');
    const r = run(['--config', bad, thin]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.json:3:1: Invalid JSON/);
    const unknown = path.join(dir, 'unknown.json');
    writeFileSync(unknown, '{ "sevrity": {} }');
    assert.match(run(['--config', unknown, thin]).stderr, /unknown\.json:1:3: Unknown key “sevrity”/);
    assert.equal(run(['--config', path.join(dir, 'none.json'), thin]).code, 2);
  });

  it('discovers the nearest .mou.json, and its files/ignore globs apply to folders', () => {
    const org = path.join(dir, 'org');
    mkdirSync(path.join(org, 'team', 'drafts'), { recursive: true });
    writeFileSync(path.join(org, '.mou.json'), '{ "severity": { "missing-section": "warning" } }');
    writeFileSync(path.join(org, 'team', '.mou.json'), '{ "extends": "../.mou.json", "ignore": ["drafts/**"] }');
    writeFileSync(path.join(org, 'team', 'thin.md'), THIN);
    writeFileSync(path.join(org, 'team', 'drafts', 'old.md'), THIN);
    const r = run(['--format', 'json', 'team'], org);
    assert.equal(r.code, 0, 'missing sections are warnings in this office');
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [path.join('team', 'thin.md')]);
    writeFileSync(path.join(org, 'team', '.mou.json'), '{ "extends": "./nope.json" }');
    const bad = run(['team'], org);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /team\/\.mou\.json:1:14: “extends” points to \.\/nope\.json, which does not exist/);
  });

  it('a config value of the wrong type (a string for files, placeholders or ignore) exits 2 with its position, not a stack trace', () => {
    for (const key of ['files', 'placeholders', 'ignore']) {
      const org = path.join(dir, `typed-${key}`);
      mkdirSync(org, { recursive: true });
      writeFileSync(path.join(org, '.mou.json'), `{ "${key}": "agreements/**/*.md" }`);
      writeFileSync(path.join(org, 'thin.md'), THIN);
      const r = run(['thin.md'], org);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, `mou-check: invalid configuration:\n.mou.json:1:${key.length + 7}: “${key}” must be a list, e.g. ["agreements/**/*.md"].\n`);
    }
  });

  it('a folder leaves out what its .gitignore files exclude (nested ones too, ! re-includes), as git does', () => {
    const repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, 'build'), { recursive: true });
    mkdirSync(path.join(repo, 'partners', 'drafts'), { recursive: true });
    writeFileSync(path.join(repo, '.gitignore'), '# build output\nbuild/\n*.tmp.md\n');
    writeFileSync(path.join(repo, 'partners', '.gitignore'), 'drafts/*\n!drafts/keep.md\n');
    for (const f of ['main.md', 'build/copy.md', 'notes.tmp.md', 'partners/acme.md', 'partners/drafts/old.md', 'partners/drafts/keep.md']) writeFileSync(path.join(repo, f), THIN);
    const r = run(['--format', 'json', 'repo'], dir);
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.split(path.sep).join('/')),
      ['repo/main.md', 'repo/partners/acme.md', 'repo/partners/drafts/keep.md'],
    );
    // A file named on the command line is checked even when ignored.
    const named = run(['--format', 'json', path.join('repo', 'build', 'copy.md')], dir);
    assert.equal(JSON.parse(named.stdout).files.length, 1);
  });

  it('reports a binary file as an error and still checks the others', () => {
    const bin = path.join(dir, 'scan.md');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const r = run(['--format', 'json', bin, complete]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /scan\.md: not a text file/);
    assert.equal(JSON.parse(r.stdout).files.length, 2);
  });

  it('the shipped bundle reads every fixture exactly as the core does in-process', () => {
    // dist/ is bundled with a stand-in for micromark's combineExtensions (scripts/esbuild-common.mjs):
    // its findings must be the ones the unbundled core gives.
    const fixtures = loadFixtures();
    // A fixed today: expiry findings and the term's status depend on it.
    const r = run(['--format', 'json', '--today', '2027-06-15', ...fixtures.map((f) => f.file)]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const shipped = (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files;
    assert.equal(shipped.length, fixtures.length);
    for (const [i, f] of fixtures.entries()) {
      const here = JSON.parse(JSON.stringify(fileReport(shipped[i].path, analyze(f.text, { today: '2027-06-15' })))) as unknown;
      assert.deepEqual(shipped[i], here, f.name);
    }
  });

  it('--today makes expiry reproducible, and the term shows as a timeline', () => {
    const file = path.join(ROOT, 'test/fixtures/term/expired-annual-review.md');
    const before = run(['--format', 'json', '--today', '2026-10-01', file]);
    const term = JSON.parse(before.stdout).files[0].term;
    assert.deepEqual([term.start, term.end, term.status, term.today], ['2025-09-01', '2026-08-31', 'expired', '2026-10-01']);
    assert.ok(JSON.parse(before.stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'agreement-expired'));
    const during = run(['--today', '2026-07-15', file]);
    assert.match(during.stdout, /term: starts 1 Sep 2025 ▸ review 1 Mar 2026 ▸ ends 31 Aug 2026 · 30 days' notice to end · today 15 Jul 2026: expiring, 47 days left/);
    assert.match(during.stdout, /agreement-expiring/);
    assert.equal(run(['--today', '2026-31-01', file]).code, 2);
    assert.doesNotMatch(run(['--today', '2026-07-15', '--expiring-within', '10', file]).stdout, /agreement-expiring/);
  });

  it('prints help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: mou-check/);
  });
});

describe('mou-check for pipelines', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mou-ci-'));
  const thin = path.join(dir, 'thin agreement.md');
  writeFileSync(thin, THIN + '\nThe start date is TBD, 50% of the time.\n');

  it('--format sarif validates against the SARIF 2.1.0 schema', async () => {
    const Ajv = (await import('ajv-draft-04')).default; // the SARIF 2.1.0 schema is draft-04
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const r = run(['--format', 'sarif', thin], dir);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; tool: { driver: { rules: Array<{ id: string }> } } }> };
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    const results = sarif.runs[0].results;
    assert.ok(results.length >= 6);
    assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'thin%20agreement.md');
    assert.ok(results.every((x: { ruleId: string; ruleIndex: number }) => sarif.runs[0].tool.driver.rules[x.ruleIndex].id === x.ruleId));
  });

  it('--format github prints workflow annotations with escaped data', () => {
    const r = run(['--format', 'github', thin], dir);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.some((l) => /^::error file=thin agreement\.md,line=1,col=1,endLine=1,endColumn=\d+,title=MOU missing-section::Missing section: /.test(l)), lines[0]);
    assert.ok(lines.some((l) => /^::warning .*title=MOU placeholder::Placeholder “TBD”/.test(l)));
    assert.ok(lines.every((l) => !/\n/.test(l)));
  });

  it('--max-warnings and --quiet', () => {
    const doc = path.join(dir, 'warnings.md');
    writeFileSync(doc, THIN.replace('## Term', '## Roles and Responsibilities\n\nThe parties will collaborate.\n\n## Term'));
    const cfg = path.join(dir, 'warn.json');
    writeFileSync(cfg, '{ "severity": { "missing-section": "warning" } }');
    assert.equal(run(['--config', cfg, doc]).code, 0);
    const over = run(['--config', cfg, '--max-warnings', '2', doc]);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /more than --max-warnings 2/);
    assert.equal(run(['--config', cfg, '--max-warnings=99', doc]).code, 0);
    assert.equal(run(['--max-warnings', 'lots', doc]).code, 2);
    const quiet = run(['--quiet', doc]);
    assert.equal(quiet.code, 1);
    assert.ok(quiet.stdout.trim().split('\n').every((l) => / error /.test(l)), quiet.stdout);
  });

  it('text output matches the $mou problem matcher', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'mou');
    const re = new RegExp(matcher.pattern.regexp);
    const lines = run([path.basename(thin)], dir).stdout.split('\n').filter((l) => l.includes(' missing-section '));
    assert.equal(lines.length, 5);
    for (const l of lines) {
      const m = re.exec(l)!;
      assert.ok(m, l);
      assert.equal(m[matcher.pattern.file], 'thin agreement.md');
      assert.equal(m[matcher.pattern.severity], 'error');
      assert.equal(m[matcher.pattern.code], 'missing-section');
    }
  });
});
