/** The partner registry's merge (core/registry): which names are one organisation, and what is found across agreements. */
import { strict as assert } from 'node:assert';
import { analyze, buildRegistry, fileReport, type FileReport } from '../../server/src/core';
import { nameKey, sameNameSpeltDifferently, shortNames } from '../../server/src/core/registry/names';
import { renderRegistryHtml } from '../../server/src/core/render';

type Party = NonNullable<FileReport['parties']>[number];
const party = (names: string[], emails: string[] = []): Party => ({
  name: names[names.length - 1],
  names,
  duty: true,
  contact: emails.length > 0,
  contribution: true,
  contacts: emails.map((e) => ({ text: `Contact: ${e}`, emails: [e], phones: [] })),
});
const report = (path: string, parties: Party[], status: NonNullable<FileReport['term']>['status'] = 'current', signed = true): FileReport => ({
  path,
  isAgreement: true,
  diagnostics: [],
  parties,
  term: { start: '2036-01-01', end: '2038-12-31', reviews: [], status },
  signing: signed ? { status: 'signed', reason: 'dated' } : { status: 'unsigned', reason: 'blanks to sign' },
});
const names = (reports: FileReport[]) => buildRegistry(reports).partners.map((p) => `${p.name} [${p.agreements.map((a) => a.path).join(' ')}]`);

describe('partner registry: names', () => {
  it('one key for a name with or without its legal form, case or punctuation', () => {
    assert.equal(nameKey('Acme Robotics, Inc.'), 'acme robotics');
    assert.equal(nameKey('ACME ROBOTICS LLC'), 'acme robotics');
    assert.equal(nameKey('The Acme Robotics Company'), 'acme robotics');
    assert.equal(nameKey('St. Mary’s Hospital'), 'st marys hospital');
    assert.equal(nameKey('the College'), '', 'a role name names no one across agreements');
  });

  it('a short name is a first word or initials', () => {
    assert.ok(shortNames('acme', 'acme robotics'));
    assert.ok(shortNames('npl', 'northside public library'));
    assert.ok(!shortNames('acme', 'northside public library'));
    assert.ok(!shortNames('npl', 'npl'), 'two short names are not a short and a full one');
  });

  it('spelt differently: spaces, or one letter in a long name; not a different word', () => {
    assert.ok(sameNameSpeltDifferently('riverbend food bank', 'riverbend foodbank'));
    assert.ok(sameNameSpeltDifferently('acme robotics', 'acme robtics'));
    assert.ok(!sameNameSpeltDifferently('lincoln high school', 'lincoln hall school'));
    assert.ok(!sameNameSpeltDifferently('cedar public library', 'cedar public schools'));
    assert.ok(!sameNameSpeltDifferently('acme', 'acne'), 'short names are never fuzzy-matched');
  });
});

describe('partner registry: merge', () => {
  it('merges "Acme Robotics, Inc." / "Acme Robotics" / "ACME" across agreements', () => {
    const r = buildRegistry([
      report('a.md', [party(['Acme Robotics', 'ACME'])]),
      report('b.md', [party(['Acme Robotics'])]),
      report('c.md', [party(['ACME'])]),
    ]);
    assert.equal(r.partners.length, 1);
    assert.deepEqual(r.partners[0].names, ['ACME', 'Acme Robotics']);
    assert.equal(r.partners[0].agreements.length, 3);
    assert.deepEqual(r.findings, [], 'a short name is not a misspelling');
  });

  it('does not merge organisations that share a first word', () => {
    assert.deepEqual(names([report('a.md', [party(['Lincoln High School'])]), report('b.md', [party(['Lincoln Electric'])])]), ['Lincoln Electric [b.md]', 'Lincoln High School [a.md]']);
  });

  it('a short name that could be either of two organisations joins neither', () => {
    const r = buildRegistry([report('a.md', [party(['Lincoln High School'])]), report('b.md', [party(['Lincoln Electric'])]), report('c.md', [party(['Lincoln'])])]);
    assert.deepEqual(r.partners.map((p) => p.name), ['Lincoln', 'Lincoln Electric', 'Lincoln High School']);
  });

  it('role names ("the College") never join two agreements', () => {
    const r = buildRegistry([report('a.md', [party(['Eastside College', 'College'])]), report('b.md', [party(['Westside College', 'College'])])]);
    assert.deepEqual(r.partners.map((p) => p.name), ['Eastside College', 'Westside College']);
  });

  it('an initialism joins the organisation it abbreviates', () => {
    assert.deepEqual(names([report('a.md', [party(['Northside Public Library'])]), report('b.md', [party(['NPL'])])]), ['Northside Public Library [a.md b.md]']);
  });
});

describe('partner registry: findings across agreements', () => {
  it('no current agreement: expired, unsigned and unknown are not current; expiring is', () => {
    const r = buildRegistry([
      report('old.md', [party(['Beacon Labs'])], 'expired'),
      report('draft.md', [party(['Beacon Labs'])], 'current', false),
      report('soon.md', [party(['Cobalt Bioworks'])], 'expiring'),
    ]);
    assert.deepEqual(r.findings.map((f) => `${f.partner}: ${f.code}`), ['Beacon Labs: partner-no-current-agreement']);
    assert.match(r.findings[0].message, /draft\.md: unsigned draft; old\.md: expired/);
  });

  it('different emails in two current agreements; the same email (any case) is not a difference; an expired one does not count', () => {
    const differ = buildRegistry([report('a.md', [party(['Beacon Labs'], ['ops@beacon.example'])]), report('b.md', [party(['Beacon Labs'], ['kim@beacon.example'])])]);
    assert.deepEqual(differ.findings.map((f) => f.code), ['partner-contacts-differ']);
    const same = buildRegistry([report('a.md', [party(['Beacon Labs'], ['Ops@Beacon.example'])]), report('b.md', [party(['Beacon Labs'], ['ops@beacon.example'])])]);
    assert.deepEqual(same.findings, []);
    const old = buildRegistry([report('a.md', [party(['Beacon Labs'], ['ops@beacon.example'])]), report('b.md', [party(['Beacon Labs'], ['kim@beacon.example'])], 'expired')]);
    assert.deepEqual(old.findings, []);
  });

  it('a name spelled differently is merged and reported', () => {
    const r = buildRegistry([report('a.md', [party(['Riverbend Food Bank'])]), report('b.md', [party(['Riverbend Foodbank'])])]);
    assert.equal(r.partners.length, 1);
    assert.deepEqual(r.findings.map((f) => f.code), ['partner-name-spelling']);
  });

  it('the one organisation in every agreement (three or more) is the folder\'s own: listed, marked home, its many contacts not a finding', () => {
    const home = (email: string) => party(['Hilltop School District'], [email]);
    const r = buildRegistry([
      report('a.md', [home('grace@hilltop.example'), party(['Beacon Labs'])]),
      report('b.md', [home('omar@hilltop.example'), party(['Cobalt Bioworks'])]),
      report('c.md', [home('tess@hilltop.example'), party(['Cedar Public Library'])]),
    ]);
    const hilltop = r.partners.find((p) => p.name === 'Hilltop School District')!;
    assert.equal(hilltop.home, true);
    assert.deepEqual(hilltop.findings, []);
    assert.ok(r.partners.filter((p) => p.home).length === 1);
    const two = buildRegistry([report('a.md', [home('grace@hilltop.example')]), report('b.md', [home('omar@hilltop.example')])]);
    assert.equal(two.partners[0].home, undefined, 'two agreements are too few to tell');
    assert.deepEqual(two.findings.map((f) => f.code), ['partner-contacts-differ']);
  });

  it('no agreements: an empty registry, not an error', () => {
    assert.deepEqual(buildRegistry([{ path: 'notes.md', isAgreement: false, diagnostics: [] }]), { version: 1, agreements: 0, partners: [], findings: [] });
  });
});

describe('signing: the unsigned-draft status, read from the text', () => {
  const body = `# Memorandum of Understanding between Hilltop School District and Beacon Labs

This MOU is entered into by Hilltop School District and Beacon Labs.

## Roles and Responsibilities

Beacon Labs will host two students each summer. The District will arrange transport.

## Signatures

`;
  const signing = (text: string) => fileReport('x.md', analyze(text)).signing;
  it('blanks to sign on: unsigned', () => assert.equal(signing(`${body}Signature: ______________  Date: ________\n`)?.status, 'unsigned'));
  it('a date signed: signed', () => assert.equal(signing(`${body}Signed for Beacon Labs: Kim Lee\n\nDate: 4 August 2036\n`)?.status, 'signed'));
  it('an electronic signature: signed', () => assert.equal(signing(`${body}/s/ Kim Lee, Director\n`)?.status, 'signed'));
  it('front matter status: draft wins over a dated block', () =>
    assert.deepEqual(signing(`---\nstatus: draft\n---\n\n${body}Date: 4 August 2036\n`), { status: 'unsigned', reason: 'the front matter says status: draft' }));
  it('no signature block: unknown, not a draft', () => assert.equal(signing(body.replace('## Signatures\n', ''))?.status, 'unknown'));
  it('empty labels to fill in (with hard line breaks): unsigned', () => assert.equal(signing(`${body}Signed for Beacon Labs:\\\n\nNAME:\\\nTITLE:\\\nDATE:\\\n`)?.status, 'unsigned'));
  it('a table with empty signature and date cells: unsigned', () =>
    assert.equal(signing(`${body}| | Hilltop School District | Beacon Labs |\n|---|---|---|\n| Name | Grace Okafor | Kim Lee |\n| Signature | | |\n| Date | | |\n`)?.status, 'unsigned'));
  it('a signature image: signed', () => assert.equal(signing(`${body}**Kim Lee**, Director\n\n![signature](sig-kim.png)\n`)?.status, 'signed'));
  it('a block with no place to sign (signed on separate pages): unknown, not a draft', () =>
    assert.equal(signing(`${body}Each party has signed this MOU on a separate page, attached.\n`)?.status, 'unknown'));
});

describe('partner registry: names that name no one', () => {
  it('template blanks and labels are not partners', () => {
    assert.equal(nameKey('[Partner Organization Name]'), '');
    assert.equal(nameKey('Party A'), '');
    assert.equal(nameKey('Partner Organization'), '');
    assert.equal(nameKey('Partner Name'), '', 'a template blank read without its brackets');
    assert.equal(nameKey('Partner District and Schools'), '');
    assert.equal(nameKey('Cedar Public Library'), 'cedar public library');
  });
});

describe('partner registry: the printable page', () => {
  it('escapes what the agreements write, and a file named 100%.md is a name, not an error', () => {
    const r = buildRegistry([report('agreements/100%.md', [party(['Acme <script>alert(1)</script> Robotics'], ['a@acme.example'])])]);
    const html = renderRegistryHtml(r, { nonce: 'abcdefghijklmnopqrstuvwx' });
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /Acme &lt;script&gt;/);
    assert.match(html, /<td>100%\.md<\/td>/);
  });
});
