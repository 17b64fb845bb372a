/** mou-check --format ics: dated duties become events a calendar can read back; unresolved ones are listed, not guessed. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const BODY = `## Roles and Responsibilities

Hilltop School will send the signed parent permission forms to Beacon Labs within 30 days of the Effective Date.

Beacon Labs will deliver the sensor kits by 15 October 2026.

Hilltop School will report attendance to Beacon Labs each June.

## Term

`;

const run = (file: string) => spawnSync(process.execPath, [CLI, '--format', 'ics', '--today', '2026-09-10', file], { encoding: 'utf8' });

describe('mou-check --format ics', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'mou-ics-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each dated duty as an all-day event of its party, relative ones from the effective date', () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, `# Memorandum of Understanding between Hilltop School and Beacon Labs\n\n${BODY}This MOU is effective 1 September 2026 for two years.\n`);
    const r = run(file);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byDay = Object.fromEntries(events.map((e) => [e.startDate.toString(), e]));
    assert.deepEqual(Object.keys(byDay).sort(), ['2026-10-01', '2026-10-15', '2027-06-01']);
    assert.ok(byDay['2026-10-01'].startDate.isDate, 'all-day');
    assert.match(byDay['2026-10-01'].summary, /^Hilltop School: .*permission forms/);
    assert.match(byDay['2026-10-15'].summary, /^Beacon Labs: /);
    assert.match(byDay['2026-10-01'].description, /a\.md:5/);
    const yearly = byDay['2027-06-01'];
    assert.ok(yearly.isRecurring());
    const it = yearly.iterator();
    const days: string[] = [];
    for (let next = it.next(); next && days.length < 5; next = it.next()) days.push(next.toString());
    assert.deepEqual(days, ['2027-06-01', '2028-06-01'], 'repeats each year until the term ends (31 August 2028)');
    assert.doesNotMatch(r.stderr, /not in the calendar/);
  });

  it('without an effective date, relative and yearly duties are listed as unresolved, not guessed', () => {
    const file = path.join(dir, 'b.md');
    writeFileSync(file, `# Memorandum of Understanding between Hilltop School and Beacon Labs\n\n${BODY}The parties look forward to working together.\n`);
    const r = run(file);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(events.map((e) => e.startDate.toString()), ['2026-10-15']);
    assert.match(r.stderr, /b\.md:5: not in the calendar — within 30 days of the Effective Date: the effective date is not stated/);
    assert.match(r.stderr, /b\.md:9: not in the calendar — each year/);
  });
});
