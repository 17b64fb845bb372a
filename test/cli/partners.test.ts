/**
 * mou-check --partners FOLDER, end to end: a generated folder of agreements with known partners,
 * terms and signatures; the registry merges their names, judges each agreement against --today and
 * finds what is wrong across agreements.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { KNOWN_PARTNERS, writeKnownPartners } from '../../scripts/bench/partner-agreements';
import type { Registry } from '../../server/src/core';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('mou-check --partners', () => {
  let dir: string;
  let registry: Registry;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mou-partners-'));
    writeKnownPartners(dir);
    assert.equal(Object.keys(KNOWN_PARTNERS).length, 7);
    const r = run('--partners', '--format', 'json', '--today', '2037-01-15', dir);
    assert.equal(r.status, 0, r.stderr);
    registry = JSON.parse(r.stdout) as Registry;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const partner = (name: string) => {
    const p = registry.partners.find((x) => x.name === name);
    assert.ok(p, `${name} in ${registry.partners.map((x) => x.name).join(', ')}`);
    return p;
  };
  const statuses = (name: string) => Object.fromEntries(partner(name).agreements.map((a) => [path.basename(a.path), a.statusText]));

  it('lists one row per partner organisation, names and short names merged across agreements', () => {
    assert.equal(registry.agreements, 7, 'the README is not an agreement');
    assert.equal(registry.today, '2037-01-15');
    assert.deepEqual(registry.partners.map((p) => p.name), ['Acme Robotics', 'Cedar Public Library', 'Harbor Health Partners', 'Hilltop School District', 'Riverbend Food Bank']);
    assert.deepEqual(partner('Acme Robotics').names, ['ACME', 'Acme Robotics']);
    assert.equal(partner('Hilltop School District').agreements.length, 7);
    assert.equal(partner('Hilltop School District').home, true, 'in every agreement: the folder’s own organisation');
    assert.deepEqual(registry.partners.filter((p) => p.home).map((p) => p.name), ['Hilltop School District']);
  });

  it('gives each agreement its status against --today: current, expiring, expired, unsigned draft', () => {
    assert.deepEqual(statuses('Acme Robotics'), { 'acme-mentoring.md': 'current', 'acme-robotics-2035.md': 'current', 'acme-summer-camp.md': 'current' });
    assert.deepEqual(statuses('Cedar Public Library'), { 'cedar-library.md': 'expiring' });
    assert.deepEqual(statuses('Riverbend Food Bank'), { 'riverbend-2033.md': 'expired', 'riverbend-2037.md': 'unsigned draft' });
    assert.deepEqual(statuses('Harbor Health Partners'), { 'harbor-health.md': 'unsigned draft' });
    assert.match(partner('Harbor Health Partners').agreements[0].why, /status: draft/);
  });

  it('keeps the contacts as each agreement writes them', () => {
    const acme = partner('Acme Robotics').agreements.find((a) => a.path.endsWith('acme-summer-camp.md'))!;
    assert.deepEqual(acme.contacts.map((c) => c.emails), [['d.whitfield@acme.example']]);
    assert.match(acme.contacts[0].text, /Dana Whitfield, Partnerships Manager/);
  });

  it('finds a partner with no current agreement, contacts that differ, and names spelled differently', () => {
    const found = registry.findings.map((f) => `${f.partner}: ${f.code}`).sort();
    assert.deepEqual(found, [
      'Acme Robotics: partner-contacts-differ',
      'Harbor Health Partners: partner-no-current-agreement',
      'Riverbend Food Bank: partner-name-spelling',
      'Riverbend Food Bank: partner-no-current-agreement',
    ]);
    const spelling = registry.findings.find((f) => f.code === 'partner-name-spelling')!;
    assert.match(spelling.message, /“Riverbend Food Bank” in riverbend-2033\.md; “Riverbend Foodbank” in riverbend-2037\.md/);
    const contacts = registry.findings.find((f) => f.code === 'partner-contacts-differ')!;
    assert.match(contacts.message, /d\.whitfield@acme\.example/);
  });

  it('honours --today: a year later Acme’s first agreement has expired and Cedar’s too', () => {
    const later = JSON.parse(run('--partners', '--format', 'json', '--today', '2038-01-15', dir).stdout) as Registry;
    const cedar = later.partners.find((p) => p.name === 'Cedar Public Library')!;
    assert.equal(cedar.agreements[0].status, 'expired');
    assert.ok(later.findings.some((f) => f.partner === 'Cedar Public Library' && f.code === 'partner-no-current-agreement'));
  });

  it('writes text, CSV and HTML', () => {
    const text = run('--partners', '--today', '2037-01-15', dir);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^Acme Robotics \(also: ACME\)$/m);
    assert.match(text.stdout, /^Hilltop School District \(also: District\) — a party to every agreement: read as your own organisation$/m);
    assert.match(text.stdout, /riverbend-2037\.md: unsigned draft — the signature block has blanks/);
    assert.match(text.stdout, /5 partners in 7 agreements \(as of 2037-01-15\), 4 findings\./);
    const csv = run('--partners', '--format', 'csv', '--today', '2037-01-15', dir).stdout.trim().split('\r\n');
    assert.equal(csv[0], 'partner,home,also_named,agreement,status,why,start,end,contacts,emails,phones,findings');
    assert.equal(csv.length, 1 + 3 + 1 + 1 + 7 + 2, 'a row per partner and agreement');
    const html = run('--partners', '--format', 'html', '--today', '2037-01-15', dir).stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<h2 id="partner-0-h">Acme Robotics<\/h2>/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('says clearly what it cannot do', () => {
    const sarif = run('--partners', '--format', 'sarif', dir);
    assert.equal(sarif.status, 2);
    assert.match(sarif.stderr, /--partners writes text, json, csv or html, not “sarif”/);
    const none = run('--partners');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no folder given/);
    const missing = run('--partners', path.join(dir, 'nowhere'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere/);
  });
});
