/** Dates and the term: every common way of writing them, the traps, and text that is not a date. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core';
import { dateProblemsIn, datesIn, wordNumber } from '../../server/src/core/dates/find';
import { findTerm } from '../../server/src/core/dates/term';
import { noticeIn } from '../../server/src/core/dates/notice';

const doc = (term: string, extra = '') => `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

Hilltop School will recruit 10 students. Beacon Labs will host them each Friday.

## Term

${term}
${extra}`;

const termOf = (text: string) => {
  const a = analyze(text);
  assert.ok(a.isAgreement);
  return a.term!;
};

describe('dates', () => {
  it('reads a duration tied to a date as one day, and a duration alone as none', () => {
    assert.deepEqual(datesIn('The pilot ends 30 days after 3 March 2027.').map((d) => d.day), ['2027-04-02']);
    assert.deepEqual(datesIn('Reports are due within 30 days of September 1, 2026.').map((d) => d.day), ['2026-09-01']);
    assert.deepEqual(datesIn('Each party may withdraw within 30 days.'), []);
    // "May" the verb and a bare year are not dates.
    assert.deepEqual(datesIn('The District may invite 2026 graduates to speak.'), []);
    assert.deepEqual(datesIn('Signed Sept. 1, 2026 by both parties.').map((d) => d.day), ['2026-09-01']);
  });

  it('reads written, ISO and numeric dates as calendar days', () => {
    const cases: Array<[string, string]> = [
      ['effective September 1, 2026', '2026-09-01'],
      ['effective 1 September 2026', '2026-09-01'],
      ['effective 1st of September, 2026', '2026-09-01'],
      ['effective 2026-09-01', '2026-09-01'],
      ['effective Sept. 1, 2026', '2026-09-01'],
      ['signed 15/09/2026', '2026-09-15'],
    ];
    for (const [text, day] of cases) assert.equal(datesIn(text)[0]?.day, day, text);
  });

  it('keeps no relative phrase or bare month as a calendar day (those need the effective date)', () => {
    for (const text of ['within 30 days of signing', 'each September', 'today', 'next Friday']) assert.deepEqual(datesIn(text), [], text);
  });

  it('finds dates that do not exist, weekdays that do not match, and disagreeing numbers', () => {
    assert.equal(dateProblemsIn('effective 31 June 2027')[0]?.kind, 'impossible');
    assert.equal(dateProblemsIn('effective February 29, 2027')[0]?.kind, 'impossible');
    assert.deepEqual(dateProblemsIn('effective February 29, 2028'), []);
    assert.equal(dateProblemsIn('effective 2027-02-30')[0]?.kind, 'impossible');
    assert.match(dateProblemsIn('on Monday, 3 March 2027')[0]?.message ?? '', /Wednesday/);
    assert.deepEqual(dateProblemsIn('on Wednesday, 3 March 2027'), []);
    assert.match(dateProblemsIn('with thirty (60) days notice')[0]?.message ?? '', /30 in words and 60/);
    assert.deepEqual(dateProblemsIn('with thirty (30) days and forty-five (45) days'), []);
    assert.equal(wordNumber('forty-five'), 45);
  });

  it('never throws on odd text', () => {
    for (const t of ['', '0/0/0000', '99/99/9999', '31/31/2031', '2026-13-45', 'Monday, 31 June 2027', '🙂 1 🙂 September 🙂 2026', 'x'.repeat(10_000) + ' 1 June 2026']) {
      datesIn(t);
      dateProblemsIn(t);
    }
  });
});

describe('term', () => {
  it('an effective date and a length: the end is the day before the anniversary', () => {
    const t = termOf(doc('This MOU is effective 1 September 2026 and remains in effect for two (2) years from the Effective Date.'));
    assert.equal(t.start?.day, '2026-09-01');
    assert.equal(t.end?.day, '2028-08-31');
  });

  it('a range in one phrase', () => {
    const t = termOf(doc('The term of this agreement runs from 1 September 2026 to 31 August 2028.'));
    assert.equal(t.start?.day, '2026-09-01');
    assert.equal(t.end?.day, '2028-08-31');
  });

  it('US dates with an explicit end', () => {
    const t = termOf(doc('This agreement begins on September 1, 2026 and expires on June 30, 2027.'));
    assert.deepEqual([t.start?.day, t.end?.day], ['2026-09-01', '2027-06-30']);
  });

  it('an academic year', () => {
    const t = termOf(doc('This MOU covers the academic year 2026–27.'));
    assert.deepEqual([t.start?.day, t.end?.day], ['2026-07-01', '2027-06-30']);
  });

  it('a school year named by one year: from the earliest start to the latest end either hemisphere gives it', () => {
    const t = termOf(doc('This memorandum applies to the 2025 school year.'));
    assert.deepEqual([t.start?.day, t.end?.day], ['2025-01-01', '2026-06-30']);
    assert.match(t.end!.how, /latest/);
    // A range is the academic year it names.
    assert.deepEqual([termOf(doc('This MOU covers the 2025-26 school year.')).end?.day], ['2026-06-30']);
  });

  it('on signature, until terminated', () => {
    const t = termOf(doc('This MOU takes effect on signature and remains in effect until terminated by either party.'));
    assert.ok(t.start && !t.start.day);
    assert.ok(t.end?.open);
    // "will terminate on [blank] unless terminated earlier": an end still to be written, not an open term.
    const blank = termOf(doc('This Agreement shall be effective when fully signed and will terminate on Month, Day, Year unless terminated earlier by either party.'));
    assert.ok(!blank.end?.open);
  });

  it('a length counted "from the date of signing" starts on signature', () => {
    for (const text of [
      'This Memorandum shall remain in force for two (2) years from the date of signing.',
      'Membership runs for two school years from the date of signature and may be renewed.',
      'This MoU has effect for a period of five years from the date of its execution.',
    ]) {
      const t = termOf(doc(text));
      assert.ok(t.start && !t.start.day, text);
      assert.ok(!analyze(doc(text)).findings.some((f) => f.rule === 'term-missing'), text);
    }
  });

  it('a labelled period ("**Period:** 3 February 2026 to 10 April 2026") is the term; "end date of practical period:" stays an end', () => {
    const t = termOf(doc('**Period:** 3 February 2026 to 10 April 2026'));
    assert.equal(t.start?.day, '2026-02-03');
    assert.equal(t.end?.day, '2026-04-10');
    const e = termOf(doc('**Start date:** 1 September 2025   **Planned end date of practical period:** 31 August 2028'));
    assert.equal(e.end?.day, '2028-08-31');
  });

  it('front matter effective/expires', () => {
    const t = termOf(`---\neffective: 2026-09-01\nexpires: 2027-08-31\n---\n${doc('See the front matter.')}`);
    assert.deepEqual([t.start?.day, t.end?.day], ['2026-09-01', '2027-08-31']);
  });

  it('renewal and review cadence, with review days inside the term', () => {
    const t = termOf(doc('This MOU is effective 1 September 2026 for three years and may be renewed by written agreement of both parties.', '\nThe partners will review this agreement annually.\n'));
    assert.equal(t.renewal?.kind, 'by-agreement');
    assert.equal(t.review?.months, 12);
    assert.deepEqual(t.reviews, ['2027-09-01', '2028-09-01']);
    const auto = termOf(doc('This MOU is effective 1 September 2026 for one year and renews automatically for successive one-year terms.'));
    assert.equal(auto.renewal?.kind, 'automatic');
  });

  it('a period after the term (confidentiality, a non-compete) is not the term', () => {
    const t = termOf(doc('This Agreement commences on 1 September 2026. Both parties shall keep the financial terms confidential for 3 years following the Term.', '\nNeither party will hire the other\'s staff for a period of twelve (12) months after termination. This Agreement shall remain in force for two (2) years from the Effective Date.\n'));
    assert.equal(t.end?.day, '2028-08-31');
    const none = termOf(doc('This Agreement commences on 1 September 2026. Confidentiality obligations survive for one (1) year post-termination.'));
    assert.equal(none.end, undefined);
  });

  it('a labelled length ("Term: 12 months") and "a one-year term" are the term\'s length', () => {
    const label = termOf(doc('**Effective Date:** 1 September 2026\n\n**Term:** 12 months; renewal by mutual consent.'));
    assert.equal(label.end?.day, '2027-08-31');
    assert.equal(label.renewal?.kind, 'by-agreement');
    const phrase = termOf(doc('This agreement is effective 1 September 2026. Volunteers commit to a two-year term and may renew it.'));
    assert.equal(phrase.end?.day, '2028-08-31');
  });

  it('the deed form ("this 11th day of September, 2026") defined as the Effective Date is the start; "until modification or termination" is open', () => {
    const t = termOf(doc('This MOU is made and entered into on this 11th day of September, 2026 ("Effective Date"). Cooperation shall be effective from the date of execution by the parties\' authorised officers. The memorandum shall remain in effect until modification or termination by the parties.'));
    assert.equal(t.start?.day, '2026-09-11');
    assert.ok(t.end?.open);
  });

  it('a renewal that is denied is not automatic; "with automatic renewal" is', () => {
    const no = termOf(doc('This MOU is effective 1 September 2026 for six months. It will not be automatically renewed and may be extended by written agreement of both parties.'));
    assert.equal(no.renewal?.kind, 'by-agreement');
    const without = termOf(doc('This MOU is effective 1 September 2026 for one year, without automatic renewal.'));
    assert.equal(without.renewal, undefined);
    const yes = termOf(doc('This MOU shall remain in effect for an initial term of three (3) years from 1 September 2026, with automatic renewal for additional one-year periods unless terminated by either party.'));
    assert.equal(yes.renewal?.kind, 'automatic');
  });

  it('03/04/2027 is ambiguous unless the document shows its convention', () => {
    const alone = termOf(doc('This MOU is effective 03/04/2027 for one year.'));
    assert.equal(alone.ambiguous.length, 1);
    assert.equal(alone.start, undefined);
    const dmy = termOf(doc('This MOU is effective 03/04/2027 and ends 31/03/2028.'));
    assert.deepEqual([dmy.convention, dmy.start?.day, dmy.end?.day], ['dmy', '2027-04-03', '2028-03-31']);
    const words = termOf(doc('This MOU is effective 03/04/2027 for one year.', '\nSigned on March 1, 2027.\n'));
    assert.deepEqual([words.convention, words.start?.day], ['mdy', '2027-03-04']);
  });

  it('expiry is judged only with the caller\'s today', () => {
    const text = doc('This MOU is effective 1 September 2025 and ends on 31 August 2026.');
    assert.ok(!analyze(text).findings.some((f) => f.rule.startsWith('agreement-exp')));
    assert.ok(analyze(text, { today: '2026-09-10' }).findings.some((f) => f.rule === 'agreement-expired'));
    assert.ok(analyze(text, { today: '2026-08-01' }).findings.some((f) => f.rule === 'agreement-expiring'));
    assert.ok(!analyze(text, { today: '2026-05-01' }).findings.some((f) => f.rule === 'agreement-expiring'));
    assert.ok(analyze(text, { today: '2026-05-01', expiringWithinDays: 150 }).findings.some((f) => f.rule === 'agreement-expiring'));
  });

  it('is computed once per model', () => {
    const a = analyze(doc('This MOU is effective 1 September 2026 for two years.'));
    assert.equal(findTerm(a.model), findTerm(a.model));
  });

  it('reviews "each June" fall in June, from the first June after the start; without a month, on the start\'s anniversary', () => {
    const june = termOf(doc('This MOU takes effect on 15 August 2036 and remains in effect until 14 August 2039. The parties will review this MOU each June.'));
    assert.deepEqual([june.start?.day, june.review?.month, june.reviews], ['2036-08-15', 6, ['2037-06-01', '2038-06-01', '2039-06-01']]);
    const may = termOf(doc('This MOU is effective 1 March 2036 for two years. The parties will review the program every May.'));
    assert.deepEqual(may.reviews, ['2036-05-01', '2037-05-01'], 'a May after a March start is in the same year');
    const yearly = termOf(doc('This MOU is effective 15 August 2036 for two years. The parties will review this MOU each year.'));
    assert.deepEqual(yearly.reviews, ['2037-08-15']);
  });

  it('reads the notice to end the agreement, in figures, in words or both', () => {
    const cases: Array<[string, string | undefined]> = [
      ["Either party may terminate this MOU with 30 days' written notice.", '30 days'],
      ['Either party may terminate this MOU by giving the other party sixty (60) days’ written notice.', '60 days'],
      ['This agreement may be terminated upon ninety days prior written notice to the other party.', '90 days'],
      ["A party may withdraw from the partnership on three months' notice.", '3 months'],
      ["Either Party may end it earlier by giving the other Party thirty (30) days' written notice.", '30 days'],
      ['Either party may end this agreement by giving a notice of at least 2 weeks.', '2 weeks'],
      // Not about ending the agreement: a duty's notice.
      ['The Company will give the School 5 days notice of any site visit.', undefined],
      ['Either party may terminate this MOU at any time.', undefined],
    ];
    for (const [text, want] of cases) {
      const n = noticeIn(text);
      assert.equal(n ? `${n.count} ${n.unit}` : undefined, want, text);
    }
    const t = termOf(doc('This MOU is effective 1 September 2036 for two years. Either party may terminate it with thirty (30) days\' written notice.'));
    assert.deepEqual([t.notice?.count, t.notice?.unit, t.end?.day], [30, 'days', '2038-08-31'], 'the notice is not the term');
  });
});
