/** Unit tests of the core's building blocks: positions, block splitting, headings, placeholders, detection. */
import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/text';
import { splitBlocks } from '../../server/src/core/blocks';
import { buildModel, BlockCache } from '../../server/src/core/model';
import { findPlaceholders, findCodePlaceholder } from '../../server/src/core/placeholders';
import { AMOUNT, MEASURE_TARGET, PERIOD } from '../../server/src/core/signals';
import { dutyHeading, matchHeading } from '../../server/src/core/locate';
import { sameWordForm, stemPhrase } from '../../server/src/core/words';
import { CORE_SECTIONS, RECOMMENDED_SECTIONS, type SectionDefinition } from '../../server/src/core/definitions/sections';
import { buildSectionTree, normaliseTitle, splitGuidance } from '../../server/src/core/sections';
import { analyze } from '../../server/src/core';
import { mentions } from '../../server/src/core/party-words';
import { parseMarkdown, processor } from '../../server/src/core/parse';
import { extractFacts, restoreFacts, storeFacts } from '../../server/src/core/facts';
import fc from 'fast-check';
import { loadFixtures } from '../helpers/fixtures';

describe('LineIndex', () => {
  it('maps offsets to UTF-16 positions across \\n, \\r\\n and \\r', () => {
    const text = 'ab\r\ncd\ref\nghi';
    const li = new LineIndex(text);
    assert.equal(li.lineCount, 4);
    assert.deepEqual(li.position(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(li.position(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepEqual(li.position(text.indexOf('i')), { line: 3, character: 2 });
    // The \n of a \r\n pair is never a position inside the line.
    assert.deepEqual(li.position(3), { line: 0, character: 2 });
    for (let o = 0; o <= text.length; o++) {
      const p = li.position(o);
      assert.ok(li.offset(p) <= o);
    }
  });

  it('counts astral characters as two UTF-16 units, as LSP does', () => {
    const text = '🎓 Roles\nnext';
    const li = new LineIndex(text);
    assert.deepEqual(li.position(text.indexOf('R')), { line: 0, character: 3 });
  });
});

describe('splitBlocks', () => {
  it('cuts at ATX headings but never inside fences, front matter or HTML comments', () => {
    const text = [
      '---', 'title: "# not a heading"', '---', '# Title', 'intro', '```md', '# inside fence', '```', '## Real', 'text',
      '<!--', '# inside comment', '-->', '### After',
    ].join('\n');
    const blocks = splitBlocks(text);
    const firstLines = blocks.map((b) => b.text.split('\n')[0]);
    assert.deepEqual(firstLines, ['---', '# Title', '## Real', '### After']);
    assert.equal(blocks.map((b) => b.text).join(''), text, 'blocks cover the text exactly');
  });

  it('never starts a later block at a page break (---), which parsed alone would open front matter', () => {
    // A PDF converted to text: a "---" page break and footer on every page, long pages.
    // Pages long and short in turn: a cut lands on a page break, and the next break is in the same block.
    const page = (n: number) => [`ARTICLE ${n + 1}. KEY PERSONNEL`, '', `${n + 1}.1 The Partner shall do something useful for the project every week.`.repeat(n % 2 ? 30 : 3), ''];
    const parts: string[] = [];
    for (let n = 1; n <= 6; n++) parts.push(...page(n), '---', `Agreement No. 14                     Page ${n} of 6`, '');
    const text = parts.join('\n');
    const blocks = splitBlocks(text);
    assert.ok(blocks.length > 2, 'long pages are cut');
    for (const b of blocks.slice(1)) assert.ok(!/^(?:---|\+\+\+)[ \t]*(?:\n|$)/.test(b.text), `a block starts at a fence: ${JSON.stringify(b.text.slice(0, 40))}`);
    const model = buildModel(text, new BlockCache());
    assert.deepEqual(model.headings.map((h) => h.text).filter((t) => t.startsWith('ARTICLE')), [2, 3, 4, 5, 6, 7].map((n) => `ARTICLE ${n}. KEY PERSONNEL`));
  });

  it('keeps a heading that follows an HTML block line in the same block', () => {
    const blocks = splitBlocks('<div>\n# absorbed by the div\n</div>\n\n# Heading\n');
    assert.equal(blocks.length, 2);
  });

  it('produces the same headings as a whole-document parse on long documents', () => {
    const parts: string[] = ['# Agreement', ''];
    for (let i = 0; i < 60; i++) parts.push(`Paragraph ${i} with some words in it to take space.`.repeat(3), '', `- item ${i}`, '', '```', `# code ${i}`, '```', '');
    const text = parts.join('\n');
    const small = splitBlocks(text, 256);
    assert.ok(small.length > 5, 'soft boundaries split long runs of paragraphs');
    const whole = buildModel(text, new BlockCache());
    assert.deepEqual(whole.headings.map((h) => h.text), ['Agreement']);
  });
});

describe('headings', () => {
  const headings = (md: string) => buildModel(md).headings.map((h) => `${h.kind}:${h.level}:${h.text}`);

  it('a PDF\'s rule of tildes opens a fence nothing closes: the prose after it is read as text; code in a closed fence is not', () => {
    const md = 'WEST MOOR DIGITAL NETWORK\n\nCHARTER\n\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nOUR PURPOSE\n\nTo raise the number of digital qualifications achieved by learners in the area by 2027.\n';
    assert.ok(headings(md).includes('numbered:7:OUR PURPOSE'), headings(md).join(', '));
    assert.ok(buildModel(md).passages.some((p) => p.text.startsWith('To raise the number')));
    const code = '# Notes\n\n~~~\nThe parties will meet every quarter to review the shared plan and its budget.\n~~~\n';
    assert.ok(!buildModel(code).passages.some((p) => p.text.startsWith('The parties')));
  });
  it('a PDF\'s block set in by four spaces is agreement text (a contact card read as people to reach); indented code is not', () => {
    const mou = 'Harrow Vale TAFE – Corvid Minerals MOU                                 Page 5 of 6\n\nThis MOU is between Harrow Vale TAFE (the "TAFE") and Corvid Minerals Pty Ltd ("Corvid").\n\n10   Contacts\n\n10.1 The parties\' contacts for this MOU are:\n\n     TAFE      Ms Imogen Waterhouse, Workplace Coordinator\n               imogen.waterhouse@harrowvale.example.edu.au   (08) 9170 2214\n\n     Corvid    Mr Tobias Lindqvist, Training Superintendent\n               tobias.lindqvist@corvid.example.com.au        0427 550 918\n\n10.2 A party that changes its contact will tell the other party by email within 10 working days.\n';
    const s = analyze(mou, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    assert.ok(s.evidence.some((e) => /Waterhouse|imogen/.test(e.text)), JSON.stringify(s.evidence));
    // …and an indented table laid out in columns is read as a table's rows: targets with their period.
    const indicators = analyze('This MOU is between Harrow Vale TAFE (the "TAFE") and Corvid Minerals Pty Ltd ("Corvid").\n\n9    Outcomes and Reporting\n\n9.1  The TAFE will report against these each November.\n\n     Indicator                                  Baseline 2024   Target        By\n     Students completing a placement            0               16 per year   each Dec\n     Placed Students completing qualification   61%             85%           Dec 2027\n', { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(indicators.status, 'present', indicators.reason);
    const readme = '# Data partnership\n\nInstall the loader:\n\n    npm install @cityofkestrel/open-permits-loader\n    const loader = require("open-permits-loader");\n    loader.run({ since: "2025-01-01" });\n';
    assert.ok(!buildModel(readme).passages.some((p) => /npm install|loader\.run/.test(p.text)));
  });
  it('a Word heading with its table-of-contents anchor before it is a heading ("[]{#_Toc… .anchor}**6. People to talk to**")', () => {
    const md = '[]{#_Toc172210006 .anchor}**6. People to talk to**\n\n**6.1 Programme leads.** Ada Kerr, ada.kerr@example.org\n\n[]{#_Toc172210013 .anchor}**ANNEX A -- RISK ASSESSMENT**\n';
    assert.deepEqual(headings(md), ['bold:7:6. People to talk to', 'runin:8:6.1 Programme leads', 'bold:7:ANNEX A -- RISK ASSESSMENT']);
    // …and mammoth's empty anchor before one: '<a id="_Toc178402215"></a>**5\. Keeping children safe**'.
    assert.deepEqual(headings('<a id="_Toc178402215"></a>**5\\. Keeping children safe**\n\nThe Trust holds public liability insurance with cover of £5 million.\n'), ['bold:7:5. Keeping children safe']);
    assert.deepEqual(matchHeading('People to talk to').map((m) => m.id), ['points-of-contact']);
    // Who owns the data and results of the work is intellectual property, not what the partnership aims at.
    assert.deepEqual(matchHeading('What I hope comes of it').map((m) => m.id), ['intended-outcomes']);
    // Touching and being alone with a child are safeguarding, not points of contact.
    assert.deepEqual(['D4. Physical contact', 'One-to-one contact', 'Online contact with mentees', 'Contacts'].map((t) => matchHeading(t).map((m) => m.id)), [['safety-protocols'], ['safety-protocols'], ['safety-protocols'], ['points-of-contact']]);
    assert.deepEqual(['9. Data and results', 'Publication of results', 'Expected results'].map((t) => matchHeading(t).map((m) => m.id)), [['intellectual-property'], ['intellectual-property'], ['intended-outcomes']]);
  });
  it('reads ATX, setext, bold, numbered-bold, run-in, span and HTML headings', () => {
    const md = [
      '# Memorandum', '', 'Roles', '=====', '', '**3. Safety.**', '', 'Text.', '',
      '1. **Purpose & Scope.**', '   The purpose is to help.', '',
      '**Term.** This MOU runs for a year.', '',
      '1. <span class="header_2">Cooperation</span>', '',
      '<h3>Contacts</h3>', '',
      'Plain paragraph.',
    ].join('\n');
    assert.deepEqual(headings(md), [
      'atx:1:Memorandum',
      'setext:1:Roles',
      'bold:7:3. Safety',
      'bold:7:Purpose & Scope',
      'runin:8:Term',
      'span:2:Cooperation',
      'html:3:Contacts',
    ]);
  });

  it('does not take a bold lead-in inside a sentence for a heading', () => {
    assert.deepEqual(headings('**WHEREAS** the parties wish to work together.\n'), []);
  });

  it('reads a lone numbered title line (from PDF conversion) as a heading, but not list items', () => {
    assert.deepEqual(headings('8. Human Resources Management\n\nThe partner screens all staff.\n'), ['numbered:7:Human Resources Management']);
    assert.deepEqual(headings('1. Design of the lab\n2. Training of staff\n'), []);
  });

  it('reads a numbered title that names a section inside a list of clauses, but not a table of contents', () => {
    const pdf = '3. Travel is reimbursed as funds permit.\n\n4. Financial Arrangements\n\n1. Each Member pays its own staff.\n\n5. Goals and Measures\n\nThe Consortium will track three goals.\n';
    assert.deepEqual(headings(pdf), ['numbered:7:Financial Arrangements', 'numbered:7:Goals and Measures']);
    assert.deepEqual(headings('1. Purpose\n2. Roles and Responsibilities\n3. Points of Contact\n\nThe parties agree as follows.\n'), []);
  });

  it('reads a template title with its guidance question, or a numbered plain title, as a title', () => {
    assert.deepEqual(headings('4. Intended outcomes and how they will be measured\n\n4.1 The Partnership aims to halve waiting times.\n'), ['numbered:7:Intended outcomes and how they will be measured']);
    assert.deepEqual(headings('Reporting – How will success be measured?\nEach term the Centre reports attendance.\n'), ['numbered:7:Reporting – How will success be measured?']);
    assert.deepEqual(headings('Who will do what?\n\nThe Library hosts the club.\n'), ['numbered:7:Who will do what?']);
    // A capital title a conversion wrapped is read whole (and a subject line too long for a title is text).
    assert.deepEqual(headings('ROLES AND RESPONSIBILITIES OF THE\nPARTNER ORGANISATIONS\nThe Partner will host two visits.\n'), ['numbered:7:ROLES AND RESPONSIBILITIES OF THE PARTNER ORGANISATIONS']);
    assert.deepEqual(headings('SPONSORSHIP OF GRANBY HIGH SCHOOL FIRST ROBOTICS TEAM 8472 ("IRON\nCOMETS") – 2024–25 SEASON\nWe confirm our sponsorship.\n'), []);
    // Its number aside: "A6.", "3.2".
    assert.deepEqual(headings('A6. Chapter goals for this term\n\nTogether we agreed these goals.\n'), ['numbered:7:A6. Chapter goals for this term']);
    assert.deepEqual(headings('3.2 Reporting and evaluation\nThe Centre reports each term.\n'), ['numbered:8:3.2 Reporting and evaluation']);
    // A question that names no section, or a sentence, stays text.
    assert.deepEqual(headings('What happens if it rains?\nWe move indoors.\n'), []);
  });
});

describe('matchHeading', () => {
  const ids = (t: string) => matchHeading(t).map((m) => m.id + (m.territory ? '?' : ''));
  it('matches synonyms, ignoring numbering, case and guidance text', () => {
    assert.deepEqual(ids('5. Participant Representatives'), ['points-of-contact']);
    assert.deepEqual(ids('Code for Australia Responsibilities'), ['roles']);
    assert.deepEqual(ids('H. [STANFORD RESEARCH ORGANIZATION RESPONSIBILITIES]'), ['roles']);
    assert.deepEqual(ids('Reporting – How will the effectiveness be measured'), ['intended-outcomes']);
    assert.deepEqual(ids('Human Resources Management'), ['safety-protocols']);
  });
  it('prefers the longer phrase when two sections share a word', () => {
    assert.deepEqual(ids('Resource Commitments'), ['resource-commitments']);
  });
  it('"Anticipated benefits" of a data study are its intended outcomes, judged weak without a measure', () => {
    assert.ok(ids('Section 8 – Anticipated benefits').includes('intended-outcomes'), ids('Section 8 – Anticipated benefits').join());
    assert.ok(ids('Expected Benefits').includes('intended-outcomes'));
    const dua = analyze('# DATA SHARING AGREEMENT\n\nThis Agreement is between Ferrisburg Water Authority ("the Authority") and Calder State University ("the University").\n\nSection 4 – Responsibilities\n\nThe University shall analyse the meter data. The Authority shall provide the meter extract by 1 May 2027.\n\nSection 8 – Anticipated benefits\n\nThe Parties expect the analysis to improve the Authority\'s understanding of leak patterns and to inform future decisions about pipe renewal.\n', { agreement: true });
    const s = dua.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'weak', s.reason);
  });
  it('marks neighbouring headings as territory', () => {
    assert.deepEqual(ids('Purpose'), ['intended-outcomes?', 'purpose']);
  });

  // matchHeading looks up the heading's runs of words in an index of the phrases; it must find
  // what trying every phrase on the heading finds (the code it replaced, kept here as the reference).
  const ALL_DEFS = [...CORE_SECTIONS, ...RECOMMENDED_SECTIONS];
  function reference(text: string, defs: SectionDefinition[]): Array<{ id: string; territory: boolean }> {
    const { main, guidance } = splitGuidance(text);
    for (const part of [main, guidance]) {
      const norm = ` ${normaliseTitle(part)} `;
      if (norm.trim() === '') continue;
      const matches: Array<{ id: string; start: number; end: number; territory: boolean; phrase: string }> = [];
      for (const def of defs) {
        for (const [list, territory] of [[def.titles, false], [def.territory ?? [], true]] as const) {
          for (const written of list) {
            // Each phrase tried at each word: every word the same or an inflection of it.
            const phrase = normaliseTitle(written);
            if (!phrase) continue;
            const want = phrase.split(' ');
            const words = norm.slice(1, -1).split(' ');
            let at = 0;
            for (let k = 0; k + want.length <= words.length; k++) {
              if (want.every((w, i) => sameWordForm(w, words[k + i]))) {
                const stems = stemPhrase(phrase);
                matches.push({ id: def.id, start: at, end: at + stems.length + 2, territory, phrase });
                break;
              }
              at += stemPhrase(words[k]).length + 1;
            }
          }
        }
      }
      // (Reporting beside safety is the reporting of incidents: "Consent, Safety and Reporting".)
      const safety = matches.some((m) => m.id === 'safety-protocols');
      const kept = matches.filter((m) => !matches.some((o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) && !(safety && m.id === 'intended-outcomes' && /^report\w*$/.test(m.phrase)));
      if (kept.length) {
        const byId = new Map<string, boolean>();
        for (const m of kept) byId.set(m.id, (byId.get(m.id) ?? true) && m.territory);
        return [...byId].map(([id, territory]) => ({ id, territory }));
      }
    }
    return defs.some((d) => d.id === 'roles') && dutyHeading(text) ? [{ id: 'roles', territory: false }] : [];
  }

  it('names the same sections as trying every phrase, on every fixture heading', () => {
    let named = 0;
    for (const f of loadFixtures()) {
      for (const h of buildModel(f.text).headings) {
        const got = matchHeading(h.text).map((m) => ({ ...m }));
        assert.deepEqual(got, reference(h.text, ALL_DEFS), h.text);
        if (got.length) named++;
      }
    }
    assert.ok(named > 50, `only ${named} fixture headings name a section`);
  });

  it('names the same sections as trying every phrase, on headings made of phrase words (property)', () => {
    const phrases = [...new Set(ALL_DEFS.flatMap((d) => [...d.titles, ...(d.territory ?? [])]))];
    const words = [...new Set(phrases.flatMap((p) => p.split(' ')))];
    const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(...words), fc.constantFrom('1.', 'Section 4', '&', '–', ':', '(', ')', '**', 'the', 'and', 'Partner', 'XYZ', '  '));
    // Custom sections (from .mou.json) may have phrases that are not single-spaced words.
    const custom: SectionDefinition[] = [
      ...ALL_DEFS,
      { ...ALL_DEFS[0], id: 'custom-a', titles: ['data sharing', ' odd  phrase ', '', 'roles and'], territory: ['sharing'] },
    ];
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 9 }), fc.boolean(), (parts, withCustom) => {
        const text = parts.join(' ');
        const defs = withCustom ? custom : ALL_DEFS;
        assert.deepEqual(matchHeading(text, defs).map((m) => ({ ...m })), reference(text, defs), text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('placeholders', () => {
  const texts = (s: string) => findPlaceholders(s).map((p) => p.text);
  it('finds the blanks templates leave', () => {
    assert.deepEqual(texts('Made on DD/MM/YYYY by [Partner Name] for $[AMOUNT].'), ['DD/MM/YYYY', '[Partner Name]', '$[AMOUNT]']);
    assert.deepEqual(texts('Signed on behalf of XXXXXXXX this ____ day; start TBD; notice [30/60/90] days ☐'), [
      'XXXXXXXX', '____', 'TBD', '[30/60/90]', '☐',
    ]);
    assert.deepEqual(texts('{Supporting Organisation} will host; fees to be agreed.'), ['{Supporting Organisation}', 'to be agreed']);
  });
  it('a short note to the drafter is a blank ("[Optional: add targets, e.g. …]"), and so is a duty heading whose subject is one', () => {
    assert.deepEqual(texts('*[Optional: add targets, e.g. "80% of mentees improve attendance by…"]*'), ['[Optional: add targets, e.g. "80% of mentees improve attendance by…"]']);
    const a = analyze('# Mentoring Partnership Agreement\n\n**School:** Harmon Middle School\n**Partner organization:** [Partner Name]\n\n## 2. Roles – *Who will do what?*\n\n**Harmon Middle School will:**\n\n- Identify students who would benefit from a mentor\n- Host mentoring sessions in the school library during lunch\n\n**[Partner Name] will:**\n\n- *[List what your organization will do, e.g. recruit mentors, give employees release time…]*\n\n## 6. How will success be measured?\n\nWe will look at attendance and grades and survey students at the end of the year.\n\n*[Optional: add targets, e.g. "80% of mentees improve attendance by…"]*\n', { agreement: true });
    const roles = a.sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'weak');
    assert.match(roles.reason, /\[Partner Name\] are still blanks/);
    const outcomes = a.sections.find((s) => s.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'weak', outcomes.reason);
  });
  it('leaves links, footnotes, pandoc titles and roman numerals alone', () => {
    assert.deepEqual(texts('See [the guide](https://example.org), note [^1], [PURPOSE]{.ul}, Section XXX, [1].'), []);
    // An address written as a link (as Word round trips give it) is filled in, whatever words it holds.
    assert.deepEqual(texts('Email: <dfaalogo@teawa.school.nz> or <email address>'), ['<email address>']);
  });
  it('recognises backticked template names but not code', () => {
    assert.equal(findCodePlaceholder('Partner PIC Name'), true);
    assert.equal(findCodePlaceholder('linked.data.gov.au'), false);
    assert.equal(findCodePlaceholder('Malaysia'), false);
  });
});

describe('agreement detection', () => {
  it('a README that mentions partnership once is not an agreement', () => {
    const md = '# fastgrid\n\nA grid library built in partnership with our users.\n\n## Install\n\n`npm i fastgrid`\n\n## License\n\nMIT\n';
    assert.equal(analyze(md).isAgreement, false);
  });
  it('"the said Agreement," in a deed is no reporter\'s quotation; "…," said Holloway-Reyes is', async () => {
    const { NEWS_WRITING } = await import('../../server/src/core/news');
    assert.equal('The Lessee shall return the said Equipment, and the said Agreement, on expiry.'.match(NEWS_WRITING), null);
    assert.equal('"This MOU puts that in writing," said Holloway-Reyes.'.match(NEWS_WRITING)?.length, 1);
  });
  it('an agreement whose clauses open with a title in capitals and a dash, and which was signed on a weekday, is still one (one mark of a news story is not a news story)', () => {
    const md = '# Memorandum of Understanding\n\nPURPOSE — This Memorandum of Understanding sets out how the Brackenridge School District and Halvard Grid Services will run the Powerline Pathway from September 2026.\n\nRESPONSIBILITIES — Halvard Grid Services will provide two lineworker instructors for six hours a week. The District will schedule the courses in its career center.\n\nTERM — This MOU runs for three years and was signed on Tuesday, 10 March 2026.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
  });
  it('a sponsor\'s letter that "sets out what we\'re offering", with "**Accepted on behalf of …:**" as a bold line, is a letter agreement', () => {
    const md = 'HOLLOWAY TOOL & DIE\n\n14 January 2027\n\nDear Coach Amari,\n\n**Re: Our sponsorship of Team 5521 for the 2027 season**\n\nI am pleased to confirm that Holloway Tool & Die will sponsor the Gearhawks this season. This letter sets out what we\'re offering so that everyone is clear.\n\nHolloway will:\n\n1. Contribute $2,000 toward registration and parts by 1 February 2027.\n2. Open our machine shop to the team on Saturday mornings from February to April.\n3. Provide one machinist as a volunteer mentor for those sessions.\n\nSincerely,\n\nRuth Okonkwo\nCommunity Relations Manager\n\n---\n\n**Accepted on behalf of Ferndale High School and Team 5521:**\n\nJamal Amari, Head Coach — 20 January 2027\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
  });
  it('a "Partnership Renewal" that its partners renew "by signing below" is an agreement; a policy saying what a district agrees to "by signing an MOU" is not', () => {
    const renewal = '# Partnership Renewal — Coastal Coders Club, 2026–27\n\n**Partners:** Wavecrest Software and Marlow Middle School\n\nThe Coastal Coders partnership began in 2025. By signing below, Wavecrest Software and Marlow Middle School renew it for the 2026–27 school year.\n\n### Goals for 2026–27\n\n| Goal | 2025–26 result | 2026–27 target |\n|---|---|---|\n| Students enrolled | 18 | 25 |\n\n---\n\n**Wavecrest Software** — Dana Pruitt, Director — 28 August 2026\n\n**Marlow Middle School** — Luis Ferreira, Principal — 30 August 2026\n';
    const a = analyze(renewal);
    assert.equal(a.isAgreement, true, a.agreementReason);
    const policy = '# Board Policy 6172 — School–Business Partnerships\n\nThis policy describes how schools enter partnerships. By signing an MOU, the District agrees to the duties it lists, so the Superintendent reviews every draft. Principals may not sign agreements on the District\'s behalf.\n';
    const b = analyze(policy);
    assert.equal(b.isAgreement, false, b.agreementReason);
  });
  it('a grant\'s project narrative, an administrative procedure on MOUs and a news page with a byline are not agreements; a letter that "puts down what we agreed" and asks to "sign at the bottom and send a copy back" is one', () => {
    const narrative = '## C. Partnerships and Commitments\n\n*Project narrative — Alder Technical College, "Connected Fields" — submitted to the State Workforce Innovation Fund, Round 7*\n\n### C.1 Partnership structure\n\nConnected Fields is built on three partnerships, each with a signed letter of commitment. **Prairie Crest Cooperative** will host eight paid summer interns each year. **Alder Technical College** will provide a precision agriculture lab. **Harlan Schools** will recruit 40 students a year.\n\n### C.2 Roles and responsibilities\n\nThe College will convene the partners each term.\n\n### C.3 Budget\n\nThe Fund will pay $450,000 over three years.\n';
    assert.equal(analyze(narrative).isAgreement, false, analyze(narrative).agreementReason);
    const procedure = 'ALDER COLLEGE\nADMINISTRATIVE PROCEDURE\n\nAP 4.12      MEMORANDA OF UNDERSTANDING AND PARTNERSHIP AGREEMENTS\n\n1. PURPOSE\n\nThis procedure explains how College employees draft and sign memoranda of understanding. Each party to an MOU will name a contact. The Office of Partnerships will review every draft within ten days.\n';
    assert.equal(analyze(procedure).isAgreement, false, analyze(procedure).agreementReason);
    const news = '# **Harbour STEM Centre signs Memorandum of Understanding with Tern Offshore Wind**\n\n*News | 14 May 2027 | Posted by Communications Team*\n\nHarbour STEM Centre and Tern Offshore Wind have signed a three-year Memorandum of Understanding. Under the agreement, Tern will fund a schools programme and offer 20 work experience places a year, and the Centre will run the programme in 12 schools.\n\nThe two organisations met for the signing on Monday at the Centre.\n';
    assert.equal(analyze(news).isAgreement, false, analyze(news).agreementReason);
    const letter = '**Harlow Public Library — Eastgate Branch**\n\nAugust 12, 2027\n\nRe: Letter of agreement — Build Nights at Eastgate\n\nDear Priya,\n\nThanks again for meeting with us. This letter puts down what we agreed so both of us have it in writing. If it looks right, please sign at the bottom and send a copy back.\n\nThe University\'s outreach group will run nine Build Nights from September to May. The Library will provide the makerspace and promote each session.\n\nSigned: ____________\n';
    assert.equal(analyze(letter).isAgreement, true, analyze(letter).agreementReason);
  });
  it('meeting notes are not an agreement even with duties and a budget', () => {
    const md = '# Partnership meeting notes — 3 March\n\n- Ana will send the budget by Friday.\n- Ben will contact the school.\n- The parties agreed to meet again.\n';
    assert.equal(analyze(md).isAgreement, false);
  });
  it('a policy on MoUs and the minutes of a meeting about an MOU are not agreements, however much they quote one', () => {
    const duties = 'The Dean will keep a register of all MoUs. The Department will send a report each year. The Institute will review each MoU every three years. The partner shall name a coordinator. The Institute shall provide lab access for 40 hours a term. Both parties will meet each semester. The Company will host six interns each summer. The College will share data within 30 days.';
    const policy = analyze(`# SRI ANNAPURNA INSTITUTE OF ENGINEERING\n\n# POLICY ON MEMORANDA OF UNDERSTANDING (MoUs) AND COLLABORATIVE AGREEMENTS\n\n### 4. Essential contents of an MoU\n\n${duties}\n\n### 6. Roles and Responsibilities\n\n${duties}\n`);
    assert.equal(policy.isAgreement, false, policy.agreementReason);
    const minutes = analyze(`# Kwanele Valley STEM Network\n## Minutes of the Partners' Meeting — MOU Working Session\n\n**Present:** Thandiwe Mkhize (Chair), Pieter van der Walt\n\n### 4. Network MOU — second draft\n\n${duties}\n\n### 5. Roles and Responsibilities\n\n${duties}\n`);
    assert.equal(minutes.isAgreement, false, minutes.agreementReason);
    // A working group's "Meeting Notes" on a draft MOU, however much of it they discuss.
    const notes = analyze(`# Partnership Working Group — Meeting Notes\n\n**Date:** Tuesday 4 March 2025\n\n## 2. Draft MOU — second draft\n\n${duties}\n\n## 3. Roles and Responsibilities\n\n${duties}\n\n## 4. Resources\n\nThe Company will give $2,000 a year.\n`);
    assert.equal(notes.isAgreement, false, notes.agreementReason);
    // …but a Scottish "Minute of Agreement" is one.
    assert.equal(analyze(`# Minute of Agreement between Glenmorrow Council and Strathkelvin College\n\n${duties}\n`).isAgreement, true);
  });
  it('standards of apprenticeship, which employers join by a separate agreement, are not one', () => {
    const duties = 'The Sponsor shall register each apprentice within 45 days. Each Participating Employer shall pay the wage schedule. The Sponsor shall keep records for five years. Apprentices shall complete 144 hours of related instruction each year. The Committee shall review progress every six months. Each employer shall provide a journeyworker mentor.';
    const a = analyze(`# STANDARDS OF APPRENTICESHIP\n\n**Developed by the Kestrel Valley Manufacturers' Joint Apprenticeship Committee**\n\n## Section I – Purpose and Policy\n\nThese Standards set out the terms under which apprentices are selected, employed and trained. Participating Employers join by signing a separate Employer Acceptance Agreement.\n\n## Section XI – Supervision and Evaluation\n\n${duties}\n`);
    assert.equal(a.isAgreement, false, a.agreementReason);
  });
  it('a funder proposal whose table lists partners\' commitments is not an agreement', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `| Partner ${i + 1} LLC | Host interns at its depot | ${i + 2} paid internships per summer |`).join('\n');
    const a = analyze(`# Prairie Skies STEM Pathways\n### A proposal to the Harlan Family Foundation — Education Opportunity Fund, 2027 cycle\n\n**Amount requested:** $248,000 over two years\n\n## 3. Partners\n\n| Partner | Role described in letter of commitment | Commitment stated in letter |\n|---|---|---|\n${rows}\n\n## 4. Evaluation\n\nAt least 40 students will complete the pathway by 2029.\n`);
    assert.equal(a.isAgreement, false, a.agreementReason);
  });
  it('a grant narrative that plans "these agreements" with its partners is not one', () => {
    const a = analyze('# GeoPath: A Rural Technician Pipeline\n\n## Project Description — Sections 4–6\n\n### 4. Partnerships\n\n#### 4.1 Industry partners\n\n**Tamsin Ridge Surveying** will host two site visits per cohort and will lend two drones each spring. **Bitterroot County** will provide sample datasets and will host a day-in-the-life visit. The College will hire a coordinator and will run the advisory council. **Westerly Energy** will contribute two guest lectures per year. **Owyhee Plains School District** will offer the course for dual credit and will recruit twenty students each year. **Intermountain State University** will review course equivalencies by June 2027.\n\nBefore Year 2 the College will sign memoranda of understanding with each partner. These MOUs will cover background checks and supervision. Drafting these agreements is a Year 1 milestone.\n\n### 5. Management Plan\n\nThe PI will meet the partners each quarter and will report to the funder each year.\n\n### 6. Goals and Evaluation\n\nAt least 40 students will complete the certificate by 2029.\n\n### 7. Budget and Resources\n\nThe College requests $349,862 over three years.\n');
    assert.equal(a.isAgreement, false, a.agreementReason);
  });
  it('a letter of commitment is an agreement; an annual report listing MOUs is not', () => {
    const letter = analyze('**HARMATTAN SOLAR LIMITED**\n\nThe Rector,\nFederal Polytechnic, Zangora.\n\nDear Sir,\n\n**LETTER OF COMMITMENT: SOLAR TRAINING CENTRE**\n\nHarmattan Solar Limited commits to the following:\n\n1. Donation of training equipment with a total value of ₦18,600,000, delivered by 30th June, 2025.\n2. Release of two (2) of our engineers for four (4) days in each semester to co-teach the practical modules.\n\nYours faithfully,\nFor: **Harmattan Solar Limited**\n');
    assert.equal(letter.isAgreement, true, letter.agreementReason);
    assert.equal(letter.sections.find((s) => s.id === 'resource-commitments')!.status, 'present');
    // Rand written with spaces between thousands; "section R2" is no amount.
    assert.deepEqual(['R 18 500 per year', 'section R2', 'r 18 500'].map((t) => AMOUNT.exec(t)?.[0] ?? ''), ['R 18 500', '', '']);
    // East African shillings as written there, and a sentence not cut after "Kshs." or "Dr.".
    assert.deepEqual(['Kshs. 4,500 per month', 'TSh 10,000', 'Shs. 20,000'].map((t) => AMOUNT.exec(t)?.[0] ?? ''), ['Kshs. 4,500', 'TSh 10,000', 'Shs. 20,000']);
    // Pacific, Caribbean and Nordic currencies by their codes and names.
    assert.deepEqual(['WST 15,000 in two instalments', 'FJD 2,400 per term', 'JMD 95,000 a year', 'NOK 40 000', 'grant of 5,000 tala'].map((t) => AMOUNT.exec(t)?.[0] ?? ''), ['WST 15,000', 'FJD 2,400', 'JMD 95,000', 'NOK 40', '5,000 tala']);
    const stipend = analyze('# Volunteer Agreement\n\nThis Agreement is between Kijiji Readers Trust and Faith Kamau.\n\n5.1 The Trust shall pay the Volunteer a stipend of Kshs. 4,500 per month, on or before the 5th day of the following month. Dr. Wanjiru Mbeki will supervise the Volunteer.\n', { agreement: true });
    assert.equal(stipend.sections.find((s) => s.id === 'resource-commitments')!.status, 'present');
    // Vetting of people (Ireland's National Vetting Bureau) is a background check; vetting of projects is not safety.
    const vetted = analyze('# Work Placement Agreement\n\nThis Agreement is between Ardmore University and Keel Engineering Ltd for the placement of a student.\n\n2.7 where the Student is under 18, ensure that no person has unsupervised contact with the Student unless that person has been vetted through the National Vetting Bureau.\n', { agreement: true });
    assert.ok(vetted.sections.find((x) => x.id === 'safety-protocols')!.status !== 'missing');
    const report = analyze('# Annual Report 2023/2024\n\n## Chapter 6: Linkages, Partnerships and Memoranda of Understanding\n\n| Partner | Date signed | Focus |\n|---|---|---|\n| Okuta Cement Plc | 14 Nov 2023 | placements |\n\nEvery new MoU must now be accompanied by an implementation plan.\n');
    assert.equal(report.isAgreement, false, report.agreementReason);
  });
  it('what is about agreements is not one: a policy on them, a partnering web page, a proposal form, a clause bank; a renewal letter to countersign is one', async () => {
    const duties = 'The University will review every agreement within 15 working days. The Company will name a lead contact. The Research Office will keep a register of agreements. Each party will meet once a term. The partner shall pay the agreed fee within 30 days.';
    const policy = analyze(`---\ntitle: Industry Research and Collaboration Agreements\nowner: Office of Research\n---\n\n# Policy R-2.4 — Industry Research and Collaboration Agreements\n\n## 1. Purpose\n\nThis policy sets out how the University makes agreements with companies. This policy applies to all staff.\n\n## 2. Roles and responsibilities\n\n${duties}\n\n## 3. Contacts\n\nQuestions about this policy go to the Research Office.\n\n## 4. Review\n\nThis policy is reviewed every three years; the parties to each agreement sign it separately.\n`);
    assert.equal(policy.isAgreement, false, policy.agreementReason);
    // …also when the front matter's title names one agreement: the heading says what the text is.
    const singular = analyze(`---\ntitle: Research Partnership Agreement\n---\n\n# Policy R-2.5 — Research Partnership Agreement\n\n## 1. Purpose\n\nThis policy sets out how the University signs a sponsored research agreement.\n\n## 2. Roles and responsibilities\n\n${duties}\n`);
    assert.equal(singular.isAgreement, false, singular.agreementReason);
    const page = analyze(`<div class="crumbs">Home › Employers › Work with us</div>\n\n# Working with Tarrant Polytechnic\n\nThis page explains the steps and the agreement each kind of partnership uses.\n\n## Choosing the agreement\n\n${duties}\n\n## Contacts\n\nCall the Employer Office.\n\n## Outcomes\n\nMost partners see results in a year.\n`);
    assert.equal(page.isAgreement, false, page.agreementReason);
    assert.match(page.agreementReason, /web page/);
    const form = analyze(`# Sponsored Project Proposal Form — Industry Partners\n\n> Please complete one form per project. Submitting a proposal does not create an agreement or commit you to anything.\n\n### A. Your organisation\n\nName: ________\n\n### B. Roles\n\nWhat will your staff do? ________\n\n### C. Resources\n\nBudget: ________\n\n### D. Outcomes\n\nWhat should the students deliver? ________\n`);
    assert.equal(form.isAgreement, false, form.agreementReason);
    assert.match(form.agreementReason, /Submitting a proposal does not create/);
    const bank = analyze(`# MoU Clause Bank – Schools and Employers\n\nThis clause bank collects wording our schools have used. It is not an agreement and is not signed by anyone.\n\n## A. Parties\n\nThis Memorandum of Understanding is between [school] ("the School") and [partner] ("the Partner").\n\n## B. Roles and responsibilities\n\n${duties}\n\n## C. Contacts\n\nEach party names a contact. This Memorandum runs for one year.\n`);
    assert.equal(bank.isAgreement, false, bank.agreementReason);
    // A letter extending an MOU, to countersign, its subject line naming the MOU.
    const extension = analyze('**BRAMBLE HILL SCIENCE CENTER**\n\nApril 2, 2027\n\nMr. Tobias Wren\nDirector of Elementary Programs\nCopperton School District\n\n**Re: Extension of Memorandum of Understanding — Family Science Nights (MOU dated September 1, 2024)**\n\nDear Mr. Wren,\n\nThe Center is pleased to extend our Memorandum of Understanding for one more school year. This letter confirms the following changes:\n\n1. **Term.** The term is extended to June 30, 2028.\n\n2. **Fee.** The fee per family night is revised from $300 to $350.\n\nAll other terms of the MOU remain in full force and effect. If the District agrees, please sign below and return a copy by May 1.\n\nSincerely,\n\nDana Ilves\nExecutive Director\n\n**ACCEPTED AND AGREED — COPPERTON SCHOOL DISTRICT**\n\nSignature: ______________\n');
    assert.equal(extension.isAgreement, true, extension.agreementReason);
    assert.match(extension.agreementReason, /subject line/);
    // A friendly renewal letter with no subject line naming an agreement: "This letter renews the … programme", "sign at the bottom and send it back", a bold "Agreed on behalf of".
    const clubRenewal = analyze("**Glenmore Primary School**\n\n3 February 2026\n\nDear Priya and the Fernhill Robotics team,\n\n## Coding Club – 2026\n\nThank you for a brilliant first year. This letter renews the after-school coding club between Glenmore Primary School and Fernhill Robotics Ltd for 2026. If you are happy with the changes below, please sign at the bottom and send it back to me.\n\n1. **Sessions.** Fernhill will run one club session each Wednesday during term for up to 20 pupils.\n2. **Supervision.** A Glenmore teacher will be in the room for every session.\n3. **Cost.** There is no charge to the school.\n\n### What we hope for\n\nMore of our Year 5 and 6 pupils choosing the STEM option next year.\n\n### Who to contact\n\nFor the school: Tom Haslam, tom.haslam@glenmore.sch.uk, 01632 960 441. For Fernhill: please keep using clubs@fernhill.example.\n\nWarm regards,\n\nTom Haslam\nDeputy Head, Glenmore Primary School\n\n**Agreed on behalf of Fernhill Robotics Ltd**\n\nSigned: ______________  Date: ________\n");
    assert.equal(clubRenewal.isAgreement, true, clubRenewal.agreementReason);
    assert.match(clubRenewal.agreementReason, /letter or email/);
    // A bilingual title block: the translation under the first (bold) title line names the agreement.
    const amendment = analyze("**PINDAAN No. 2 KEPADA PERJANJIAN KERJASAMA No. 12/2022**\n**AMENDMENT No. 2 TO COLLABORATION AGREEMENT No. 12/2022**\n\nBetween **Kolej Komuniti Batu Lintang** (the \"College\") and **Syarikat Teknik Mutiara Sdn. Bhd.** (the \"Company\")\n\n### PERKARA 1 – TEMPOH / CLAUSE 1 – TERM\n\nThe term of the Collaboration Agreement is extended by two (2) years, until 31 December 2027.\n\n### PERKARA 2 – PENYELARAS / CLAUSE 2 – COORDINATORS\n\nFor the College: Pn. Rohana binti Ismail, Head of Industry Relations, rohana@kkbl.edu.my, +60 82 555 210.\n\nFor the Company: En. Daniel Lau, HR Manager, daniel.lau@tekmutiara.com.my, +60 82 555 988.\n\n### PERKARA 3 – LAIN-LAIN / CLAUSE 3 – OTHER CLAUSES\n\nAll other clauses of the Collaboration Agreement remain in force.\n\n| For the College | For the Company |\n|---|---|\n| Dr. Azman bin Hamid, Director | Mr. Kelvin Tan, Managing Director |\n");
    assert.equal(amendment.isAgreement, true, amendment.agreementReason);
    assert.match(amendment.agreementReason, /title block/);
    // An amendment or addendum to an agreement is one, its title on two lines ("AMENDMENT NO. 1" / "TO THE MEMORANDUM OF UNDERSTANDING BETWEEN …"); "Amendment" is no party.
    const amendmentNo1 = analyze('**AMENDMENT NO. 1**\n**TO THE MEMORANDUM OF UNDERSTANDING BETWEEN**\n**NORTHBANK WORKFORCE BOARD AND KESTREL COATINGS, INC.**\n\nThis Amendment No. 1 ("Amendment") is made on March 3, 2026 by Northbank Workforce Board ("Board") and Kestrel Coatings, Inc. ("Employer").\n\n**Recitals**\n\nA. The Board and the Employer entered into a Memorandum of Understanding dated August 1, 2025 (the "MOU").\n\n**The parties agree**\n\n1. Section 4 of the MOU is replaced: the Board will reimburse up to $18,000 of training costs for a second cohort of 12 employees.\n\n2. All other terms of the MOU remain in effect.\n');
    assert.equal(amendmentNo1.isAgreement, true, amendmentNo1.agreementReason);
    assert.match(amendmentNo1.agreementReason, /amendment to an agreement/);
    assert.ok(!amendmentNo1.parties.some((p) => p.names.includes('Amendment')), JSON.stringify(amendmentNo1.parties));
    const addendum = analyze('ADDENDUM No. 1 / ADENDA No. 1\n\nto the Agreement for the Lakeview Spanish Immersion Program in Querétaro\n\nbetween / entre\n\nINSTITUTO DE LENGUAS DEL BAJÍO, A.C.\nand / y\nLAKEVIEW COLLEGE\n\n---\n\n**Clause 1. Revised fees / Cláusula 1. Cuotas revisadas**\n\nThe program fee per student is USD 2,450 from June 2026.\n\n**Clause 2. Other provisions**\n\nAll other provisions of the Agreement remain in force.\n');
    assert.equal(addendum.isAgreement, true, addendum.agreementReason);
    // About agreements, not one: a procedure titled so at its end, a report to the board, an email forwarding minutes.
    const dutiesText = '## Roles\n\nThe University will host 10 students each year. The Partner will provide two mentors.\n\n## Contacts\n\nDr Ana Reyes, ana.reyes@example.edu\n\n## Term\n\nThis MOU runs for three years.\n';
    const procedure = analyze(`---\ntitle: Memoranda of Understanding and Partnership Agreements Procedure\npolicy_code: GOV-PR-017\n---\n\n# Memoranda of Understanding and Partnership Agreements Procedure\n\nThis procedure sets out how the University makes an MOU. A model MOU follows.\n\n${dutiesText}`);
    assert.equal(procedure.isAgreement, false, procedure.agreementReason);
    const boardReport = analyze(`**RIVERTON DISTRICT SCHOOL BOARD**\n\n**REPORT TO THE BOARD OF TRUSTEES — PUBLIC SESSION**\n\n| | |\n|---|---|\n| **Report title** | Approval of Community Partnership Agreements (Memoranda of Understanding), 2026 |\n\n${dutiesText}`);
    assert.equal(boardReport.isAgreement, false, boardReport.agreementReason);
    const forwarded = analyze(`From: Naomi Petrakis\nSent: Thursday, 12 March 2026 9:47 AM\nTo: Committee of Management\nSubject: FW: Draft minutes - 10 March meeting (incl. MOU with Bellbird Libraries)\n\nHi all, forwarding the draft minutes for your comments.\n\n# Item 5 – MOU with Bellbird Libraries\n\n${dutiesText}`);
    assert.equal(forwarded.isAgreement, false, forwarded.agreementReason);
    // Minutes of a group named after the agreement ("… Partnership Agreement Steering Group"): the title names the group.
    const steering = analyze(`# Northgate Skills Partnership — Partnership Agreement Steering Group\n\n## Minutes of Meeting No. 4\n\n**Present:** Dana Whitlock (Chair, Northgate TAFE); Ravi Menon (Kestrel Rail)\n\n| # | Action | Owner | Status |\n|---|---|---|---|\n| 3.1 | Circulate draft renewal of the Partnership Agreement | DW | Done |\n\n${dutiesText}`);
    assert.equal(steering.isAgreement, false, steering.agreementReason);
    // …and minutes whose title opens with the genre: "Minutes — Joint Working Group on the Draft Memorandum of Understanding".
    const minutes = analyze(`# Minutes — Joint Working Group on the Draft Memorandum of Understanding\n\n**Kilbrannan County Council / Atlantic Technological Institute**\n\n**Present:** Siobhán Rua (Council, Chair); Dr Niamh Conaill (ATI)\n\n### 3. Draft clause 4 — roles\n\n${dutiesText}`);
    assert.equal(minutes.isAgreement, false, minutes.agreementReason);
    // A deed of gift is an agreement; so is an email its writers agree to treat as theirs.
    const deed = analyze('# Deed of Gift – Equipment\n\n**Donor:** Ridgeway Digital Pty Ltd, 4 Station Street, Ridgeway VIC\n**Recipient:** Ridgeway Shire Council, for Ridgeway Shire Libraries (the "Shire")\n\n## 1. Gift\n\nThe Donor gives to the Shire, absolutely and without conditions, the goods in the table below.\n\n| Item | Quantity | Value |\n|---|---|---|\n| Refurbished laptops | 20 | $6,000 |\n\n## 2. Signed\n\nFor the Donor: ________   For the Shire: ________\n');
    assert.equal(deed.isAgreement, true, deed.agreementReason);
    const email = analyze('**From:** Tomasz Nowak <t.nowak@eastmere.example.ac.uk>\n**To:** Priya Raman <priya@cleanerair.example.org.uk>\n**Subject:** RE: Sensor pilot – putting it in writing\n\nHi Priya,\n\nYes, that is my understanding too – happy for this email to be our agreement. The department will lend 12 sensors from 1 March to 31 May 2026 and I will send you the cleaned data each month.\n\nTomasz\n');
    assert.equal(email.isAgreement, true, email.agreementReason);
    // "FOURTH CLAUSE – EFFECTIVENESS" is when the amendment takes effect, not what the partnership should achieve.
    const { matchHeading } = await import('../../server/src/core/title-match');
    assert.ok(!matchHeading('CLÁUSULA CUARTA – PERFECCIONAMIENTO / FOURTH CLAUSE – EFFECTIVENESS').some((m) => m.id === 'intended-outcomes'));
    // "7.5 Incident reporting" is safety, not the outcomes' "Reporting".
    assert.deepEqual(matchHeading('7.5 Incident reporting').map((m) => m.id), ['safety-protocols']);
    assert.deepEqual(matchHeading('Emergency Procedures').map((m) => m.id), ['safety-protocols']);
    assert.deepEqual(matchHeading('Reporting and Evaluation').map((m) => m.id), ['intended-outcomes']);
    // A thank-you letter is no agreement.
    const thanks = analyze("**Glenmore Primary School**\n\n3 February 2026\n\nDear Priya,\n\n## Thank you\n\nThank you for a brilliant first year of the coding club. The pupils loved the robots and their families enjoyed the showcase in December.\n\nWarm regards,\n\nTom Haslam\nDeputy Head\n");
    assert.equal(thanks.isAgreement, false, thanks.agreementReason);
    // A university news item on a signing, quoting the rector ("This memorandum is the first step," said …).
    const news = analyze('# Harwick and Thai university sign MOU to boost food science exchange\n\n*Published 22 October 2025 · Internationalisation · Reading time: 3 min*\n\nThe Universidade de Harwick (UH) and Lopburi Rajabhat University (LRU) signed a Memorandum of Understanding on Tuesday in a ceremony at the Rectorate.\n\nThe five-year memorandum provides a framework for cooperation in food science, with student and staff exchanges and joint research.\n\n"This memorandum is the first step. Now our faculties must turn it into concrete projects," said Rector Prof. Dr. Helena Duarte.\n\n**Related news**\n- UH joins network on agroecology\n');
    assert.equal(news.isAgreement, false, news.agreementReason);
    // A district's partners page whose breadcrumb is HTML ("Home &rsaquo; Community &rsaquo; …").
    const partnersPage = analyze('<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/community/">Community</a> &rsaquo; Partners</div>\n\n# Business & Community Partners\n\nCedar Plains School Division is proud to work with more than 40 local businesses.\n\n## Partnership agreements\n\nEvery ongoing partnership is set out in a short Partnership Agreement (MOU) signed by the partner and the Division. The Division will prepare the first draft with you.\n\nAll adults who work directly with students must provide a Criminal Record Check.\n\n## Contact\n\nCommunity Partnerships Office, Phone: 204-555-0177, Email: partnerships@cpsd.example.ca\n');
    assert.equal(partnersPage.isAgreement, false, partnersPage.agreementReason);
    const { htmlToText } = await import('../../server/src/core/html');
    assert.equal(htmlToText('Home &rsaquo; Community &raquo; Partners'), 'Home › Community » Partners');
    // A title written as a plain line under a one-line note of where the text comes from.
    const appendix = analyze('*Harlow Town Library Board – Report 2026-03, Appendix B*\n\nMemorandum of Understanding – Saturday Robotics Club 2026\n\nHarlow Town Library ("the Library") and Harlow Robotics Volunteers ("HRV") enter into this Memorandum of Understanding for a free Saturday robotics club from 1 March to 30 November 2026. The Library will make its Makerspace available from 10:00 to 12:00 on the first Saturday of each month at no charge. No money will change hands between the parties, and either party may end this memorandum with 30 days\' written notice.\n');
    assert.equal(appendix.isAgreement, true, appendix.agreementReason);
    assert.match(appendix.agreementReason, /title block/);
    // A partnership declaration signed by its founding partners, its kind in a subtitle heading: an agreement, though it lists no duties.
    const declaration = (subtitle: string) => analyze(`# HARBOUR TOWNS YOUNG MAKERS\n## ${subtitle}\n\n*Launched at Portreath Library, 12 March 2026*\n\n### Our shared ambition\n\nBy 2029, every young person in the harbour towns has made something with their hands before they turn 14.\n\n### What success looks like\n\n| Ambition | Measure | Baseline | Target by June 2029 |\n|---|---|---|---|\n| More young makers | Young people at a partnership session each year | 600 | 1,500 |\n\n### Signed on behalf of the founding partners\n\nPortreath Library\n\nHarbour Towns Council\n\nKestle Engineering Ltd\n`);
    assert.equal(declaration('Partnership Declaration 2026–2029').isAgreement, true, declaration('Partnership Declaration 2026–2029').agreementReason);
    assert.equal(declaration('Annual Report 2026–2029').isAgreement, false);
    // A college's policy on making MOUs, with duties for its staff, that says it creates no partnership itself.
    const makingPolicy = (says: string) => analyze(`# ASHFORD VALE COLLEGE\n\n## Policy and Procedure: Partnership Agreements and Memoranda of Understanding\n\n| | |\n|---|---|\n| **Policy owner** | Vice Principal, Partnerships |\n| **Approved by** | Governing Body, 4 June 2025 |\n\n### 1. Purpose\n\n1.1 Ashford Vale College ("the College") works with many employers and schools.\n\n1.2 This policy explains when a written partnership agreement is required, what it must contain and who may sign it.${says}\n\n### 2. Responsibilities\n\n2.1 The Sponsor will approve each agreement before it is signed and will keep the register of agreements up to date.\n\n2.2 The Partnerships Office will check every agreement against the checklist in Appendix A within ten working days.\n\n2.3 The partner organisation shall name a contact for safeguarding.\n`);
    assert.equal(makingPolicy(' It does **not** itself create any partnership.').isAgreement, false, makingPolicy(' It does **not** itself create any partnership.').agreementReason);
    assert.match(makingPolicy(' It does **not** itself create any partnership.').agreementReason, /not the agreement itself/);
    // A board's agenda item approving several MOUs, under its meeting's headings.
    const agenda = analyze('# RIVERTON UNIFIED SCHOOL DISTRICT\n## Board of Education — Regular Meeting\n### Tuesday, August 18, 2026\n\n**AGENDA ITEM 9.4 — CONSENT**\n\n**SUBJECT:** Approval of Memoranda of Understanding with Work-Based Learning Partners for 2026–2027\n\n### BACKGROUND\n\nEach MOU includes the District\'s standard provisions on student supervision, background checks, insurance and student records.\n\n### SUMMARY OF MOUs\n\n| # | Partner | Term | Fiscal impact |\n|---|---|---|---|\n| 1 | Riverton Community College | 7/1/26 – 6/30/29 | $25 per student per course |\n| 2 | Valley Medical Center | 9/1/26 – 6/30/27 | None |\n\n### STUDENT SAFETY\n\nEach MOU requires background checks for adults with regular student contact and a District staff member at every site visit.\n\n### FISCAL IMPACT\n\nThe District contributes $6,000 from the ELO-P grant to MOU #2.\n\n### CONTACT\n\nKevin Ortiz, Director, College & Career Readiness, kortiz@riverton.example.org\n\n### RECOMMENDATION\n\nThat the Board approve the MOUs listed above.\n');
    assert.equal(agenda.isAgreement, false, agenda.agreementReason);
    const renewal = analyze('**Ostrander College**\n\nMay 6, 2027\n\nMs. Ines Calloway\nDirector, Hollin Fabrication Ltd.\n\n**Re: Renewal of our Memorandum of Understanding**\n\nDear Ines,\n\nI am writing on behalf of Ostrander College to propose that we renew the MOU for two years from July 1, 2027, on the same terms as the original.\n\nIf you agree, please sign below and return a copy to me by June 13, 2027.\n\nSincerely,\n\nPaul Meyrick\nAssociate Dean\n\n**ACCEPTED AND AGREED** on behalf of Hollin Fabrication Ltd.\n\nSignature: ________\n');
    assert.equal(renewal.isAgreement, true, renewal.agreementReason);
    // A school newsletter that reports an MOU and asks parents to "sign and return the permission slip" is not one.
    const newsletter = analyze('# The Prairie Lantern\n### Bluestem Elementary School · Family Newsletter · March 2027\n\n## Fourth Graders Become "Water Watchers" Under New MOU\n\nAt its February meeting the Board of Education approved a memorandum of understanding (MOU) with the Natural Resources District. NRD staff will visit the classroom once a month. The NRD will donate test kits. Teachers will lead a field trip in May.\n\n### How parents can help\n\n- Sign and return the **field trip permission slip** by April 24.\n');
    assert.equal(newsletter.isAgreement, false, newsletter.agreementReason);
    // A signed statement of intent and heads of terms are agreements by their title, duties or not.
    for (const title of ['STATEMENT OF INTENT', 'Heads of Terms', 'Declaration of Intent']) {
      const a = analyze(`# ${title}\n\n**Rio Verde County EMS Authority**\nand\n**Civil Protection Directorate of Ciudad Alta**\n\nWHEREAS both services respond together to floods on the border;\n\nThe signatories record their shared objectives:\n\n- more bilingual young people entering EMT programmes;\n- joint youth open days.\n\nSigned: ____________\n`);
      assert.equal(a.isAgreement, true, `${title}: ${a.agreementReason}`);
    }
  });
  it('front matter can declare an agreement', () => {
    const md = '---\nagreement:\n  type: mou\n---\n\n# Draft\n\nNotes to self.\n';
    assert.equal(analyze(md).isAgreement, true);
  });
});

describe('block cache', () => {
  it('re-parses only the blocks an edit touched', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `## Section ${i}\n\nThe School will host ${i} students.\n`);
    const text = `# Memorandum of Understanding\n\n${sections.join('\n')}`;
    const cache = new BlockCache();
    const first = analyze(text, { cache });
    const parsesBefore = cache.parses;
    const edited = text.replace('host 7 students', 'host 8 students');
    const second = analyze(edited, { cache });
    assert.equal(cache.parses - parsesBefore, 1);
    assert.deepEqual(
      second.findings.map((f) => f.rule),
      analyze(edited).findings.map((f) => f.rule),
    );
    assert.ok(first.sections.length === 5);
  });
});

describe('party mentions (whole words, any script)', () => {
  const party = { name: 'Örebro Skola', names: ['Örebro Skola', 'Skola'], start: 0, end: 0 };
  const cases: Array<[string, boolean]> = [
    ['Örebro Skola will host the visits.', true],
    ['The Skola provides rooms.', true],
    ['(Skola)', true],
    ['Skolan provides rooms.', false], // a longer word
    ['FörSkola provides rooms.', false],
    ['Skola2 provides rooms.', false],
    ['𝔘Skola provides rooms.', false], // an astral letter right before
    ['🎓Skola provides rooms.', true], // an emoji is not a letter
    ['Skola'.repeat(3), false],
    ['Skola Skolan', true],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} ${expected ? 'mentions' : 'does not mention'} the party`, () => {
      assert.equal(mentions(text, party), expected);
    });
  }
});

describe('parseMarkdown', () => {
  // parse.ts leaves out GFM's autolink literals: the trees differ (a bare e-mail address is text,
  // not a link), but what the analysis reads from them — the block's facts — must not.
  const processorParse = (text: string) => processor.parse(text);
  // One difference is GFM's, not ours: inside an address it keeps what markdown otherwise reads as
  // markup — a character reference, a backslash escape, emphasis stars, backticks ("WWW.&#x40;",
  // "http://1\\@", "www.**s*") — where the analysis reads the decoded words. The words must be the same.
  const decoded = (t: string) => t.replace(/&#64;|&#x40;|&commat;/g, '@').replace(/&#119;/g, 'w').replace(/[\\*_`]/g, '');
  const factsOf = (text: string, parse?: typeof processorParse) => {
    const f = extractFacts(text, parse);
    return { ...f, passages: f.passages.map((p) => ({ ...p, text: decoded(p.text) })), headings: f.headings.map((h) => ({ ...h, text: decoded(h.text) })) };
  };
  const sameFacts = (text: string, what: string) => assert.deepEqual(factsOf(text), factsOf(text, processorParse), what);

  it('reads the same facts as from the unified processor (remark-parse + gfm + frontmatter) on every fixture', () => {
    for (const f of loadFixtures()) sameFacts(f.text, f.name);
  });

  it('leaves a bare e-mail address as text, where the processor makes it a link', () => {
    const text = 'Write to jane.doe@example.org or call.';
    assert.notDeepEqual(parseMarkdown(text), processor.parse(text), 'autolink literals are still parsed');
    sameFacts(text, text);
  });

  it('reads every block of every fixture like the unified processor (blocks with and without URLs)', () => {
    let withAddress = 0;
    for (const f of loadFixtures()) {
      for (const b of splitBlocks(f.text)) {
        if (/[@&]|http|www/i.test(b.text)) withAddress++;
        sameFacts(b.text, `${f.name} at ${b.start}`);
      }
    }
    assert.ok(withAddress > 20, `only ${withAddress} blocks with a URL or e-mail address`);
  });

  it('reads bare URLs and e-mail addresses however they are written like the unified processor', () => {
    const cases = [
      'Write to jane.doe@example.org or call.',
      'Contact: jane&#64;example.org, j&commat;example.org',
      'See HTTPS://EXAMPLE.ORG/x and Www.example.org and w&#119;w.example.org.',
      'mailto:a.b@example.org and xmpp:team@example.org/desk',
      '| Contact | Email |\n|---|---|\n| Jane | jane@example.org |',
      '- item http://example.org\n  - nested www.example.org',
      '1. jane@example.org\n\nARTICLE 7. CONTACT jane@example.org\nText under it.',
      '**Email:** jane@example.org',
      'No link here at all, only words & signs.',
    ];
    for (const text of cases) sameFacts(text, text);
    const piece = fc.constantFrom('@', '&', '&#64;', '&#x40;', '&commat;', '&#119;', 'www', 'WWW', '.', 'http', 'HTTP', 's', '://', 'mailto:', 'xmpp:', 'example', 'org', ' ', '\n', '- ', '| ', '`', '<', '>', '[', '](', ')', '*', '\\', 'a', 'Z', '1', 'ARTICLE ', '1. ', '**');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        sameFacts(text, JSON.stringify(text));
      }),
      // (A fixed seed: the same 1,000 strings on every run; FUZZ_SEED explores others.)
      { numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? 20261205) },
    );
  });
});

describe('stored block facts (the server remembers what it parsed)', () => {
  it('restore exactly what parsing gives, for every block of every fixture, through JSON', () => {
    let blocks = 0;
    for (const f of loadFixtures()) {
      for (const b of splitBlocks(f.text)) {
        const facts = extractFacts(b.text);
        const restored = restoreFacts(JSON.parse(JSON.stringify(storeFacts(facts))));
        assert.deepEqual(restored, facts, `${f.name} at ${b.start}`);
        blocks++;
      }
    }
    assert.ok(blocks > 200, `${blocks} blocks`);
    const withFrontMatter = extractFacts('---\ntitle: "[Agreement name]"\n---\n');
    assert.ok(withFrontMatter.frontMatter && withFrontMatter.placeholders.length, 'front matter and its blanks are kept too');
    assert.deepEqual(restoreFacts(JSON.parse(JSON.stringify(storeFacts(withFrontMatter)))), withFrontMatter);
  });

  it('restore nothing from what is not a record of facts', () => {
    const good = storeFacts(extractFacts('# Roles\n\nThe district will host [N] students.\n'));
    const bad: unknown[] = [
      null,
      'facts',
      {},
      { ...good, h: 'x' },
      { ...good, h: [[0, 7, 1, 'Roles', 'chapter']] },
      { ...good, p: [[0, 'x', 'text', 'paragraph', 0]] },
      { ...good, x: [[1, 2]] },
      { ...good, f: [0, 3, 'a: 1', 'json'] },
      { ...good, l: [1.5] },
    ];
    assert.ok(restoreFacts(good), 'the good record restores');
    for (const b of bad) assert.equal(restoreFacts(b), undefined, JSON.stringify(b));
  });
});

describe('what counts as a commitment or a safety control (sentence level)', () => {
  it('course codes, credit hours, notice periods and deadlines are no quantity given ("AGRI 2900", "60 semester credit hours", "48 hours\' notice"); "EUR 8000" and "RM800.00" are amounts', async () => {
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    for (const s of [
      'The University will accept the completed degree as a block transfer of 60 semester credit hours.',
      'AGRI 2900 Agribusiness Internship | 3 | AGBS 295 (elective)',
      'Ridgeline analysts will deliver guest lectures in CYB 110, CYB 210 and CYB 240 each semester.',
      // A notice period and a deadline are no hours given.
      "The Hospital shall give the District at least 48 hours' notice of any rotation it must cancel.",
      'The Safety Officer will submit a written incident report to the Dean within twenty-four (24) hours.',
      // A report on the work by a date is reporting (the outcomes' business), not something given.
      'By June 30, 2027, the member library shall send the Network a written report.',
      'EDWI will share a short results report with Lagoon Hub by 15 February 2026.',
      "Each college's registrar will report its completion counts to the Chair by 31 July each year.",
      // A teacher's monitoring visits are safety, not a contribution.
      "The School's supervising teacher will visit the Clinic at least once each week of the placement.",
      // A contact's line: how to reach someone.
      '| Safeguarding concerns | Daniel Rotich | Safeguarding Officer | +254 733 600 281 (24 hours) | safeguarding@tujenge.example.org |',
    ]) assert.equal(isConcreteCommitment(s), false, s);
    for (const s of [
      'A compensation of EUR 8000 will be paid by the Foundation to the Contributor.',
      'The Company shall pay each Trainee a monthly allowance of RM800.00 for the Training Period.',
      'The Company will give 40 hours of mentoring each semester.',
    ]) assert.equal(isConcreteCommitment(s), true, s);
  });
  it('a duty with a number or date is a commitment; a meeting cadence or a restriction is not', async () => {
    const { isResourceSentence, isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    for (const s of [
      'The member library shall run a minimum of two maker workshops for teens.',
      'The Network will support member libraries for two years from signature.',
      'The Foundation will fund 50% of the coordinator salary.',
      'The Sponsor shall retain an administrative fee of seven percent (7%) of all contributions received.',
      'The District will provide one teacher release day per month.',
      'The volunteer will read with two students for 30 minutes twice a week.',
      'EPU contributes a minimum of two lab afternoons each semester.',
    ]) {
      assert.ok(isResourceSentence(s) && isConcreteCommitment(s), s);
    }
    for (const s of [
      'The Alliance will keep the signed forms for three years.',
      'A staff member from the Center will check in with students or visit the site at least once a month.',
      'The mentor will meet with the student team at least twice a semester.',
      'The College will not charge students more than two fees per year.',
      'The Partner will run [number] workshops per year.',
      // Lead time for handing something over, not a quantity given.
      'The District will provide the Hospital with a roster of students at least two weeks before each rotation.',
      // A version number is not a count of licences.
      'The parties shall license all the said material under the CC BY 4.0 license.',
      // "One of its employees" is which one, not how many.
      'The Member Organization has agreed to have one of its employees serve on the Advisory Council.',
      // A year is not a quantity; reviewing the agreement by a date is not a contribution.
      'Orchard Valley confirms its support for the Engineering Club for the 2026/2027 school session.',
      'The Partners will review the Statement by 30 September 2027 to decide which elements continue.',
    ]) {
      assert.ok(!isConcreteCommitment(s), s);
    }
    for (const s of [
      // Who a party is, not what it gives ("profit" in "non-profit").
      'The Cebu Museum of Science, a non-stock, non-profit corporation, hereinafter referred to as "the Museum".',
      // An intention to work together, not a contribution.
      'Both parties will collaborate to offer students learning experiences such as talks by company personnel.',
      // Outcomes: what participants achieve, and "paid employment".
      '(a) one hundred and twenty (120) teachers from sixteen (16) schools complete the thirty (30) hour reading course;',
      'At least 55% of those completing the course are in paid employment six months after completion.',
      // A promise of safety, and a review of the agreement.
      'The Partners will take reasonable steps to provide a safe environment for volunteers at every session.',
      // A limit on participants, under its clause number.
      '5.3 Minor Students shall not work between 10:00 p.m. and 6:00 a.m. and shall not be on site for more than six (6) hours on any day.',
    ]) {
      assert.ok(!isResourceSentence(s), s);
    }
  });

  it('learning objectives handed over are a document, not the partnership\'s aims; "everyone will…" is no party\'s duty', async () => {
    const { outcomeSignal } = await import('../../server/src/core/signals');
    const { hasActor } = await import('../../server/src/core/substance/actors');
    assert.ok(!outcomeSignal('2.1 Send the Employer the names of the students, the placement dates and the learning objectives for the module.'));
    assert.ok(outcomeSignal('The learning objectives of the placement are that every student can weld to ISO 9606 by June 2027.'));
    assert.ok(!hasActor('Everyone will follow the Workbench safety rules posted on the wall.').actor);
  });

  it('a table column of duties that promise nothing in particular ("Support the program as needed") is no duty', () => {
    const a = analyze('# Partnership Agreement\n\nThis agreement is between Westbrook Public Library and Lakeshore STEAM Academy.\n\n## Who does what\n\n| Westbrook Public Library | Lakeshore STEAM Academy |\n|---|---|\n| Plan and lead a weekly maker challenge | Work with the Library to help make the program a success |\n| Train students on each tool before they use it | Support the program as needed |\n', { agreement: true });
    const roles = a.sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /only Westbrook Public Library's duties/);
  });

  it('money told as background is not a commitment; resources named as shared are (weakly)', () => {
    const background = analyze(
      '# Governance Rules of the Open Soil Data Consortium\n\nThe members of this consortium are Terrabase, FieldSense and Agrolink. The project received initial funding from the Greenway Foundation, and we hope it will outlast that funding.\n\nEach member will name one voting delegate. The consortium will publish the soil data standard under an open licence. Each member agrees to review proposals within 14 days.\n',
      { agreement: true },
    );
    const r1 = background.sections.find((s) => s.id === 'resource-commitments')!;
    assert.equal(r1.status, 'missing', r1.reason);
    const shared = analyze('# Memorandum of Understanding\n\n**Parties:** Harbor Animal Rescue & Westfield Middle School\n\n**Scope:** adoption days, shared resources, co-promotion.\n\n**Term:** 12 months.\n');
    const r2 = shared.sections.find((s) => s.id === 'resource-commitments')!;
    assert.equal(r2.status, 'weak', r2.reason);
  });

  it('safety promised in general terms (harassment policy, risk assessment, first aid) is a weak safety section, not a missing one', () => {
    const a = analyze(
      '# Memorandum of Understanding between Harbor Food Bank and Westside Scouts\n\nHarbor Food Bank will host Westside Scouts volunteers at its Saturday pantry. Westside Scouts will send twelve volunteers each month.\n\nBoth organisations follow an anti-harassment policy, a risk assessment is done before each event, and a first aid kit is kept on site.\n',
    );
    assert.equal(a.sections.find((s) => s.id === 'safety-protocols')!.status, 'weak');
  });

  it('an email address with no person is a weak contact (a shared mailbox), not a missing one; a web address is not an email', () => {
    const base = '# Memorandum of Understanding between Harbor Food Bank and Westside Scouts\n\nHarbor Food Bank will host Westside Scouts volunteers at its Saturday pantry. Westside Scouts will send twelve volunteers each month.\n\n';
    const mailbox = analyze(`${base}Questions about this agreement go to partnerships@harborfoodbank.org.\n`);
    assert.equal(mailbox.sections.find((s) => s.id === 'points-of-contact')!.status, 'weak');
    const link = analyze(`${base}See https://user@harborfoodbank.org/about for our opening hours.\n`);
    assert.equal(link.sections.find((s) => s.id === 'points-of-contact')!.status, 'missing');
  });

  it('an aspiration with no target is a weak statement of outcomes, not a missing one', () => {
    const a = analyze(
      '# Memorandum of Understanding between Harbor Food Bank and Westside Scouts\n\nHarbor Food Bank will host Westside Scouts volunteers at its Saturday pantry. Westside Scouts will send twelve volunteers each month.\n\nUltimately, we hope the scouts will carry the habit of volunteering into adult life.\n',
    );
    assert.equal(a.sections.find((s) => s.id === 'intended-outcomes')!.status, 'weak');
  });

  it('"Nothing in this MOU obligates either party to expend funds" says plainly that no funds change hands; a note to the drafter does not', () => {
    const base = '# Memorandum of Understanding between Canyon Ridge College and Pine Hollow School District\n\nCanyon Ridge College will host four teacher workshops. Pine Hollow School District will release its science teachers to attend.\n\n## Funding\n\n';
    const none = analyze(`${base}Nothing in this MOU obligates either party to expend funds.\n`);
    assert.equal(none.sections.find((s) => s.id === 'resource-commitments')!.status, 'present');
    const note = analyze(`${base}*If no money changes hands, state: "No funds will be exchanged under this MOU."*\n`);
    assert.notEqual(note.sections.find((s) => s.id === 'resource-commitments')!.status, 'present');
  });

  it('one duty that no one in particular owes ("The study will be conducted…") is no roles section', () => {
    const a = analyze(
      '# Memorandum of Understanding between Karoo Research Institute and Nelson Bay Municipality\n\n## Intent\n\nThe parties intend to study how learners use the new science centre. The study will be conducted under ethics clearance from a registered committee.\n\n## Measures\n\nAt least 60% of visiting learners complete the exit survey each year from 2026 to 2028.\n',
    );
    assert.equal(a.sections.find((s) => s.id === 'roles')!.status, 'missing');
  });

  it('"The Project aims to…" is a (weak) statement of outcomes wherever it is written', () => {
    const a = analyze(
      '# Research Collaboration Agreement between Gulf Coast State University and Meridian Cells Inc.\n\n## 2. Project\n\nThe parties will collaborate on research into fast-charging anodes. The Project aims to advance understanding of interphase formation in silicon-rich anodes.\n\n## 3. Responsibilities\n\nThe University will assign two doctoral students. Meridian Cells Inc. will provide $120,000 a year.\n',
    );
    assert.equal(a.sections.find((s) => s.id === 'intended-outcomes')!.status, 'weak');
  });

  it('a heading is evidence, not proof: "Compliance Safeguards" over tax rules is not a safety section', () => {
    const a = analyze(
      '# Memorandum of Understanding between Northgate College and Lumen Works LLC\n\nNorthgate College will host six student interns. Lumen Works LLC will pay each intern $18 per hour.\n\n## Compliance Safeguards\n\nBoth parties keep separate books and records and file their own tax returns each year.\n',
    );
    const safety = a.sections.find((s) => s.id === 'safety-protocols')!;
    assert.equal(safety.status, 'missing');
    assert.match(safety.reason, /not about keeping people safe/);
  });
});

describe('people and titles in plain text', () => {
  it('abstract nouns and laws are not people: "Career Readiness", "Clinical Education", "Florida Statutes"; names are', async () => {
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('Title | Work-Based Learning Coordinator, College & Career Readiness | Manager, Clinical Education'), []);
    assert.deepEqual(personNames('as required by Section 1007.271(21), Florida Statutes, and the Creative Commons Attribution license'), []);
    assert.deepEqual(personNames('Name | Marisol Quintero | Lawrence Okafor | Constance Bell'), ['Marisol Quintero', 'Lawrence Okafor', 'Constance Bell']);
  });

  it('a double-barrelled surname is the whole name in what a contacts finding says ("Dr Anna Smith-Jones", not "Dr Anna Smith")', async () => {
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames("Dr Anna Smith-Jones, Dean of STEM; Mark O'Neill-Baker, Outreach Lead; Mei-Ling Zhou"), ['Dr Anna Smith-Jones', "Mark O'Neill-Baker", 'Mei-Ling Zhou']);
    // (A converted notices card runs name and title into one line: the surname ends the name.)
    assert.deepEqual(personNames('For the Lender: Mrs. Adwoa Boateng-Mensah Operations Manager Korle Bay Instruments Limited'), ['Adwoa Boateng-Mensah']);
    const s = analyze('# Memorandum of Understanding\n\nThis Memorandum is between Lakeside Community College ("the College") and Brightwater Robotics Ltd ("Brightwater").\n\n## Roles and Responsibilities\n\nThe College will host four robotics workshops each term.\nBrightwater will provide two engineers as mentors for each workshop.\n\n## Points of Contact\n\n- College: Dr Anna Smith-Jones, Dean of STEM\n- Brightwater: Mark O\'Neill-Baker, Outreach Lead\n', { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'weak');
    assert.match(s.reason, /Smith-Jones.*O'Neill-Baker/, s.reason);
  });

  it('a street is no person ("2200 Cedar Mill Parkway"); a PDF page footer inside a notices card does not part a name from its email', async () => {
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('2200 Cedar Mill Parkway, Northfork, WA 98001'), []);
    const a = analyze('# Facility Use License\n\nThis License is between Pinecrest Community College and Northfork Digital Inclusion Coalition.\n\n## 12. Notices\n\nCollege:\nGordon Whitlatch, Director of Facilities\nPinecrest Community College\n2200 Cedar Mill Parkway, Northfork, WA 98001\ngwhitlatch@pinecrest.example.edu | (360) 555-0410\n\nLicensee:\nAmira Haddad-Lund, Executive Director\nNorthfork Digital Inclusion Coalition\n\nPinecrest Community College – Facility Use License – FAC-2025-031         Page 4 of 5\n\n2290 Cedar Mill Parkway, Suite 114, Northfork, WA 98001\namira@northforkdigital.example.org | (360) 555-0477\n', { agreement: true });
    const contacts = a.sections.find((s) => s.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'present', contacts.reason);
  });

  it('a short numbered capital line is a title ("X. TERM"); a name line of initials is read as before', async () => {
    const { plainTitle } = await import('../../server/src/core/facts/titles');
    assert.ok(plainTitle('X. TERM'));
    assert.ok(plainTitle('4. FEES'));
    assert.ok(!plainTitle('A. NO'));
  });

  it('a numbered clause whose capital title stands on its first line ("5. TRAINING GOALS" over its text, from a PDF) is a title', () => {
    const a = analyze('YOUTH APPRENTICESHIP AGREEMENT\n\nThis Agreement is between Lakeside Career Center ("the Center") and Northway Heating & Cooling LLC ("the Employer").\n\n4. EMPLOYER RESPONSIBILITIES\nThe Employer shall assign a journeyman mentor to each Apprentice and\nprovide at least 20 hours of paid work each week during the school year.\n\n5. TRAINING GOALS\nBy the end of the placement each Apprentice is expected to:\n- complete at least 1,200 hours of on-the-job training across both years;\n- earn the OSHA 10-Hour card by December 31, 2027.\n\n6. TERM\nThis Agreement runs from August 15, 2026 to June 30, 2028.\n', { agreement: true });
    assert.ok(a.model.headings.some((h) => h.text === 'TRAINING GOALS'), JSON.stringify(a.model.headings.map((h) => h.text)));
    const s = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.by, 'title', s.reason);
    assert.equal(s.status, 'present', s.reason);
  });
  it('"Section 5 – Safeguarding, supervision and safety" typed as a plain line is a title in any case after its number, and its section is read as one', async () => {
    const { plainTitle } = await import('../../server/src/core/facts/titles');
    for (const t of ['Section 5 – Safeguarding, supervision and safety', 'Article 3 (Funding and in-kind support)', 'SECTION 2.1 Scope', 'Part B']) assert.ok(plainTitle(t), t);
    for (const t of ['Section 3 of this agreement applies to all members.', 'Section 4 shows the costs', 'Article 2 sets out the term']) assert.ok(!plainTitle(t), t);
    const a = analyze('AGREEMENT FOR USE OF THE PARISH HALL\n\nThis agreement is made between **St. Brigid\'s Parish Hall Committee** (the "Committee") and **Riverside Coder Dojo** (the "Dojo").\n\nSection 1 – Booking\n\n1.1 The Dojo may use the hall every Saturday from 10.00 am to 12.30 pm from 7 September 2024 to 28 June 2025.\n\nSection 2 – Safeguarding, supervision and safety\n\n2.1 Every mentor and adult helper has been Garda vetted through the Dojo before taking part.\n\n2.2 At every session there will be at least two vetted mentors present, and no fewer than one mentor for every eight children.\n\n2.3 Any accident or injury must be written in the hall\'s accident book and reported to the Committee within 48 hours.\n\nSection 3 – Charges\n\n3.1 The hire charge is €20 per session, invoiced each term.\n', { agreement: true });
    const s = a.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(s.status, 'present', s.reason);
    assert.equal(s.by, 'title', s.reason);
  });
});

describe('parties from the ways real agreements name them', () => {
  const partiesOf = (text: string) => analyze(text, { agreement: true }).parties.map((p) => p.name);
  it('a table row or line that labels a party ("Party A | …")', () => {
    const names = partiesOf('# Memorandum of Understanding\n\n<table>\n<tr><td><b>Party A</b></td><td>Open Circuits Foundation (OCF)</td></tr>\n<tr><td><b>Party B</b></td><td>Pahang Technical Standards Board (PTSB)</td></tr>\n</table>\n\nOCF will run one joint event each year. PTSB will host it.\n');
    assert.deepEqual(names, ['OCF', 'PTSB']);
  });
  it('"**Between** A (words about A) **and** B (a public charter school)": the names without their descriptions', () => {
    assert.deepEqual(partiesOf('# Partnership Agreement: Thursday Makers\n\n**Between** Westbrook Public Library (Fenwick County Library System) **and** Lakeshore STEAM Academy (a public charter school)\n\nThe Library will host the sessions.\n'), ['Westbrook Public Library', 'Lakeshore STEAM Academy']);
  });
  it('the title page\'s pair: "**A** and **B**", "A (charity no. …) and B, Town", and "Between" / A and its address / "and" / B', () => {
    assert.deepEqual(partiesOf('# Letter of Understanding\n\n**Harborview Science Museum** and **Lincoln Park Elementary School**\n\nSeptember 2027\n\nThe museum will host three visits.\n'), ['Harborview Science Museum', 'Lincoln Park Elementary School']);
    assert.deepEqual(partiesOf('# Memorandum of Understanding\n\n**Bramblewick Growing Trust** (registered charity no. 1167302) and **Holm Lane Primary School**, Bramblewick\n\nThe club meets on Wednesdays.\n'), ['Bramblewick Growing Trust', 'Holm Lane Primary School']);
    assert.deepEqual(partiesOf('MEMORANDUM OF AGREEMENT\n\nBetween\n\nREDLANDS WILDLIFE PARK PTY LTD\nABN 61 128 004 775\nMount Cotton Road, Mount Cotton QLD 4165\n\nand\n\nBAYVIEW STATE HIGH SCHOOL\nWellington Street, Cleveland QLD 4163\n\nThe park will host six field days.\n'), ['REDLANDS WILDLIFE PARK PTY LTD', 'BAYVIEW STATE HIGH SCHOOL']);
  });
  it('an HTML table whose cells are written over several source lines is read a row at a time: each partner\'s duties in its row', async () => {
    const { htmlToText } = await import('../../server/src/core/html');
    assert.equal(htmlToText('<table>\n<tr><td>Library</td><td>\nHosts the club;<br>\nlends six laptops.\n</td></tr>\n</table>'), 'Library | Hosts the club; · lends six laptops. |');
    const charter = analyze('# Robotics Pathway Partnership Charter\n\nThis charter is agreed by Kestrel Bay School District ("District") and Kestrel Bay Community College ("College").\n\n<h2>4. Roles and Responsibilities</h2>\n\n<table border="1">\n<thead>\n<tr><th>Partner</th><th>Responsibilities</th></tr>\n</thead>\n<tbody>\n<tr><td>District</td><td>\nRecruits students through an open lottery;<br>\nprovides transportation to the college campus.\n</td></tr>\n<tr><td>College</td><td>\nWaives tuition for pathway students;<br>\nassigns a pathway liaison and an academic advisor.\n</td></tr>\n</tbody>\n</table>\n', { agreement: true });
    const roles = charter.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
  it('a title page pairs "A – Department of …" and "B (a volunteer … group, …)": the organisation over its department, and a name its bracket calls a group', () => {
    const names = partiesOf('# Memorandum of Understanding\n\n**Town of Millbrook Falls – Office of Digital Services**\n**and**\n**Hack Millbrook** (a volunteer civic technology group, fiscally sponsored by the Riverside Commons Fund)\n\n## What the Town will do\n\n1. Publish the bus-stop dataset by 1 March 2026.\n');
    assert.ok(names.includes('Town of Millbrook Falls'), JSON.stringify(names));
    assert.ok(names.includes('Hack Millbrook'), JSON.stringify(names));
    // A line of prose in brackets makes no organisation of a name without one ("**Spring term** (a plan, …)").
    assert.deepEqual(partiesOf('# Notes\n\n**Spring Term Plan**\n**and**\n**Summer Outreach** (the second phase of the project)\n\nThe Library will host.\n').filter((n) => /Spring|Summer/.test(n)), []);
  });
  it('the opening sentence\'s pair ("A and B (a volunteer-run society) are teaming up to…"), and "the library" for a party whose name ends "Library"', () => {
    const page = (opening: string) => `# Partnership Agreement: Coding Evenings at Ashdown Public Library\n\n${opening} run free coding evenings for residents.\n\n## What the library does\n\n- Books the Community Room on the first Tuesday of each month, 6:00–8:30 pm, at no charge.\n- Lists each evening in the events calendar at least 3 weeks ahead.\n\n## What Code Ashdown does\n\n- Sends at least two volunteer hosts to every evening.\n- Sends the library a one-page summary after each season.\n`;
    const a = analyze(page('*Ashdown Public Library* and *Code Ashdown* (a volunteer-run not-for-profit society) are teaming up to'), { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Ashdown Public Library', 'Code Ashdown']);
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    // The same headings in capitals ("WHAT CODE ASHDOWN DOES" for Code Ashdown Collective): each still names its party.
    const caps = analyze(page('*Ashdown Public Library* and *Code Ashdown Collective* (a volunteer-run not-for-profit society) are teaming up to').replace(/^## (.+)$/gm, (_, t: string) => `## ${t.toUpperCase()}`), { agreement: true });
    assert.equal(caps.sections.find((x) => x.id === 'roles')!.status, 'present', caps.sections.find((x) => x.id === 'roles')!.reason);
    // "… are pleased to welcome X as a partner": the district and its school welcome the partner; they are not the pair.
    assert.deepEqual(partiesOf('# Adopt-A-School Agreement\n\nHolloway County Public Schools and Birchfield Elementary School are pleased to welcome Tri-Valley Credit Union as an Adopt-A-School partner.\n').filter((n) => /Holloway|Birchfield/.test(n)), []);
  });
  it('parties listed under "Between:" as "•" lines, each a bold name and its short name in quotes, as they are as "-" items', () => {
    const list = (bullet: string) => partiesOf(`# Memorandum of Understanding — Open Dispatch Ferlo\n\n**Between:**\n\n${bullet} **Teranga Code — Association for Civic Technology** (registered association, Dakar), "Teranga Code"; and\n${bullet} **Regional Ambulance Service of Ferlo**, a public service attached to the Regional Hospital, "the Service".\n\n## 3. Who does what\n\nTeranga Code will adapt the dispatch software. The Service will release two dispatchers for testing.\n`);
    assert.deepEqual(list('•'), list('-'));
    assert.ok(list('•').includes('Service'), JSON.stringify(list('•')));
  });
  it('a sentence listing the members by name', () => {
    const names = partiesOf('# Governance Rules\n\n## Members\n\nThe initial collaborating organisations are Riverflow, Datahaven, Kora, and Tembo Labs.  The Greenway Foundation provides guidance.\n');
    assert.deepEqual(names, ['Riverflow', 'Datahaven', 'Kora', 'Tembo Labs']);
  });
  it('("First Party") and (hereafter referred to as X) name the party before them', () => {
    assert.deepEqual(partiesOf('## MEMORANDUM OF UNDERSTANDING\n\nThis MOU is made by and between:\n\nMakerspace Kampala, of Uganda (the "First Party")\n\nand\n\nNile Robotics Club, of Uganda (the "Second Party").\n'), ['Makerspace Kampala', 'Nile Robotics Club']);
    assert.ok(partiesOf('# Cooperation Agreement\n\n1.1 The local chapter is supported by the national office of DataForGood \\(hereafter referred to as DataForGood Central\\).\n').includes('DataForGood Central'));
  });
  it('(hereinafter referred to as "this MoU") names the document, in capitals too', () => {
    const names = partiesOf('MEMORANDUM OF UNDERSTANDING\n\nTHIS MEMORANDUM OF UNDERSTANDING (hereinafter referred to as "this MoU") is made on 12 March 2027 BETWEEN PELITA READING FOUNDATION (hereinafter referred to as "the Foundation") of the one part AND the district office.\n');
    assert.ok(!names.some((n) => /mou/i.test(n)), JSON.stringify(names));
    assert.ok(names.includes('Foundation'), JSON.stringify(names));
  });
  it('"hereinafter called the "X"" without a parenthesis; participants defined by name ("Student Trainees") are no party', () => {
    const names = partiesOf('MEMORANDUM OF AGREEMENT\n\nThis Memorandum is entered into by and between:\n\nThe **COASTAL STATE UNIVERSITY**, a chartered state university with principal office in Santa Felisa, hereinafter referred to as the "UNIVERSITY";\n\nThe **REEF WATCH FOUNDATION, INC.**, a non-stock corporation with office in Lapu-Lapu City, hereinafter called "the FOUNDATION".\n\nStudents of the UNIVERSITY (hereinafter "Student Trainees") will train with the FOUNDATION for 240 hours.\n');
    assert.deepEqual(names, ['UNIVERSITY', 'FOUNDATION']);
  });
  it('a Background paragraph\'s definitions, the first right after a sentence that ends in a place name; a body named in a relative clause is no party', () => {
    assert.deepEqual(partiesOf('# Memorandum of Understanding\n\n**Background**\n\nPort Ellery is a city on the coast of Tasmania. Port Ellery District Hospital ("the Hospital") is a public hospital. Riverside College ("the College") teaches Years 10 to 12.\n'), ['Hospital', 'College']);
    assert.deepEqual(partiesOf('# MOU\n\nThis Memorandum is between Marlow Valley Unified School District (the "District") and the employer named below (the "Member Organization"), which has agreed to have one of its staff serve on the Industry Advisory Committee (the "Committee").\n'), ['District', 'Member Organization']);
  });
  it('a short name that is a word of another party\'s full name stays its own party ("the District" beside "District Board of Trustees of … College")', () => {
    const a = analyze('# Dual Credit Agreement\n\nThis Agreement is entered into by the District Board of Trustees of Ossory Springs State College ("the College") and the School Board of Tamsin County, Florida ("the District").\n\nThe College will register students. The District will pay tuition.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names), [['District Board of Trustees of Ossory Springs State College', 'College'], ['School Board of Tamsin County', 'District']]);
  });
  it('two foundations stay two parties, and the one with no duties is named as itself ("say what the Foundation will do")', () => {
    const a = analyze('# Gift Agreement\n\nThis Gift Agreement is made between **The Marsh-Okafor Family Foundation** (the "Donor") and **Bellweather Community College Educational Foundation, Inc.** (the "Foundation").\n\n## Responsibilities\n\nThe Donor will give $50,000 each year for three years. The Donor will name a member of the scholarship panel.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Donor', 'Foundation']);
    assert.equal(a.sections.find((s) => s.id === 'roles')?.reason, "only the Donor's duties are written down; say what the Foundation will do");
  });
  it('a second short name ("Kilele" or "the Company") is the party\'s too, and an "Activity | Responsibility | Timeline" table gives each party its rows', () => {
    const a = analyze('**VOLUNTEERING PARTNERSHIP AGREEMENT**\n\n**1. PARTIES**\n\n1.1 **Mbaraki Data Limited**, a company registered in Kenya (hereinafter "Mbaraki" or "the Company").\n\n1.2 **Tudor Estate Secondary School**, a public school in Mombasa (hereinafter "the School").\n\n**4. RESPONSIBILITIES**\n\n| S.No. | Activity | Responsibility | Timeline |\n|---|---|---|---|\n| 1 | Recruit and shortlist employee volunteers | Company (CSR Office) | By 31 January |\n| 2 | Provide a classroom with power sockets for club sessions | School | From February |\n| 3 | Supply 12 laptops on loan with a lockable trolley | Company (IT) | By 14 February |\n| 4 | Assign a teacher to be present at each session | School | Every session |\n\n4.2 The School will not be required to pay for any of the Company\'s activities.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names), [['Mbaraki Data Limited', 'Company', 'Mbaraki'], ['Tudor Estate Secondary School', 'School']]);
    const roles = a.sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
  it('a bold name whose short name ends its line ("- **Kër Code — …** (…), "Kër Code"; and") is a party, and a table column gives it its duties', () => {
    const a = analyze('# Memorandum of Understanding — Open Dispatch\n\n**Between:**\n\n- **Teranga Code — Association for Civic Technology** (registered association, Dakar), "Teranga Code"; and\n- **Regional Emergency Medical Service of Kolda**, a public service attached to the Regional Hospital, "the Service".\n\n## 3. Who does what\n\n| Activity | Teranga Code | The Service |\n|---|---|---|\n| Requirements | Runs two requirements workshops with dispatchers | Releases dispatchers to attend; validates the requirements within 15 days |\n| Hosting | Installs the server and sets up backups | Provides the server room and power backup |\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names), [['Teranga Code'], ['Regional Emergency Medical Service of Kolda', 'Service']]);
    assert.equal(a.sections.find((s) => s.id === 'roles')!.status, 'present');
  });
  it('a short name in bold quotes ("hereinafter called <b>“the Donor”</b>") is defined all the same; a document\'s name is no party', () => {
    const a = analyze('<h2>DEVICE DONATION AGREEMENT</h2>\n\n<p><b>PALMSTONE DIGITAL SERVICES LIMITED</b>, a company incorporated in Nigeria, having its registered office at Plot 9, Victoria Island, Lagos (hereinafter called <b>“the Donor”</b>), of the one part;</p>\n\n<p><b>AND</b></p>\n\n<p><b>BYTE-BRIDGE FOUNDATION</b>, a non-profit organisation, having its office at 12 Ogun Drive, Lagos (hereinafter called <b>“the Foundation”</b>), of the other part.</p>\n\n<p>1.1 The Donor shall donate 250 refurbished laptops.</p>\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names), [['PALMSTONE DIGITAL SERVICES LIMITED', 'Donor'], ['BYTE-BRIDGE FOUNDATION', 'Foundation']]);
    const md = analyze('# Memorandum\n\nThis **“Consortium Partnership Agreement”** is made between Harbourline Bank (“the Bank”) and Tessel Data Ltd (“Tessel”).\n', { agreement: true });
    assert.ok(!md.parties.some((p) => /Agreement/.test(p.name)), md.parties.map((p) => p.name).join(', '));
  });
  it('when nothing else names two parties, a run-on title in capitals does ("… ENTERED INTO BY THE MUNICIPALITY OF …, THROUGH …, AND THE FEDERAL UNIVERSITY OF …, FOR …")', () => {
    const a = analyze('TECHNICAL COOPERATION AGREEMENT No. 021/2025\n\nTECHNICAL COOPERATION AGREEMENT ENTERED INTO BY THE MUNICIPALITY OF PEDRA ALTA, THROUGH THE MUNICIPAL SECRETARIAT FOR MOBILITY AND URBAN TRANSPORT, AND THE FEDERAL UNIVERSITY OF THE IPÊ VALLEY, FOR THE OPENING OF PUBLIC TRANSPORT DATA.\n\nCLAUSE ONE – OBJECT\n\nThe Municipality of Pedra Alta will publish its bus timetables every month.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Municipality of Pedra Alta', 'FEDERAL UNIVERSITY OF THE IPÊ VALLEY']);
  });
  it('a school a district acts for is the district\'s ("the District"), on behalf of … ("LHS")"); a name ending "(Pty) Ltd" is read past its brackets', () => {
    const onBehalf = analyze('# MOU\n\nThis MOU is between **Lowmoor Independent School District** ("the District"), on behalf of Lowmoor Early College High School ("LECHS"), and **Quarry County College** ("the College").\n\nThe College will teach the courses. The District will bus students.\n', { agreement: true });
    assert.deepEqual(onBehalf.parties.map((p) => p.names), [['Lowmoor Independent School District', 'District', 'Lowmoor Early College High School', 'LECHS'], ['Quarry County College', 'College']]);
    const pty = analyze('# Sponsorship Agreement\n\nThis Agreement is entered into between **Karoo Code Events NPC** ("the Organiser") and **Protea Ledger (Pty) Ltd**, Registration No. 2019/004411/07, of 3 Long Street, Cape Town ("the Sponsor").\n', { agreement: true });
    assert.deepEqual(pty.parties.map((p) => p.names[0]), ['Karoo Code Events NPC', 'Protea Ledger (Pty) Ltd']);
  });
  it('the name that opens a clause, not a word of its address ("(1) ACME LIMITED, a company … at Unit 4, … (the "Lender")"); "SDN. BHD." is no title', () => {
    const names = (t: string) => analyze(t, { agreement: true }).parties.map((p) => p.names[0]);
    assert.deepEqual(names('# EQUIPMENT LOAN AGREEMENT\n\nPARTIES\n\n(1) BRENNAN-MOREAU TEST & MEASUREMENT LIMITED, a company registered in Ireland (No. 512284) whose registered office is at Unit 4, Ringaskiddy Business Park, Co. Cork (the "Lender"); and\n\n(2) SHANNON VALLEY COLLEGE, Dock Road, Limerick (the "College").\n'), ['BRENNAN-MOREAU TEST & MEASUREMENT LIMITED', 'SHANNON VALLEY COLLEGE']);
    assert.deepEqual(names('# MEMORANDUM OF UNDERSTANDING\n\nBETWEEN\n\n**UNIVERSITI TEKNOLOGI SERI PERDANA**, a public university (hereinafter referred to as "**UTSP**")\n\nAND\n\n**CENDANA SEMICONDUCTOR SDN. BHD.** (Company No. 201501023456 (1147720-K)), a company incorporated in Malaysia (hereinafter referred to as "**the Company**").\n'), ['UNIVERSITI TEKNOLOGI SERI PERDANA', 'CENDANA SEMICONDUCTOR SDN. BHD']);
  });
  it('a table whose header cells each introduce a party\'s duties names the parties and gives each its column, with no roles heading', () => {
    const a = analyze('# After-School Tinkering: Our Agreement\n\nThis agreement covers the spring tinkering club.\n\n| Brightwater Science Museum will… | Harbor View Elementary will… |\n|---|---|\n| Send two museum educators to lead every session | Provide Room 14 every Tuesday from 3:15 to 4:45 |\n| Bring all tinkering kits and consumables | Name a teacher to stay in the room for each session |\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Brightwater Science Museum', 'Harbor View Elementary']);
    assert.equal(a.sections.find((s) => s.id === 'roles')!.status, 'present');
  });
  it('a letter: its letterhead and the address block above "Dear" name both sides', () => {
    const names = partiesOf('**Harrow Valley Engineering Ltd**\n12 Mill Road, Harrow\n\n3 March 2027\n\nMs Ruth Ade, Headteacher\nLakeside Academy\nHarrow\n\nDear Ms Ade,\n\nThis letter sets out what we have agreed. We will host two visits for 20 pupils.\n\nYours sincerely,\n\nTom Reyes\nHarrow Valley Engineering Ltd\n');
    assert.deepEqual(names.sort(), ['Harrow Valley Engineering Ltd', 'Lakeside Academy']);
  });
});

describe('a party named as the agreement writes it', () => {
  it('"the Bank" where the text says "the Bank", a name as it is', () => {
    const text = `# Memorandum of Understanding

This Memorandum of Understanding is made between Arclight Optics Inc. ("Arclight") and First Harbor Savings Bank ("the Bank").

## Roles and Responsibilities

Arclight will host ten students each semester. The Bank will provide four volunteer instructors, and the Bank's staff will mentor them.

## Points of Contact

- Ben Okafor, Education Lead, Arclight, bokafor@arclightoptics.com
`;
    const a = analyze(text);
    const messages = a.findings.filter((f) => f.rule === 'party-no-contact').map((f) => f.message);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /^No contact is given for the Bank: name a person at the Bank /);
    assert.deepEqual(a.parties.map((p) => [p.name, !!p.the]), [['Arclight', false], ['Bank', true]]);
  });
});

describe('agreements not written in English', () => {
  const french = `# Convention de partenariat

Entre le Lycée professionnel Jean Moulin, situé 12 rue des Écoles à Lyon, ci-après dénommé « le Lycée », et la société Rhône Robotique SAS, située 45 avenue Jean Jaurès à Villeurbanne, ci-après dénommée « l'Entreprise », il est convenu ce qui suit.

## Article 1 – Objet

La présente convention a pour objet de définir les conditions dans lesquelles l'Entreprise accueille chaque année des élèves de la section maintenance des équipements industriels pour des stages d'observation.

## Article 2 – Engagements de l'Entreprise

L'Entreprise s'engage à désigner un tuteur pour chaque élève accueilli, à présenter les règles de sécurité dès le premier jour et à remettre au Lycée une appréciation écrite à la fin de chaque période.
`;

  it('get one information finding and no judgement', async () => {
    const a = analyze(french);
    assert.equal(a.language, 'French');
    assert.deepEqual(a.sections, []);
    assert.deepEqual(a.findings.map((f) => [f.rule, f.severity]), [['not-english', 'information']]);
    const { fileReport } = await import('../../server/src/core/report');
    const { completenessView } = await import('../../server/src/core/render/view');
    const v = completenessView(fileReport('convention.md', a));
    assert.equal(v.ready, false);
    assert.equal(v.isAgreement, false);
    assert.match(v.verdict, /Not judged: it seems to be written in French/);
  });

  it('front matter "language: en" overrules the guess', () => {
    const a = analyze(`---\nlanguage: en\n---\n${french}`);
    assert.equal(a.language, undefined);
    assert.ok(!a.findings.some((f) => f.rule === 'not-english'));
  });

  it('no English fixture is taken for another language', () => {
    const fixtures = loadFixtures();
    assert.ok(fixtures.length > 20);
    for (const f of fixtures) assert.equal(analyze(f.text).language, undefined, f.name);
  });
});

describe('a schedule of activities with its targets', () => {
  it('a "Timing" column is the period of a "Target / Measure" column; a number inside a blank ("{{measure_1}}") is no target', () => {
    const outcomes = (rows: string) => analyze(`# Memorandum of Understanding\n\nThis MOU is between the Blue Ridge Coffee Co-operative ("the Co-operative") and Mavis Bank High School ("the School").\n\n## Schedule of Activities\n\n| # | Activity | Lead | Timing | Target / Measure |\n|---|---|---|---|---|\n${rows}\n`, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes('| 1 | Supply certified seedlings | Co-operative | Dec 2025 | 1,200 planted; ≥ 80% survival at 30 June 2026 |\n| 2 | Train students | Co-operative | Oct 2025 – Jun 2027 | 40 Grade 10 students trained per year |').status, 'present');
    assert.notEqual(outcomes('| 1 | {{activity_1}} | {{lead_1}} | TBD | {{measure_1}} |').status, 'present');
  });
});

describe('safety written as care for the people who take part', () => {
  it('controls in the rows of a heads-of-terms table count wherever the safety section is ("| 9. Supervision | … Maximum two students per supervisor |")', () => {
    const a = analyze('# HEADS OF TERMS\n\nThese terms are agreed between Ardcarn University Hospital (the "Hospital") and St Brigid\'s College (the "College") for Transition Year students.\n\n| Term | Detail |\n|---|---|\n| **8. Vetting** | Current vetting disclosure for every supervisor, completed before the supervisor\'s first block. |\n| **9. Supervision** | Each student accompanied at all times by a named supervisor. Maximum two students per supervisor. |\n| **13. School check-ins** | Telephone check-in with each student on day 1 and day 3. |\n| **14. Incidents** | Any accident or safeguarding concern is reported to the College by phone the same day and in writing within 24 hours. |\n', { agreement: true });
    const safety = a.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'present', safety.reason);
  });
  it('"all members will take care that everyone is kept safe" is a promise of safety in general terms: weak, not missing', () => {
    const a = analyze('# Growing Together — Community Compact\n\nThis compact is agreed between Glenarra Primary School ("the School") and the Glenarra Growing Trust ("the Trust").\n\n## What we will do\n\nThe Trust will coordinate the compact and call three meetings a year. The School will host the garden club on Tuesdays.\n\n## Working together\n\nActivities with pupils will follow the school\'s usual policies, and all members will take care that everyone, young and old, is kept safe and feels welcome.\n', { agreement: true });
    const safety = a.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'weak', safety.reason);
  });
  it('"will ensure that the training room is safe" and "will make sure their events are safe" are promises of safety in general terms: weak, not missing', () => {
    const mou = (clause: string) => analyze(`# Memorandum of Understanding\n\nThis MOU is between the Harbourside Coding Collective ("the Collective") and Dunmore Workspace Ltd ("Dunmore").\n\n## Roles\n\nThe Collective will run twelve evening workshops for adult learners. Dunmore will lend its training room on Wednesday evenings.\n\n## General\n\n${clause}\n`, { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(mou('Both organisations will ensure that the training room is safe and comfortable for all participants, as sessions end after dark.').status, 'weak');
    assert.equal(mou('Members hosting workshops will make sure they are safe and welcoming for everyone.').status, 'weak');
    assert.equal(mou('Members hosting events will make it a safe and welcoming space for everyone.').status, 'weak');
    assert.equal(mou('Visiting researchers will comply with the District\'s visitor policies.').status, 'weak');
    assert.equal(mou('Either party may end this MOU with 30 days\' notice.').status, 'missing');
  });
  it('sessions in view of school staff, "must not meet any learner alone" and unannounced visits are supervision and check-ins', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.deepEqual(safetyControls('All sessions take place on school premises with the door open or in view of school staff.'), ['supervision']);
    assert.deepEqual(safetyControls('The Volunteer must not meet any learner alone outside the agreed sessions.'), ['supervision']);
    assert.deepEqual(safetyControls('The Programme Coordinator will make unannounced visits to each school during the term.'), ['check-ins']);
    assert.deepEqual(safetyControls("The School's placement teacher will visit the Clinic at least once each week."), ['check-ins']);
    assert.deepEqual(safetyControls('Not more than four students are carried on any vessel, and a teacher of the School is aboard every vessel.'), ['supervision']);
    assert.deepEqual(safetyControls('No volunteer will meet a pupil one-to-one or in a room that cannot be seen into.'), ['supervision']);
    assert.deepEqual(safetyControls('A member of school staff will be on duty nearby for every session.'), ['supervision']);
  });
  it('a tutor ratio, rooms where a teacher or staff member is present, and a staff member present during every session are supervision', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.deepEqual(safetyControls('(e) keep tutoring groups to no more than three pupils per tutor;'), ['supervision']);
    assert.deepEqual(safetyControls('(d) hold sessions only in libraries or other rooms where a school teacher or staff member is present;'), ['supervision']);
    assert.deepEqual(safetyControls('(c) name at each campus a staff member who is present in or beside the study room during every session;'), ['supervision']);
    // A room "where the kettle is" or staff "present at the launch" is no supervision.
    assert.deepEqual(safetyControls('The Library will book a room where the projector is present.'), []);
  });
  it('"Looking after participants and volunteers" titles safety; two volunteers present and a young volunteer alongside an adult are supervision', () => {
    const a = analyze('# Digital Mentors — Partnership Agreement\n\nThis agreement is between the Ashgrove Public Library ("the Library") and the Silverline Seniors Society ("the Society"). High school students volunteer as mentors.\n\n## 1. What each of us will do\n\nThe Library will book the room for 30 sessions. The Society will recruit 12 volunteers.\n\n## 3. Looking after participants and volunteers\n\n**Screening.** Every volunteer must have a current Criminal Record Check before their first session.\n\n**Youth volunteers.** Volunteers aged 15–17 always work in a session alongside at least one adult volunteer.\n\n**How sessions run.** Mentoring takes place only in the Program Room with at least two volunteers present.\n\n**Incidents.** Any injury or complaint is reported to the Library staff member on duty immediately, and in writing within 24 hours.\n', { agreement: true });
    const safety = a.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'present', safety.reason);
    assert.match(safety.reason, /supervision/);
  });
});

describe('a draft from Google Docs', () => {
  it('a party\'s heading with only a note to the drafter ("[Partner to list its commitments here][b]"), a blank amount and "other support as may be agreed" leaves its duties to write; adult participants need no background checks', () => {
    const a = analyze('**MEMORANDUM OF AGREEMENT**\n\nThis Memorandum of Agreement is entered into by the University of San Isidro (the "University") and [Company Name] (the "Partner").\n\n**I. RESPONSIBILITIES OF THE UNIVERSITY**\n\nThe University shall:\n\n1. Provide the venue, tables and campus wi\\-fi for the Event;\n2. Handle online registration of participants;\n3. Recruit faculty judges and student marshals.\n\n**II. RESPONSIBILITIES OF THE PARTNER**\n\n\\[Partner to list its commitments here \\- e.g. mentors, prizes\\]\\[b\\]\n\n1. Prize pool in the amount of PHP \\_\\_\\_\\_\\_\\_ to be released to the University\n2. Other support as may be agreed by the parties.\n\n**III. SAFETY**\n\n1. Only participants who are at least eighteen (18) years old on the first day of the Event will be admitted.\n2. Safety Officers will supervise the venue at all times, including overnight.\n3. Any incident must be reported to a Safety Officer immediately and in writing within twenty\\-four (24) hours.\n\n[b]Comment: ask the company what it can give.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /Partner are still blanks/);
    const safety = a.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'present', safety.reason);
  });
});

describe('a template from a repository', () => {
  it('a party\'s heading over a {{variable}} and an "e.g." note leaves its duties to write; "Through this partnership we hope that students will:" lists aims, not duties', () => {
    const a = analyze('# Student Service-Learning Partnership Agreement\n\nThis Agreement is entered into between **{{shelter_name}}** ("Shelter") and **{{school_name}}** ("School").\n\n## 2. Goals\n\nThrough this partnership we hope that students will:\n\n- learn the basics of humane animal care and kennel hygiene;\n- understand the work of animal welfare organizations.\n\n## 3. Responsibilities\n\n### 3.1 The Shelter agrees to:\n\n{{shelter_responsibilities}}\n\n*e.g. orientation, assigning a volunteer coordinator, tasks students may do.*\n\n### 3.2 The School agrees to:\n\n{{school_responsibilities}}\n\n*e.g. selecting students, permission slips, transportation, grading.*\n\n### 3.3 Shared\n\nBoth parties will communicate regularly and work together to resolve any issues.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /blanks/);
  });
});

describe('duties listed under "X will:"', () => {
  it('what participants are to do ("Each Extern will: complete all 40 placement hours") is no party\'s contribution; what they receive is', () => {
    const text = (stipend: string) => `# Teacher Externship Agreement\n\nThis Agreement is between Corran Valley Unified School District ("the District") and Brightline Castings Inc. ("the Host").\n\n## Responsibilities\n\nThe District will recruit teachers and check in weekly. The Host will name a supervisor and plan each day on site.\n\n## Stipend and Deliverables\n\n${stipend}\n\nEach Extern will:\n\n- complete all 40 placement hours by July 31, 2026;\n- submit one lesson plan based on the externship by August 14, 2026.\n`;
    const resources = (stipend: string) => analyze(text(stipend), { agreement: true }).sections.find((s) => s.id === 'resource-commitments')!;
    assert.equal(resources(`Each Extern will receive a stipend of $[amount] per day, paid by [the District / the Host].`).status, 'weak');
    assert.equal(resources(`Each Extern will receive a stipend of $180 per day from the District for up to 10 days.`).status, 'present');
  });
  it('end with the list: a paragraph after its items is not one of them, a paragraph list without items is', async () => {
    const { countDuties } = await import('../../server/src/core/substance/duties');
    const listed = countDuties([
      { text: 'For the school year, we will:', kind: 'paragraph' },
      { text: 'lend hand tools and sheet metal from our workshop;', kind: 'listItem' },
      { text: 'host a visit by club members to our fabrication shop.', kind: 'listItem' },
      { text: 'Our contact for this support is:', kind: 'paragraph' },
      { text: 'Mr Owen Hughes, Community Engagement Lead', kind: 'paragraph' },
    ]);
    assert.deepEqual(listed.owed.map((d) => [d.sentence, !!d.we]), [
      ['lend hand tools and sheet metal from our workshop;', true],
      ['host a visit by club members to our fabrication shop.', true],
    ]);
    // A Word document whose lettered duties are paragraphs, not list items: each is a duty.
    const paragraphs = countDuties([
      { text: 'The College will:', kind: 'paragraph' },
      { text: 'a) name a coordinator for the placements;', kind: 'paragraph' },
      { text: 'b) visit each student at the workplace once a term.', kind: 'paragraph' },
    ]);
    assert.equal(paragraphs.owed.length, 2);
  });

  it('who acts: not what a passive duty acts on, not a restriction, not a belief; a party through its people', async () => {
    const { actorOf, afterOpeningPhrase, hasActor } = await import('../../server/src/core/substance/actors');
    const { countDuties } = await import('../../server/src/core/substance/duties');
    // Passive: the subject is acted on, unless "by the X" right after says who acts.
    assert.equal(hasActor('Copies must be given to the lab technician on the first day.').actor, false);
    assert.equal(hasActor('8.1 Software shared through the Collaborative must be published under a license approved by the Open Source Initiative.').actor, false);
    assert.equal(actorOf('Payments will be made by the District within 30 days.'), '');
    // A clause's number is no part of who acts.
    assert.equal(actorOf('1.4 The Donor shall install a licensed operating system on each laptop.'), 'donor');
    assert.equal(actorOf('(b) Kestrel Labs will host two site visits each term.'), 'kestrel labs');
    assert.equal(hasActor('The School will be required to submit attendance records each month.').actor, true);
    // A restriction and a belief are nobody's duty.
    assert.equal(countDuties([{ text: '7.4 No member may represent that another member has agreed to fund anything.', kind: 'paragraph' }]).owed.length, 0);
    assert.equal(hasActor('We believe this partnership will help close the skills gap in our region.').actor, false);
    // "agrees that its representative will": the party, through its people; "agrees that the Company will": the Company.
    assert.equal(actorOf('By signing, the Member Organization agrees that its representative will attend each meeting.'), 'member organization');
    assert.equal(actorOf('The School agrees that the Company will host two visits.'), 'company');
    // A list marker and an opening phrase come before who acts.
    assert.equal(actorOf("g.  Through the lifetime of this agreement, FUNCTIONARY will act as the principal consultant."), 'functionary');
    assert.equal(actorOf('9.3 On termination, the Charity will agree a plan within 10 working days for current participants.'), 'charity');
    // A party's strategy or policy speaks; it binds no one ("The Council's … Strategy 2024–2029 commits to halving the gap").
    assert.equal(actorOf('The Council’s Economic Development Strategy 2024–2029 commits to halving the gap in NEET rates.'), '');
    assert.equal(actorOf("The College's mentors will meet each intern weekly."), 'college');
    // Naming a contact is no duty: "The School's focal person shall be Mr. Daniel Ochieng, Deputy Principal."
    assert.equal(countDuties([{ text: "5.2 The School's focal person shall be Mr. Daniel Ochieng, Deputy Principal.", kind: 'paragraph' }]).owed.length, 0);
    // Contractions are duties ("I'll donate the seed", "We'll set aside 12 acres"), and the pronoun after a phrase with no comma acts.
    assert.equal(hasActor("I'll donate the seed and the inoculant.").actor, true);
    assert.equal(hasActor("We'll set aside roughly 12 acres on the south-east quarter.").actor, true);
    assert.equal(afterOpeningPhrase('On the school side we'), 'we');
    // "Provide a safe environment" has no concrete object: a vague duty, not a concrete one.
    const safe = countDuties([{ text: 'Members hosting in-person events will provide a safe and welcoming environment for all attendees.', kind: 'paragraph' }]);
    assert.deepEqual([safe.owed.length, safe.vague.length], [0, 1]);
    // A hedged duty ("as their resources allow", "where possible") commits to nothing in particular.
    const hedged = countDuties([{ text: '3.3 Members will participate in Network meetings and activities as their resources allow.', kind: 'paragraph' }, { text: 'Members will support each other\'s programmes where possible.', kind: 'paragraph' }]);
    assert.deepEqual([hedged.owed.length, hedged.vague.length], [0, 2]);
    // "by consensus" is no agent: the decision is acted on.
    assert.equal(hasActor('Decisions of the Network will be made by consensus of the Members present.').actor, false);
  });

  it('a service level ("a target availability of 99.0% per calendar month") is a duty\'s standard, not an outcome', () => {
    const a = analyze('# Data Commons Membership Agreement\n\nThis Agreement is between Riverbend Water Trust (the "Steward") and the organisation named below (the "Member").\n\n## 6. Obligations of the Steward\n\n6.1 The Steward shall:\n\n(a) operate the Platform with a target availability of 99.0% per calendar month, excluding announced maintenance;\n\n(b) keep daily backups of all Contributed Data for at least ninety (90) days.\n', { agreement: true });
    assert.equal(a.sections.find((s) => s.id === 'intended-outcomes')!.status, 'missing');
  });

  it('resources: blanks for amounts outweigh "each party bears its own costs, except as stated"; an address blank is no amount', () => {
    const doc = (body: string) => analyze(`# Internship Memorandum of Understanding\n\nThis MOU is between Harbor College and [Employer Name].\n\n## 5. Costs\n\n${body}\n`, { agreement: true });
    const blanks = doc('5.1 The Employer will pay each intern $[AMOUNT] per hour.\n\n5.2 Except as stated in 5.1, each party will bear its own costs.').sections.find((s) => s.id === 'resource-commitments')!;
    assert.equal(blanks.status, 'weak');
    assert.match(blanks.reason ?? '', /\$\[AMOUNT\]/);
    const address = doc('The Host will provide volunteers with an induction at {{ site_address }} and materials as needed.').sections.find((s) => s.id === 'resource-commitments')!;
    assert.doesNotMatch(address.reason ?? '', /site_address/);
  });

  it('a paragraph hard-wrapped mid-phrase (as PDF and Word conversions leave it) reads as written; list markers and capitals keep their lines', () => {
    const wrapped = analyze('# Memorandum of Understanding\n\n## Key Performance Indicators\n\nAt least 100 learner enrolments within the first 6\nmonths of the Agreement.\n', { agreement: true });
    assert.equal(wrapped.sections.find((s) => s.id === 'intended-outcomes')!.status, 'present');
    const lines = analyze('# MOU\n\nThe College agrees to:\na) name a coordinator;\nb) visit each student once a term.\n\nContact: Jo Park\nPlacement Officer\n', { agreement: true });
    const texts = lines.model.passages.map((p) => p.text);
    assert.ok(texts.includes('The College agrees to:\na) name a coordinator;\nb) visit each student once a term.'), JSON.stringify(texts));
    assert.ok(texts.includes('Contact: Jo Park\nPlacement Officer'), JSON.stringify(texts));
  });

  it('an unnumbered bold title under a numbered one ("**For Kestrel**" after "**Section 8 – Points of Contact**") is a part of it; "**Signed**" is a title', () => {
    const a = analyze('# Partnership Agreement\n\nThis Agreement is between the Praxis Foundation and Kestrel Data Inc.\n\n**Section 7 – Intellectual Property**\n\n7.1 Each party keeps its own copyright.\n\n**Section 8 – Points of Contact**\n\n8.1 Each party names the following contacts:\n\n**For the Foundation**\n\n- Relationship: **Nadia Brennan**, Programs Director — nadia@praxisfoundation.ca\n\n**For Kestrel**\n\n- Relationship: **Arjun Mehta**, Director of Open Source — arjun.mehta@kestreldata.com\n\n**Signed**\n\nFor the Foundation: ______________ Date: ________\n', { agreement: true });
    const contacts = a.sections.find((s) => s.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'present', contacts.reason);
    assert.ok(a.model.headings.some((h) => h.text === 'Signed'));
  });

  it('bold parts under a plain numbered title ("5. Key Personnel" from a PDF) stay in it; roman-numbered bold titles are siblings', () => {
    const a = analyze('# Partnership Agreement\n\nThis Agreement is between the Praxis Foundation and Kestrel Data Inc.\n\n4. Goals\n\nThe parties aim to cut the median first response time from 9 days to 3 days by 31 January 2028.\n\n5. Key Personnel\n\n5.1 The parties designate the following Key Personnel:\n\n**For the Foundation**\n- Relationship: **Nadia Brennan**, Programs Director — nadia@praxisfoundation.ca\n\n**For Kestrel**\n- Relationship: **Arjun Mehta**, Director of Open Source — arjun.mehta@kestreldata.com\n\n6. Term\n\nThis Agreement runs for two years from the date of signing.\n', { agreement: true });
    const contacts = a.sections.find((s) => s.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'present', contacts.reason);
    const roman = analyze('# Terms\n\n**I. Scope**\n\nThe study looks at exam results.\n\n**II. Assessments**\n\nThe District must give the assessment in May.\n\n**III. Evaluation**\n\nBrightPath will pay the Evaluator.\n', { agreement: true });
    assert.deepEqual(buildSectionTree(roman.model).map((n) => n.parent), [-1, 0, 0, 0]);
  });

  it('"•" lines after a run-in title in the same paragraph are list items, each its own passage', () => {
    const a = analyze('# MOU\n\n**Parties:** Riverbend Food Bank & Eastside Community College\n\n**Scope:** Student volunteering and shared storage.\n**Responsibilities:**\n• **Food Bank:** volunteer orientation, a supervisor on every shift.\n• **College:** volunteer recruitment and transport to the warehouse.\n', { agreement: true });
    const items = a.model.passages.filter((p) => p.kind === 'listItem').map((p) => p.text);
    assert.deepEqual(items, ['Food Bank: volunteer orientation, a supervisor on every shift.', 'College: volunteer recruitment and transport to the warehouse.']);
    assert.equal(a.sections.find((s) => s.id === 'roles')!.status, 'present');
  });

  it('a plain line in title or sentence case that names a section is its title ("Keeping kids safe", "PARTIES"); a label line is not', () => {
    const a = analyze('# After-School Club Agreement\n\nThis agreement is between CodeBridge Kids and Maplewood Elementary School.\n\nKeeping kids safe\n\nEvery CodeBridge volunteer will pass a fingerprint background check before the first session. A Maplewood staff member will be in the room at all times, and any incident will be reported to the principal the same day.\n\nContact: Jo Park\n', { agreement: true });
    const titles = a.model.headings.map((h) => h.text);
    assert.ok(titles.includes('Keeping kids safe'), JSON.stringify(titles));
    assert.ok(!titles.some((t) => /Jo Park/.test(t)), JSON.stringify(titles));
    assert.equal(a.sections.find((s) => s.id === 'safety-protocols')!.by, 'title');
    // "4. What Vesturvatn will do" as a PDF's plain line: a party's duties, in sentence case.
    const plain = analyze('# Memorandum of Understanding: Open Reservoir Data\n\nThis MOU is between Vesturvatn Water Utility ("Vesturvatn") and the Open Data Association ("the Association").\n\n4. What Vesturvatn will do\n\nVesturvatn will publish daily reservoir levels on its portal by 1 March 2027.\n\n5. What the Association will do\n\nThe Association will run two workshops a year on using the data.\n', { agreement: true });
    assert.ok(plain.model.headings.some((h) => /What Vesturvatn will do/.test(h.text)), plain.model.headings.map((h) => h.text).join(' / '));
    assert.equal(plain.sections.find((s) => s.id === 'roles')!.by, 'title');
    // Six words in sentence case that name a section: "What we're hoping for this year".
    const hopes = analyze('# Renewal of the Mentor Programme – 2026\n\nKia ora koutou, this letter renews our agreement between Harbourview College ("the College") and Tasman Engineering ("Tasman").\n\nWhat we\'re hoping for this year\n\nWe would like every Year 12 mentee to meet their mentor at least six times, and 80% to say the programme helped them choose a pathway (end-of-year survey, November 2026).\n', { agreement: true });
    assert.ok(hopes.model.headings.some((h) => /hoping for this year/.test(h.text)), hopes.model.headings.map((h) => h.text).join(' / '));
    // A title in two languages on a plain numbered line: "2. Who does what / Répartition des tâches".
    const bilingual = analyze('# Virtual Exchange Partnership Agreement\n\nThis agreement is between Université du Lac-Vert ("ULV") and Cedar Prairie College ("CPC").\n\n2. Who does what / Répartition des tâches\n\nULV will recruit 20 students each term. CPC will provide two co-teachers for the joint module.\n\n3. Money / Aspects financiers\n\nEach institution bears its own costs.\n', { agreement: true });
    assert.ok(bilingual.model.headings.some((h) => /Who does what/.test(h.text)), bilingual.model.headings.map((h) => h.text).join(' / '));
    assert.equal(bilingual.sections.find((s) => s.id === 'roles')!.by, 'title');
  });

  it('contact cards: a name, its title, then its email and phone each on a line; a name reachable on one line is reachable elsewhere', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    const card = analyze('# MOU\n\n## Article VIII – Liaisons\n\nFor LUHSD:\nTheresa Kowalczyk\nDirector, College and Career Pathways\ntkowalczyk@lakeshoreunion.org\n(707) 555-0133\n\nFor the College:\nDr. Emmanuel Ross\nDean of Instruction\neross@lakeshore.edu\n(707) 555-0190\n', { agreement: true });
    assert.equal(card.sections.find((s) => s.id === 'points-of-contact')!.status, 'present');
    const table = contactEntries('Lead contact | Dr Nuala Brennan, Director — n.brennan@caverstock.ac.uk\nNamed researchers with access | Dr Nuala Brennan; Dr Kwame Asante');
    assert.ok(!table.unreachable.some((n) => /Brennan/.test(n)), JSON.stringify(table.unreachable));
  });

  it('recitals commit no one: "THE SCHOOL offers two programmes" under Recitals is no present-tense duty', async () => {
    const { presentTenseDuties } = await import('../../server/src/core/substance/duties');
    const { buildModel } = await import('../../server/src/core/model');
    const text = '# Collaboration Agreement\n\n## II. Recitals\n\n1. THE SCHOOL offers technical programmes in plastics and mechatronics to 300 students.\n\n## III. Commitments\n\nTHE COMPANY hosts two student visits to its plant each semester.\n';
    assert.deepEqual(presentTenseDuties(buildModel(text)).map((d) => d.actor), ['the company']);
  });

  it('found only by its content, "X and Y will work together to …" is a weak roles section, not a missing one', () => {
    const a = analyze('# Letter of Understanding\n\nThis letter of understanding is between the Harbor Science Museum and Lincoln Park Elementary School.\n\nThe museum and the school will work together to offer science experiences for students this year.\n\nSigned for the Museum: Dana Ortiz, Director\n', { agreement: true });
    const roles = a.sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason ?? '', /work together/);
  });

  it('in a letter whose writer is not named as a party, only "we will" duties are one side\'s (weak)', () => {
    const a = analyze('Dear Principal Okafor,\n\nThis letter sets out our support for the robotics club.\n\n## Our commitments\n\nFor the year, we will:\n\n- lend two engineers as mentors for the club;\n- donate used laptops to the club.\n\nPlease countersign below.\n\nYours sincerely,\n\nA. Reyes\n', { agreement: true });
    const roles = a.sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason ?? '', /only what “we” will do/);
  });
});

describe('contacts, representatives and project targets as real agreements write them', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  it('a letter\'s "get in touch with me on …" reaches the one who signs it; the other side\'s email in the address block counts too', () => {
    const s = section('**Mallee Ridge Botanic Garden**\n\nMs Priya Raman\nPrincipal\nWattle Flat Primary School\npriya.raman@wattleflatps.example.edu.au\n\nDear Priya,\n\n**Letter of Agreement — Kids in the Garden, 2027**\n\n**What the Garden will do**\n\n- Run a planting session with each class every month.\n\n**Contact**\n\nPlease get in touch with me any time on 03 5555 0192 or at l.whitfield@malleeridgebg.example.org.au.\n\nWarm regards,\n\nLauren Whitfield\nEducation Officer, Mallee Ridge Botanic Garden\n', 'points-of-contact');
    assert.equal(s.status, 'present', s.reason);
  });
  it('a signature block under the contacts table names who signs, not a contact left without email; "Authorized User" is a role; "DeShawn" is a name', () => {
    const withSignatures = section('# Facility Access Agreement\n\nThis Agreement is between the University of Ashby Moor and Corrith Polymers Limited.\n\n## Schedule 2 – Contacts\n\n| | University | Company |\n|---|---|---|\n| Operational contact | Dr Ines Warrender, Suite Manager | Tom Achebe-Lyle, R&D Lead |\n| Email | i.warrender@ashbymoor.ac.uk | tom.achebe-lyle@corrith.co.uk |\n\nEither party may change its contact by email to the other party\'s contact.\n\n---\n\n**Signed for and on behalf of THE UNIVERSITY OF ASHBY MOOR**\nName: Professor Hanna Leclerc\nPosition: Director of Research\nSignature: ______________________   Date: 7/10/2026\n', 'points-of-contact');
    assert.equal(withSignatures.status, 'present', withSignatures.reason);
    const roleWords = section('# Memorandum of Understanding\n\nThis MOU is between the State Education Office and the State Labor Office.\n\n## 8. Points of Contact\n\nFor the Education Office: Dr. Lena Marsh-Odum, (555) 410-2230, lena.marsh-odum@edu.example.gov\n\nFor the Labor Office: DeShawn Prewitt, (555) 412-7705, dprewitt@labor.example.gov\n\nAn Office will give notice within ten days after a change in a point of contact or Authorized User.\n', 'points-of-contact');
    assert.equal(roleWords.status, 'present', roleWords.reason);
    const twoLines = section('# Memorandum\n\nThis memorandum is between the Ferris Bay Public Library and the Department of Parks.\n\n### 7. Program contacts\n\n**Library:** Annika Lowe, Youth Services Manager — annika.lowe@ferrisbay.gov — (555) 620-3341\n**Parks:** DeShawn Prewitt, Programs Supervisor — dprewitt@ferrisbay.gov — (555) 620-4478\n', 'points-of-contact');
    assert.equal(twoLines.reason, '2 named contacts with email or phone');
    // A PDF's side-by-side "Name: … / Title: … / Date: …" signature card is who signs; a UK number ("01632 960 700") is a phone;
    // "10 Working Days" is no one's name.
    const pdf = section('WORK EXPERIENCE PLACEMENT AGREEMENT\n\nThis Agreement is between Brackenmoor NHS Trust (the "Trust") and St Aldo College (the "College").\n\n12 Contacts\n\n12.1 Each party\'s nominated contact is listed below. A party changing its contact will notify the other within 10 Working Days.\n\nTrust\nClaire Bannister, Work Experience Lead\nclaire.bannister@brackenmoor.example.nhs.uk | 01632 960 418\n\nCollege\nMs Janet Okafor | dsl@staldo.example.ac.uk | 01632 960 700 (ext. 215)\n\nSigned for the Trust                    Signed for the College\n\nName: Helen Corrigan                    Name: Dr Adeel Rashid\nTitle: Director of Workforce            Title: Principal\nDate: 28 April 2025                     Date: 6 May 2025\n', 'points-of-contact');
    assert.equal(pdf.status, 'present', pdf.reason);
  });
  it('where questions go, with no person named, is a shared mailbox', () => {
    const s = section('# Memorandum of Understanding\n\nThis MOU is between the City of Port Alder and the Bramwell Civic Data Lab.\n\n## 7. Contacts\n\nQuestions about this MOU may be sent to opendata@portalder.example.gov (City) or civicdatalab@bramwell.example.edu (Lab).\n', 'points-of-contact');
    assert.equal(s.status, 'weak');
    assert.match(s.reason, /shared mailbox/);
  });
  it('"represented by its authorised signatory" is who signs, not a contact; "Private" is part of a company\'s name', async () => {
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('AND Greenfurrow Agri Inputs Private Limited, a company registered under the Companies Act'), []);
    const s = section('# MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum is made BETWEEN the College of Agriculture, Honnavalli, represented by its authorised signatory (hereinafter called "the College") AND Greenfurrow Agri Inputs Private Limited, represented by its authorised signatory (hereinafter called "the Company").\n\n2. The College shall select and depute twelve students each year.\n\n3. The Company shall provide training to the students for six weeks.\n', 'points-of-contact');
    assert.equal(s.status, 'missing', s.reason);
  });
  it('targets assessed "at the final presentation" of a project have their period', () => {
    const s = section('# Sponsored Capstone Project Agreement\n\nThis Agreement is between Northshore Polytechnic and Kestrel Grain Systems Inc.\n\n## 8. Success measures\n\nThe parties will judge the Project against these measures at the final presentation:\n\n| Measure | Target |\n|---|---|\n| Battery life | At least 12 months on two AA cells |\n| Unit cost | Under CAD $18 per node at 500 units |\n', 'intended-outcomes');
    assert.equal(s.status, 'present', s.reason);
  });
});

describe('term sheets, studies and lists of results', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  it('a heads-of-terms table that numbers its rows gives each party its duties ("| 3 | University provides | Two facilitators… |")', () => {
    const md = '# Pop-Up Labs — Heads of Agreement\n\n**Ardmore County Council** ("the Council") and **Lisnagar University** ("the University")\n\n| # | Item | Terms |\n|---|---|---|\n| 1 | Programme | Eight science sessions for children aged 7–12 in four branch libraries. |\n| 2 | University provides | Two trained facilitators per session, all equipment and session plans by 3 October 2026. |\n| 3 | Council provides | A room in each branch, online booking and one member of library staff present throughout each session. |\n| 4 | Fee | The Council pays the University €250 per session within 30 days of invoice. |\n';
    const s = section(md, 'roles');
    assert.equal(s.status, 'present', s.reason);
  });
  it('a study\'s questions, or a yearly report of how many took part, state aims without targets: outcomes weak, not missing', () => {
    const study = '# Data Sharing Agreement\n\nThis Agreement is between Alderton Public Schools ("APS") and the Centre for Learning Research ("CLR").\n\nThe study will answer two questions: did dual enrollment reach the students it was meant to reach, and do those students enrol in college more often?\n\nAPS will send the records by 1 March 2027. CLR will keep the records on an encrypted server and destroy them by 30 June 2028.\n';
    assert.equal(section(study, 'intended-outcomes').status, 'weak', section(study, 'intended-outcomes').reason);
    const sponsor = '# Fiscal Sponsorship Agreement\n\nThis Agreement is between the Riverbend Community Foundation ("the Sponsor") and the Byte Club project ("the Project").\n\nThe Project will send the Sponsor, by 31 January each year, a short annual report including the number of workshops held and the number of young people who attended.\n\nThe Sponsor will hold the Project\'s funds and charge a fee of 7% of receipts.\n';
    assert.equal(section(sponsor, 'intended-outcomes').status, 'weak', section(sponsor, 'intended-outcomes').reason);
  });
  it('a numbered clause that introduces "the following results" gives its lettered targets as outcomes', () => {
    const md = '# Memorandum of Understanding\n\n1. This MOU is made among Fairhaven School District ("District"), Tarrant Community College ("College") and Beacon Health ("Hospital").\n\n2. The College will teach the Pathway\'s college courses at no tuition cost to students, and the Hospital will host 20 job-shadow days each year.\n\n3. The Parties intend that the Pathway achieve the following results, which the Steering Committee will review each June using District and College records:\n   (a) at least 55% of each cohort will earn both a diploma and an associate degree within six years of entering grade 9;\n   (b) at least 90% of each cohort will graduate from high school within four years.\n';
    const s = section(md, 'intended-outcomes');
    assert.equal(s.status, 'present', s.reason);
  });
});

describe('duties still to come', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  it('a party\'s own responsibilities heading that says only "To be confirmed…" leaves its duties unwritten, whatever the other party\'s heading holds', () => {
    const md = '# Youth Volunteer Programme Agreement\n\nThis Agreement is between Harlan Valley Hospital ("the Hospital") and the Eastside Youth Corps ("the Corps").\n\n**C. HOSPITAL RESPONSIBILITIES**\n\nThe Hospital will:\n\n- interview each Corps member referred by the Corps;\n- provide orientation before a volunteer\'s first shift;\n- assign each volunteer to a named unit supervisor for every shift.\n\n**D. CORPS RESPONSIBILITIES**\n\nTo be confirmed following the Corps board meeting on 18 June 2027.\n\n**E. TERM**\n\nThis Agreement runs from 1 July 2027 to 30 June 2028.\n';
    const s = section(md, 'roles');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /Corps/);
  });
  it('a party\'s heading with only "See Attachment A" and a blank to describe its activity leaves its duties unwritten; the pointer alone does not', () => {
    const base = '# Career Day Agreement\n\nThis letter agreement is between Harlow Middle School ("the School") and Brightline Utilities ("the Partner").\n\n**2. What the School will do**\n\n- Assign the Partner a station in the library with a table and power.\n- Send the Partner a timetable a week before the event.\n\n**3. What the Partner will do**\n\nSee Attachment A -- Scope of Work.\n';
    const s = analyze(`${base}\n[Describe activity, number of presenters, and any materials the Partner will bring.]\n`, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /Partner/);
    const pointer = analyze(`${base}\n## Attachment A -- Scope of Work\n\nThe Partner will bring two line workers and a bucket truck for a 20-minute demonstration to each class.\n`, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(pointer.status, 'present', pointer.reason);
  });
  it('"the specific responsibilities of each partner will be set out in an event work plan" that is not in the file: two duties besides are weak roles; the work plan written out as a section of its own is there', () => {
    const md = '# Family STEM Nights — Partnership Agreement\n\nThis agreement is between Birchwood Elementary School ("the School") and Birchwood Public Library ("the Library").\n\n**What we will do together**\n\nThe School and the Library will collaborate to host Family STEM Nights each season. The specific responsibilities of each partner for each evening (planning, set-up, activity stations, promotion and clean-up) will be set out in an event work plan to be agreed at the start of each semester.\n\n**Resources**\n\nThe Library will provide its meeting room for three evenings a year. The School will provide two teachers for each evening.\n';
    assert.equal(section(md, 'roles').status, 'weak', section(md, 'roles').reason);
    const withPlan = `${md}\n## Event Work Plan\n\n| Task | School | Library |\n|---|---|---|\n| Set-up | Two teachers arrive at 5 pm | Opens the room at 4:30 pm |\n| Promotion | Sends the flyer home with every pupil | Posts the event on its website |\n`;
    assert.equal(section(withPlan, 'roles').status, 'present', section(withPlan, 'roles').reason);
  });
});

describe('contacts that are offices, not people', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  const head = '# Equipment Loan Agreement\n\nThis Agreement is between the Pinecroft Science Museum ("the Museum") and the Harlan Astronomy Society ("the Society").\n\nThe Museum will lend the Society two telescopes from 1 May to 30 September 2027. The Society will return them cleaned by 7 October 2027.\n\n## Contacts\n\n';
  it('a mailbox named after the office on its line ("Office of Research Compliance … research.compliance@…") and that office\'s phone are no person', async () => {
    const md = `${head}- Museum: Collections & Loans Office — loans@pinecroftmuseum.example.org — (414) 555-0120\n- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n`;
    assert.equal(section(md, 'points-of-contact').status, 'weak', section(md, 'points-of-contact').reason);
    const compliance = `${head}- Museum: Office of Research Compliance, research.compliance@pinecroftmuseum.example.org\n- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n`;
    assert.equal(section(compliance, 'points-of-contact').status, 'weak', section(compliance, 'points-of-contact').reason);
    // (A person's first-name mailbox in an email header Word ran into one line is no office's.)
    const { contactEntriesIn } = await import('../../server/src/core/substance/points-of-contact');
    assert.equal(contactEntriesIn(['Dana Whitcombe dwhitcombe@riverbendlibrary.org To: Luis Ortega luis@boltmakerspace.org Date: Tuesday, January 13, 2026 4:12 PM']).reachable, 2);
    const person = `${head}- Museum: Dana Whitlock, Registrar — dana.whitlock@pinecroftmuseum.example.org — (414) 555-0120\n- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n`;
    assert.equal(section(person, 'points-of-contact').status, 'present', section(person, 'points-of-contact').reason);
  });
  it('a mailbox made of an office\'s words ("data.requests@…") beside an office\'s name is no person; a person\'s dotted mailbox is', () => {
    const md = `${head}- Museum: Office of Assessment and Planning, data.requests@pinecroftmuseum.example.org\n- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n`;
    assert.equal(section(md, 'points-of-contact').status, 'weak', section(md, 'points-of-contact').reason);
    const person = `${head}- Museum: Dana Whitlock, Registrar, dana.whitlock@pinecroftmuseum.example.org\n- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n`;
    assert.equal(section(person, 'points-of-contact').status, 'present', section(person, 'points-of-contact').reason);
  });
  it('a table of contacts found by its rows brings its other rows: a member\'s row still a placeholder makes the section weak', () => {
    const table = (row: string) =>
      `# Charter of the Lakes Teaching Network\n\nThe Members are Harlan Community College ("HCC"), Ostby Technical Institute ("OTI") and Pell Valley College ("PVC").\n\n## 3. Governance\n\n3.1 The Steering Committee meets four times a year.\n\n3.2 Each Member's representatives are:\n\n| Member | Representative | Email | Phone |\n|---|---|---|---|\n| HCC | Dr. Ines Varga, Dean of Technology | ivarga@harlancc.edu | (555) 218-4402 |\n| OTI | Marcus Olsen, Director of Programs | molsen@ostbytech.edu | (555) 306-9915 |\n${row}\n\n## 4. Duties\n\nHCC will host the four meetings each year. OTI will keep the shared course map. PVC will run the annual teacher workshop.\n`;
    const placeholder = section(table('| PVC | *[Name TBC once the new Dean is appointed]* | | |'), 'points-of-contact');
    assert.equal(placeholder.status, 'weak', placeholder.reason);
    assert.match(placeholder.reason, /TBC/);
    const filled = section(table('| PVC | Ana Lund, Dean of Career Education | alund@pellvalley.edu | (555) 774-0138 |'), 'points-of-contact');
    assert.equal(filled.status, 'present', filled.reason);
  });
  it('"Contact details for all members are kept on the Committee roster (Schedule A)", with no Schedule A here: weak', () => {
    const md = `${head}- Society: Gary Lindqvist, Outreach Chair — glindqvist@harlanastro.example.org — (715) 555-0131\n- Museum: Dana Whitlock, Registrar — dana.whitlock@pinecroftmuseum.example.org — (414) 555-0120\n\nContact details for all other volunteers are kept on the volunteer roster (Schedule A), which the Museum maintains.\n`;
    const s = section(md, 'points-of-contact');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /Schedule A/i);
  });
  it('a pandoc multiline table\'s last row of two cells over its closing rule ("Tesser   To be named by September 1," / "2025") is a row, not a title', () => {
    const rule = '  ' + '-'.repeat(72);
    const md = `${head}${rule}\n  Partner         Contact                      Email / phone\n  --------------- ---------------------------- ---------------------------\n  Society         Gary Lindqvist, Outreach     glindqvist@harlanastro.example.org\n                  Chair                        (715) 555-0131\n\n  Museum          To be named by September 1,\n                  2027\n${rule}\n`;
    const s = section(md, 'points-of-contact');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /still to be named/);
  });
  it('a volunteer\'s emergency contact is no partner\'s contact; a side "to be designated within 30 days" has no contact yet', () => {
    const md = `${head}Volunteer Team, Pinecroft Science Museum\nvolunteers@pinecroftmuseum.example.org · (414) 555-0199\n\nName: Aled Rhys\nEmail: a.rhys@harlanastro.example.org\nEmergency contact: Siân Rhys, (715) 555-0177\n`;
    assert.equal(section(md, 'points-of-contact').status, 'weak', section(md, 'points-of-contact').reason);
    const later = `${head}| Party | Contact | Email / phone |\n|---|---|---|\n| Society | Gary Lindqvist, Outreach Chair | glindqvist@harlanastro.example.org |\n| Museum | To be designated by the Museum within 30 days of signing | |\n`;
    const s = section(later, 'points-of-contact');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /still to be named/);
  });
});

describe('safety written in other words', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  const head = '# Job Shadow Agreement\n\nThis Agreement is between Three Rivers High School ("the School") and Elmwood Regional Medical Center ("the Hospital").\n\nThe Hospital will host twelve students for two-day job shadows each spring. The School will send a teacher to visit each student on the first day.\n\n## Student safety\n\n';
  it('"criminal background and abuse-registry check", "screening of the adults involved" are background checks; a staff member "present in the room", messages "visible to … staff" are supervision', () => {
    const hospital = `${head}All Hospital employees who host students have completed the Hospital\'s criminal background and abuse-registry check. Each student is assigned to a named staff member for the whole placement. Any injury is reported to the School within 24 hours.\n`;
    assert.equal(section(hospital, 'safety-protocols').status, 'present', section(hospital, 'safety-protocols').reason);
    const online = `${head}Every mentor completes two reference checks and a national criminal background check before being matched. Messages on the platform are visible to Center program staff, who review a sample each week, and a school staff member is present in the room during video calls.\n`;
    assert.equal(section(online, 'safety-protocols').status, 'present', section(online, 'safety-protocols').reason);
  });
  it('"mentor visits will follow the district\'s volunteer guidelines" is safety in general terms; "shares a summary of attendance and feedback" measures without a target', () => {
    const md = '# Partnership Renewal\n\nBy signing below, Ironside Engineering and Linden Middle School renew the Girls Build club for 2027–28. Ironside will send two engineers to the club every Wednesday. The School will host the club in Room 12.\n\nAs before, all mentor visits will follow the district\'s volunteer guidelines. The School shares a summary of attendance and feedback with Ironside each June.\n';
    assert.equal(section(md, 'safety-protocols').status, 'weak', section(md, 'safety-protocols').reason);
    assert.equal(section(md, 'intended-outcomes').status, 'weak', section(md, 'intended-outcomes').reason);
  });
  it('"comply with the School Board\'s policies on volunteers and safe schools" speaks of safety in general terms; "a teacher will attend class with students" is supervision', async () => {
    const md = '# Sponsorship Agreement\n\nThis Agreement is between Tidewater Robotics Ltd ("the Sponsor") and Marlow High School ("the School").\n\nThe Sponsor will pay the School $7,500 by 31 October 2027 and send two engineers as mentors each week. Sponsor mentors will comply with the School Board\'s policies on volunteers and safe schools.\n';
    assert.equal(section(md, 'safety-protocols').status, 'weak', section(md, 'safety-protocols').reason);
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.ok(safetyControls('A Board teacher will attend class with students for the first two weeks.').includes('supervision'));
  });
  it('"a current state educator background clearance" is safety (one control: weak, not missing); "We both hope…" with a survey and "the total number of students" states aims (weak)', () => {
    const md = '# Research–Practice Partnership\n\nThis MOU is between Cedar Plains School District ("the District") and Westmarch University ("the University").\n\nThe University will design six curriculum units. The District will release teachers for four days a year.\n\nUniversity research staff who visit District classrooms will hold a current state educator background clearance.\n\nWe both hope these units get students excited about mathematics. We will send each teacher a short survey and share a summary of the responses in June 2027, along with the total number of students who took part.\n';
    assert.equal(section(md, 'safety-protocols').status, 'weak', section(md, 'safety-protocols').reason);
    assert.equal(section(md, 'intended-outcomes').status, 'weak', section(md, 'intended-outcomes').reason);
  });
  it('"follow District visitor rules", "the safe use of the Equipment", "everyone … bound by the Code of Conduct" speak of safety in general terms: weak, not missing', () => {
    const base = '# Memorandum of Understanding\n\nThis MOU is between the Marlow Astronomy Society ("the Society") and the Pinecroft Science Museum ("the Museum").\n\nThe Museum will lend the Society two telescopes from 1 May to 30 September 2027. The Society will return them by 7 October 2027.\n\n';
    for (const line of ['Society members visiting schools will follow District visitor rules.', 'The Society is responsible for the safe use of the Equipment at its public viewing nights.', 'Everyone at the viewing nights, members of the public included, is bound by the Society Code of Conduct.']) {
      const s = section(`${base}${line}\n`, 'safety-protocols');
      assert.equal(s.status, 'weak', `${line}: ${s.reason}`);
    }
  });
});

describe('numbers that commit nothing', () => {
  it('a stipend left as "$____ per day" beside the placement\'s hours gives no amount of money: weak', () => {
    const md = '# Work Placement Agreement\n\nThis Agreement is between Kestrel Bay High School ("the School") and Harbourview Hospital ("the Host").\n\n## Placement details\n\n| Item | Details |\n|---|---|\n| Days and hours | Monday–Friday, 7:30 am – 3:30 pm, maximum 38 hours per week |\n| Stipend / allowance (if any) | $____ per day |\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(s.status, 'weak', s.reason);
  });
  it('"Mentoring is voluntary and unpaid. No compensation or expense reimbursement is provided." says no funds change hands', async () => {
    const { NO_FUNDS } = await import('../../server/src/core/signals');
    assert.match('Mentoring with the Program is voluntary and unpaid.', NO_FUNDS);
    assert.match('No compensation or expense reimbursement is provided.', NO_FUNDS);
  });
  it('"No fees will be charged by either party" says no funds change hands', async () => {
    const { NO_FUNDS } = await import('../../server/src/core/signals');
    assert.match('No fees will be charged by either party.', NO_FUNDS);
  });
  it('"Reimburse your travel at R4.50 per kilometre, up to R300 per month" is a contribution', async () => {
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    assert.equal(isResourceSentence('The Centre will reimburse your travel to the club at R4.50 per kilometre, up to R300 per month.'), true);
  });
  it('a party\'s registered number ("company no. 11920457, Unit 6") and what a party must not do ("will not give gifts worth more than $10") are no contributions', async () => {
    const { isResourceSentence, isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    const { sentences } = await import('../../server/src/core/signals');
    assert.deepEqual(sentences('BrightCo Labs Ltd (company no. 11920457, Unit 6, Canal Works, Leicester) ("BrightCo")'), ['BrightCo Labs Ltd (company no. 11920457, Unit 6, Canal Works, Leicester) ("BrightCo")']);
    assert.equal(isConcreteCommitment('BrightCo Labs Ltd (company no. 11920457, Unit 6, Canal Works, Leicester) ("BrightCo")'), false);
    assert.equal(isResourceSentence('I will not give my mentee gifts worth more than $10, money or food from outside the school.'), false);
    assert.equal(isResourceSentence('The Company will contribute $2,500 toward materials by 1 March 2027.'), true);
  });
});

describe('a table of who does what under a title line of the parties', () => {
  it('"*A · B · C*" under the title names three parties, whose columns in "Who does what" give each its duties; "How the work is split" titles the roles', () => {
    const md = '# Civil Pathway — Partnership Agreement 2027\n\n*Kowhai High School · Tarata Institute of Technology · Miro Civil Ltd*\n\n## How the work is split\n\n| | Kowhai High School | Tarata Institute | Miro Civil |\n|---|---|---|---|\n| Recruitment | Interviews students in Term 3 | Runs a taster day in Term 4 | Sends a staff member to the interview panel |\n| Teaching | Teaches literacy and numeracy | Delivers the Level 2 unit standards every Thursday | Hosts students every Friday in term time |\n';
    const a = analyze(md, { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Kowhai High School', 'Tarata Institute of Technology', 'Miro Civil Ltd']);
    const s = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(s.status, 'present', s.reason);
    assert.equal(s.foundAs, 'How the work is split');
  });
});

describe('a goal with its target under another heading', () => {
  it('"the stated goal … from 18 percent (class of 2024 baseline) to 30 percent for the class of 2027" under the purpose counts for a "Deliverables" section', () => {
    const md = '# Data Sharing Agreement\n\nThis Agreement is between Cholla Unified School District ("the District") and Westmarch University ("the University").\n\n## 1. Purpose\n\nThe District\'s stated goal for the program is to raise the share of graduates who earn twelve college credits from 18 percent (class of 2024 baseline) to 30 percent for the class of 2027.\n\n## 6. Deliverables\n\nThe University will send an annual study memo each October.\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'present', s.reason);
  });
});

describe('a target with no period of its own', () => {
  const md = (goal: string) => `# Pre-Apprenticeship MOU\n\nThis MOU is between Ashgrove Unified School District ("the District") and the Ashgrove Carpenters Training Trust ("the Trust").\n\n## 6. Program Goals\n\n${goal}\n`;
  it('a review meeting "at the end of each school year" gives "at least 25 students" no period: weak, and the reason says which is lacking', () => {
    const s = analyze(md('The parties aim for at least 25 students to complete the pre-apprenticeship. The CTE Director and the Training Director will meet at the end of each school year to review enrolment and completion.'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /at least 25 students.*no period or date/);
  });
  it('the period given once for the section still counts ("In the 2026–27 school year, the parties aim for…")', () => {
    const s = analyze(md('The parties aim for at least 25 students to complete the pre-apprenticeship. These targets are for the 2026–27 school year.'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'present', s.reason);
  });
});

describe('a targets table whose period is in the line above it', () => {
  it('"By September 30, 2027 the Center will send a short report with:" over "| Measure | Target |" gives the rows their period', () => {
    const md = '# Sponsorship Agreement\n\nThis Agreement is between Harbor Power & Light ("HPL") and the Tidewater Science Center ("the Center").\n\n1. **Sponsorship.** HPL will pay the Center $12,000 by 1 March 2027.\n\n2. **Reporting and measures of success.** By **September 30, 2027** the Center will send HPL a short report with:\n\n   | Measure | Target |\n   |---|---|\n   | Campers enrolled across both sessions | 60 |\n   | Girls as a share of campers | at least 40% |\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'present', s.reason);
  });
});

describe('a contact named in a sentence under another heading', () => {
  it('"The Sponsor\'s contact for the Project is its Fiscal Sponsorship Manager" names a contact (a role, no person): weak, not missing', () => {
    const md = '# Fiscal Sponsorship Agreement\n\nThis Agreement is between the Riverbend Community Foundation ("the Sponsor") and the Byte Club project ("the Project").\n\nThe Sponsor will hold the Project\'s funds and charge a fee of 7% of receipts.\n\n## 8. Communication\n\nThe Sponsor\'s contact for the Project is its Fiscal Sponsorship Manager. The Project Leaders are Tomasz Wren and Aaliyah Brooks, and either of them may speak for the Project.\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'weak', s.reason);
  });
});

describe('duties of one side only, in other words', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  it('"will be supportive of the partnership and help it succeed in whatever way it reasonably can" is no duty: the other party\'s are one side\'s', () => {
    const md = '# Co-branding Agreement\n\nThis Agreement is between Silverline Watershed Trust ("the Trust") and Kestrel Apps Ltd ("Kestrel").\n\n1.1 Kestrel will design and build the River Check feature and release it by 1 June 2027.\n\n1.2 Kestrel will show the Trust\'s logo on the River Check start screen.\n\n2.1 The Trust will be supportive of the partnership and help it succeed in whatever way it reasonably can.\n';
    const s = section(md, 'roles');
    assert.equal(s.status, 'weak', s.reason);
  });
  it('a letter\'s "We will…" and "Your organisation will…" are two sides\' duties; "between 16 March and 20 November" names no parties', () => {
    const md = '# Mentoring partnership — letter of agreement\n\nDear Mr Farouk,\n\nThank you for agreeing to join Forge Forward this year.\n\n**What your organisation will do**\n\nYour organisation will nominate twelve mentors by 20 February. Mentors will run fourteen sessions with their group between 16 March and 20 November.\n\n**What we will do**\n\nWe will recruit the 36 students with the two schools. We will run the mentor training and supply all session plans.\n\nYours sincerely,\n\nJosephine Adair\n';
    const a = analyze(md, { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), []);
    const s = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(s.status, 'present', s.reason);
  });
  it('a volunteer\'s "I will…" pledge with "Thank you for volunteering…" and "You must sign it…" and no "we" is the signer\'s duties only', () => {
    const md = '# Volunteer Mentor Agreement\n\nThank you for volunteering to be a lunch-hour mentor with Bright Steps at Alder Middle School. You must sign this agreement before you are matched with a student.\n\n- I will complete the three-hour new mentor training before my first session.\n- I will meet my mentee only during the scheduled Tuesday lunch session, in the library.\n- I will report any injury or incident to the Site Lead the same day.\n\nI have read and agree to follow this Volunteer Mentor Agreement.\n\nSigned: ____________\n';
    const s = section(md, 'roles');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /signer/);
  });
});

describe('parties as pandoc writes them', () => {
  it('"Corvane Fabrication, Inc. ("Corvane") and …" opening the text: the comma before "Inc." does not hide the company', () => {
    const a = analyze('# Gift Agreement\n\nCorvane Fabrication, Inc. ("Corvane") and Lakemont STEM Academy, a public school of the Lakemont City School District ("the Academy"), record the following.\n\n1. Corvane will deliver twelve printers by 15 August 2027.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names[p.names.length - 1]).sort(), ['Academy', 'Corvane']);
  });
  it('definitions with escaped quotes (`(the \\"District\\")`, `\\#12`) name the parties', () => {
    const md = '# MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding (\\"MOU\\") is between **Alder Creek\nSchool District \\#12**, 901 Canyon Road, Alder Creek, Colorado 80919\n(the \\"District\\"), and **Westmarch University**, Westmarch, Colorado 80920 (the \\"University\\").\n\nThe District will share anonymised test results each June. The University will analyse them and report by 30 September.\n';
    const a = analyze(md, { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name).sort(), ['District', 'University']);
  });
});

describe('schedules of contacts and measures', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  it('a notices address in a contacts schedule ("Glenmorven House") is no person; a performance measures table with a Period column has targets', () => {
    const text = '# Minute of Agreement\n\nBetween the University of Glenmorven ("the University") and Ardvane Council ("the Council").\n\nSCHEDULE 3 – KEY CONTACTS\n\n| | University | Council |\n|---|---|---|\n| Strategic lead | Professor Fiona Galbraith, Vice-Principal — f.galbraith@glenmorven.example.ac.uk — 01632 962 010 | Douglas McInnes, Chief Education Officer — douglas.mcinnes@ardvane.example.gov.uk — 01632 963 100 |\n| Notices | University Secretary, Glenmorven House, College Wynd, Glenmorven | Head of Legal Services, Council Buildings, Esplanade, Ardvane |\n\nSCHEDULE 4 – PERFORMANCE MEASURES\n\n| # | Measure | Baseline | Target | Period |\n|---|---|---|---|---|\n| 1 | Participants who attend a campus day | 38% | 70% | Each academic year |\n| 2 | Participants entering the University | 11 | 30 | 2028 entry |\n';
    assert.equal(section(text, 'points-of-contact').status, 'present', section(text, 'points-of-contact').reason);
    assert.equal(section(text, 'intended-outcomes').status, 'present', section(text, 'intended-outcomes').reason);
  });
  it('one side given only a team mailbox ("innovation@…") is weak, however many people the other side names', () => {
    const s = section('# Memorandum of Understanding\n\nThis MOU is between the Larkspur Falls Department of Innovation and Technology ("DoIT") and Open Larkspur.\n\n## 6. Contacts\n\n- **DoIT:** innovation@larkspurfalls.example.gov\n- **Open Larkspur:** Co-organizers Priya Raman (priya@openlarkspur.example.org) and Marcus Delgado (marcus@openlarkspur.example.org)\n', 'points-of-contact');
    assert.equal(s.status, 'weak');
    assert.match(s.reason, /DoIT gives only a shared mailbox/);
  });
  it('"does not create any financial obligation" and "each party shall meet its own costs" say no funds change hands', async () => {
    const { NO_FUNDS } = await import('../../server/src/core/signals');
    assert.ok(NO_FUNDS.test('4.1 This MOU does not create any financial obligation on either Party.'));
    assert.ok(NO_FUNDS.test('4.2 Each Party shall meet its own costs in connection with activities under this MOU.'));
    assert.ok(NO_FUNDS.test('4.1 This Agreement does not involve the transfer of financial resources between the PARTIES.'));
    assert.ok(NO_FUNDS.test('Volunteers are not paid for their time and no payment is made under this agreement.'));
  });
  it('a ratio of students to instructors under the roles is supervision; what a party is or has is no contribution; a stipend "at rates to be agreed" is a weak one', async () => {
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    const clinical = analyze('# Clinical Affiliation Agreement\n\nThis Agreement is between Mercy Ridge Hospital ("the Facility") and Cascade Valley College ("the College").\n\n## Article II — Responsibilities of the College\n\n2.4 The College shall provide a Clinical Instructor who is physically present on the unit whenever Students are present. The ratio of Students to Clinical Instructor shall not exceed eight (8) to one (1).\n\n2.5 The College shall require every Student to pass a criminal background check before the first rotation.\n\n## Article V — Incidents and Insurance\n\n5.1 Any incident involving a Student shall be reported to the College within twenty-four (24) hours.\n', { agreement: true });
    assert.equal(clinical.sections.find((s) => s.id === 'safety-protocols')!.status, 'present');
    assert.ok(!isResourceSentence('The Resort operates three all-inclusive hotels with a combined 1,150 rooms and employs over 1,400 persons.'));
    // What members have now, in a charter's purpose, is no contribution; what they will give is.
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isConcreteCommitment('Several member libraries have one or two staff.'));
    assert.ok(!isConcreteCommitment('Most of our branches have only 2 public computers.'));
    assert.ok(isConcreteCommitment('Each member library will have two staff trained as digital mentors by March.'));
    const charter = analyze('# Riverlands Libraries Digital Skills Network — Charter\n\n### Purpose\n\nWe have formed this network because most of us are small. Several member libraries have one or two staff.\n\n### How we will work together\n\nMembers will share lesson plans and promote each other\'s events.\n', { agreement: true });
    assert.equal(charter.sections.find((x) => x.id === 'resource-commitments')!.status, 'missing');
    const stipend = analyze('# Memorandum of Understanding\n\nThis Memorandum is between the Port Lennox Hospitality Institute ("the Institute") and Seagrape Resorts Ltd ("the Resort").\n\nThe Resort shall provide meals, uniforms and a stipend to trainees during attachment at rates to be agreed between the parties.\n', { agreement: true });
    assert.equal(stipend.sections.find((s) => s.id === 'resource-commitments')!.status, 'weak');
  });
  it('a joint letterhead names the two parties when the text names them together; their contacts table is no table of duties', () => {
    const moi = (top: string) => `${top}\n\n# MEMORANDUM OF INTENT\n## Open Data Collaboration\n\n### Background\n\nKestrelford Borough Council and Ambleside District Council share a county boundary and the same questions from residents about planning data.\n\n### Principles\n\n1. **Open by default.** Data that can be published should be published.\n\n### Contacts\n\n| | Kestrelford Borough Council | Ambleside District Council |\n|---|---|---|\n| Lead officer | Priya Lindqvist, Head of Digital | Owen Matthias, Data Manager |\n| Email | p.lindqvist@kestrelford.example.gov.uk | o.matthias@ambleside.example.gov.uk |\n| Sponsor | Cllr Ruth Okafor, Cabinet Member for Resources | Cllr Ben Hale, Portfolio Holder |\n`;
    const a = analyze(moi('**KESTRELFORD BOROUGH COUNCIL**\n**AMBLESIDE DISTRICT COUNCIL**'), { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Kestrelford Borough Council', 'Ambleside District Council']);
    const contacts = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'present', contacts.reason);
    // The lead officers' and sponsors' cells are no duties of either council.
    assert.notEqual(a.sections.find((x) => x.id === 'roles')!.status, 'present');
    // An organisation over its own department is one party, not two.
    const one = analyze('**RIVERBEND POLYTECHNIC**\n**School of Engineering**\n\n# Internship Agreement\n\nThis Agreement is made between Riverbend Polytechnic (the "Polytechnic") and Corvid Systems Ltd (the "Company").\n', { agreement: true });
    assert.ok(!one.parties.some((p) => p.names.includes('School of Engineering')), JSON.stringify(one.parties.map((p) => p.names)));
  });
  it('a budget annex in the currency its title or header names ("ANNEX A — BUDGET (KES)") holds the contributions; bare numbers without a currency do not', () => {
    const mou = (title: string, header: string) => `# MEMORANDUM OF UNDERSTANDING\n\nThis MOU is between the County Government of Tana ("the County") and Kilele Innovation Hub ("the Hub").\n\n## ARTICLE 4 — OBLIGATIONS OF THE COUNTY\n\n4.1 The County shall fund the Programme to the amounts set out in Annex A.\n\n## ${title}\n\n| Item | ${header} | Hub (in-kind) |\n|---|---|---|\n| Trainer fees | 2,592,000 | — |\n| Centre use (60 workstations) | — | 2,160,000 |\n`;
    const status = (md: string) => analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(status(mou('ANNEX A — BUDGET AND CONTRIBUTIONS (KES)', 'County (cash)')).status, 'present');
    assert.equal(status(mou('ANNEX A — BUDGET AND CONTRIBUTIONS', 'County (KES)')).status, 'present');
    assert.notEqual(status(mou('ANNEX A — BUDGET AND CONTRIBUTIONS', 'County (cash)')).status, 'present');
  });
  it('a RACI matrix gives each party the rows where it holds R or A (C and I are no duty)', () => {
    const raci = (a: string, b: string) => `# Collaboration Agreement\n\nThis agreement is between the Tessellate Foundation ("Foundation") and the University of Dunmore Research Software Group ("RSE Group").\n\n## 3. Who does what\n\nRACI: R does the work, A owns the outcome, C consulted, I kept informed.\n\n| # | Activity | Foundation | RSE Group |\n|---|---|---|---|\n| 3.1 | Triage new issues weekly and label them | ${a} | ${b} |\n| 3.2 | Cut releases and publish them to PyPI | ${a} | ${b} |\n| 3.3 | Organise two contributor sprints in Dunmore | ${b} | ${a} |\n`;
    const both = analyze(raci('A/R', 'R'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(both.status, 'present', both.reason);
    // Only consulted and informed: no party does anything.
    const none = analyze(raci('C', 'I'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.notEqual(none.status, 'present', none.reason);
  });
  it('a charter whose members "will work together in a spirit of partnership to:" a list of intentions says they will work together, not who does what (weak, not missing)', () => {
    const charter = (how: string, heading = 'How we will work together') => `# Northfield Makerspaces Network — Charter\n\n### Who we are\n\nThe founding members are Northfield Public Library, Eastgate Men's Shed and Willowbank School and Community Hub.\n\n### ${heading}\n\n${how}\n\n### Review\n\nThe members will look at this charter again after its first year.\n`;
    const vague = analyze(charter('Members will work together in a spirit of partnership to:\n\n- share ideas about making and repair;\n- look for opportunities to run joint projects;\n- promote each other\'s open days.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(vague.status, 'weak', vague.reason);
    assert.match(vague.reason, /work together/);
    // Nothing at all about what anyone does: missing.
    const none = analyze(charter('We meet when it suits us.', 'Meetings'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(none.status, 'missing', none.reason);
    // "How we work together" over what members do in the present tense ("We share lesson plans…"): the roles' territory, thinly written.
    const present = analyze('# Valley CTE Instructors\' Community of Practice — Charter\n\n## Members\n\nMembership is by district: Harlan County Schools, Dunmore City Schools and Pike Valley Career Center.\n\n## How we work together\n\nMembers collaborate in the spirit of open sharing. We share lesson plans, labs and assessments with each other, support new instructors, and help each other prepare for program reviews. Participation is voluntary.\n', { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(present.by, 'territory', present.reason);
    assert.equal(present.status, 'weak', present.reason);
  });
  it('"Member Commitments" over duties is no resources section; who decides budgets is no contribution', () => {
    const a = analyze('# Employer Advisory Board Charter\n\nThis Charter is between Redfern Valley College ("the College") and each employer that signs it (a "Member").\n\nDecisions about curriculum, staffing and budgets remain with the College. The Board is established under College Procedure 4.12 for programs receiving federal Perkins funds.\n\n**Member Commitments.** By signing this Charter, each Member agrees to attend at least three of the four meetings each year and to review the program learning outcomes each spring.\n\n**College Commitments.** The College will circulate agendas ten days before each meeting and report back on each recommendation.\n', { agreement: true });
    const r = a.sections.find((s) => s.id === 'resource-commitments')!;
    assert.equal(r.status, 'missing', r.reason);
    assert.equal(a.sections.find((s) => s.id === 'roles')!.status, 'present');
  });
  it('a body\'s name ("Securities and Exchange Commission"), what a party is, a joint bid and the setting of learning objectives are no contributions or aims', async () => {
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    const { outcomeSignal } = await import('../../server/src/core/signals');
    assert.ok(!isResourceSentence('Zarqash Software Solutions (Pvt.) Ltd., a company registered with the Securities and Exchange Commission of Pakistan (hereinafter "ZSS").'));
    assert.ok(!isResourceSentence('NUET is a public sector university chartered by the Provincial Government.'));
    assert.ok(!isResourceSentence('e) Joint research projects and joint applications to funding bodies such as the Ignite National Technology Fund.'));
    assert.ok(isResourceSentence('The Company shall pay a commission of 5% on every referral.'));
    // Money as a subject taught is no contribution: "financial literacy", "skills in budgeting".
    assert.ok(!isResourceSentence('Financial Literacy Partnership – Eastbrook High School'));
    assert.ok(!isResourceSentence('Through this partnership, students will gain knowledge and skills in budgeting, saving and credit, and will be better prepared for financial decisions.'));
    assert.ok(isResourceSentence('The Credit Union will fund the budgeting workshops with $2,000 each semester.'));
    assert.ok(isResourceSentence('The Credit Union will provide financial support for the program.'));
    // An organisation's size in brackets, and a deadline to tell "the Fund" a contact changed, give nothing.
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isConcreteCommitment('Type | Further education college | SME manufacturer (84 staff)'));
    assert.ok(!isConcreteCommitment('If a named contact leaves, the partner must tell the other partner and the Fund by email within 10 working days.'));
    assert.ok(isConcreteCommitment('The Fund will pay the first £9,000 within 30 days of signature.'));
    assert.ok(isConcreteCommitment('The Company will provide 84 staff hours of mentoring each term.'));
    // Neither side charges the other anything: the plain no-funds statement, contracted as people write it.
    const { NO_FUNDS } = await import('../../server/src/core/signals');
    assert.ok(NO_FUNDS.test("The Library doesn't charge Code Club Northside for the room or laptops, and Code Club Northside doesn't charge the Library or families anything."));
    assert.ok(!NO_FUNDS.test("The Library doesn't charge for the room."));
    assert.ok(!outcomeSignal('2.1 The College shall retain responsibility for each Program, including the setting of learning objectives for each rotation.'));
  });
  it('a renewal that leaves the duties to the original MOU: its recitals, "agree to renew" and "shall prevail" are no duties', () => {
    const text = '# MEMORANDUM OF UNDERSTANDING — RENEWAL\n\nBetween the Tavua Growers Co-operative Limited ("the Co-operative") and Tavua District School ("the School").\n\nARTICLE I — RECITALS\n\n1.1 The Parties executed a Memorandum of Understanding on 3rd March 2023 ("the Original MOU").\n\n1.2 Following a review held at the School, the Parties have agreed to extend the programme to Year 10.\n\nNOW THEREFORE the Parties agree to renew the Original MOU on the terms below.\n\nARTICLE II — TERM\n\n2.1 The Original MOU is renewed from 1st January 2027 to 31st December 2029.\n\n2.2 Except as varied by this Renewal, all clauses of the Original MOU shall continue to apply. The responsibilities of the Parties set out in Clause 5 of the Original MOU shall continue unchanged.\n\nARTICLE III — GENERAL\n\n3.1 In case of any inconsistency between this Renewal and the Original MOU, this Renewal shall prevail.\n';
    const roles = analyze(text, { agreement: true }).sections.find((s) => s.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /leaves the duties to the Original MOU, which is not in this file/);
    // With the duties written in the renewal itself, they count.
    const written = analyze(text + '\nARTICLE IV — RESPONSIBILITIES\n\n4.1 The Co-operative shall host each Year 10 class on its demonstration plot one morning a month.\n\n4.2 The School shall send a teacher with every class and collect signed consent forms beforehand.\n', { agreement: true }).sections.find((s) => s.id === 'roles')!;
    assert.equal(written.status, 'present', written.reason);
  });
  it('university students on an exchange are adults abroad: insurance, a briefing and incident reports are safety enough; pupils on the same terms are not', () => {
    const exchange = (who: string) => `# Student Exchange Agreement\n\nThis Agreement is between Hallstatt Technical University ("HTU") and Prairie Lakes University ("PLU") on the exchange of ${who}.\n\n## Article 9 – Health, Safety and Emergencies\n\n9.1 Every Exchange Student must hold health insurance with cover of not less than EUR 350,000 for the whole stay.\n\n9.2 The Host Institution will hold a compulsory orientation on safety and emergency procedures in the first week.\n\n9.3 The Host Institution will report any accident or serious illness of an Exchange Student to the Home Institution within 24 hours.\n`;
    const adults = analyze(exchange('undergraduate and graduate students'), { agreement: true }).sections.find((s) => s.id === 'safety-protocols')!;
    assert.equal(adults.status, 'present', adults.reason);
    const pupils = analyze(exchange('undergraduate students and, in the summer school, high school pupils'), { agreement: true }).sections.find((s) => s.id === 'safety-protocols')!;
    assert.equal(pupils.status, 'weak', pupils.reason);
    // "German grade 2.7" is a mark, not a school year.
    const marks = analyze(exchange('undergraduate students with a grade average of at least German grade 2.7'), { agreement: true }).sections.find((s) => s.id === 'safety-protocols')!;
    assert.equal(marks.status, 'present', marks.reason);
  });
  it('a roll call each morning and a staff member who accompanies the group are supervision', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.ok(safetyControls('The accompanying teacher will hold a roll call each morning and evening on excursion days.').includes('supervision'));
    assert.ok(safetyControls('The Centre will provide a student ambassador to accompany the group on excursions.').includes('supervision'));
  });
  it('contacts left to an annex the agreement holds are read there ("names an Exchange Coordinator in Annex 1")', () => {
    const body = '# Student Exchange Agreement\n\nThis Agreement is between Brennholz University of Applied Sciences ("BUAS") and Cedar Flats University ("CFU").\n\n## Article 12 – Administration and Contacts\n\n12.1 Each Party names an Exchange Coordinator in Annex 1 who runs this Agreement from day to day.\n\n12.2 A Party that changes its Exchange Coordinator will tell the other Party in writing within twenty (20) working days.\n';
    const annex = '\n## Annex 1 – Exchange Coordinators\n\n| | Brennholz University of Applied Sciences | Cedar Flats University |\n|---|---|---|\n| Name | Ms. Anneliese Vogt | Mr. Darnell Okafor |\n| Email | a.vogt@brennholz-uas.example.de | d.okafor@cedarflats.example.ca |\n| Telephone | +49 30 555 0192 | +1 403 555 0143 |\n';
    const without = analyze(body, { agreement: true }).sections.find((s) => s.id === 'points-of-contact')!;
    assert.equal(without.status, 'weak', without.reason);
    const withAnnex = analyze(body + annex, { agreement: true }).sections.find((s) => s.id === 'points-of-contact')!;
    assert.equal(withAnnex.status, 'present', withAnnex.reason);
    assert.ok(withAnnex.evidence.some((e) => /a.vogt@brennholz/.test(e.text)), JSON.stringify(withAnnex.evidence));
  });
  it('an open-source sprint for adults only names its controls as a code of conduct does: reports acknowledged within 24 hours, first aiders; its mentoring is among adults', () => {
    const sprint = (who: string) => `# Collaboration Agreement\n\nThis agreement is between the Tessellate Foundation ("Foundation") and the University of Dunmore Research Software Group ("RSE Group").\n\n## 3. Who does what\n\nThe Foundation will review pull requests within 5 days. The RSE Group will organise two contributor sprints in Dunmore.\n\n## 6. Safety at sprints\n\n${who}\n\n- Everyone taking part agrees to the Code of Conduct at registration.\n- Reports can be made in person or to conduct@tessellate.example.org. Reports are acknowledged within 24 hours.\n- The venue has first aiders on duty.\n- One-to-one mentoring happens in public threads.\n`;
    const adults = analyze(sprint('Sprints are open to members of the public aged 18 or over; we do not admit under-18s.'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(adults.status, 'present', adults.reason);
    // A youth bootcamp for people aged 18–35 that admits no one under 18 is among adults too.
    for (const who of ['The bootcamp trains youth aged 18–35. The Hub shall not admit any person under 18 years.', 'The Foundation does not recruit anyone under 18.']) {
      const s = analyze(sprint(who.replace('The bootcamp trains youth', 'Youth mentoring sprints are for persons')), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
      assert.equal(s.status, 'present', `${who}: ${s.reason}`);
    }
    // Children who come along with an adult participant are not taking part when no one under 18 is recruited.
    const parents = analyze(sprint('The Foundation does not recruit anyone under 18; participants who arrive with children may bring them to the family room.'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(parents.status, 'present', parents.reason);
    // Open to school students too: mentoring young people asks for checks and supervision.
    const teens = analyze(sprint('Sprints are open to anyone, including high school students.'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(teens.status, 'weak', teens.reason);
  });
  it('an email agreement\'s bold titles with an aside in brackets ("**Keeping the kids safe** (the non-negotiables…)") head their sections; "What the library will do / provide" heads a party\'s duties', async () => {
    const email = '**From:** Tamsin Reyes <treyes@oakbranchlibrary.example.org>\n**To:** Owen Castell <owen@codebridge.example.org>\n**Subject:** Teen Code Club — our agreement (please reply "agreed")\n\nHi Owen, just reply "agreed" and that\'ll be our partnership agreement.\n\n**What the library will do / provide**\n- Meeting Room B every Tuesday, 4–6 pm, September 9 to December 9.\n- 12 Chromebooks, charged.\n\n**What CodeBridge will do / provide**\n- At least three volunteers every session.\n- A sign-in sheet every session.\n\n**Keeping the kids safe** (the non-negotiables from our Youth Programs policy)\n- Every volunteer completes a fingerprint-based background check before the first session.\n- No one-on-one: there are always at least two adults in the room, and no volunteer is ever alone with a teen.\n- If anything happens (an injury, a behaviour issue), a written note to me within 24 hours.\n\n**What we\'re hoping for** (so we can decide about spring)\n- 20 teens registered by the first session.\n- 10 finished projects shown at the showcase on Dec 9.\n\nTamsin\n';
    const a = analyze(email, { agreement: true });
    const status = (id: string) => a.sections.find((x) => x.id === id)!;
    assert.equal(status('safety-protocols').by, 'title', status('safety-protocols').reason);
    assert.equal(status('safety-protocols').status, 'present', status('safety-protocols').reason);
    assert.equal(status('intended-outcomes').status, 'present', status('intended-outcomes').reason);
    assert.equal(status('roles').status, 'present', status('roles').reason);
    const { dutyHeading } = await import('../../server/src/core/title-match');
    assert.ok(dutyHeading('What the library will do / provide') && dutyHeading('What CodeBridge will do / provide'));
    assert.ok(!dutyHeading('What the weather will do'));
    // (Inside a list, a bold lead with an aside is an item, not a title.)
    assert.ok(!buildModel('- **15 teens attend at least 8 of the 12 sessions** (we\'ll count from your sign-in sheets).\n').headings.length);
  });
  it('a safety article that names only background checks is complete when the agreement elsewhere has the interns reviewed and visited; a reviewer\'s comment is no control', () => {
    const mou = (institute: string, comments = '') => `# MEMORANDUM OF UNDERSTANDING\n\nThis MoU is between Vaigai Institute of Engineering ("the Institute") and Nilgiri Softlabs Pvt. Ltd. ("the Company").\n\n## ARTICLE II — OBLIGATIONS OF THE INSTITUTE\n\n1. The Institute shall nominate up to 30 final-year students for internships by 30 April.\n${institute}\n## ARTICLE III — OBLIGATIONS OF THE COMPANY\n\n1. The Company shall pay each intern a stipend of ₹15,000 per month.\n\n## ARTICLE IV — SAFETY OF INTERNS\n\n1. Every mentor assigned to an intern shall be an employee who has cleared the Company's background verification, including a criminal records check.\n${comments}`;
    const reviewed = analyze(mou("2. The Institute shall depute a Faculty Coordinator who shall review each intern's progress fortnightly through a meeting with the intern, and shall visit the Company premises at least once per batch.\n"), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(reviewed.status, 'present', reviewed.reason);
    const alone = analyze(mou('', "\n**[b]**Asha Menon: should the Company's data team also supervise the interns' check-ins?\n"), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(alone.status, 'weak', alone.reason);
  });
  it('a site visit whose hosts are never alone with the students needs no background checks; a host that signs only as a shared mailbox of its own domain gives no one to contact', () => {
    const visit = (rule: string) => `**From:** Maria Okafor <mokafor@ridgelinehs.example.org>\n**To:** Partnerships <partnerships@kestrelworks.example.com>\n**Subject:** Letter of agreement – plant visit, 6 March\n\nHi all, a reply saying "Agreed" is all we need.\n\n**LETTER OF AGREEMENT – WORKSITE VISIT**\nRidgeline High School and Kestrel Works, Inc.\n\n**Ridgeline High School will:**\n1. Provide the district bus, leaving at 8:30 AM.\n2. Send two teachers as chaperones, at least one adult for every twelve students.\n3. Collect a signed permission form for every student.\n\n**Kestrel Works will:**\n1. Host the group at no cost to the school and provide safety glasses for everyone.\n2. Provide two (2) engineers to lead the tour.\n\n**Supervision and safety:**\n- Teachers supervise the students throughout the visit.${rule}\n- Any injury is reported to the principal in writing within 24 hours.\n\nMaria Okafor\nCTE Teacher, Ridgeline High School\nmokafor@ridgelinehs.example.org · (555) 301-4410\n\n**From:** Partnerships <partnerships@kestrelworks.example.com>\n\nAgreed!\n\nThe Kestrel Works Partnerships Team\n`;
    const never = analyze(visit(' Kestrel staff will not be left alone with students at any time.'), { agreement: true });
    const safety = never.sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'present', safety.reason);
    // (Without the injury report it names two controls, supervision and the visit: background checks are still asked for.)
    const alone = analyze(visit('').replace('\n- Any injury is reported to the principal in writing within 24 hours.', ''), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(alone.status, 'weak', alone.reason);
    assert.match(alone.reason, /background checks/);
    const contacts = never.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'weak', contacts.reason);
    assert.match(contacts.reason, /Kestrel Works.*shared mailbox/);
  });
  it('a notices clause that points to the signature block ("the contacts in the signature block below") is read there', () => {
    const body = '# Equipment Sponsorship Agreement\n\nThis Agreement is made between Harlow Fluid Power Inc. ("Sponsor") and the Eastvale FIRST Robotics Parents Association ("Association").\n\n## 2. Sponsor Commitments\n\nSponsor will pay $4,000 by December 15, 2026 and lend two pneumatic test benches for the season.\n\n## 8. Notices\n\nNotices under this Agreement go by email to the contacts in the signature block below. A Party whose contact changes will tell the other Party within 14 days.\n\n## 9. General\n\nThis Agreement is the whole agreement between the Parties about the 2026–27 season.\n\n---\n\n**SPONSOR: Harlow Fluid Power Inc.**\n\nSignature: ____________________\nName: Marisol Grant\nTitle: General Manager\n';
    const rest = 'Email: mgrant@harlowfluid.example.com\nPhone: (555) 210-4471\n\n**ASSOCIATION: Eastvale FIRST Robotics Parents Association**\n\nSignature: ____________________\nName: Owen Bracewell\nTitle: Treasurer\nEmail: treasurer@eastvalerobotics.example.org\nPhone: (555) 210-9902\n\nDay-to-day contact (team coach): Ms. Ruth Adeyemi, Eastvale High School — radeyemi@eastvale.example.org, (555) 210-3300\n';
    const s = analyze(body + rest, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    // The same clause with signatures that give no email or phone: nobody to reach.
    const bare = analyze(`${body}\n**ASSOCIATION: Eastvale FIRST Robotics Parents Association**\n\nSignature: ____________________\nName: Owen Bracewell\n`, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(bare.status, 'weak', bare.reason);
  });
  it('a contacts clause that points to the foot of the page ("shown at the foot of this page") is read there', () => {
    const letter = (foot: string) =>
      `# Partnership Agreement: Saturday Robotics Club\n\nThis agreement is between Marlow Vale Borough Council ("the Council") and Byteforge CIC ("Byteforge").\n\n**The Council's commitments.** The Council will provide the Riverside Library meeting room free of charge on twelve Saturdays a year.\n\n**Byteforge's commitments.** Byteforge will run each session with at least two DBS-checked coaches.\n\n**Contacts.** The contacts for this agreement are shown at the foot of this page. Each party will tell the other in writing within 14 days if its contact changes.\n\n**Term.** This agreement runs from 1 September 2026 to 31 July 2027.\n\n---\n\n${foot}\n`;
    const foot = '<small>Council contact: Priya Lomax, Libraries Officer — priya.lomax@marlowvale.example.gov.uk — 01632 960 771 · Byteforge contact: Tom Achebe, Club Lead — tom@byteforge.example.org.uk — 07700 900 142</small>';
    const s = analyze(letter(foot), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    assert.ok(s.evidence.some((e) => /priya\.lomax@/.test(e.text)), JSON.stringify(s.evidence));
    // "addressed to the officers named in the footer of this document": a PDF's running footer, read there too.
    const footer = analyze(letter('Correspondence: Council – Ms. Priya Lomax, Libraries Officer, priya.lomax@marlowvale.example.gov.uk, 01632 960 771 | Byteforge – Mr. Tom Achebe, Club Lead, tom@byteforge.example.org.uk').replace('The contacts for this agreement are shown at the foot of this page.', 'Correspondence shall be addressed to the officers named in the footer of this document.'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(footer.status, 'present', footer.reason);
    // A foot with only the council's address: nobody to reach.
    const bare = analyze(letter('<small>Marlow Vale Borough Council, Civic Centre, Marlow Vale MV1 2AB</small>'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.notEqual(bare.status, 'present', bare.reason);
  });
  it('a unit named "School of …" or "Office of …" with a mailbox is no person: that side has no contact', async () => {
    const dua = (university: string) =>
      `# DATA SHARING AGREEMENT\n\nThis Agreement is between the City of Pell Harbor, acting through its Transit Department ("the City"), and Northgate State University ("the University").\n\nSection 5 – University responsibilities\n\n5.1 The University shall store the data on encrypted servers and delete it within 90 days of the end of the study.\n\nSection 6 – City responsibilities\n\n6.1 The City shall deliver the ridership extract by 15 March 2027.\n\nSection 11 – Notices and contacts\n\n11.1 For the City: Transit Planning Manager Hollis Varga, 20 Quay Street, Pell Harbor; hvarga@pellharbor.example.gov; (207) 555-0143.\n\n11.2 For the University: ${university}\n`;
    const unit = analyze(dua('Mobility Research Group, School of Civil Engineering, Northgate State University; mrg-data@northgate.example.edu.'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(unit.status, 'weak', unit.reason);
    const person = analyze(dua('Dr. Anneliese Brandt, School of Civil Engineering, Northgate State University; abrandt@northgate.example.edu.'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(person.status, 'present', person.reason);
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('Associate Director, Office of Sponsored Projects'), []);
    assert.deepEqual(personNames('Rosa Delgado, Department of Health Sciences'), ['Rosa Delgado']);
  });
  it('terms pasted into an email: "School Partner: …" names a party; its duties left as a placeholder and only its office\'s mailbox leave roles and contacts weak', () => {
    const email = (school: string, from: string) =>
      `**From:** ${from}\n**Sent:** Tuesday, October 7, 2025 9:15 AM\n**To:** Brannigan, Colette <cbrannigan@harrowfield-hospital.example.org>\n**Subject:** RE: Job shadow terms 2025-26\n\nHi Colette,\n\nThese look fine. Our director will sign by Friday.\n\n-----Original Message-----\nFrom: Brannigan, Colette <cbrannigan@harrowfield-hospital.example.org>\nSent: Monday, October 6, 2025 4:02 PM\n\n> **HARROWFIELD COMMUNITY HOSPITAL**\n> **Health Careers Job Shadow — Terms of Participation**\n> **School Partner: Lindqvist Valley Technical High School**\n>\n> **1. Hospital responsibilities.** Harrowfield Community Hospital ("Hospital") will:\n> - assign each student a named host employee for each shadow shift;\n> - provide an orientation covering patient privacy and infection prevention before the first shift;\n> - complete a short attendance form for each shift.\n>\n> **2. School responsibilities.** ${school}\n>\n> **3. Safety.** Hosts have cleared the Hospital's criminal background check. Each student is supervised by the host at all times, and any incident is reported to the school within 24 hours.\n>\n> Colette Brannigan, RN\n> Clinical Education Coordinator\n> cbrannigan@harrowfield-hospital.example.org | (555) 318-2207\n`;
    const placeholder = analyze(email('[LINDQVIST VALLEY TO PROVIDE]', 'Work-Based Learning Office <wbl@lindqvistvalley.example.org>'), { agreement: true });
    assert.ok(placeholder.parties.some((p) => /Lindqvist Valley Technical High School/.test(p.name)), placeholder.parties.map((p) => p.name).join(' | '));
    const roles = placeholder.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    const contacts = placeholder.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'weak', contacts.reason);
    assert.match(contacts.reason, /Lindqvist Valley.*shared mailbox/);
    // The school's duties written, and a person of the school writing back: both complete.
    const done = analyze(email('The School will send each student\'s signed permission form and immunization record to the Hospital at least five days before the first shift.', 'Amara Osei <aosei@lindqvistvalley.example.org>'), { agreement: true });
    assert.equal(done.sections.find((x) => x.id === 'roles')!.status, 'present');
    assert.equal(done.sections.find((x) => x.id === 'points-of-contact')!.status, 'present', done.sections.find((x) => x.id === 'points-of-contact')!.reason);
  });
  it('"Nodal Officers" heads the contacts; under "Notices", the signers\' table after "IN WITNESS WHEREOF" and their witnesses are no contacts left without email or phone', () => {
    const mou = (nodal: string) => `# MEMORANDUM OF UNDERSTANDING\n\nThis MoU is entered into between Kaveri Institute of Technology, Mysuru (hereinafter "the Institute") and Nilgiri Data Systems Pvt. Ltd. (hereinafter "the Company").\n\n### 3. OBLIGATIONS OF THE COMPANY\n\n3.1 The Company shall offer six-month internships to ten (10) final-year students every year, with a monthly stipend of ₹12,000/-.\n\n### 4. OBLIGATIONS OF THE INSTITUTE\n\n4.1 The Institute shall nominate students by 30 April every year and appoint a faculty guide for each intern.\n\n${nodal}### 11. NOTICES\n\n11.1 All notices shall be in writing, marked to the attention of the nodal officers.\n\n**IN WITNESS WHEREOF** the Parties have signed this MoU on the date first above written.\n\n| For Kaveri Institute of Technology | For Nilgiri Data Systems Pvt. Ltd. |\n|---|---|\n| *Sd/-* | *Sd/-* |\n| **Dr. H. Shivaprasad Gowda** | **Ms. Meera Krishnaswamy** |\n| Principal | Director – University Relations |\n\n**Witnesses:**\n\n1. *Sd/-* Prof. R. Anantha Padmanabha, Dean (Academics)\n2. *Sd/-* Mr. Joseph Varghese, Lead – Campus Hiring\n`;
    const nodal = '### 9. NODAL OFFICERS\n\n| | For the Institute | For the Company |\n|---|---|---|\n| Name | Dr. Sowmya Raghavendra | Mr. Pradeep Nanjappa |\n| Email | sowmya.r@kit-mysuru.example.in | pradeep.n@nilgiridata.example.com |\n| Mobile | +91 94481 22075 | +91 98450 61733 |\n\n';
    const s = analyze(mou(nodal), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    assert.ok(s.evidence.some((e) => /sowmya\.r@/.test(e.text)), JSON.stringify(s.evidence));
    // Without the nodal officers: the signers are not contacts, so no one is left half-named, and no one can be reached.
    const bare = analyze(mou(''), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.doesNotMatch(bare.reason, /Shivaprasad|Anantha|Varghese/, bare.reason);
    // "Signed this 20th day of March, 2025." opens the signature block too: the signers under it are not contacts left without a channel.
    const statement = analyze('Statement of Partnership\n\nLakeview Region Public Health and Connect Elders Network share a commitment to digital skills for older adults.\n\nContacts\n\nLakeview Region Public Health\nJasmine Okoro, Manager, Community Partnerships\njasmine.okoro@lakeviewhealth.example.ca | 905-555-0187\n\nConnect Elders Network\nWalter Ng, Executive Director\nwng@connectelders.example.ca | 905-555-0261\n\nSigned this 20th day of March, 2025.\n\nDr. Harjit Sandhu\nMedical Officer of Health\nLakeview Region Public Health\n', { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(statement.status, 'present', statement.reason);
  });
  it('"8. Co-ordinators" with a teacher of each school and a phone is the contacts section; other people named beside each side\'s reachable contact leave it complete', async () => {
    const mou = (coordinators: string) => `MEMORANDUM OF UNDERSTANDING\n\nBetween Govt. Higher Secondary School, Pallikkara ("GHSS") and St. Mary's High School, Aluva ("SMHS").\n\n1. Responsibilities of GHSS\n\nGHSS shall open its Tinkering Lab to SMHS students every Thursday from 2.00 p.m. to 4.00 p.m.\n\n2. Responsibilities of SMHS\n\nSMHS shall send one teacher with every group of students.\n\n3. Co-ordinators\n\n${coordinators}\n\n4. Period\n\nThis MoU is valid for the academic year 2025-26.\n`;
    const people = 'The following teachers shall be the co-ordinators of this MoU:\n\n   For GHSS : Shri P. Venugopal, Lab In-charge\n              Mob: 94470 21836\n\n   For SMHS : Smt. Reena Thomas, H.S.A. (Physical Science)\n              Mob: 98950 44172\n';
    const s = analyze(mou(people), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.by, 'territory', s.reason);
    assert.equal(s.status, 'present', s.reason);
    // A one-word name after a title of address, on a contact card ("Smt. S. Anuradha, …" over "Mob: …").
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('For GHSS : Smt. S. Anuradha, H.S.A. (Physical Science)'), ['S. Anuradha']);
    assert.deepEqual(personNames('Dear Mrs. Dufresne,'), []);
    assert.deepEqual(personNames('Mr. Okafor will take the class.'), []);
    const card = analyze(mou('The following teachers shall be the co-ordinators of this MoU:\n\n   For GHSS : Shri P. Venugopal, Lab In-charge\n              Mob: 94470 21836\n              Email: venugopal.p@ghsspallikkara.example.in\n\n   For SMHS : Smt. R. Thomas, H.S.A. (Physical Science)\n              Mob: 98950 44172\n'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(card.status, 'present', card.reason);
    // The co-ordinators' duties, nobody to reach: not a contacts section.
    const duties = analyze(mou('Each school shall name a co-ordinator who will plan the visits and keep the attendance register.\n'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact');
    assert.notEqual(duties?.by, 'territory');
    // A row of principals beside the co-ordinators' emails and phones.
    const table = analyze('# Sister School Agreement\n\nThis Agreement is between Kitamura Gakuen High School ("Kitamura") and Lakeview Regional High School ("Lakeview").\n\n## Article 5 – Contacts\n\n| | Kitamura Gakuen High School | Lakeview Regional High School |\n|---|---|---|\n| Coordinator | Ms. Aya Morimoto, English teacher | Mr. Lucas Brennan, World Languages |\n| Email | a.morimoto@kitamura-gakuen.example.jp | lbrennan@lakeview.example.org |\n| Telephone | +81 75-555-0131 | +1 (608) 555-0177 |\n| Principal | Mr. Kenji Sato | Dr. Helen Marsh |\n', { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(table.status, 'present', table.reason);
  });
  it('a notice card\'s address lines are no people ("210 Cedar Hall, 1500 College Avenue", "Eau Claire, WI 54701", "… Controls, Inc."), so the name over them reaches its email seven lines down', async () => {
    const a = analyze('# Sponsored Senior Design Project Agreement\n\nThis Agreement is between Lakeland State University (the "University") and Harrow Valve Works, Inc. (the "Sponsor").\n\n## 12. NOTICES\n\n12.1 Notices under this Agreement must be in writing and sent by email to the following:\n\nFor the University:\nDr. Ingrid Solberg\nDirector, Senior Design Program\nCollege of Engineering and Technology\nLakeland State University\n210 Birch Hall, 1500 University Avenue\nLakeland, MN 56401\nEmail: isolberg@lakelandstate.example.edu\nPhone: (218) 555-0143\n\nFor the Sponsor:\nRaymond Adeyemi\nEngineering Manager, Product Development\nHarrow Valve Works, Inc.\n4410 Quarry Ridge Road\nEau Claire, WI 54701\nEmail: r.adeyemi@harrowvalve.example.com\nPhone: (715) 555-0198\n', { agreement: true });
    const s = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    const card = 'Dr. Ingrid Solberg\nDirector, Senior Design Program\nCollege of Engineering and Technology\nLakeland State University\n210 Birch Hall, 1500 University Avenue\nLakeland, MN 56401\nEmail: isolberg@lakelandstate.example.edu';
    assert.deepEqual(contactEntries(card), { reachable: 1, unreachable: [], shared: [], named: 1 });
    // A street after a comma ("…, Abbey Road, Carran"), but not the person's own line ("Mr …, Main Street, Ardmoy").
    assert.deepEqual(contactEntries('Ms Orla Ní Chonaill, Adult Literacy Organiser\nLough Bawn ETB, FET Centre, Abbey Road, Bawnmore\nTel: 094 965 3120 Email: oniconaill@lbetb.example.ie'), { reachable: 1, unreachable: [], shared: [], named: 1 });
    assert.equal(contactEntries('Mr Declan Furlong, Inclusion Manager, Ardmoy Services CLG, Main Street, Ardmoy\nTel: 094 962 4471').named, 1);
    // An HTML table's cell with a line break keeps its row one line: each day-to-day contact with their own email.
    const html = analyze('# Data Partnership MOU\n\nThis MOU is between the City of Kingsbay ("the City") and the University of Eastcliff ("the University").\n\n## 8. Contacts\n\n<table>\n<tr><th></th><th>City</th><th>University</th></tr>\n<tr><td>Lead</td><td>Mr Sipho Dlamini<br>Chief Information Officer</td><td>Prof. Amina Khan<br>Director, Data Lab</td></tr>\n<tr><td>Email</td><td>sipho.dlamini@kingsbay.example.gov</td><td>khana@eastcliff.example.edu</td></tr>\n<tr><td>Day-to-day</td><td>Ms Lerato Mokoena, Data Steward<br>lerato.mokoena@kingsbay.example.gov</td><td>Mr Pieter Botha, Lab Manager<br>bothap@eastcliff.example.edu</td></tr>\n</table>\n', { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(html.status, 'present', html.reason);
    assert.match(html.reason, /^4 named contacts/);
  });
  it('targets with a day and month but no year ("All 4 sessions delivered by 12 Sep.") have their period; a guidance note\'s example target is no target', () => {
    const email = (outcomes: string) => `**From:** Tamsin Crowe <t.crowe@harbourmuseum.example.org.au>\n**To:** Daniel Okoro <daniel.okoro@riverbendps.example.edu.au>\n**Subject:** Term 3 fossil program — what we agreed\n\nHi Daniel,\n\nAs promised, here is what we agreed on the phone. Reply "agreed" and we're set.\n\n**What we (Harbour Museum) will do**\n- Run four 90-minute fossil workshops for your Year 5 classes on the Fridays of weeks 3 to 6.\n- Waive the workshop fee ($1,440 for the term).\n\n**What Riverbend PS will do**\n- Book and pay for the buses.\n- Send a teacher with each class.\n\n**How we'll know it worked**\n${outcomes}\nCheers,\nTamsin\n`;
    const dated = analyze(email('- All 4 workshops delivered by 12 Sep.\n- At least 75% of students improve their quiz score by 2 or more points between the pre- and post-quiz.\n'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(dated.status, 'present', dated.reason);
    const undated = analyze(email('- All 4 workshops delivered.\n- At least 75% of students improve their quiz score by 2 or more points between the pre- and post-quiz.\n'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(undated.status, 'weak', undated.reason);
    assert.ok(PERIOD.test('delivered by 12 Sep.') && PERIOD.test('by September 30, we will') && PERIOD.test('by 1st March'));
    assert.ok(!PERIOD.test('by 12 Sep/Oct') && !PERIOD.test('the May 12 meeting'));
    // A month on its own ("presenting at a Club lunch in May") is the period of a target; a month with its year is a date in the story.
    assert.ok(PERIOD.test('at least five students presenting at a Club lunch in May.'));
    assert.ok(!PERIOD.test('In September 2025 the City began issuing free transit passes.'));
    // (…but "in the June 2027 survey" is when a target is measured.)
    assert.ok(PERIOD.test('At least 80% of students will report a clearer plan in the June 2027 survey.'));
    // The form's guidance, its example and a date for the summary: the outcomes are still to be written.
    const form = analyze('# Memorandum of Understanding — 4-H STEM Club\n\nThis MOU is between County Extension ("Extension") and [School Name] ("School").\n\n### 3. Responsibilities\n\nExtension will provide a trained 4-H volunteer for each club meeting. School will provide a classroom every Tuesday.\n\n### 7. Intended Outcomes\n\n*Guidance: list 2–3 measurable outcomes with a target (e.g., "80% of participating students will improve their score on the post-survey").*\n\n[Insert measurable outcomes here]\n\nExtension will share a summary of the survey results with the School by June 30.\n', { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(form.status, 'weak', form.reason);
  });
  it('an agreement in questions and answers: "How will we know it\'s working?" heads the outcomes, "Who do I contact?" the contacts, and "the branch team at …@…" is a team\'s mailbox', () => {
    const a = analyze('# Robot Club at Millbrook Library — Our Agreement in Questions and Answers\n\n### Who is this agreement between?\n\nMillbrook Community Library ("the library") and Millbrook Robot Club ("the club"), a volunteer group.\n\n### What will the library do?\n\n- Book the meeting room for the club every Thursday from 4 to 6 pm in term time.\n- Lend 6 laptops for each session.\n\n### What will the club do?\n\n- Run each session with at least two volunteers.\n- Keep a register of who attends.\n\n### Who do I contact?\n\n- At the library: email the branch team at millbrook.branch@millbrooklibraries.example.org.\n- At the club: Sam Patel, lead volunteer — sam@millbrookrobots.example.org / 07700 900123.\n\n### How will we know it\'s working?\n\n| What | Where we are now (spring 2026) | What we are aiming for by July 2027 | Where the numbers come from |\n|---|---|---|---|\n| Regular attenders | 11 | 18 per term | Club register |\n| Girls among regular attenders | 3 of 11 | At least 40% | Club register |\n', { agreement: true });
    const outcomes = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.by, 'title', outcomes.reason);
    assert.equal(outcomes.status, 'present', outcomes.reason);
    const contacts = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.by, 'title', contacts.reason);
    assert.equal(contacts.status, 'weak', contacts.reason);
  });
  it('a purpose "to promote" or "to foster" something is a vague aim: weak outcomes, not missing ones', () => {
    const a = analyze('# MEMORANDUM OF UNDERSTANDING\n\nBetween Hanbit National University ("HNU") and the University of Westmere ("Westmere").\n\n## 1. PURPOSE\n\nThe purpose of this Memorandum is to promote mutual understanding and academic excellence through cooperation between the Parties in education and research.\n\n## 2. AREAS OF COOPERATION\n\nThe Parties will endeavour to cooperate in the exchange of students and staff and in joint research, as set out in separate specific agreements.\n', { agreement: true });
    const s = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(s.status, 'weak', s.reason);
  });
  it('"approx. PLN 780 per month" is one sentence with an amount in it, and a waived tuition fee is a contribution', async () => {
    const { sentences } = await import('../../server/src/core/signals');
    const { isConcreteCommitment, isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    const rooms = 'UDW offers rooms in its student dormitory to incoming students who apply by the nomination deadline (approx. PLN 780 per month).';
    assert.deepEqual(sentences(rooms), [rooms]);
    assert.ok(isConcreteCommitment(rooms) && isResourceSentence(rooms), 'PLN is a currency, not a course code');
    const waiver = 'Students on mobility under this agreement do not pay tuition, registration or library fees at the receiving institution.';
    assert.ok(isConcreteCommitment(waiver) && isResourceSentence(waiver));
    assert.ok(!isConcreteCommitment('Teaching materials will be supplied by the University free of charge.'), 'what is given still has no quantity');
  });
  it('an HTML agreement\'s bold run-in titles ("<p><strong>6. Contacts.</strong> …") are its sections, as in markdown', () => {
    const a = analyze('<p align="center"><strong>SERVICE AGREEMENT</strong><br>\nJob Coaching for Transition Students</p>\n\n<p>This Service Agreement is between <strong>Harbor Lane Supports, Inc.</strong> ("Harbor Lane") and the <strong>Oakfield Unified School District</strong> ("the District").</p>\n\n<p><strong>1. Services.</strong> Harbor Lane will provide a job coach at each of up to 10 work placements and write a progress note for each student every quarter.</p>\n\n<p><strong>2. District responsibilities.</strong> The District will refer students and transport them to placements by District van.</p>\n\n<p><strong>3. Supervision.</strong> Harbor Lane will ensure students are appropriately supervised at the work site.</p>\n\n<p><strong>4. Contacts.</strong> Harbor Lane: Tomasz Wilk, Program Manager. District: Ines Barrow, Transition Coordinator.</p>\n\n<p>Agreed:<br>\n__________________________ Tomasz Wilk, Program Manager, Harbor Lane Supports, Inc. &nbsp;&nbsp; Date: ________<br>\n__________________________ Ruth Okafor, Director of Special Services, Oakfield Unified School District &nbsp;&nbsp; Date: ________</p>\n', { agreement: true });
    assert.deepEqual(a.model.headings.map((h) => [h.text, h.kind]), [['SERVICE AGREEMENT', 'bold'], ['1. Services', 'runin'], ['2. District responsibilities', 'runin'], ['3. Supervision', 'runin'], ['4. Contacts', 'runin']]);
    const contacts = a.sections.find((x) => x.id === 'points-of-contact')!;
    // Names without email or phone; the lines to sign on, with the signer's name printed after the blank, are no blanks left in the contacts.
    assert.equal(contacts.status, 'weak');
    assert.match(contacts.reason, /have names but no email or phone/);
    assert.equal(a.sections.find((x) => x.id === 'safety-protocols')!.status, 'weak');
  });
  it('a party\'s name in bold over its details and "(hereinafter "the Centre")" is that party\'s full name; a bold label over a name is not', () => {
    const parties = (text: string) => analyze(text, { agreement: true }).parties.map((p) => p.names.join(' = '));
    assert.deepEqual(parties('# MEMORANDUM OF AGREEMENT\n\nentered into between\n\n**TSHEPO VALLEY SCIENCE CENTRE NPC**  \n(Registration number 2014/118220/08, a non-profit company)  \n(hereinafter "the Centre")\n\nand\n\n**LEHAKONG SECONDARY SCHOOL**  \n(EMIS no. 500 112 904), represented by its School Governing Body  \n(hereinafter "the School")\n\n## 1. Background\n\n1.1 The Centre runs a mobile laboratory.\n'), ['TSHEPO VALLEY SCIENCE CENTRE NPC = Centre', 'LEHAKONG SECONDARY SCHOOL = School']);
    assert.deepEqual(parties('# Sponsorship Agreement\n\n**1. EVENT ORGANIZER**  \nKiawe Events LLC ("Organizer")\n\n**2. SPONSOR**  \nNorthshore Credit Union ("Sponsor")\n\n## Terms\n\nSponsor shall pay Organizer USD 5,000.\n')[0], 'Kiawe Events LLC = Organizer');
  });
  it('a contacts table with a row per field ("Name | …", "Designation | …" over two lines, "E-mail | …") reaches each person', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    const r = contactEntries('Polytechnic | Company |\nName | Puan Siti Aminah binti Yusof | Encik Tan Boon Huat |\nDesignation | Ketua Unit Latihan Industri\n(Head, Industrial Training Unit) | Training Manager |\nTelephone | 05-691 0000 | 05-807 0000 ext. 12 |\nE-mail | siti.aminah@poly.example.my | boonhuat@company.example.my |');
    assert.deepEqual(r.unreachable, []);
    assert.ok(r.reachable >= 2);
  });
  it('"**Background.**" run in before one paragraph makes only that paragraph a recital', () => {
    const a = analyze('# Curriculum Partnership Agreement\n\nThis Agreement is between Dry Creek College (the "College") and Ridgeline Academy, Inc. ("Ridgeline").\n\n**Background.** Employers report more open roles than qualified applicants, and the parties have agreed to work together.\n\n1. Cooperation\n\n   1. College Obligations. The College will embed the curriculum in four courses from fall 2027 and assign two instructors.\n   2. Ridgeline Obligations. Ridgeline will license the curriculum to the College and train both instructors before August 2027.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
  it('supervision as written: an instructor at every site day, groups of no more than 10, no learner alone, a preceptor for at most two', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    const { SAFETY_SIGNAL } = await import('../../server/src/core/signals');
    for (const s of [
      'A Center instructor attends every site day, and no student works on energized circuits.',
      'Learners stay in groups of no more than 10, each with one of our teachers.',
      'No learner is ever alone with an adult from either side.',
      'Two teachers will go with the class and will stay with the learners the whole time.',
      'At least two adults at every session, not more than 15 learners per adult.',
      'Not more than 12 children per volunteer.',
    ]) assert.ok(safetyControls(s).includes('supervision'), s);
    assert.ok(SAFETY_SIGNAL.test('4.2 Assign Preceptors so that no Preceptor supervises more than two (2) Pre-Apprentices on any shift.'));
    assert.ok(SAFETY_SIGNAL.test('Pre-Apprentices under 18 shall be directly supervised by a Preceptor at all times.'));
    assert.ok(!safetyControls('The instructor attends the annual review meeting.').includes('supervision'));
    // As a coordinator writes it: a teacher in the room for every session, no meeting a student one-to-one.
    for (const s of ['A staff member will be in the room for every workshop.', "Volunteers shouldn't meet a pupil one-to-one at any time."]) {
      assert.ok(safetyControls(s).includes('supervision'), s);
      assert.ok(SAFETY_SIGNAL.test(s), s);
    }
    assert.ok(!safetyControls('The projector will be in the room for every workshop.').includes('supervision'));
  });
  it('two title lines, each an organisation with its short name ("**Université … (UAM), Faculty of …**"), are the parties, and a table by their short names gives each its duties', async () => {
    const a = analyze('# Virtual Exchange Partnership Agreement\n\n**Université Oued-Sebou (UOS), Faculty of Letters, Kénitra, Morocco**\n\n**Birchwood Lakes Community College (BLCC), Department of Humanities, Birchwood, Minnesota, USA**\n\nThis short agreement sets out how our two institutions will run a shared online module.\n\n## 2. Who does what\n\n| Task | UOS | BLCC |\n|---|---|---|\n| Teaching | Provides one faculty member who co-teaches the module | Provides one faculty member who co-teaches the module |\n| Platform | Gives BLCC students guest access to its Moodle space | Hosts the weekly live sessions on its Zoom licence |\n| Evaluation | Runs the pre/post survey with UOS students | Runs the survey with BLCC students and compiles joint results |\n\nQuestions: write to oued-sebou.coil@uos.example.ma.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.names.join(' = ')), ['Université Oued-Sebou = UOS', 'Birchwood Lakes Community College = BLCC']);
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    // A status in brackets is no short name.
    const { withAlias } = await import('../../server/src/core/party-names');
    assert.deepEqual(withAlias('Sri Venkatadri Institute of Technology (Autonomous)'), ['Sri Venkatadri Institute of Technology']);
  });
  it('a line of dots to sign on over a name, a title and a date is a signature, not a contact without email', () => {
    const a = analyze('# Renewal of the Memorandum of Understanding\n\nBetween Kumasi Ridge University ("KRU") and the University of Holmsby ("UoH").\n\n## 9. Contact Persons\n\nFor KRU: Dr. Abena Sarpong, Director, International Programmes\nEmail: a.sarpong@kru.example.edu.gh | Tel: +233 (0) 32 255 0101\n\nFor UoH: Mr. Callum Reid, Partnerships Manager\nEmail: c.reid@holmsby.example.ac.uk | Tel: +44 (0) 1632 960 111\n\nKindly countersign and return one copy.\n\nYours faithfully,\n\n..................................................\nProf. Yaw Asante-Boakye\nVice-Chancellor, Kumasi Ridge University\nDate: 6th August 2025\n', { agreement: true });
    const c = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(c.status, 'present', c.reason);
  });
  it('a term sheet\'s rows that name a party\'s obligations ("| **Centre obligations** | Design and deliver…") are that party\'s duties; "| Employer will | Provider will |" still heads columns', () => {
    const sheet = analyze('# TERM SHEET\n\n## Robotics Holiday Program – Principal Sponsorship 2026–2027\n\n| Item | Term |\n|---|---|\n| **Parties** | Mallee Discovery Centre Ltd ("the Centre"); Saltbush Energy Pty Ltd ("the Sponsor"). |\n| **Sponsorship fee** | AUD 30,000 (ex GST) per financial year, paid by the Sponsor in two equal instalments. |\n| **Centre obligations** | Design and deliver two programs each year; reserve half the places for students from rural schools; report within 30 days of each program. |\n| **Sponsor obligations** | Pay the sponsorship fee; supply up to six staff volunteers per program day; attend one planning meeting before each program. |\n| **Governing law** | South Australia. |\n', { agreement: true });
    const roles = sheet.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    assert.ok(roles.evidence.some((e) => /a duty of Sponsor \(table row\)/.test(e.why)), JSON.stringify(roles.evidence));
  });
  it('a party\'s heading that holds only a hedged promise ("The Library will support the program where practicable") gives it no duty', () => {
    const text = (library: string) => `# Memorandum of Understanding\n\nThis MOU is between the Murrindi Institute of TAFE ("TAFE") and the Koolunga Regional Library Service ("the Library").\n\n**What TAFE will do.** TAFE will:\n\n- enrol learners in the Certificate I in Skills for Vocational Pathways;\n- assign a qualified foundation skills teacher to deliver sessions at the Library;\n- issue Statements of Attainment to learners who complete their units.\n\n**What the Library will do.** ${library}\n`;
    const hedged = analyze(text('The Library will support the program where practicable.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(hedged.status, 'weak', hedged.reason);
    assert.match(hedged.reason, /only TAFE's duties are written down; say what the Library will do/);
    const bestEfforts = analyze(text('4.2 The Library shall endeavour to facilitate the program, subject to the availability of its staff and resources.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(bestEfforts.status, 'weak', bestEfforts.reason);
    const real = analyze(text('The Library will book its community room for two sessions a week and promote the program in its branches.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(real.status, 'present', real.reason);
    // Support and encouragement in general, under the party's own heading.
    for (const vague of ['The Library shall give the necessary support and cooperation for the success of the programme.\n- The Library shall encourage its members to take part fully.', 'The Library shall extend all necessary co-operation and do the needful to encourage its readers.']) {
      const s = analyze(text(vague), { agreement: true }).sections.find((x) => x.id === 'roles')!;
      assert.equal(s.status, 'weak', `${vague}: ${s.reason}`);
    }
  });
  it('what learners are not charged is a term of taking part, not a contribution; a corporate affairs mailbox is a shared one', async () => {
    const { isConcreteCommitment, isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    for (const t of ['6.2 Learners shall not be charged any fee for participation.', 'No fees shall be charged to any student taking part in the programme.']) assert.ok(!(isConcreteCommitment(t) && isResourceSentence(t)), t);
    const waiver = 'The University will not charge tuition fees to incoming exchange students.';
    assert.ok(isConcreteCommitment(waiver) && isResourceSentence(waiver), waiver);
    const { SHARED_MAILBOX } = await import('../../server/src/core/signals');
    assert.ok(SHARED_MAILBOX.test('corporate.affairs@kponebank.example.com.gh'));
    assert.ok(SHARED_MAILBOX.test('communityrelations@harbourview.example.org'));
    assert.ok(!SHARED_MAILBOX.test('efua.asante@nkabom.example.org'));
  });
  it('how often a committee meets is no outcome ("at least one representative of each party will meet each term"); what students reach is', () => {
    const text = (goal: string) => `# Shadowing Agreement\n\nThis Agreement is between Northshore Hospital and Lakeview District School Board.\n\n## 8. Program Goals and Evaluation\n\n8.1 The goals of the Program are to increase students' awareness of careers in health care.\n\n8.2 A Program Committee made up of at least one representative of each party will meet each term to review the Program.\n${goal}`;
    const none = analyze(text(''), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(none.status, 'weak', none.reason);
    const goal = analyze(text('\n8.3 At least 80% of participating students will report a clearer career plan in the June 2027 survey.\n'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(goal.status, 'present', goal.reason);
  });
  it('an insurance minimum and a ratio under the safety heading are safety controls, not contributions', () => {
    const a = analyze('# Career Shadowing Agreement\n\nThis Agreement is between Pinecrest Regional Hospital (the "Hospital") and Lakeview School District (the "District").\n\n## 3. Responsibilities\n\nThe Hospital will host Grade 11 students for half-day shadowing sessions. The District will select the students and send their forms two weeks ahead.\n\n## 7. Student Safety\n\n7.1 Each Student shall be paired with one Host Staff Member for every session and shall never be left alone with a patient.\n\n7.2 The Hospital shall maintain general liability insurance of at least $1,000,000 per occurrence.\n\n7.3 Any injury to a Student shall be reported to the District within 24 hours.\n\n7.4 Every Host Staff Member has passed a criminal background check.\n', { agreement: true });
    const money = a.sections.find((x) => x.id === 'resource-commitments')!;
    assert.notEqual(money.status, 'present', money.reason);
    assert.equal(a.sections.find((x) => x.id === 'safety-protocols')!.status, 'present');
    // A recital tells what a party is or has done; it gives nothing.
    const recital = analyze('# MEMORANDUM OF AGREEMENT\n\nWHEREAS, the UNIVERSITY, through its College of Fisheries, offers the Bachelor of Science in Fisheries program, which requires students to complete not less than three hundred (300) hours of on-the-job training;\n\nWHEREAS, the FOUNDATION operates three reef monitoring stations in the Province and provides boats, dive gear and PHP 250,000 a year for their upkeep;\n\nNOW, THEREFORE, the parties agree as follows:\n\n## Article II – Obligations\n\nThe UNIVERSITY shall send its students to the Foundation\'s stations for on-the-job training. The FOUNDATION shall assign a station officer to guide them.\n', { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.notEqual(recital.status, 'present', recital.reason);
  });
  it('background checks as agreements outside the US write them: volunteer screening, a DBS certificate with barred list checks, an extract of criminal record, a check against a child register', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    for (const t of [
      'Before your first session you must complete our volunteer screening: a signed declaration, two references and an interview.',
      'Each trainee holds an enhanced Disclosure and Barring Service certificate with barred list checks.',
      'A Hospital Student holds an extract of criminal record issued within the previous three months.',
      'Every mentor shall be checked against the national Child Protection Register before working with pupils.',
    ]) assert.ok(safetyControls(t).includes('background-checks'), t);
    assert.ok(!safetyControls('The clinic offers free vision screening to all pupils.').includes('background-checks'));
  });
  it('background checks and supervision an agreement requires among a party\'s duties count for its safety section', () => {
    const text = (duties: string) => `# Memorandum of Agreement\n\nThis Memorandum is between Capiz State College (the "COLLEGE") and the Roxas Reef Foundation (the "FOUNDATION").\n\n## Article II – Obligations of the Foundation\n\nThe FOUNDATION shall host up to eight (8) student trainees each semester at its field station.\n${duties}\n## Article III – Safety of Student Trainees\n\n1. Every student trainee shall wear a life vest on any boat.\n2. Any accident or injury shall be reported to the COLLEGE within twenty-four (24) hours.\n3. The parent or guardian of every trainee under 18 shall sign a written consent form.\n`;
    const without = analyze(text(''), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(without.status, 'weak', without.reason);
    const withDuties = analyze(text('The FOUNDATION shall ensure that its staff who work with trainees hold a current NBI clearance.\nA COLLEGE instructor shall be on board every boat that carries trainees.\n'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(withDuties.status, 'present', withDuties.reason);
    assert.ok(withDuties.evidence.some((e) => /elsewhere in the agreement/.test(e.why)), JSON.stringify(withDuties.evidence));
  });
  it('a party whose heading holds only a pointer to a schedule ("shall discharge the responsibilities set out in Schedule A") and a permission ("may conduct inspections") has no duty written here', () => {
    const a = analyze('# MEMORANDUM OF AGREEMENT\n\nThis Memorandum is between the District Skills Mission (the "Mission") and Sahyadri Skills Foundation (the "Training Partner").\n\n### 4. RESPONSIBILITIES OF THE TRAINING PARTNER\n\nThe Training Partner shall:\n\n4.1 Enrol 120 eligible candidates in each batch.\n\n4.2 Provide classrooms and workshop equipment at the Training Centre.\n\n4.3 Deploy certified trainers for each job role.\n\n### 5. RESPONSIBILITIES OF THE MISSION\n\n5.1 The Mission shall discharge the responsibilities set out in **Schedule A**.\n\n5.2 The Mission or its authorised agency may conduct inspections of the Training Centre at any time.\n\n### 6. TERM\n\nThis Memorandum is valid for two years from the date of signing.\n\n*Encl.: Schedule A – Responsibilities of the Mission (to be attached)*\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /say what the Mission will do/);
    // A list of enclosures under the party's heading is no duty either.
    const encl = analyze('# MEMORANDUM OF AGREEMENT\n\nThis Memorandum is between the District Skills Mission (the "Mission") and Sahyadri Skills Foundation (the "Training Partner").\n\n### 4. RESPONSIBILITIES OF THE TRAINING PARTNER\n\nThe Training Partner shall:\n\n4.1 Enrol 120 eligible candidates in each batch.\n\n4.2 Provide classrooms and workshop equipment at the Training Centre.\n\n### 5. RESPONSIBILITIES OF THE MISSION\n\n5.1 The Mission shall discharge the responsibilities set out in **Schedule A**.\n\n*Encl.: Schedule A – Responsibilities of the Mission (to be attached)*\n', { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(encl.status, 'weak', encl.reason);
    // "4.1 The obligations of the Polytechnic … are as set out in its Guidelines": a pointer, not a duty.
    const b = analyze('# MEMORANDUM OF AGREEMENT\n\nThis Memorandum is between Politeknik Tanjung Aru (the "Polytechnic") and Kinabalu Precision Sdn. Bhd. (the "Company").\n\n## 3. OBLIGATIONS OF THE COMPANY\n\nThe Company shall:\n\n3.1 accept up to ten (10) Students for each industrial training intake;\n\n3.2 assign a supervisor to each Student;\n\n3.3 pay each Student an allowance of RM600 a month.\n\n## 4. OBLIGATIONS OF THE POLYTECHNIC\n\n4.1 The obligations of the Polytechnic in relation to Students on industrial training are as set out in the Polytechnic\'s Industrial Training Guidelines.\n\n## 5. TERM\n\nThis Memorandum is valid for three years.\n', { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(b.status, 'weak', b.reason);
  });
  it('a volunteer\'s checklist of "☐ I will…" pledges, with "you" meaning the volunteer too, writes down only the signer\'s duties', () => {
    const text = (club: string) => `# Volunteer Agreement — Coder Hub Kids\n\nThank you for volunteering with Coder Hub Kids at Millpond Library. You must return the signed agreement before your first session.\n\n## 1. About your role\n\nTick each box:\n\n☐ I will arrive at least 15 minutes before each session and sign in on the attendance sheet.\n\n☐ I will tell the Club Leader at least 24 hours before if I cannot attend.\n\n☐ I will follow the Child Safe Code of Conduct, which I have read.\n\n☐ I will return any club equipment I borrow.\n${club}\n## 2. Signature\n\nVolunteer name: ____________ Date: ________\n`;
    const one = analyze(text(''), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(one.status, 'weak', one.reason);
    assert.match(one.reason, /only the signer's own duties/);
    const both = analyze(text('\n## 2. What we will do\n\nWe will give you a two-hour induction before your first session and a club T-shirt.\n'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(both.status, 'present', both.reason);
  });
  it('a partner whose only duty is to support and collaborate "as appropriate", and to contribute resources "as mutually agreed", has none written down', async () => {
    const a = analyze('# Partnership Agreement\n\nThis agreement is between Lakeside High School and Harlan Tool & Die Inc.\n\n### Responsibilities\n\n**Lakeside High School will:**\n\n- Recruit juniors from the Engineering Academy for job shadow days.\n- Provide district buses for every plant visit.\n- Collect signed permission forms before each visit.\n\n**Harlan Tool & Die Inc. will:**\n\n- Support the Academy\'s goals and collaborate with Lakeside staff on work-based learning opportunities as appropriate.\n\n### Resources\n\nHarlan Tool & Die Inc. will contribute resources, such as materials and staff time, as mutually agreed by the parties each semester.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /only Lakeside High School's duties are written down/);
    // "(as appropriate)" inside a party's name over its list is no hedge on the list.
    const { VAGUE_DUTY, personNames } = await import('../../server/src/core/signals');
    assert.ok(!VAGUE_DUTY.test('Partner District and Schools (as appropriate) Agrees To: provide a computer lab for every class.'));
    // "Cell In-charge" on the line under a teacher's name is a role, not a second person.
    assert.deepEqual(personNames('Cell In-charge'), []);
    assert.deepEqual(personNames('Programme Coordinator'), []);
  });
  it('a charter\'s "All Members will" list is every member\'s duty, not one side\'s', () => {
    const a = analyze('# OpenLibraries Consortium Charter\n\nThis Charter is an agreement between the organisations listed in Section 2 (the **Members**) on how we jointly govern and maintain the OpenLibraries catalogue.\n\n## 2. Members\n\n| Member | Country |\n|---|---|\n| Kilbride County Libraries | Ireland |\n| Port Ellis Public Library | Canada |\n| Mundaring Vale Libraries | Australia |\n\n## 4. Responsibilities\n\n### 4.1 All Members will\n\n- name a Steering Group representative and an alternate;\n- send fixes they build to the main repository within 30 days;\n- report security vulnerabilities privately to the Security Team;\n- run a supported release of the catalogue software.\n\n### 4.2 Components\n\nEach Member leads at least one component. The lead Member is responsible for reviewing and merging changes to that component and keeping its documentation current.\n\n| Component | Lead Member | Backup |\n|---|---|---|\n| Catalogue search | Kilbride County Libraries | Port Ellis Public Library |\n| Loans and holds | Port Ellis Public Library | Mundaring Vale Libraries |\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.notEqual(roles.status, 'missing', roles.reason);
    assert.doesNotMatch(roles.reason, /only .*duties are written down/);
  });
  it('a staff role that names no party ("The OJT Adviser shall visit…") is someone\'s staff, not a side', () => {
    const a = analyze('# MEMORANDUM OF AGREEMENT\n\nThis Memorandum is entered into by Tanauan Polytechnic College (the "COLLEGE") and the Batangas Coastal Heritage Foundation (the "FOUNDATION").\n\n## ARTICLE II – OBLIGATIONS\n\nThe COLLEGE shall:\n\n1. deploy not more than eight (8) Student Trainees per semester;\n2. secure the written consent of the parent or guardian of every Student Trainee;\n3. insure every Student Trainee against accident for the whole placement.\n\nThe FOUNDATION shall collaborate with the COLLEGE in the implementation of the OJT and shall extend its cooperation.\n\nThe OJT Adviser shall visit the Student Trainees at the field station at least twice a month.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /only the COLLEGE's duties are written down/);
  });
  it('a pandoc two-column table of contacts (a rule, the parties, a rule, each person\'s lines side by side, a rule) is two contact cards, not a heading', () => {
    const a = analyze('# Training Services Agreement\n\nThis Agreement is between Akwapim Technical Institute (the "Institute") and Kpone Digital Academy Ltd (the "Service Provider").\n\n**8. CONTACT PERSONS**\n\n8.1 All communications under this Agreement shall be addressed to:\n\n  ----------------------------------------------------------------------------\n  **For the Institute**                       **For the Service Provider**\n  ------------------------------------------- --------------------------------\n  Mr. Kojo Asante-Mensah                      Ms. Abena Owusu-Ansah\n  Programme Coordinator, Dept. of Computer    Head of Training Delivery\n  Science\n  Email: k.asante@ati.example.edu.gh          Email: abena.owusu@kponedigital.example.com\n  Tel: 024 555 7719                           Tel: 030 255 4410\n  ----------------------------------------------------------------------------\n\n8.2 Either party may change its contact person by written notice to the other party.\n', { agreement: true });
    const c = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(c.status, 'present', c.reason);
    assert.ok(!a.findings.some((f) => /Kojo/.test(f.message)));
  });
  it('a pandoc simple table is read as a table (its last row over the closing rule is no heading), and a table of targets counts under any heading', () => {
    const simple = '# Open Data Partnership Agreement\n\nThis Agreement is between Ashby Vale Borough Council ("the Council") and Open Lanes CIC ("OLC").\n\n**9. SUCCESS MEASURES**\n\n9.1 The Parties will measure the success of the Project against the following targets.\n\n  ---------------------------------------------------------------------------\n  Measure                        Baseline (Feb 2026)    Target        By\n  ------------------------------ ---------------------- ------------- -------------\n  Datasets published on the      4                      15            31 March 2027\n  Portal\n\n  Median days to fix a           n/a                    ≤ 10 working  Ongoing\n  reported defect                                       days\n  ---------------------------------------------------------------------------\n\n**10. TERM**\n\nThis Agreement ends on 31 March 2027.\n\nSignature: ______________________\n';
    const a = analyze(simple, { agreement: true });
    assert.ok(!a.model.headings.some((h) => /Median days/.test(h.text)), a.model.headings.map((h) => h.text).join(' / '));
    const outcomes = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
    // The same targets in a pipe table under a heading of their own, the outcomes titled elsewhere.
    const elsewhere = analyze('# Digital Skills Network Charter\n\nThis Charter is agreed by Fenmoor College and Westlade College (the "Members").\n\n## Our purpose\n\n- To raise the number of digital qualifications achieved by learners in the area.\n\n## Measurable ambitions\n\n| Ambition | Baseline (2024/25) | Target (2027/28) | Source |\n|---|---|---|---|\n| Learners achieving a Level 3 digital qualification | 1,140 | 1,370 | DfE achievement data |\n| Achievement rate, Level 3 digital | 71.8% | at least 78% | DfE tables |\n', { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(elsewhere.status, 'present', elsewhere.reason);
  });
  it('text set apart by runs of spaces in three or more columns is a table\'s rows; in two, text side by side', async () => {
    const { spacedRows, columns } = await import('../../server/src/core/facts/lines');
    assert.equal(spacedRows('Measure      Baseline      Target      By\n-------      --------      ------      --\nDatasets published   4   15   31 March 2027\non the Portal'), 'Measure | Baseline | Target | By\nDatasets published on the Portal | 4 | 15 | 31 March 2027');
    assert.equal(spacedRows('Dr. Ana Ruiz      Carl Voss\nana@example.org      carl@example.org'), undefined);
    assert.ok(columns('Dr. Ana Ruiz      Carl Voss\nana@example.org      carl@example.org'));
    // A multiline table: a line that runs a row on puts each word under its own column (the header's "actual" / "target").
    assert.equal(
      spacedRows('Measure          PY 2025–26      PY 2026–27       Source\n                 actual          target\n---------------  --------------  ---------------  -----------\nInterns placed   7               12               Centre intern\nin paid roles                                     log', [0, 17, 0, 0, 0]),
      'Measure | PY 2025–26 actual | PY 2026–27 target | Source\nInterns placed in paid roles | 7 | 12 | Centre intern log',
    );
    // As an amendment's exhibit converts (each row its own paragraph, markdown having dropped the indentation): its targets and period count.
    const exhibit = analyze('AMENDMENT NO. 1 TO THE MEMORANDUM OF UNDERSTANDING\n\nThis Amendment is made by and between Kestrel Valley STEM Center ("Center") and Orrin Data, LLC ("Orrin").\n\n1. Exhibit B to the MOU is replaced with the Exhibit B attached.\n\nEXHIBIT B\nPERFORMANCE TARGETS – PROGRAM YEAR 2026–27\n\nMeasure                          PY 2025–26      PY 2026–27       Data source\n                                 actual          target\n-------------------------------  --------------  ---------------  ----------------\nStudents completing the          22              30               Center enrollment\nIntroduction to Data                                              system\nAnalytics course\n\nStudents completing a paid       7               12               Center internship\nsummer internship                                                 log\n-------------------------------  --------------  ---------------  ----------------\n', { agreement: true });
    const outcomes = exhibit.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
  });
  it('an activity\'s defined name ("the Challenge") is no party; a right ("shall have the right of first refusal") is no duty; support "as may be necessary" under a party\'s heading is none either', () => {
    const a = analyze('# MEMORANDUM OF UNDERSTANDING\n\nBETWEEN the Okenne State ICT Development Agency (hereinafter "the Agency") AND Riverbend Innovation Hub Limited (hereinafter "the Hub").\n\nThe Hub will organise the Okenne GovTech Challenge 2026 ("the Challenge"), in which teams of young innovators build digital public services.\n\n## 2.0 RESPONSIBILITIES OF THE HUB\n\n2.1 The Hub shall:\n(a) design the Challenge format and judging criteria;\n(b) provide the venue, internet connectivity, power and meals for all participants;\n(c) award cash prizes to the three best teams.\n\n## 3.0 RESPONSIBILITIES OF THE AGENCY\n\n3.1 The Agency shall give its support to the Challenge and shall collaborate with the Hub as may be necessary for its success.\n\n## 6.0 INTELLECTUAL PROPERTY\n\n6.1 The Agency shall have the right of first refusal to adopt any winning solution.\n', { agreement: true });
    assert.deepEqual(a.parties.map((p) => p.name), ['Agency', 'Hub']);
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /only the Hub's duties are written down; say what the Agency will do/);
  });
  it('a redline\'s deleted words are not the agreement\'s ("[deleted: …]", ~~struck out~~), its inserted ones are, and a comment mark ("[RK2]") is no blank', () => {
    const base = '# Memorandum of Understanding\n\nThis MoU is between Sri Venkata Institute of Engineering ("the Institute") and Quarkline Automation Pvt. Ltd. ("the Company").\n\n## FINANCIAL IMPLICATIONS\n\n1. The Company will supply PLC training kits to the Institute on loan.\n\n';
    const deleted = analyze(base + '2. [deleted: The cost of the training kits, estimated at Rs. 18,50,000, shall be borne by the Company.][RK2]\n', { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(deleted.status, 'weak', deleted.reason);
    assert.doesNotMatch(deleted.reason, /RK2/);
    const struck = analyze(base + '2. ~~The cost of the training kits, estimated at Rs. 18,50,000, shall be borne by the Company.~~\n', { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(struck.status, 'weak', struck.reason);
    const inserted = analyze(base + '2. [inserted: The Company shall bear the cost of the kits, Rs. 18,50,000.]\n', { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(inserted.status, 'present', inserted.reason);
  });
  it('recitals end at "NOW, THEREFORE … agree as follows" even where no heading follows them', () => {
    const a = analyze('CLINICAL AFFILIATION AGREEMENT\n\nThis Agreement is between Pine Ridge Community College ("College") and Mercy Vale Hospital ("Facility").\n\nRECITALS\n\nWHEREAS, College offers programs in Practical Nursing that require supervised clinical experiences;\n\nWHEREAS, the Parties wish to set out their respective responsibilities;\n\nNOW, THEREFORE, the Parties agree as follows:\n\n1. Responsibilities of the College\n   1.1 The College shall assign a clinical instructor to every unit where students are placed.\n   1.2 The College shall verify each student\'s background check before the first shift.\n2. Responsibilities of the Facility\n   2.1 The Facility shall provide an orientation of at least four hours to each student.\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
  it('an HTML letter\'s acceptance line ("<p>Agreed for … School: ____ Date: ____</p>") is a line to sign on, not a contact left blank', () => {
    const a = analyze('<p><strong>Lakeside Rotary Club</strong><br>PO Box 12, Lakeside</p>\n<p><strong>Re: Letter of Agreement – 2026 robotics sponsorship</strong></p>\n<p>Dear Ms Ortiz,</p>\n<p>This letter confirms what the Club and the school have agreed for this season.</p>\n<p><strong>The Club will</strong> pay $2,000 to the school\'s robotics account by October 15, 2026.</p>\n<p><strong>The school will</strong> use the funds for parts and give the Club a season report by April 30, 2027.</p>\n<p><strong>Contacts:</strong> for the Club, me (below); for the school, you, at lortiz@lakeside.k12.example.us, (555) 014-2290.</p>\n<p>Please sign below and return a copy.</p>\n<p>Maria Jensen, Youth Services Chair<br>mjensen.rotary@example.org · (555) 014-7781</p>\n<p>Agreed for Lakeside High School: ____________________ Date: ________</p>\n', { agreement: true });
    const c = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(c.status, 'present', c.reason);
  });
  it('a rule to sign on over the signer\'s name in an HTML signature table, and "Per: ____", are lines to sign on, not contacts left blank', () => {
    const body = '# Museum Visits Partnership Agreement\n\nThis agreement is between the Harbourview Museum of Science ("the Museum") and Westfield District School Board ("the Board").\n\n## 3. Contacts\n\nThe Museum\'s contact is Dr. Leila Haddad, Head of Learning (lhaddad@harbourviewmuseum.example.ca, 519-555-0143). The Board\'s contact is Tomás Herrera, STEM Consultant (therrera@westfieldsb.example.ca, 519-555-0377).\n\nSigned for the parties:\n\n';
    const html = '<table>\n<tr><td><strong>Harbourview Museum of Science</strong><br><br>______________________<br>Dr. Leila Haddad<br>Head of Learning<br>Date: 2 September 2025</td>\n<td><strong>Westfield District School Board</strong><br><br>______________________<br>Tomás Herrera<br>STEM Consultant<br>Date: 4 September 2025</td></tr>\n</table>\n';
    const per = 'For the Museum                            For the Board\n\nPer: ____________________________         Per: ____________________________\n';
    for (const signatures of [html, per]) {
      const c = analyze(body + signatures, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
      assert.equal(c.status, 'present', `${signatures}: ${c.reason}`);
    }
  });
  it('a "Memo of understanding" is an agreement, its parties named after "Following our conversation…"; a cover page and a table of contents are not', () => {
    const memo = analyze('# Memo of understanding – Year 10 job shadowing at Marlow Tate Associates\n\n**From:** Fernhill Academy\n**To:** Marlow Tate Associates, Brayford office\n\nFollowing our conversation last week, this memo sets out what Fernhill Academy ("the school") and Marlow Tate Associates ("MTA") have agreed about the job shadowing visit.\n\n1. **The visit.** MTA will host a group of Year 10 students at its Brayford office for one day in the summer term.\n\n2. **What the school will do.** The school will choose the students and prepare them with a short session beforehand.\n\n*Agreed by Fernhill Academy and Marlow Tate Associates, February 2026.*\n');
    assert.equal(memo.isAgreement, true, memo.agreementReason);
    assert.deepEqual(memo.parties.map((p) => p.names.join(' = ')), ['Fernhill Academy = school', 'Marlow Tate Associates = MTA']);
    const toc = ['COLLABORATIVE RESEARCH AGREEMENT', '', 'Halvard Institute of Technology', '', 'and', '', 'Port Halvard Ports Corporation', '', 'Contents', ''];
    for (const [i, title] of ['Definitions', 'Term', 'Institute obligations', 'Corporation obligations', 'Student placements', 'Work health and safety', 'Contributions and payment', 'Notices', 'General'].entries()) toc.push(`${i + 1}.   ${title} ${'.'.repeat(40)} ${i + 2}`, '');
    const contents = analyze(toc.join('\n'));
    assert.equal(contents.isAgreement, false, contents.agreementReason);
    assert.match(contents.agreementReason, /table of contents/);
  });
  it('a programme\'s mailbox ("codeclub@…") under a team\'s name is shared, an induction is no contribution, and "up to R150 per Saturday" is money', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    const { AMOUNT } = await import('../../server/src/core/signals');
    assert.deepEqual(contactEntries('Youth Services team, Wattle Bay Libraries — codeclub@wattlebay.example.gov.au').shared, ['codeclub@wattlebay.example.gov.au']);
    assert.ok(!isConcreteCommitment('The Library will give you a volunteer induction (about 90 minutes) covering child safety and the Code of Conduct.'));
    assert.ok(AMOUNT.test('The Centre will reimburse travel costs up to R150 per Saturday.'));
    assert.ok(!AMOUNT.test('Sessions run in Room R150 on the second floor.'));
  });
  it('a money section that points to another clause ("as described in clause 3.2") is read with that clause', () => {
    const text = (host: string) => `# Teacher Industry Placement Agreement\n\nThis Agreement is between the Riverina STEM Network ("the Network") and Murrumbidgee Water ("the Host").\n\n## 3. Responsibilities\n\n**3.1 The Network will:**\n\n- recruit six teachers for the placement;\n- brief them before the first day.\n\n**3.2 The Host will:**\n\n${host}\n\n## 5. Costs and contributions\n\n5.1 The Network will pay each teacher a stipend. The amount is TBC.\n\n5.2 The Host will contribute staff time and facilities as described in clause 3.2 at its own cost.\n`;
    const concrete = analyze(text('- name at least four industry buddies;\n- send at least two staff to the showcase day on 6 March 2027.'), { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(concrete.status, 'present', concrete.reason);
    assert.match(concrete.reason, /in the clause the section refers to/);
    const vague = analyze(text('- support the teachers during the placement;\n- share ideas for classroom units.'), { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(vague.status, 'weak', vague.reason);
  });
  it('own costs of negotiating the agreement, or all but those an annex sets out, are no statement that no money changes hands', () => {
    const money = (clause: string) => analyze(`# Memorandum of Agreement on Academic Cooperation\n\nThis MoA is between Universiti Tanjung Selasih ("UTS") and Kwahu Plateau University ("KPU").\n\n## ARTICLE 7 — FINANCIAL ARRANGEMENTS\n\n${clause}\n\n7.2 The financial arrangements for each Activity shall be mutually agreed upon by the Parties in the relevant Implementing Arrangement.\n`, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    const negotiation = money('7.1 Each Party shall bear its own costs and expenses in relation to the negotiation and execution of this MoA.');
    assert.equal(negotiation.status, 'weak', negotiation.reason);
    assert.match(negotiation.reason, /to be agreed/);
    assert.equal(money('7.1 Except as set out in Annex 2, each Party bears its own costs of participating in the Project.').status, 'weak');
    assert.equal(money('7.1 Each Party bears its own costs of participating in the Project; no funds change hands.').status, 'present');
  });
  it('a section titled by its bold first sentence ("**No funds change hands under this MOU.** Each side pays its own costs.") says no funds change hands', () => {
    const mou = analyze('# Memorandum of Understanding: Town of Ashby × Code for Ashby\n\nThis MOU is between the Town of Ashby ("the Town") and Code for Ashby ("the Brigade").\n\n3. Who does what\n\nThe Town will publish the bus-stop dataset by 1 March 2027. The Brigade will run two data days a year.\n\n4. Money\n\n**No funds change hands under this MOU.** Each side pays its own costs. The Town\'s contribution is staff time and a meeting room.\n', { agreement: true });
    const money = mou.sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(money.status, 'present', money.reason);
    assert.match(money.reason, /no funds change hands/);
  });
  it('"the 2025–26 school year" is a year, not 26 schools: metrics still to agree are no targets', async () => {
    const { MEASURE_TARGET } = await import('../../server/src/core/signals');
    assert.ok(!MEASURE_TARGET.test('The Steering Committee will, during the 2026–27 school year, agree a set of metrics for the Academy.'));
    assert.ok(MEASURE_TARGET.test('The program will reach 26 schools by June 2027.'));
  });
  it('"finish at least one project they\'re proud of" is a hope for each child, no target; "at least 1,000 visitors" and "at least two projects" are targets', async () => {
    const { MEASURE_TARGET } = await import('../../server/src/core/signals');
    assert.ok(!MEASURE_TARGET.test("We want kids to finish at least one project they're proud of."));
    assert.ok(MEASURE_TARGET.test('The club will welcome at least 1,000 visitors by June 2027.'));
    assert.ok(MEASURE_TARGET.test('Each team will complete at least two projects by May.'));
    const club = analyze('# Code Club Agreement\n\nThis agreement is between Riverside Youth Centre ("RYC") and ByteBuddies ("BB").\n\n## What RYC will do\n\nRYC will open its computer room every Tuesday.\n\n## What BB will do\n\nBB will send two volunteers to every session.\n\n## What we hope happens\n\nWe want kids to:\n\n- have fun;\n- finish at least one project they\'re proud of;\n- keep coming back.\n\nWe\'ll do a short survey in December and May.\n', { agreement: true });
    assert.equal(club.sections.find((x) => x.id === 'intended-outcomes')!.status, 'weak');
  });
  it('a thing as the subject ("Use of the Bank\'s name and logo shall conform…") owes no duty, so a sponsor\'s letter with only its own duties is one-sided', async () => {
    const { actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(actorOf("Use of the Bank's name and logo shall conform to the Bank's brand guidelines."), '');
    assert.equal(actorOf('University of Ghana shall host two exchange students each year.'), 'university of ghana');
  });
  it('a renewal that says the original agreement\'s responsibilities "continue unchanged", with no duty of its own, is weak wherever it says so', () => {
    const a = analyze('# Renewal of Partnership Agreement\n\n1.1 Harrowgate Borough Council ("the Library Service") and St Bede\'s Primary School ("the School") entered into a Partnership Agreement dated 14 September 2023 ("the Original Agreement") for an after-school Homework Club.\n\n2.1 The Original Agreement is renewed for the period 1 September 2026 to 31 August 2028.\n\n2.2 Except as varied by this document, the Original Agreement continues in full force. In particular, the responsibilities of each party set out in Clause 4 of the Original Agreement continue unchanged.\n\n3.1 Clause 3.2 is replaced by: "The Homework Club will run on Tuesdays and Thursdays from 3.30 pm to 5.00 pm during term time."\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /leaves the duties to the Original Agreement/);
  });
  it('"3.2 Partner will:" over a list of drafting notes leaves the Partner\'s duties to write, as a heading would', () => {
    const a = analyze('# Memorandum of Understanding — STEM Club\n\nThis MOU is between Granite Falls Public Schools ("GFPS") and Harmon Builders ("the Partner").\n\n**3. RESPONSIBILITIES**\n\n3.1 GFPS will:\n- Provide classroom space at the School at no cost to the Partner during club hours;\n- Assign a staff sponsor who attends every session.\n\n3.2 Partner will:\n- *[List the Partner\'s specific responsibilities — e.g., curriculum, materials, number of volunteers. Be specific.]*\n- *[                                   ]*\n\n3.3 Both parties will work together in good faith to make the club a success.\n\n**4. CONTACTS**\n\nGFPS: STEM Coordinator\n', { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /duties of the Partner are still blanks/);
  });
  it('a document as the subject ("The Annual Work Plan will set out the activities…") owes nothing; "the other participants to this MoU will:" still do', async () => {
    const { hasActor, actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(hasActor('4.2 The Annual Work Plan will set out the activities to be delivered and the responsibilities of each Party.').actor, false);
    assert.equal(actorOf('The Annual Work Plan will set out the activities to be delivered.'), '');
    assert.equal(actorOf('The other participants to this MoU will communicate their concerns promptly.'), 'other participants to mou');
  });
  it('an annex present only as its title "to be completed" or "to follow" is not in the document', () => {
    const text = (annex: string) => `# Memorandum of Understanding\n\nThis MOU is between Eastmoor Council ("the Council") and Brookdale Housing ("the Association").\n\n## 4. Responsibilities\n\n4.1 The respective responsibilities of each Party are set out in Annex B.\n\n## Annex B – Annual Work Plan 2026/27${annex}\n`;
    const toFollow = analyze(text(' – *to follow*'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(toFollow.status, 'weak', toFollow.reason);
    assert.match(toFollow.reason, /leaves the duties to “Annex B”, which is not in this document/);
  });
  it('"the aim of the pilot is to see more … information made available" is a (weak) outcome', async () => {
    const { outcomeSignal } = await import('../../server/src/core/signals');
    assert.ok(outcomeSignal('The aim of the pilot is to see more of the Council\'s everyday information made available openly and actually used.'));
  });
  it('a sister-school declaration: "established to foster friendship" is a vague aim, and a signature table of heads is its only contacts', () => {
    const a = analyze('# AGREEMENT OF SISTER SCHOOL RELATIONSHIP\n\n**Ban Khao Wittaya School**\nKhao District, Kingdom of Thailand\n\n**Lanxi No. 2 Middle School**\nLanxi City, People\'s Republic of China\n\nBan Khao Wittaya School and Lanxi No. 2 Middle School are hereby affiliated as sister schools.\n\nThis relationship is established to foster friendship, mutual understanding and respect between the young people of our two schools.\n\nThis Agreement takes effect on the date of signature and shall remain valid for five (5) years.\n\n| Ban Khao Wittaya School | Lanxi No. 2 Middle School |\n|---|---|\n| Mr. Anan Srisuk | Ms. Chen Meiling |\n| Director | Principal |\n', { agreement: true });
    const outcomes = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'weak', outcomes.reason);
    const contacts = a.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'weak', contacts.reason);
    assert.match(contacts.reason, /names only its signatories/);
  });
  it('"FOCAL PERSONS" heads the contacts; "designates … as its Focal Person" names one', async () => {
    const mou = analyze('MEMORANDUM OF UNDERSTANDING\n\nBetween the Ekiti Hills State Ministry of Education ("the Ministry") and Code Sisters Initiative ("CSI").\n\n**4. OBLIGATIONS OF CSI**\n\n4.1 CSI shall run coding clubs in 12 schools each term.\n\n**9. FOCAL PERSONS**\n\n9.1 The Ministry designates the Director, Science Education, **Mrs. Folake Adeyemi-Okoro**, as its Focal Person for this MoU.\n\n9.2 CSI designates its Programme Manager, **Mr. Tunde Obi-Lawal**, as its Focal Person.\n\n9.3 Either Party shall notify the other in writing within fourteen (14) days of any change of Focal Person.\n', { agreement: true });
    const contacts = mou.sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'weak', contacts.reason);
    assert.match(contacts.reason, /Folake Adeyemi.*Tunde Obi.*no email or phone/);
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('as its Focal Person for this MoU'), []);
  });
  it('a PDF\'s execution block, a rule of dots over each signer\'s name and title on lines of their own, names only signatories: contacts weak, not missing', () => {
    const pdf = (block: string) => analyze(`PARTNERSHIP AGREEMENT\n\nThis Agreement is between Corran Valley Schools Network Inc. ("the Network") and Westmarch University ("the University").\n\n3. Obligations\n\n3.1 The Network will host two STEM days each term. The University will send 12 student ambassadors to each STEM day.\n\n13. Execution\n\nSigned for and on behalf of Corran Valley Schools Network Inc.\n\n${block}\n\nDate: ........../........../..........\n`, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    const signed = pdf('...........................................\nMs Ines Okonjo\nChairperson\n\n...........................................\nDr Pavel Lindqvist\nAssociate Dean (Engagement)');
    assert.equal(signed.status, 'weak', signed.reason);
    assert.match(signed.reason, /names only its signatories/);
    assert.equal(pdf('...........................................\n(signature)').status, 'missing');
    // …or a card alone under the signature written above it: "*D. Harcourt*" / "David Harcourt" / "Chief Executive Officer".
    const card = pdf('*I. Okonjo*\n\nMs Ines Okonjo\nChief Executive Officer');
    assert.equal(card.status, 'weak', card.reason);
  });
  it('"no students take part in this program" means no students take part, whatever else the text says of students', () => {
    const a = analyze('# Teacher Externship MOU\n\nThis Memorandum is between Lakeview School District ("the District") and Orion Fabrication Inc. ("the Host Company").\n\n## Safety\n\n- The Host Company will give each Extern a site safety orientation on the first day.\n- Externs will be escorted in production areas and will not operate machinery.\n- Any injury will be reported to the District within 24 hours.\n- Externs are adults and District employees; no students take part in this program.\n', { agreement: true });
    const safety = a.sections.find((s) => s.id === 'safety-protocols')!;
    assert.equal(safety.status, 'present', safety.reason);
  });
});

describe('what core users\' agreements say in their own ways', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  const letter = (more: string) =>
    `HARLOW VALLEY HOSPITAL\nVolunteer & Student Services\n12 Orchard Road, Harlow, PA 17844\n\nMarch 3, 2026\n\nMs. Dana Reyes\nCareer Pathways Coordinator\nBrookside High School\ndreyes@brookside.example.org | (570) 555-0101\n\n**Re: Letter of Agreement — Spring Job Shadowing**\n\nDear Ms. Reyes,\n\nThis letter confirms our job shadowing arrangements for spring 2026.\n\n**What Harlow Valley will do.** Volunteer & Student Services will:\n\n- match each student with a host in one department;\n- provide each student with a visitor badge and a locker;\n- run a 30-minute orientation at 8:00 a.m.\n\n${more}Please sign and return a copy of this letter.\n\nSincerely,\n\nOmar Haddad\nManager, Volunteer & Student Services\nHarlow Valley Hospital\nohaddad@harlowvalley.example.org | (570) 555-0199\n\n**Agreed and accepted** for Brookside High School: ______\n`;
  it('a unit named under its organisation in the letterhead and the signature ("Volunteer & Student Services") is that party: its duties alone are one side\'s', () => {
    const one = section(letter(''), 'roles');
    assert.equal(one.status, 'weak', one.reason);
    assert.match(one.reason, /only Harlow Valley/);
    const both = section(letter('**What Brookside will do.** Brookside High School will send a teacher with the students on each date and collect the signed permission forms a week ahead.\n\n'), 'roles');
    assert.equal(both.status, 'present', both.reason);
  });
  it('"There is no charge to the school …" and "members receive no honorarium or other compensation" say no funds change hands', () => {
    for (const s of ['There is no charge to the school or to students for the program.', 'Members serve as volunteers and receive no honorarium or other compensation for their service.']) {
      assert.equal(section(letter(`**Cost.** ${s}\n\n`), 'resource-commitments').status, 'present', s);
    }
  });
  it('"*4.2 The Library will:*" over a drafter\'s bracketed note that its duties are TBD leaves the Library\'s duties unwritten', () => {
    const md = '# Memorandum of Understanding\n\nThis MOU is between the Eastport Public Library ("the Library") and the Kell STEM Center ("the Center").\n\n**4. Responsibilities**\n\n*4.1 The Center will:*\n\n- design the camp curriculum;\n- recruit and train camp instructors;\n- bring laptops and kits each day.\n\n*4.2 The Library will:*\n\n> [Library responsibilities TBD — to be discussed at the 3/12 meeting. Registration? Room setup? — JL]\n';
    const s = section(md, 'roles');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /Library/);
  });
  it('a course in a list of courses ("HLTH 130 | First Aid and CPR") is no safety control; a company\'s name over its signature ("NORTHFIELD EVALUATION GROUP, LLC") heads no section', async () => {
    const md = '# Dual Enrollment Agreement\n\nThis Agreement is between Coldwater Unified School District ("the District") and Marlow Valley College ("the College").\n\n## 2. Courses\n\n| Course | Title | Units | Area |\n|---|---|---|---|\n| HLTH 120 | Medical Terminology | 3 | Health |\n| HLTH 130 | First Aid and CPR (C) | 1 | Health |\n\n## 3. Duties\n\nThe College will teach the courses at the high school. The District will provide the classrooms on Tuesdays and Thursdays.\n';
    assert.equal(section(md, 'safety-protocols').status, 'missing', section(md, 'safety-protocols').reason);
    const { matchHeading } = await import('../../server/src/core/title-match');
    assert.deepEqual(matchHeading('NORTHFIELD EVALUATION GROUP, LLC'), []);
    assert.deepEqual(matchHeading('Evaluation').map((m) => m.id), ['intended-outcomes']);
  });
  it('targets with their period in a "Cohorts" column or a "Week 12 target" header are outcomes with a target and a period; rows of targets are no contributions', () => {
    const head = '# Training Agreement\n\nThis Agreement is between Ridge Career and Technical Center ("the CTC") and Alder Auto Service ("the Employer").\n\n## 3. Duties\n\nThe Employer will pay the student $14.50 an hour. The CTC will visit the worksite twice a term.\n\n## 4. Training Plan and evaluation\n\n';
    const weeks = section(`${head}| # | Competency | Week 6 target | Week 12 target |\n|---|---|---|---|\n| 1 | Perform oil and filter change | 3 | 4 |\n| 2 | Inspect and rotate tires | 2 | 3 |\n`, 'intended-outcomes');
    assert.equal(weeks.status, 'present', weeks.reason);
    const cohorts = section(`${head}| Measure | Baseline | Program target | Cohorts |\n|---|---|---|---|\n| Persistence to the second term | 61% (2021–22) | 75% | 2025–26 entrants |\n`, 'intended-outcomes');
    assert.equal(cohorts.status, 'present', cohorts.reason);
    const success = '# Saturday Academy — Concept Draft\n\nThis draft is between the Ostby STEM Center and Meridian Women Engineers.\n\nThe Academy runs eight Saturday sessions for girls in grades 6–8 in a safe and welcoming environment.\n\n### What success looks like\n\n| Measure | How measured | Target |\n|---|---|---|\n| Enrolment | Registration records | 40 girls enrolled |\n| Attendance | Sign-in sheets | 80% of girls attend at least 6 of 8 sessions |\n';
    assert.notEqual(section(success, 'resource-commitments').status, 'present', section(success, 'resource-commitments').reason);
  });
  it('messages that "may be read by program staff" and meetings only "where program staff or school staff are present" are supervision', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.ok(safetyControls("All messages are recorded and may be read by Bright Futures program staff and by my mentee's teacher.").includes('supervision'));
    assert.ok(safetyControls('I will not meet my mentee except at events where program staff or school staff are present.').includes('supervision'));
    assert.ok(!safetyControls('Program staff will read each application.').includes('supervision'));
  });
});

describe('institutional agreements as they are published', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  const head = '# Articulation Agreement\n\nThis Agreement is between Lakeview Community College ("LCC") and Eastmere State University ("ESU").\n\n**3. Duties.** ESU will admit each LCC graduate with the AAS in junior standing. LCC will send ESU its list of graduates by June 30 each year.\n\n';
  it('"The following persons are responsible…:" over a card for each institution under its own bold title names the contacts', () => {
    const md = `${head}**8. Program Contacts.** The following persons are responsible for implementing this Agreement at their institutions:\n\n> **Lakeview Community College**\n> Prof. Renata Solis, Program Chair, Networking\n> rsolis@lakeviewcc.example.edu · (231) 555-2087\n>\n> **Eastmere State University**\n> Dr. Amir Kassem, Transfer Coordinator\n> akassem@eastmere.example.edu · (989) 555-6140\n\n**9. Review.** LCC and ESU will review this Agreement each spring.\n`;
    const s = section(md, 'points-of-contact');
    assert.equal(s.status, 'present', s.reason);
    // (…and a clause that introduces no one keeps its office only.)
    const office = section(`${head}**8. Program Contacts.** Each institution's transfer office implements this Agreement.\n\n**Lakeview Community College**\n\nProf. Renata Solis, Program Chair — rsolis@lakeviewcc.example.edu\n`, 'points-of-contact');
    assert.notEqual(office.status, 'present', office.reason);
  });
  it('a wage in a table of targets is an aim, not a sum given; "Nothing … obligates any Party to spend funds except as agreed in a work plan" leaves the money to be agreed', () => {
    const md = `${head}## 5. Resources\n\nEach Party will contribute staff time and other resources as shall be agreed in an annual work plan.\n\n## 7. Goals\n\n| Measure | Target | By |\n|---|---|---|\n| New apprentices registered | 150 | December 31, 2027 |\n| Median hourly wage at completion | at least $24.00 | 2027 cohort report |\n\n## 10. General\n\n10.2 Nothing in this MOU obligates any Party to spend funds except as agreed in an annual work plan.\n`;
    const s = section(md, 'resource-commitments');
    assert.equal(s.status, 'weak', s.reason);
    const plain = section(md.replace(' except as agreed in an annual work plan', ''), 'resource-commitments');
    assert.equal(plain.status, 'present', plain.reason);
  });
  it('work-based learning that "shall comply with applicable child labor laws" speaks of safety in general terms', () => {
    const s = section(`${head}6.3 Work-based learning offered under this Agreement, including job shadowing and internships, shall comply with applicable child labor laws and the policies of the student's school district.\n`, 'safety-protocols');
    assert.equal(s.status, 'weak', s.reason);
  });
  it('a form\'s note "*(list at least two goals, each with a measure and a target)*" is no target', () => {
    const md = `${head}## 1. Program Goals\n\nVolunteers meet weekly with students in grades 3–5.\n\n**Measurable program goals** *(list at least two goals, each with a measure and a target):*\n\n1. Improve attendance of participating students.\n`;
    const s = section(md, 'intended-outcomes');
    assert.equal(s.status, 'weak', s.reason);
  });
});

describe('who takes part, when students are named only in the hopes', () => {
  const md = (more: string) => `# Teacher Industry Placement Agreement\n\nThis Agreement is between Eastbank Secondary College ("the College") and Coastline Water ("Coastline").\n\n## 2. Coastline will\n\n2.1 Host three College teachers (the "Placement Teachers") for four weeks in January 2027.\n\n2.2 Pay each Placement Teacher a stipend of AUD 4,200 by 13 February 2027.\n\n${more}## 4. Health, safety and conduct on site\n\n4.1 Each Placement Teacher will complete the site induction before the first day.\n\n4.2 Placement Teachers will not enter operational areas unless accompanied by their host supervisor.\n\n4.3 Any injury will be reported to the host supervisor immediately and to the College within 24 hours.\n\n## 5. Expected outcomes\n\n- Placement Teachers gain a better understanding of the water industry;\n- students at the College become more aware of careers in water and engineering.\n`;
  it('"students at the College become more aware…" under "Expected outcomes" is no sign that students take part: the teachers\' controls are enough', () => {
    const s = analyze(md(''), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(s.status, 'present', s.reason);
  });
  it('students named under "Purpose" ("preparing students for careers in optics") take part: a missing safety section is still an error about them', () => {
    const a = analyze('# Memorandum of Understanding between Northside High School and Lumen Labs\n\nThis MOU is entered into by Northside High School ("the School") and Lumen Labs Inc. ("Lumen").\n\n## Purpose\n\nThe parties share an interest in preparing students for careers in optics.\n', { agreement: true });
    const f = a.findings.find((x) => x.section === 'safety-protocols')!;
    assert.equal(f.severity, 'error', f.message);
  });
  it('three controls of their own (supervision, a teacher\'s visits, a same-day incident report) keep job shadowing students safe without background checks; two do not', () => {
    const letter = (report: string) => `# Letter of Agreement — Careers Shadow Days 2026\n\nThis letter sets out how Fairholm Secondary School and Lakeside Veterinary Hospital will run careers shadow days. Please countersign and return a copy.\n\n## What each of us will do\n\nFairholm Secondary School will select up to eight Year 11 students, collect a signed parent consent form for each, and send the hospital a list of names a week before each day.\n\nLakeside Veterinary Hospital will host students on the first Wednesday of each month and give each a short induction on arrival.\n\n## Keeping students safe\n\nWhile at the hospital, students stay with a named member of the clinical staff at all times and do not handle animals alone. Our careers teacher will visit during each shadow day to check in with the students.${report}\n\n## Contacts\n\nFairholm: Ms Ruth Adeyemi, Careers Lead, r.adeyemi@fairholm.example.sch.uk, 01632 960 551.\nLakeside: Dr Paul Okonjo, Practice Manager, p.okonjo@lakesidevets.example.co.uk, 01632 960 778.\n`;
    const three = analyze(letter(' Any accident or injury involving a student is reported to the school by telephone the same day.'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(three.status, 'present', three.reason);
    assert.match(three.reason, /no background checks/);
    const two = analyze(letter(''), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(two.status, 'weak', two.reason);
    assert.match(two.reason, /background checks/);
  });
  it('a renewal letter: "Beginning summer 2026, Harlow will host…" is Harlow\'s duty, "our contact remains the undersigned" sends the reader to the signer\'s details, and a target reported "each October" has its period', async () => {
    const { actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(actorOf('Beginning summer 2026, Harlow will host twelve apprentices each summer.'), 'harlow');
    assert.equal(actorOf('Effective 1 July, the Institute will cover the cost of each learner\'s safety boots.'), 'institute');
    const { TO_FOOT } = await import('../../server/src/core/substance/contacts-elsewhere');
    assert.ok(TO_FOOT.test("The Institute's contact remains the undersigned."));
    const letter = `NORTHBANK TECHNICAL INSTITUTE\nOffice of Employer Partnerships\n40 Mill Road · Northbank, Ohio 44001\n\nMarch 3, 2026\n\nMs. Dana Whitlow\nPlant Manager\nHarlow Foods Ltd.\n12 Orchard Way\nNorthbank, Ohio 44003\n\n**Re: Renewal of the Memorandum of Understanding dated May 1, 2024 — Food Technology Apprenticeships**\n\nDear Ms. Whitlow,\n\nThe Memorandum of Understanding between Northbank Technical Institute ("the Institute") and Harlow Foods Ltd. ("Harlow") expires on June 30, 2026. This letter renews it for two years; all other terms continue unchanged.\n\n**1. Places.** Beginning summer 2026, Harlow will host twelve apprentices each summer and pay each at least $18.75 per hour. The Institute will cover the cost of each apprentice's food-safety certificate, about $60 per learner.\n\n**2. Contacts.** Jo Hale has moved on, and Harlow's contact is now Mr. Omar Reyes, Training Lead, oreyes@harlowfoods.example.com, (555) 201-3344. The Institute's contact remains the undersigned.\n\n**3. Outcomes.** For the renewal term we aim for at least 85% of apprentices completing their placement and at least five job offers. The Institute will report both figures to Harlow each October from its placement records.\n\nIf these terms are acceptable, please sign below and return a copy.\n\nSincerely,\n\n*P. Nandakumar*\n\nPriya Nandakumar\nDirector of Employer Partnerships\nNorthbank Technical Institute\npnandakumar@northbank.example.edu · (555) 201-0199\n\n**Agreed and accepted for Harlow Foods Ltd.**\n\nDana Whitlow, Plant Manager\nDate: March 10, 2026\n`;
    const a = analyze(letter);
    const status = (id: string) => a.sections.find((x) => x.id === id)!;
    assert.equal(status('points-of-contact').status, 'present', status('points-of-contact').reason);
    assert.equal(status('intended-outcomes').status, 'present', status('intended-outcomes').reason);
    assert.equal(status('roles').status, 'present', status('roles').reason);
  });
  it('a business or charity number in a letterhead is no phone; "Questions about rosters or anything else: Volunteer Coordinator, volunteers@…, phone" is an office to ask, not a person', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    assert.equal(contactEntries('**Seabright Marine Discovery Centre** · 4 Harbour Parade, Seabright QLD 4610 · ABN 48 117 302 655').reachable, 0);
    assert.equal(contactEntries('Registered charity number 1098 765 432').reachable, 0);
    assert.equal(contactEntries('Questions about shifts, training or anything else: **Volunteer Coordinator**, helpers@seabrightmarine.example.org.au, (07) 5550 4471.').reachable, 0);
    // (A person's phone in the same words still counts.)
    assert.equal(contactEntries('Questions about shifts: Ms Lena Fraser, Volunteer Coordinator, l.fraser@seabrightmarine.example.org.au, (07) 5550 4471.').reachable, 1);
  });
  it('"We know the Zoo will give them the same safe, welcoming environment it always has" promises safety in general words, no duty; with the pupils\' own rules only, no party\'s duties are written', async () => {
    const { VAGUE_DUTY } = await import('../../server/src/core/signals');
    assert.ok(VAGUE_DUTY.test('We know the Zoo will give them the same safe, welcoming environment it always has.'));
    assert.ok(VAGUE_DUTY.test('The Zoo will give pupils a safe and friendly space.'));
    assert.ok(!VAGUE_DUTY.test('The Zoo will give pupils a safe environment and a keeper to guide each group.'));
    const letter = 'Brookfield Primary School\n\nMay 2, 2026\n\n**Re: Letter of Agreement — Year 5 Zoo Day, Friday, June 12, 2026**\n\nDear Mr. Hale,\n\nThis letter sets out what we agreed for our visit. Please sign below and send a copy back to me.\n\n**Group:** 28 pupils from Year 5.\n\n**Conduct:** Pupils will follow the keepers\' instructions and stay behind the barriers at all enclosures. We know the Zoo will give them the same safe, welcoming environment it always has.\n\nWith thanks,\n\nAnna Price\nYear 5 Lead\n\nAgreed for Hollow Park Zoo:\n\nSignature: ____________\n';
    const roles = analyze(letter, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'missing', roles.reason);
  });
  it('a one-paragraph commitment "Accepted and agreed on behalf of" the other side, signed and dated, is an agreement; the same with its blanks still to sign on is not helped by the line', async () => {
    const { actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(actorOf('I am pleased to confirm on behalf of Brightline Surveying Ltd. that Brightline will donate two total stations to the College.'), 'brightline');
    const letter = (sign: string) => `**BRIGHTLINE SURVEYING LTD.**\n22 Quarry Lane, Hamilton, Ontario L8N 2B4\n\n3 March 2026\n\nMs. Alana Reyes\nChair, Geomatics Technician Program\nLakehead Valley College\n\nDear Ms. Reyes,\n\nFurther to our meeting in February, I am pleased to confirm on behalf of Brightline Surveying Ltd. that Brightline will contribute CAD $2,500 to the College's geomatics field camp for 2026, payable no later than 30 April 2026, and that two of our party chiefs will spend one day at the camp in May; this does not create any obligation on Brightline beyond what this letter describes.\n\nYours sincerely,\n\n*Owen Tremblay*\n\nOwen Tremblay\nPresident, Brightline Surveying Ltd.\n\n---\n\n**Accepted and agreed on behalf of Lakehead Valley College**\n\n${sign}\n`;
    const signed = analyze(letter('Signature: *A. Reyes*\n\nName: Alana Reyes\nTitle: Chair, Geomatics Technician Program\nDate: 10 March 2026'));
    assert.equal(signed.isAgreement, true, signed.agreementReason);
    assert.match(signed.agreementReason, /Lakehead Valley College signs under a line accepting it/);
    const blank = analyze(letter('Signature: ______________\n\nName: ______________\nDate: ______________'));
    assert.doesNotMatch(blank.agreementReason, /signs under a line accepting it/);
  });
  it('"Board Agenda Item 7.2 — Approval of Memorandum of Understanding with …" over a staff report quoting the terms is a meeting\'s item, not the agreement', () => {
    const md = '# Board Agenda Item 7.2 — Approval of Memorandum of Understanding with Kestrel Aerospace for the Aviation Maintenance Pathway\n\n**Lakeview Unified School District**\n**Staff Report**\n\n## Recommendation\n\nThat the Board approve the Memorandum of Understanding between Lakeview Unified School District and Kestrel Aerospace for July 1, 2026 through June 30, 2029.\n\n## Summary of Key Terms\n\n**Roles.** The District will enroll up to 30 juniors each year and employ a pathway coordinator. Kestrel will provide mentors, two hangar visits per semester and paid summer internships for 10 students.\n\n**Contacts.** Maria Lopez, CTE Director, mlopez@lakeviewusd.example.org; Dan Reyes, Kestrel Aerospace, dreyes@kestrel.example.com.\n\n**Safety.** Every Kestrel mentor completes the District\'s fingerprint background check, and a District teacher accompanies students on every visit.\n\n**Fiscal Impact.** The District contributes $18,000 a year for transport from its CTE grant.\n\n**Outcomes.** At least 80% of pathway students will earn an industry certificate by June 2029.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, false, a.agreementReason);
    assert.match(a.agreementReason, /meeting's item or report/);
  });
  it('a goal "by the showcase (week of 5/12)" or "before 6/30" has its period; a fraction "1/2 of the time" is no date', async () => {
    const { PERIOD } = await import('../../server/src/core/signals');
    assert.ok(PERIOD.test('Goal: every pupil on the roster (20) builds one working circuit by the showcase (week of 5/12).'));
    assert.ok(PERIOD.test('At least 15 learners finish the module before 6/30.'));
    assert.ok(!PERIOD.test('Mentors spend about 1/2 of the time answering questions.'));
  });
  it('"will provide volunteers as available" is a duty hedged away, as "where possible" is: a partner whose every duty is so hedged has none written', async () => {
    const { VAGUE_DUTY } = await import('../../server/src/core/signals');
    assert.ok(VAGUE_DUTY.test('Quillon Systems will provide volunteers as available.'));
    assert.ok(VAGUE_DUTY.test('The Centre will lend its telescope as and when it is available.'));
    assert.ok(!VAGUE_DUTY.test('Quillon Systems will provide two volunteers each Thursday, and make its slides available.'));
    const md = '# Memorandum of Understanding\n\nThis memorandum is between Eastbrook Primary School (the "School") and Quillon Systems Ltd ("Quillon").\n\n## What each of us will do\n\nThe School will run the coding club every Thursday from 3.15 to 4.30 pm during term time and will make its ICT suite available for every session. The School will send Quillon the club register at the end of each term.\n\nQuillon will support the club where possible and will explore opportunities for pupils to visit its office. Quillon will provide volunteers as available.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /Quillon/);
  });
  it('a charter whose member schools only "participate in good faith" beside the Convening School\'s duties: the members only say what they intend', () => {
    const md = '# Riverlands Science Teachers Network\n## Charter 2026–2028\n\n### Article 1 — Members\n\nThe founding members are Ashgrove High School, Bellhaven College, Carrick Secondary School and Dunmore Academy.\n\n### Article 3 — How we work together\n\n3.1 Member schools will participate in the life of the Network in good faith.\n\n3.2 Members are encouraged to share lesson materials.\n\n3.3 The Convening School will:\n\n(a) convene and chair the Network\'s four meetings each year and keep the minutes;\n\n(b) keep the Network\'s shared library of lesson materials;\n\n(c) prepare the Network\'s annual report by 30 November each year.\n\n### Article 5 — Goals\n\nThe Network will judge its success by the number of member-school teachers who complete the micro-credential: 20 by December 2027.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /Member Schools only say what they intend/);
  });
  it('an office over its mailbox ("Office of Institutional Research" over "ir-data@…"), whatever the mailbox is called, is no person to contact', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    assert.equal(contactEntries('For the College:\nOffice of Planning and Institutional Research\npir-team2@harbourtech.example.edu').reachable, 0);
    assert.equal(contactEntries('For the Board:\nMarta Kowalski, Data Manager\nmkowalski@northshorewdb.example.org').reachable, 1);
    // (…but a person's card with an office title and an address between the name and the email is that person's.)
    assert.equal(contactEntries('For the Lender:\nMr. Kofi Mensah\nOperations Manager\nVolta Scientific Limited\nPlot 4, Harbour Road, Tema\nEmail: k.mensah@voltasci.example.com').reachable, 1);
  });
  it('"The parties intend that by 31 March 2027 at least 120 of the 150 enrolled students will have attended…" states an intended outcome in a memorandum with no headings', () => {
    const md = 'This memorandum is made on 3 June 2026 between Konkan Institute of Technology (hereinafter "the Institute") and the Education Department of Ratnagiri Municipal Council (hereinafter "the Department").\n\nThe Institute shall send eight trained volunteers to each of the three municipal schools on twenty Saturdays of the academic year, and shall provide the kits for all sessions from its own budget. The Department shall make one classroom available on each club day and shall give the Institute the attendance figures each term.\n\nThe parties intend that by 31 March 2027 at least 120 of the 150 enrolled students will have attended fifteen or more of the twenty sessions, as shown by the attendance registers.\n\nIn witness whereof the parties have signed this memorandum on the date first written above.\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
  });
  it('"**Gear / money**" and "## Money" title the contributions; "Nobody pays anyone for time" says no funds change hands', async () => {
    const { matchHeading } = await import('../../server/src/core/title-match');
    const { NO_FUNDS } = await import('../../server/src/core/signals');
    assert.deepEqual(matchHeading('Gear / money').map((m) => m.id), ['resource-commitments']);
    assert.deepEqual(matchHeading('Money').map((m) => m.id), ['resource-commitments']);
    assert.ok(NO_FUNDS.test('Nobody pays anyone for time.'));
    assert.ok(NO_FUNDS.test('Neither side pays the other for the sessions.'));
  });
  it('"let the session lead know at least 24 hours beforehand" is notice, not 24 hours given', async () => {
    const { isConcreteCommitment, isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    const s = 'If I cannot make a session I am rostered for, I will let the club leader know at least 24 hours beforehand.';
    assert.ok(!(isResourceSentence(s) && isConcreteCommitment(s)));
    const given = 'I will give at least 24 hours of tutoring each term.';
    assert.ok(isResourceSentence(given) && isConcreteCommitment(given));
  });
  it('an advisory charter whose members\' duties are listed under "Each member agrees to:" beside "The College agrees to:" gives duties to both sides', () => {
    const md = '# Welding Technology Advisory Committee\n## Charter\n\n**ARTICLE II — MEMBER COMMITMENTS**\n\nEach member agrees to:\n\n1. attend at least three of the four regular meetings each academic year;\n2. review the course outlines assigned to them and return written comments before the meeting;\n3. help identify internship places for students.\n\nThe College agrees to:\n\n1. provide a meeting room and a working meal for each regular meeting;\n2. send the agenda and papers at least one week before each meeting;\n3. respond in writing to every formal recommendation within 60 days.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
  it('aims said in passing — "Our shared aim is that…", "we would love to see that number grow", "The workshops are intended to support…" — are outcomes without a target', async () => {
    const { outcomeSignal } = await import('../../server/src/core/signals');
    assert.ok(outcomeSignal('Our shared aim is that graduates are ready to step straight into technician roles.'));
    assert.ok(outcomeSignal('Last year 24 schools took part and we would love to see that number grow.'));
    assert.ok(outcomeSignal('Only one of the eleven graduates we hired was a woman, and we would like to help change that.'));
    assert.ok(outcomeSignal('The workshops are intended to support the Year 8 science unit on forces.'));
    assert.ok(!outcomeSignal('The workshops run on Tuesdays from 3.30 to 5 pm in the school hall.'));
  });
  it('a plain line "Goals for 2025–26" over a list titles the outcomes; a line ending in another number ("Total 14") is no title', async () => {
    const { namesSection } = await import('../../server/src/core/facts/titles');
    assert.ok(namesSection('Goals for 2025–26'));
    assert.ok(namesSection('Budget 2026'));
    assert.ok(!namesSection('Budget line 14'));
    const md = 'Memorandum of Understanding — Family Science Evenings 2026–27\n\nBetween Brookside Primary School and the Lakes Family Centre.\n\nGoals for 2026–27\n\n- At least 120 family attendances across the three evenings (2025–26 pilot baseline: 54), counted from the sign-in sheets.\n- At least 75% of families who fill in the exit card rate the evening 4 or 5 out of 5.\n\nSigned: Ms. Ada Okafor, Head Teacher — 9/1/2026\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
    assert.equal(outcomes.foundAs, 'Goals for 2026–27');
  });
  it('a table with a column per party whose District column says only "Support the program as appropriate" and "Details to be confirmed": the District\'s duties are not written', () => {
    const md = (district: [string, string]) => `# Youth Apprenticeship Partnership Agreement\n\nThis agreement is between Harlan Tool & Die ("Employer"), Ridgeway Community College ("College") and Ridgeway School District ("District").\n\n## 3. Responsibilities\n\n| Employer | College | District |\n|---|---|---|\n| Hire up to 6 apprentices from District seniors each year. | Provide 144 hours of related technical instruction each year. | ${district[0]} |\n| Assign a journeyworker mentor to each apprentice. | Report attendance and grades to the Employer each semester. | ${district[1]} |\n| Pay apprentices the wages in Section 4. | Award college credit for instruction completed. | |\n`;
    const idle = analyze(md(['Support the program as appropriate.', 'Details to be confirmed with the District CTE office.']), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(idle.status, 'weak', idle.reason);
    assert.match(idle.reason, /District's column says only “Support the program as appropriate\.”/);
    const busy = analyze(md(['Select seniors for interview by 1 March each year.', 'Release apprentices from class two afternoons a week.']), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(busy.status, 'present', busy.reason);
  });
  it('"will follow the 4-H youth protection policies" and "Keep it safe — same as any library program" speak of safety in general words (weak, not missing)', async () => {
    const { SAFETY_SIGNAL } = await import('../../server/src/core/signals');
    assert.ok(SAFETY_SIGNAL.test('Both organisations will follow the Scouts youth protection policies and applicable state law.'));
    assert.ok(SAFETY_SIGNAL.test('- Keep it safe — same as any library program'));
    assert.ok(!SAFETY_SIGNAL.test('Keep it simple — one page per session.'));
  });
  it('students who visit the site take part: background checks are still asked for', () => {
    const s = analyze(md('## 3. Student visits\n\nEach Placement Teacher will bring one class of Year 10 students to the treatment plant in Term 1.\n\n'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /students take part/);
  });
});

describe('the members of a charter, from its table of members', () => {
  it('"| Member | Type | Representative |" over organisations\' names gives each member as a party; a contacts table of role words does not', () => {
    const md = (rows: string) => `# Lakes P-TECH Consortium\n## Charter\n\nThe organisations named in Article 3 (the "Members") establish the Lakes P-TECH Consortium (the "Consortium").\n\n### Article 3 — Members\n\n| Member | Type | Representative |\n|---|---|---|\n${rows}\n### Article 6 — Responsibilities\n\nThe Lead Agency shall convene the Steering Committee four times a year.\n`;
    const names = analyze(md('| Ashford City School District | School district | Dr. Marcus Rhee |\n| Hollins County Community College | College | Dr. Natalie Quist |\n| Ridgeline Plastics LLC | Employer | Karen Lowe |\n| Oakdale Precision Castings | Employer | Shawna Pike |\n'), { agreement: true }).parties.map((p) => p.name);
    for (const n of ['Ashford City School District', 'Hollins County Community College', 'Ridgeline Plastics LLC', 'Oakdale Precision Castings']) assert.ok(names.includes(n), `${n} in ${names.join('; ')}`);
    const roles = analyze(md('| District | School district | Dr. Marcus Rhee |\n| College | College | Dr. Natalie Quist |\n'), { agreement: true }).parties.map((p) => p.name);
    assert.ok(!roles.includes('District') || !roles.includes('College'), roles.join('; '));
  });
});

describe('public agency agreements: exhibits on file, services not billed', () => {
  const section = (text: string, id: string) => analyze(text, { agreement: true }).sections.find((s) => s.id === id)!;
  const grant = (exhibit: string) => `# GRANT MEMORANDUM OF UNDERSTANDING\n\nThis MOU is between the Montara Department of Workforce Services ("Department") and Calloway Technical College ("Grantee").\n\n4. SCOPE OF SERVICES\n\n4.1 The Grantee shall perform the services described in Exhibit B, Scope of Work and Deliverables, which is incorporated by reference.\n\n7. DEPARTMENT RESPONSIBILITIES\n\n7.1 Assign a Grant Manager to monitor performance under this MOU.\n\n7.2 Provide the Grantee's staff with training on the case management system within 30 days.\n\n7.3 Conduct at least one monitoring review during the term.\n\nEXHIBIT B — SCOPE OF WORK AND DELIVERABLES\n${exhibit}\n`;
  it('a party whose every duty is "the services described in Exhibit B", with Exhibit B only "(On file with the Department…)", has its duties left elsewhere', () => {
    const s = section(grant("(On file with the Department's Workforce Grants Unit.)"), 'roles');
    assert.equal(s.status, 'weak', s.reason);
    assert.match(s.reason, /Grantee's duties to “Exhibit B”/);
    const here = section(grant('\nThe Grantee will enrol 120 job seekers in a 12-week welding bootcamp and place 80 of them in jobs by June 30, 2027.'), 'roles');
    assert.equal(here.status, 'present', here.reason);
  });
  it('"CONSENT, SAFETY AND REPORTING" heads safety only; "The District shall not be billed for services" and space "provided without charge" say no funds change hands', async () => {
    const { matchHeading } = await import('../../server/src/core/title-match');
    assert.deepEqual(matchHeading('CONSENT, SAFETY AND REPORTING').map((m) => m.id), ['safety-protocols']);
    assert.deepEqual(matchHeading('Monitoring and Reporting').map((m) => m.id), ['intended-outcomes']);
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(isResourceSentence('The District shall not be billed for services.'));
    assert.ok(isResourceSentence('Space and utilities provided by the District are provided without charge to the Agency.'));
  });
});

describe('parties written as a Word converter leaves them', () => {
  it('each name and its short name alone in a paragraph under "Between:" (`__Northern Corridor Workforce Planning Board__ \\(the "Board"\\)`) is a party', () => {
    const md = '<a id="_Toc161203311"></a>__DATA SHARING AGREEMENT__\n\n__Graduate Labour\\-Market Outcomes Study__\n\n__Between:__\n\n__Sable Point College of Applied Arts and Technology__ \\(the "College"\\)\n\n__and__\n\n__Northern Corridor Workforce Planning Board__ \\(the "Board"\\)\n\nVersion 2\\.1 – March 2025\n\n<a id="_Toc161203312"></a>__1\\. Purpose__\n\nThe College will send the Board graduate records by 30 April 2027.\n';
    const names = analyze(md, { agreement: true }).parties.map((p) => p.name);
    assert.ok(names.includes('Northern Corridor Workforce Planning Board'), names.join('; '));
    assert.equal(names.length, 2, names.join('; '));
  });
});

describe('a contacts table whose party is "the Department"', () => {
  it('"| Department | Lt. Raymond Okafor | Patrol Lieutenant | phone | email |" is a contact; "Department | Biology" is a field of a card; "Patrol Lieutenant" is no person', async () => {
    const md = '# Memorandum of Understanding — School Resource Officer Program\n\nThis MOU is between the Dunmore Township School District ("District") and the Dunmore Township Police Department ("Department").\n\n**3. Duties.** The Department will assign two officers to the high school for 180 school days. The District will provide each officer an office.\n\n**11. Contacts**\n\n| | Name | Title | Phone | Email |\n|---|---|---|---|---|\n| District | Dr. Helen Pruitt | Assistant Superintendent | (570) 555-0120 | hpruitt@dunmoresd.example.org |\n| Department | Lt. Raymond Okafor | Patrol Lieutenant | (570) 555-0188 | rokafor@dunmoretwp.example.org |\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('Lt. Raymond Okafor, Patrol Lieutenant'), ['Raymond Okafor']);
    const { contactEntriesIn } = await import('../../server/src/core/substance/points-of-contact');
    assert.equal(contactEntriesIn(['Name | Dr. Ana Reyes', 'Department | Biology Outreach', 'Email | areyes@college.example.edu']).reachable, 1);
  });
});

describe('a party whose only duty is to collaborate', () => {
  const md = (district: string) => `# Research-Practice Partnership Agreement\n\nThis agreement is between Harrowgate University (the "University") and the Pine Hollow School District (the "District").\n\n## 2. What the partnership will do\n\nThe University will:\n\n- recruit, train and schedule twelve graduate tutors each term;\n- provide a tutoring curriculum aligned to the District's grade 6–8 scope and sequence;\n- write an annual findings report by 30 June.\n\n${district}\n\n## 6. Open questions\n\n- Who at the District will be the day-to-day lead?\n`;
  it('"The District will collaborate with the University on implementation", and no other duty of the District, leaves the roles weak', () => {
    const roles = analyze(md('The District will collaborate with the University on implementation and support the program in participating schools.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /only the University's duties are written down; say what the District will do/);
  });
  it('a concrete duty of the District besides makes them present; a question in the draft is no duty', () => {
    const roles = analyze(md('The District will collaborate with the University on implementation. The District will give the tutors a classroom in each of four middle schools.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    const asked = analyze(md('The District will collaborate with the University on implementation.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(asked.status, 'weak', asked.reason);
  });
});

describe('an HTML table as a Word converter writes it (mammoth): tags on lines of their own, markdown cells between blank lines', () => {
  const cell = (t: string) => `\n\n${t}\n\n`;
  const row = (cells: string[], tag = 'td') => `<tr><${tag}>${cells.map(cell).join(`</${tag}><${tag}>`)}</${tag}></tr>`;
  const table = (close: string) => `<table>\n${row(['__Party__', '__Contact__', '__Email / Telephone__'], 'th')}\n${row(['College – data custodian', 'Farida Osei, Director, Institutional Research', 'fosei@kestrelcollege\\.ca / 705\\-555\\-0190'])}\n${row(['Board – lead analyst', 'Anneke Brandt, Senior Analyst', 'abrandt@northwpb\\.org / 705\\-555\\-7721'])}\n${close}`;
  const md = (close: string) => `<a id="_Toc1"></a>__DATA SHARING AGREEMENT__\n\nThis Agreement is between Kestrel College (the "College") and the North Corridor Workforce Planning Board (the "Board").\n\n${'The College will send the Board de-identified graduate records by 30 April 2027, in the layout of Schedule A. '.repeat(30)}\n\n<a id="_Toc2"></a>__9\\. Contacts__\n\n${table(close)}\n\n<a id="_Toc3"></a>__10\\. Term__\n\nThis Agreement ends on 31 December 2027.\n`;
  it('is one table: its bold cells are no headings, its escaped emails are emails, so both parties\' contacts are found', () => {
    const model = buildModel(md('</table>'));
    assert.deepEqual(model.headings.map((h) => h.text).filter((t) => /Party|Contact/.test(t)), ['9. Contacts']);
    const s = analyze(md('</table>'), { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(s.status, 'present', s.reason);
    // (The blocks are not cut inside the table, however long the text before it.)
    assert.ok(!splitBlocks(md('</table>')).some((b) => /^__Contact__|^Farida/m.test(b.text.split('\n')[0])));
  });
  it('a table never closed is read as before, cell by cell', () => {
    const model = buildModel(md(''));
    assert.ok(model.passages.some((p) => /fosei@kestrelcollege/.test(p.text)));
  });
});

describe('a letter that extends an agreement, and a charter titled on plain lines', () => {
  it('"This letter, once countersigned by you, extends the Original MOU" under a bold subject after "Dear …," is an agreement; its contributions left to "Appendix B of the Original MOU" are weak', async () => {
    const md = '**Norbury College**\nEmployer Partnerships Team\n\n3 March 2025\n\nDear Priya,\n\n**Extension of the Memorandum of Understanding between Norbury College and Kestrel Tooling Ltd dated 1 May 2022**\n\nThank you for meeting us last week. This letter, once countersigned by you, extends the Original MOU as follows.\n\n1. **Term.** The term of the Original MOU is extended by twelve months and will now end on 31 August 2026.\n\n2. **Contributions.** Kestrel\'s in-kind contributions for 2025/26 will be those listed in Appendix B of the Original MOU, updated where needed to reflect current prices.\n\n3. **Everything else.** All other terms of the Original MOU remain in full force and effect.\n\nIf you are happy with the above, please sign and date the copy below and return a scan to me.\n\nYours sincerely,\n\nDana Whitlow\nHead of Employer Partnerships, Norbury College\nd.whitlow@norbury.ac.uk\n\n**Acceptance**\n\nSigned: *P. Rao*\nName: Priya Rao\n';
    const a = analyze(md);
    assert.ok(a.isAgreement, a.agreementReason);
    const r = analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(r.status, 'weak', r.reason);
    // (Minutes that report an MOU "was countersigned by the Dean" are no letter to countersign.)
    const { LETTER_ACCEPTANCE } = await import('../../server/src/core/document-shape');
    assert.ok(!new RegExp(LETTER_ACCEPTANCE.source, 'im').test('The MOU with Kestrel was countersigned by the Dean on 4 March.'));
  });
  it('"Great Lakes Photonics Education Network" over "CHARTER", plain lines, is an agreement its members adopt', () => {
    const md = 'Lakeshore Robotics Educators Network\n\nCHARTER\n\nAdopted by the Network Council, 3 March 2025\n\nI. NAME\n\nThe name of this body is the Lakeshore Robotics Educators Network (the "Network").\n\nII. MEMBERSHIP\n\nAny public two-year college in the region that teaches robotics is eligible for membership. A member may leave the Network at any time by letter to the Chair.\n\nIII. COUNCIL\n\nThe Council meets at least twice a year. Decisions are taken by majority vote; amendment of this Charter requires two-thirds of all members.\n';
    const a = analyze(md);
    assert.ok(a.isAgreement, a.agreementReason);
  });
});

describe('duties beside a party\'s contact card, and money in the recitals', () => {
  it('"**Contact:** name · email · phone" under a party\'s heading is a field of its card: the "X will:" list after it is that party\'s duties', () => {
    const party = (name: string, short: string, who: string, duties: string[]) => `## ${name}\n\n**Contact:** ${who}\n\n${short} will:\n\n${duties.map((d) => `- ${d}`).join('\n')}\n`;
    const md = `# Valley Robotics Alliance — Memorandum of Understanding\n\nThis MOU is between Cedar Falls School District ("the District") and Gearhouse Youth Robotics ("Gearhouse").\n\n${party('Cedar Falls School District', 'The District', 'Joan Pratt, CTE Director · jpratt@cfsd.example.org · (208) 555-0148', ['provide Room 118 for build sessions, Monday to Thursday 3:30–6:00 p.m.;', 'pay each of two coaches a stipend of $1,500 per season.'])}\n${party('Gearhouse Youth Robotics', 'Gearhouse', 'Sam Ito, Program Director · sam@gearhouse.example.org · (208) 555-0173', ['recruit and train volunteer mentors before each season;', 'lend the teams two competition field elements for each season.'])}`;
    const a = analyze(md, { agreement: true });
    const roles = a.sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    assert.equal(a.sections.find((x) => x.id === 'points-of-contact')!.status, 'present');
  });
  it('"(A) … under which the Company hosts College learners aged 16 to 19" in the background is no contribution', () => {
    const md = 'DEED OF VARIATION\n\nBETWEEN Eastbrook College (the "College") and Marlow Fabrication Ltd (the "Company").\n\nBACKGROUND\n\n(A) The College and the Company are parties to a Work Placement Agreement dated 1 September 2023 (the "Agreement"), under which the Company hosts College learners aged 16 to 19 on industry placements.\n\n(B) The parties have agreed to vary the Agreement to replace clause 7 (Safeguarding).\n\nAGREED TERMS\n\n1. Clause 7 of the Agreement is replaced by the following.\n\n7.1 The Company shall nominate a Placement Supervisor for each learner and shall report any safeguarding concern to the College within 24 hours.\n';
    const r = analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(r.status, 'missing', r.reason);
  });
});

describe('a draft with its reviewers\' comments and a template\'s instructions left in', () => {
  const md = (safety: string) => `# Internship Partnership Agreement — DRAFT v3\n\nThis Agreement is between Lakeshore Technical College (the "College") and Brandt Fabrication Inc. (the "Host").\n\n**6. Health and safety.**\n\n${safety}\n\nThe Host will provide a safe working environment and comply with all applicable occupational health and safety laws. Interns will wear the protective equipment issued to them.\n`;
  it('"> **Comment (JL):** … Do we need background checks?" is a note on the draft, not a control', () => {
    const s = analyze(md('> **Comment (JL):** Section 6 is thin. Some interns are 17. Do we need background checks for Host staff, and who checks in on the interns during the summer?\n>\n> **Reply (DM):** Agreed — flagging for v4.'), { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(s.status, 'weak', s.reason);
  });
  it('"*Summarise the safeguarding arrangements…, including background checks…*" is an instruction to the drafter: a blank, not a control', () => {
    const a = analyze(md('*Summarise the safeguarding arrangements that will apply, including background checks for adults who work with students, supervision, and how incidents will be reported within 24 hours.*'), { agreement: true });
    assert.equal(a.sections.find((x) => x.id === 'safety-protocols')!.status, 'weak');
    assert.ok(buildModel(md('*Summarise the safeguarding arrangements, including background checks.*')).placeholders.some((p) => p.text.startsWith('Summarise the safeguarding')));
  });
  it('"Model Memorandum of Understanding (blank)" whose every field is a bracketed instruction is a form to copy, not an agreement', () => {
    const md2 = '# Appendix C: Model Memorandum of Understanding (blank)\n\n**between** [full legal name of the school] **and** [full legal name of the partner]\n\n### 1. Parties\n\n[Give the legal name and address of each party.]\n\n### 2. Purpose\n\n[Describe in two to four sentences what the partnership is for.]\n\n[Enter the start and end dates.]\n\n### 3. Responsibilities of the parties\n\n**3.1 [School name] will:**\n\n- [Responsibility]\n\n**3.2 [Partner name] will:**\n\n- [Responsibility]\n\n### 4. Points of contact\n\n| Party | Name | Email | Phone |\n|---|---|---|---|\n| [School] | | | |\n\n### 5. Resources\n\n[List what each party contributes, with amounts.]\n\n### 6. Safety\n\n[Describe background checks and supervision.]\n\n### 7. Signatures\n\nSigned for [School]: ____________ Date: ________\n';
    const a = analyze(md2);
    assert.equal(a.isAgreement, false, a.agreementReason);
    assert.match(a.agreementReason, /model to copy/);
  });
});

describe('a heads-of-agreement draft: targets under "What the partners want to achieve", a template\'s note in angle brackets', () => {
  it('"What the partners want to achieve" heads the outcomes; "students complete a paid summer placement" is a target, and "will review progress … each semester" is no contribution', async () => {
    const md = '# Heads of Agreement\n\nThese Heads of Agreement are between the Pell Valley Workforce Board ("the Board") and Alder Creek School District ("the District").\n\n### 2. What the partners want to achieve\n\nThe partners have agreed on these targets for the first phase, which runs to 30 June 2027:\n\n1. **Certification.** At least 90 students pass the FAA Part 107 knowledge test by 30 June 2027.\n2. **Work experience.** At least 25 students complete a paid summer placement with a regional employer during summer 2026 or summer 2027.\n\n### 4. Governance\n\nA joint steering group will oversee the pathway and will review progress against the targets in section 2 each semester.\n';
    const a = analyze(md, { agreement: true });
    const outcomes = a.sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
    assert.equal(a.sections.find((x) => x.id === 'resource-commitments')!.status, 'missing');
    const { matchHeading } = await import('../../server/src/core/title-match');
    assert.deepEqual(matchHeading('What the Partner will deliver').map((m) => m.id), []);
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(isResourceSentence('The Company will offer five paid internships each summer.'));
  });
  it('"2.2 The Host will:" over "<Describe the Host\'s responsibilities here — for example, …>" leaves the Host\'s duties to write', () => {
    const md = 'HOST SITE AGREEMENT\n\nThis Host Site Agreement is between Carrow County Works ("the Program") and <insert host organisation legal name> ("the Host").\n\n2. RESPONSIBILITIES\n\n2.1 The Program will:\n\na) recruit and screen applicants, and match interns to host sites;\nb) run a two-day work-readiness orientation for every intern;\nc) employ the interns and pay their wages.\n\n2.2 The Host will:\n\n<Describe the Host\'s responsibilities here — for example, the work the intern(s) will do and the training the Host will give. Attach a position description for each intern.>\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
  });
});

describe('a charter that gives duties by kind of member', () => {
  const md = (employers: string) => `# Tri-Valley Cyber Pathways Consortium — Charter\n\nThis Charter is adopted by the colleges, school districts and employers listed in Article III.\n\n### Article III — Members\n\n- **Colleges:** Arden Hills College; Lakeview Technical College\n- **School districts:** Colfax Unified; Marsh Creek Schools\n- **Employers:** Northline Health; Quarry State Bank\n\n### Article V — Member commitments\n\n1. Each member college will adopt the shared cybersecurity competency framework as the basis for its entry-level certificate.\n2. Each member school district and college will report its enrollment and credential data to the Secretariat each year.\n3. ${employers}\n`;
  it('employer members who only "agree to promote the Consortium, to support pathways where possible, and to explore work-based learning" leave the roles weak', () => {
    const roles = analyze(md('Employer members agree to promote the Consortium, to support student pathways where possible, and to explore work-based learning for students.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /Employer Members only say what they intend/);
  });
  it('…but not when each employer member also hosts students', () => {
    const roles = analyze(md('Employer members agree to promote the Consortium. Each employer member will host at least two job-shadow days for students each year.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
});

describe('a news post with a byline, a charter\'s table of what members do, a template\'s safety left to fill', () => {
  it('"*Posted March 11, 2025 · College Communications · 4 min read*" over a story with quotations is news, not the agreement', () => {
    const md = '[Home](#) › [News](#) › College News\n\n# Westbrook Tech and Orion Aviation sign agreement to grow the region\'s maintenance workforce\n\n*Posted March 11, 2025 · College Communications · 4 min read*\n\nWestbrook Technical College and Orion Aviation signed a memorandum of understanding on Monday.\n\n"Our students have been asking for more time on real aircraft," Apaza said. "This memorandum gives them both."\n\n## What the agreement covers\n\nUnder the memorandum, Orion will:\n\n- offer up to 20 paid summer internships a year;\n- send licensed technicians to co-teach evening labs;\n- donate a retired turboprop engine.\n\nWestbrook Tech will in turn host Orion\'s annual recruitment day on campus.\n\n## Keeping students safe\n\nStudents under 18 will visit the hangar only with college staff, and every Orion technician who mentors students will go through a background check.\n\n## Goals\n\nThe partners aim to place 40 graduates in Orion jobs by 2028, Barrow said.\n\n## Media contact\n\nDana Reyes, College Communications, dreyes@westbrook.example.edu\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, false, a.agreementReason);
  });
  it('"Article 3 — What Members Do" over "| Member | Responsibilities |" gives each member its duties', async () => {
    const md = '# Charter of the Lakes Cyber Educators Consortium\n\nThis Charter is agreed by Lakeland Technical College, Huron Shores Community College and NorthPoint Health System (the "Members").\n\n## Article 3 — What Members Do\n\n| Member | Responsibilities |\n|---|---|\n| Lakeland Technical College | Maintains the shared virtual lab and gives faculty at other Member colleges accounts on it |\n| Huron Shores Community College | Leads the working group aligning courses with the Security+ exam objectives |\n| NorthPoint Health System | Reviews lab scenarios for realism; hosts one faculty externship day each year |\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
    const { matchHeading } = await import('../../server/src/core/title-match');
    assert.deepEqual(matchHeading('Things to do').map((m) => m.id), []);
  });
  it('"*[Describe supervision ratios, background check requirements for all staff…]*" and insurance "not less than $[LIMIT]" name no control', () => {
    const md = '# Program Partnership Agreement\n\nThis Agreement is between the City of Marlow (the "City") and the Marlow Science Museum (the "Partner") for a summer science camp for children aged 8 to 12.\n\n**4. STAFFING AND SUPERVISION**\n\n*[Describe supervision ratios, background check requirements for all staff and volunteers, drop-off and pick-up procedures, and emergency procedures. See the City\'s Youth Programs Safety Standards, Section 3, for the minimum requirements that apply to every camp.]*\n\nBoth parties will comply with the City\'s Youth Programs Safety Standards.\n\n**5. INSURANCE**\n\nThe Partner shall maintain general liability insurance with limits of not less than $[LIMIT] per occurrence.\n';
    const s = analyze(md, { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(s.status, 'weak', s.reason);
  });
});

describe('is it an agreement at all: signed notes, a term sheet, a grant application, a letter of commitment', () => {
  it('meeting notes headed "What we\'re doing" and closed "Agreed as above —" over both signatures are a handshake agreement', () => {
    const md = 'Notes – Forge & Bench / Alder MS maker club\nThurs 11 Sept 2025, at the shop. Present: Mike Castellano (F&B), Lucia Ortiz (Alder MS)\n\n**What we\'re doing**\n- Alder MS maker club comes to Forge & Bench on Tuesdays, 3:30–5:30, Oct 7 through Dec 9 = 9 sessions\n\n**Who does what**\n- F&B: opens the shop to us for those 2 hrs, no charge for shop time. Mike will have the intro safety talk + eye protection ready for session 1\n- Alder: I (Lucia) come with every group. Alder buys its own filament + plywood (~$300 for the fall)\n\n**Kids / safety**\n- Max 8 kids a session, never more than 4 kids per adult. Permission slips on file before session 1\n\nAgreed as above —\n\n*Mike Castellano* — Forge & Bench — 9/11/25\n\n*Lucia Ortiz* — Alder Middle School — 9/11/25\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
  });
  it('a term sheet that says "It is not an offer" and binds only "if a final Memorandum of Understanding is … signed" is not one', () => {
    const md = '# INDICATIVE TERM SHEET\n\n## Proposed Dual Enrollment Partnership\n### Riverton Unified School District and Calder Community College\n\n*This term sheet summarises the main points under discussion. It is not an offer and does not create any legal obligation on either party. A binding agreement will exist only if a final Memorandum of Understanding is approved and signed by both parties.*\n\n| # | Term | Current proposal | Open questions |\n|---|---|---|---|\n| 1 | Parties | Riverton Unified School District ("District"); Calder Community College ("College") | |\n| 2 | Term | Three years, Fall 2026 – Spring 2029 | Two years with renewal? |\n| 3 | Students | Up to 40 students per cohort | 40 or 30? |\n| 4 | Contacts | College: Dr. Naomi Ferris, Director of K-12 Partnerships | |\n';
    assert.equal(analyze(md).isAgreement, false, analyze(md).agreementReason);
    assert.match(analyze(md).agreementReason, /not an offer/);
  });
  it('"… Fund — Round 7 Application" with "Amount requested: $1,248,600" is a grant application, whatever partners it describes', () => {
    const md = '# Tennessee Workforce Innovation Fund — Round 7 Application\n\n**Applicant:** Harwick County College\n**Amount requested:** $1,248,600 over 36 months\n\n## Section D. Partnerships and Evidence of Commitment\n\nHarwick County College will be the sole recipient of funds and will be responsible for all project management. Partners will not receive grant funds.\n\n| Employer | Role in project | Committed contribution (in kind) |\n|---|---|---|\n| Obion Valley Foods | Host site; release 24 staff for upskilling | Release time valued at $86,400 |\n| Reelfoot Packaging | Host site; paid summer internships for 4 students per year | Intern wages valued at $38,400 |\n\nEach partner agrees to these terms as set out in its letter of commitment.\n';
    assert.equal(analyze(md).isAgreement, false, analyze(md).agreementReason);
    assert.match(analyze(md).agreementReason, /Round 7 Application.{0,10} names another kind of document/);
  });
  it('a letter\'s title "Letter of Commitment – Port Halden Academy ROV Club" names the Academy but heads no duties of it', () => {
    const md = '**TIDEWATER MARINE SERVICES LTD**\nUnit 4, Harbour Road, Port Halden\n\n9 September 2025\n\nMrs Ellen Marsh\nHeadteacher\nPort Halden Academy\n\n**Letter of Commitment – Port Halden Academy ROV Club, 2025–26**\n\nDear Mrs Marsh,\n\nI am pleased to confirm on behalf of Tidewater Marine Services Ltd that we will support the Academy\'s ROV club by contributing £2,500 towards components, to be paid no later than 31 October 2025, and by hosting one visit by club members to our yard during the spring term. Please countersign and return a copy of this letter.\n\nYours sincerely,\n\nOwen Pritchard\nOperations Director\nTidewater Marine Services Ltd\n\n---\n\nAccepted on behalf of Port Halden Academy:\n\nEllen Marsh, Headteacher\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.notEqual(roles.status, 'present', roles.reason);
  });
});

describe('numbers in a data-sharing agreement and an amendment that give nothing', () => {
  it('"shall limit access to the Data File to the two employees", "median second-quarter earnings of at least $11,500", a replaced target under "Program targets" are no contributions', async () => {
    const { isResourceSentence } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isResourceSentence('5.3 The Board shall limit access to the Data File to the two employees named in its data security plan.'));
    assert.ok(!isResourceSentence('The results shall be compared with the goals of the Strategic Plan, under which completers are to earn median second-quarter earnings of at least $11,500.'));
    assert.ok(isResourceSentence('The Board will pay the College $11,500 by 30 June 2026 for the data extract.'));
    const md = '# SECOND AMENDMENT TO MEMORANDUM OF UNDERSTANDING\n\nThis Second Amendment is between Lakeside College (the "College") and the Harbor Science Museum (the "Museum").\n\n**3. Program targets.** Section 8.1 of the Original MOU is deleted and replaced with the following:\n\n> **8.1** Family Engineering Nights will reach at least **450 family attendees** in each program year (July 1 – June 30), up from 312 in 2024–25.\n\n**4. Everything else.** All other terms of the Original MOU remain in full force.\n';
    const r = analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(r.status, 'missing', r.reason);
  });
});

describe('a sponsorship whose one side only points to its prospectus', () => {
  it('"the Association will provide Sponsor with the benefits listed … in the Association\'s *2025 Sponsorship Prospectus*", beside a refund if the Fair is cancelled, leaves its duties elsewhere', () => {
    const md = (benefits: string) => `# SPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is between the Valley Science Fair Association (the "Association") and Orbis Engineering Ltd (the "Sponsor").\n\n**1. Sponsorship.** Sponsor agrees to sponsor the Fair at the Platinum level.\n\n**2. Fee.** Sponsor shall pay the Association a sponsorship fee of $6,000.00 by January 31, 2025.\n\n**3. Logo.** Sponsor shall deliver its logo in vector format by December 15, 2024.\n\n**4. Sponsor benefits.** ${benefits}\n\n**5. Cancellation.** If the Fair is cancelled for reasons beyond the Association's control, the Association will refund 50% of the fee within 30 days.\n`;
    const away = analyze(md("In consideration of the fee, the Association will provide Sponsor with the benefits listed for the Platinum level in the Association's *2025 Sponsorship Prospectus*."), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(away.status, 'weak', away.reason);
    assert.match(away.reason, /2025 Sponsorship Prospectus/);
    const here = analyze(md('The Association will place the Sponsor\'s logo on all 400 student project boards and name it in the awards ceremony programme.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(here.status, 'present', here.reason);
  });
});

describe('an exchange of emails that ends in "Agreed"', () => {
  it('a reply that is "Agreed — see you on the 14th." accepts the terms the thread set out', async () => {
    const { LETTER_ACCEPTANCE } = await import('../../server/src/core/document-shape');
    const accepts = (t: string) => new RegExp(LETTER_ACCEPTANCE.source, 'im').test(t);
    assert.ok(accepts('Agreed — see you on the 14th.'));
    assert.ok(accepts('**Confirmed.**'));
    assert.ok(!accepts('Agreed outcomes will be reported each term.'));
    assert.ok(!accepts('The agreed budget is $4,000.'));
  });
});

describe('"Schedule a trained staff lead" is a verb, not Schedule A', () => {
  it('names no attachment; "Schedule A" and "Annex 2" do', async () => {
    const { attachmentRefs } = await import('../../server/src/core/substance/common');
    assert.deepEqual(attachmentRefs('2. Schedule a trained staff lead on every shift I work.'), []);
    assert.deepEqual(attachmentRefs('The fees are set out in Schedule A and Annex 2.'), ['Schedule A', 'Annex 2']);
  });
});

describe('"Copperline Discovery Center agrees that it will:" introduces the Center\'s duties', () => {
  it('the party named before "agrees that it will" acts, as before "agrees that its representative will"', async () => {
    const { actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(actorOf('Copperline Discovery Center agrees that it will:'), 'copperline discovery center');
    assert.equal(actorOf('The School agrees that the Company will host four visits.'), 'company');
  });
});

describe('a placement agreement whose numbered clauses each lead with a bold label', () => {
  const md = (college: string) => `# Work Placement Agreement (Summer 2026)\n\nThis agreement is made between **Eastmere Polytechnic** ("the Polytechnic") and **Halvard Foods Ltd** ("the Employer") for paid summer work terms.\n\n1. **The Employer agrees to:**\n\n   1.1 pay each student $18.75 per hour through its payroll;\n   1.2 assign each student a named supervisor before the first day;\n   1.3 complete the Polytechnic's evaluation form by August 8, 2026.\n\n2. **The Polytechnic agrees to:**\n\n${college}\n\n3. **Students** placed under this agreement remain enrolled at the Polytechnic and are expected to follow the Employer's site rules.\n\n4. **Health and safety.** Students will work under the direction of their named supervisor at all times.\n`;
  it('a label of its own ("3. **Students**…", "4. **Health and safety.**") ends the list of the Polytechnic\'s duties; "support … where possible", "foster links", "encourage students" are intentions', () => {
    const vague = analyze(md("   2.1 support the Employer's placement programme where possible;\n   2.2 foster links between the curriculum and the Employer's work;\n   2.3 encourage students to make the most of the work term."), { agreement: true });
    const roles = vague.sections.find((x) => x.id === 'roles')!;
    assert.ok(!roles.evidence?.some((e) => /Polytechnic \(heading\)/.test(e.why) && /Students|Health/.test(e.text)), JSON.stringify(roles.evidence));
    const concrete = analyze(md("   2.1 place four students with the Employer by May 15, 2026;\n   2.2 visit each student at the workplace once during the term."), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(concrete.status, 'present', concrete.reason);
  });
  it('the list marker before a position, and its indentation', async () => {
    const { listMarkerIndent } = await import('../../server/src/core/text');
    const t = '3. **Students** placed\n   - **Note** x\nplain **bold**';
    assert.equal(listMarkerIndent(t, t.indexOf('**Students')), 0);
    assert.equal(listMarkerIndent(t, t.indexOf('**Note')), 3);
    assert.equal(listMarkerIndent(t, t.indexOf('**bold')), -1);
  });
});

describe('a one-paragraph letter of commitment and a signed sponsorship form', () => {
  it('"commits $7,500 … to be paid … no later than 30 September" is a contribution, though the same sentence shares "the College\'s hope"', () => {
    const md = '**HARTWELL COMMUNITY CREDIT UNION**\n\n3 September 2026\n\nDr. Ana Ruiz\nDean, Eastlake College\n\nRe: Letter of commitment — Money Skills Lab, 2026–27\n\nDear Dr. Ruiz,\n\nFurther to our meeting last month, I am pleased to confirm that Hartwell Community Credit Union commits $7,500 (seven thousand five hundred dollars) to the Eastlake College Money Skills Lab for the 2026–27 academic year, to be paid in one instalment no later than 30 September 2026; we share the College\'s hope that the Lab will help students manage their money well, so if the College accepts this commitment on these terms, please countersign below and return a copy to my office.\n\nSincerely,\n\n*Paul Okafor*\nPaul Okafor, President\n\nAcknowledged and agreed for Eastlake College:\n\n*Ana Ruiz*\nDate: 9 September 2026\n';
    const r = analyze(md).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(r.status, 'present', r.reason);
  });
  it('a form both sides sign ("**For the Sponsor**" and "**For the … Association**", each with Signature / Name / Date) is an agreement; notes both sign under "OK\'d, shook on it" too', () => {
    const form = '## MILLBROOK REGIONAL SCIENCE FAIR 2026\n### Sponsorship Confirmation\n\nThank you for supporting the Fair! Please check the details below, sign, and email them back to us.\n\n| | |\n|---|---|\n| **Sponsor** | Tessaly Civil Engineers, LLC |\n| **Sponsorship level** | Silver |\n| **Amount** | $3,000, cash, due within 30 days of invoice |\n| **Sponsor contact** | Ian Moreau · imoreau@tessaly.com · (555) 201-3344 |\n\n---\n\n**For the Sponsor**\n\nSignature: *Ian Moreau*\nName / title: Ian Moreau, Community Manager\nDate: 12 January 2026\n\n**For the Millbrook Regional Science Fair Association, Inc.**\n\nSignature: *Grace Huang*\nName / title: Grace Huang, Sponsorship Chair\nDate: 14 January 2026\n';
    const a = analyze(form);
    assert.equal(a.isAgreement, true, a.agreementReason);
    assert.match(a.agreementReason, /two sides sign it/);
    const notes = 'Notes — mtg w/ Priya @ Northgate Makers re: spring club\nTue 2/3/26, library office\n\n- Club runs Thursdays 3:30–5, Feb 12 – Apr 30\n- Library books room B and does sign-ups; Northgate brings 6 laptops each week\n- Parents sign kids in and out at the desk\n\nOK\'d, shook on it:\n\n*Dana Whitcombe* — Northgate Branch Library, 2/3/26\n*Priya Nair* — Northgate Makers, 2/3/26\n';
    const n = analyze(notes);
    assert.equal(n.isAgreement, true, n.agreementReason);
    // One side's signatures only ("For the Board": the chair and the clerk sign minutes) are no two sides.
    const minutes = '# Minutes of the Partnerships Committee\n\n12 March 2026\n\n1. The committee discussed the draft MOU with Tessaly Civil Engineers and asked staff to revise Section 4.\n\n**For the Board**\n\nSignature: *R. Ellis*, Chair\nDate: 19 March 2026\n';
    assert.equal(analyze(minutes).isAgreement, false, analyze(minutes).agreementReason);
  });
});

describe('notes "— what we agreed" signed /s/ by each side, and a sponsorship page that "sets out what each of us has agreed to"', () => {
  it('a first line "… — what we agreed" names an agreement, and "/s/ Name, title, Organisation — date" lines are sides signing', async () => {
    const { signingSides } = await import('../../server/src/core/document-shape');
    const md = 'Harbour Makers + Eastview MS Robotics Club — what we agreed\nnotes by Sam, 4 Sept 2026, after our meeting at the shop\n\n**Who:** Harbour Makers (owner Ana Diaz) and Eastview Middle School (the robotics club).\n\n**Harbour Makers:**\n- opens the shop for the club on Wednesdays 3:30–5:30\n- Ana runs each session\n\n**Eastview:**\n- a teacher is there the whole session\n- permission slips from every family before the first session\n\nSigned —\n\n/s/ Ana Diaz, owner, Harbour Makers — 9/4/26\n/s/ Sam Ito, 7th grade science, for Eastview Middle School — 9/5/26\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
    assert.deepEqual(signingSides(buildModel(md)).sides, ['harbour makers', 'eastview middle school']);
  });
  it('"This page sets out what each of us has agreed to" calls the page an agreement, and "any draft press release" in a publicity row reports on nothing', () => {
    const md = '# Lakeside Regional Science Fair 2027\n### Sponsorship Confirmation\n\nDear Omar,\n\nThank you! We are delighted to confirm Brightwater Utilities as a Gold sponsor of the fair on 27 March 2027.\n\nThis page sets out what each of us has agreed to. Please sign where shown and return a scanned copy by email.\n\n| | Brightwater Utilities | Lakeside Schools Foundation |\n|---|---|---|\n| **Contribution** | $5,000, paid no later than 26 February 2027 | Uses the sponsorship only for the 2027 fair |\n| **Publicity** | Tells the Foundation within 5 working days if it objects to any draft press release | Sends Brightwater a draft of any press release mentioning it at least 10 working days before it goes out |\n\n---\n\n**For Lakeside Schools Foundation**\n\n*Mei Lin*\nMei Lin, Fair Director\nDate: 20 January 2027\n\n**For Brightwater Utilities**\n\n*Omar Haddad*\nOmar Haddad, Community Lead\nDate: 22 January 2027\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
    assert.doesNotMatch(a.agreementReason, /reports on an agreement/);
  });
});

describe('a fund application under the fund\'s name, and amounts no one has taken on', () => {
  it('"## Stage 2 Full Application" under "# Clean Energy Skills Fund — Round 2" names another kind of document, whatever partners it lists', () => {
    const md = '# Clean Energy Skills Fund — Round 2\n## Stage 2 Full Application\n\n**Lead applicant:** Northmoor College\n**Project title:** *Heat Pumps for the Valleys*\n**Application reference:** CESF-R2-0192\n**Amount requested:** £210,000 over 24 months\n\n### Section 4 — Partnership\n\n#### 4.2 What will each partner contribute?\n\n- Valley Heat Ltd will host 12 learners for two-week placements each year and release two engineers for 20 days a year.\n- Afon Energy Co-operative will provide access to three live sites for visits.\n- The Council will give the college a list of 40 retrofit addresses each year.\n\n#### 4.3 How will the partnership be managed?\n\nThe college will chair a partnership board that meets every quarter; each partner will send one representative.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, false, a.agreementReason);
    assert.match(a.agreementReason, /Stage 2 Full Application/);
  });
  it('a genre heading with a round or a meeting number after it ("Full Application, Round 2", "Minutes, Meeting 4") names another kind of document', async () => {
    const { HEAD_GENRE } = await import('../../server/src/core/genres');
    for (const t of ['Skills Bridge Fund — Full Application, Round 2', 'Robotics Partners Working Group — Minutes, Meeting 4', 'Project Narrative — Draft 3']) assert.ok(HEAD_GENRE.test(t), t);
    for (const t of ['Memorandum of Understanding — Round 2 Partners', 'Partnership Agreement, Part 2']) assert.ok(!HEAD_GENRE.test(t), t);
    const md = '# Harbourside Polytechnic\n## Marine Skills Fund — Full Application, Round 2\n\n### Section 5. Partners and their commitments\n\n- Kelso Boatworks will host six learners for four-week placements each spring and lend one outboard engine for the workshop.\n- Seaview Academy will identify up to 20 Year 12 students each year and provide a teacher for the taster days.\n- The Polytechnic will appoint a project coordinator by 1 September 2026 and report to the Fund each term.\n\n### Section 6. Expected results\n\nAt least 15 learners will complete the Level 2 certificate each year.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, false, a.agreementReason);
    assert.match(a.agreementReason, /Full Application, Round 2/);
  });
  it('"Materials roughly £25–30 a week. Who pays not decided" names an amount no one gives: weak, and says so', async () => {
    const md = (money: string) => `Harbour Shed / Kingsmead School — what we agreed\n(coffee at the Shed, 10 Sept 2026)\n\n- After-school club, Year 8, Tuesdays 3.30–5.00 for 6 weeks\n- ${money}\n- Two adults in the room the whole time, never fewer than 1 adult per 5 pupils\n\nBoth happy with the above. Signed:\n\n*Jo Marsh* — Harbour Shed CIC — 10/9/26\n\n*S. Adeyemi* — Kingsmead School — 10/9/26\n`;
    const open = analyze(md('Materials roughly £25–30 a week. Who pays not decided — split it, or the PTA. Sort before 1 Oct')).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(open.status, 'weak', open.reason);
    assert.match(open.reason, /who pays it undecided/);
    const paid = analyze(md('Materials roughly £25–30 a week, paid by the Shed from its community fund')).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(paid.status, 'present', paid.reason);
  });
  it('"one staff member or volunteer to every eight young people" is a ratio and "No one mentors while a clearance is pending" counts no one: neither is a contribution', async () => {
    const { isResourceSentence, isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isResourceSentence('Keep a ratio of at least one staff member or Blue Card volunteer to every eight young people.'));
    assert.ok(!isConcreteCommitment('No one mentors while a clearance is pending.'));
    assert.ok(isResourceSentence('The Company will provide one mentor for every team.'));
  });
});

describe('a hospital whose listed duties are all intentions', () => {
  const md = (hospital: string) => `# MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is between Lakeview Community College ("Lakeview") and St. Agnes Regional Medical Center ("St. Agnes").\n\n**ARTICLE II – RESPONSIBILITIES OF THE PARTIES**\n\nA. Lakeview Community College shall:\n\n1. Offer the course HLTH 101 to pathway students in a section scheduled after the high school day;\n2. Designate a faculty advisor to advise pathway students on the nursing prerequisites;\n3. Share the number of students enrolled with St. Agnes at the end of each semester.\n\nB. St. Agnes Regional Medical Center will:\n\n${hospital}\n\n**ARTICLE III – FINANCIAL CONSIDERATIONS**\n\nLakeview will seek to reduce or waive tuition for pathway students to the extent permitted by College policy. St. Agnes will provide a safe learning environment for any pathway student who is on hospital premises under this MOU.\n`;
  it('"Explore opportunities…", "Promote … where possible", "Support … as availability permits", "Consider … favorably" under "St. Agnes … will:" give St. Agnes no duty: only Lakeview\'s are written down', () => {
    const roles = analyze(md('1. Explore opportunities for pathway students to observe in clinical departments;\n2. Promote health careers to pathway students, including at College events where possible;\n3. Support the Pathway with guest speakers from its staff as availability permits;\n4. Consider Pathway completers favorably for entry-level openings.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /St\. Agnes/);
    const concrete = analyze(md('1. Host twelve pathway students for two observation days each semester;\n2. Send two nurses to speak at the College\'s careers evening in October.'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(concrete.status, 'present', concrete.reason);
  });
  it('"St." opens a name, not a sentence; "will seek to … waive tuition" waives nothing yet; "During the placement the student will:" is the student\'s', async () => {
    const { sentences } = await import('../../server/src/core/signals');
    assert.deepEqual(sentences('Share the number with St. Agnes at the end of each semester. Then stop.'), ['Share the number with St. Agnes at the end of each semester.', 'Then stop.']);
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isConcreteCommitment('Lakeview will seek to reduce or waive tuition for pathway students to the extent permitted by College policy.'));
    assert.ok(isConcreteCommitment('Lakeview will waive tuition for pathway students enrolled in HLTH 101.'));
    const { actorOf } = await import('../../server/src/core/substance/actors');
    assert.equal(actorOf('During the placement the student will:'), 'student');
    assert.equal(actorOf('Within the first month the College will hire a coordinator.'), 'college');
  });
});

describe('a letterhead is an office, not a contact', () => {
  it('"Harbourview General Hospital / Student Placement Services / address / Tel. … · placements@…" names no person: its phone is the office\'s', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    const head = contactEntries('**Harbourview General Hospital**\nStudent Placement Services\n41 Quarry Road, Kentford, NS B4N 2K7\nTel. 902-555-0140 · placements@harbourview.ns.ca');
    assert.equal(head.reachable, 0, JSON.stringify(head));
    assert.ok(head.shared.includes('placements@harbourview.ns.ca'), JSON.stringify(head));
    const person = contactEntries('Joanne Okafor\nCoordinator, Student Placement Services\njoanne.okafor@harbourview.ns.ca · 902-555-0171');
    assert.equal(person.reachable, 1, JSON.stringify(person));
  });
});

describe('what a gift or a sponsorship is for, said in passing', () => {
  it('"Your sponsorship helps more than 300 students…", "is expected to let the College expand…", "to inspire more students" are aims without targets: weak outcomes, not missing ones', () => {
    const md = (why: string) => `# EQUIPMENT DONATION AGREEMENT\n\nThis Agreement is between Harrowgate Tools Ltd (the "Donor") and Fenwick College (the "College").\n\n1. The Donor will deliver one Colchester 1800 lathe to the College's workshop no later than 31 August 2026.\n2. The College will insure the lathe and use it only for instruction.\n\n${why}\n\nSigned for the Donor: *P. Harrow*, 2 June 2026\nSigned for the College: *A. Mistry*, 4 June 2026\n`;
    for (const why of ['The gift is expected to let the College expand its Level 3 machining provision.', 'Your donation helps apprentices from across the county learn on modern machines.', 'The Donor hopes the lathe will inspire more young people to train as machinists.']) {
      const o = analyze(md(why), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
      assert.equal(o.status, 'weak', `${why}: ${o.reason}`);
    }
    const none = analyze(md('The College will send the Donor a photograph of the lathe in use.'), { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(none.status, 'missing', none.reason);
  });
});

describe('what students must do, listed after a party\'s intentions', () => {
  it('"Students placed under this agreement … are expected to follow…" after "The Polytechnic agrees to:" and its intentions is no duty of the Polytechnic: only the Employer\'s are written down', () => {
    const md = '# Work Placement Agreement (Summer 2026)\n\nThis agreement is made between **Eastmere Polytechnic** ("the Polytechnic") and **Halvard Foods Ltd** ("the Employer").\n\n**The Employer agrees to:**\n\n- pay each student $18.75 per hour through its payroll;\n- assign each student a named supervisor before the first day;\n- complete the Polytechnic\'s evaluation form by August 8, 2026.\n\n**The Polytechnic agrees to:**\n\n- support the Employer\'s placement programme where possible;\n- foster links between the curriculum and the Employer\'s work;\n- encourage students to make the most of the work term.\n- Students placed under this agreement remain enrolled at the Polytechnic and are expected to follow the Employer\'s site rules.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason, /Employer/);
  });
});

describe('"**Who:**" names the parties of informal notes', () => {
  it('"**Who:** Harbour Makers (the makerspace on Quay St, owner Ana Diaz) and Eastview Middle School (the robotics club)." gives two parties, not their descriptions', () => {
    const md = 'Harbour Makers + Eastview MS Robotics Club — what we agreed\nnotes by Sam, 4 Sept 2026\n\n**Who:** Harbour Makers (the makerspace on Quay St, owner Ana Diaz) and Eastview Middle School (the 7th grade robotics club, with Mr. Ito okaying it for the school).\n\n**When:** Wednesdays 3:30–5:30 from 16 Sept.\n';
    assert.deepEqual(analyze(md, { agreement: true }).parties.map((p) => p.name), ['Harbour Makers', 'Eastview Middle School']);
  });
});

describe('each party\'s name over its own list, and no roles heading', () => {
  it('"**Harbour Makers:**" and "**Eastview:**" over their lists are the roles of informal notes', () => {
    const md = (school: string) => `Harbour Makers + Eastview MS Robotics Club — what we agreed\nnotes by Sam, 4 Sept 2026\n\n**Who:** Harbour Makers (the makerspace on Quay St, owner Ana Diaz) and Eastview Middle School (the 7th grade robotics club).\n\n**Harbour Makers:**\n- opens the shop for the club on Wednesdays 3:30–5:30, no public drop-in during our slot\n- Ana or her shop manager runs each session and plans the builds with Sam\n\n**Eastview:**\n${school}\n\nSigned —\n\n/s/ Ana Diaz, owner, Harbour Makers — 9/4/26\n/s/ Sam Ito, 7th grade science, for Eastview Middle School — 9/5/26\n`;
    const both = analyze(md('- walks the kids over after 7th period and back by 5:40\n- a teacher is there the whole session, every session')).sections.find((x) => x.id === 'roles')!;
    assert.equal(both.status, 'present', both.reason);
    assert.ok(both.evidence?.some((e) => /Eastview|Eastview Middle School/.test(e.why)), JSON.stringify(both.evidence));
  });
});

describe('contacts by first name in informal notes', () => {
  it('"Marisol — cell 555-301-7746, mortega@…" and "Dev — cell …, dev@…" are two people; "Email — team@…" and "Museum: Collections Office — loans@…" are none', async () => {
    const { contactEntries } = await import('../../server/src/core/substance/points-of-contact');
    assert.equal(contactEntries('Contacts\nMarisol — cell 555-301-7746, mortega@eastgatelib.org\nDev — cell 555-608-2291, dev@foundrycollective.org').reachable, 2);
    for (const line of ['Email — team@harbourmakers.org', 'Museum: Collections & Loans Office — loans@pinecrestmsi.org — (414) 555-2200']) {
      assert.equal(contactEntries(line).reachable, 0, line);
    }
  });
});

describe('recitals that end at a line "AGREEMENT"', () => {
  it('the terms after "RECITALS … / AGREEMENT" bind the parties: the Donor\'s and the College\'s duties and the delivery date count', async () => {
    const { recitalRanges } = await import('../../server/src/core/substance/recitals');
    const md = 'EQUIPMENT DONATION AGREEMENT\n\nThis Equipment Donation Agreement is made by and between Harlow Machine Works LLC ("Donor") and Fenwick Community College ("College").\n\nRECITALS\n\nA. Donor is replacing two lathes and wishes to donate them to the College.\n\nAGREEMENT\n\n1. Delivery. Donor will, at its own expense, deliver the two lathes to the College\'s workshop no later than 31 August 2026.\n\n2. Use. The College will use the lathes for instruction and will insure them from the day of delivery.\n';
    const model = buildModel(md);
    const [range] = recitalRanges(model);
    assert.ok(range && range[1] < md.indexOf('1. Delivery'), JSON.stringify(range));
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'present', roles.reason);
  });
});

describe('duties listed under "The Parties agree to:"', () => {
  const mou = (intro: string) =>
    `# Memorandum of Understanding\n\nbetween the Eastmere Science Network (the "Network") and the Holloway Botanic Garden (the "Garden").\n\n## Working together\n\n${intro}\n\n- share news of each other's public events through their newsletters; and\n- keep each other informed of staff changes that affect the partnership.\n\n## The Network\n\nThe Network will look for ways to connect Garden educators with its member schools.\n\n## The Garden\n\nThe Garden will consider the Network's priorities when it plans its education programme.\n`;
  it('are the parties\' duties together: roles is weak, as for "Both parties will share…"', () => {
    const roles = analyze(mou('The Parties agree to:'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason!, /only joint duties/);
  });
  it('"Each Party agrees to:" gives each party its own duties', () => {
    const roles = analyze(mou('Each Party agrees to:'), { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.doesNotMatch(roles.reason!, /only joint duties/);
  });
});

describe('supervision a party says it does not take on', () => {
  it('"has no role in supervising students" names no control: a sponsor\'s letter with nothing else on safety has none', () => {
    const md = '**Re: Sponsorship of the Hillcrest Rocketry Team, 2026 season**\n\nDear Team Parents\' Association,\n\nI am pleased to confirm that Ostrander Aerospace ("Ostrander") will sponsor the Hillcrest Rocketry Team for the 2026 season on the terms in this letter.\n\n1. Amount. Ostrander agrees to pay $4,000 to the Association by March 1, 2026.\n\n2. Our people. Ostrander staff are welcome at launches as spectators. Ostrander will not supply mentors under this letter and has no role in supervising students.\n\n3. Recognition. The Association will place Ostrander\'s logo on the team\'s launch banner.\n\nPlease countersign below to accept these terms.\n\nSincerely,\n\nMarguerite Osei, Community Giving Manager, Ostrander Aerospace\n\nAccepted on behalf of the Hillcrest Rocketry Parents\' Association: ____________ Date: ______\n';
    const safety = analyze(md, { agreement: true }).sections.find((x) => x.id === 'safety-protocols')!;
    assert.equal(safety.status, 'missing', safety.reason);
    assert.match(safety.reason!, /has no role in supervising students/);
  });
  it('children "accompanied at all times" by an adult are supervised; a limit, "will not supervise more than eight", is a control', async () => {
    const { safetyControls } = await import('../../server/src/core/substance/safety-protocols');
    assert.ok(safetyControls('Children under 14 must be accompanied at all times on the Site by a parent or guardian.').includes('supervision'));
    assert.ok(safetyControls('A volunteer will not supervise more than eight students at any one time.').includes('supervision'));
    assert.ok(!safetyControls('Club volunteers do not supervise unaccompanied children.').includes('supervision'));
    assert.ok(!safetyControls('The Sponsor is not responsible for supervising participants.').includes('supervision'));
  });
});

describe('a letter\'s salutation and a club', () => {
  it('"Dear Members of the Booster Club Board," is no party; "the Westfield Robotics Booster Club (the "Club")" is one', () => {
    const md = 'WESTFIELD SAVINGS BANK\n\n12 Mill Road · Westfield, OH 44001\n\nMay 4, 2026\n\nWestfield Robotics Booster Club\nc/o Westfield High School\n\nDear Members of the Booster Club Board,\n\nI am pleased to confirm that Westfield Savings Bank (the "Bank") will sponsor the Westfield Robotics Booster Club (the "Club") for the 2026–27 season. The Bank agrees to pay $2,500 to the Club by September 1, 2026.\n\nSincerely,\n\nDana Ruiz, Community Manager, Westfield Savings Bank\n';
    const names = analyze(md, { agreement: true }).parties.map((p) => p.name);
    assert.ok(!names.some((n) => /^Dear\b/.test(n)), names.join('; '));
    assert.ok(names.includes('Club'), names.join('; '));
    assert.ok(names.includes('Bank'), names.join('; '));
  });
});

describe('a party\'s lettered items that are only blanks', () => {
  it('"The Partner will:" over "3.1 [Describe Partner responsibilities…]" and "3.2 [ ]": numbered items that are only blanks', () => {
    const md = '# Memorandum of Understanding\n\nThis MOU is made between the Harlan STEM Center ("the Center") and ____________ ("the Partner").\n\n2. Responsibilities of the Center\n\n2.1 Coordinate the scheduling of partner activities with participating schools.\n\n2.2 Publicize partner-supported programs through the Center\'s newsletter.\n\n3. Responsibilities of the Partner\n\nThe Partner will:\n\n3.1 [Describe Partner responsibilities, e.g. guest speakers, site tours, mentoring.]\n\n3.2 [ ]\n\n4. Resources\n\n4.1 The Center will provide staff time and facilities.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason!, /Partner are still blanks/);
  });
  it('"4.2 Partner will:" over "a. [List partner responsibilities here]" and "b. ____": the Partner\'s duties are still blanks', () => {
    const md = 'MEMORANDUM OF UNDERSTANDING\n\nThis MOU is made between Carver Valley Schools ("CVS") and ______________________ ("Partner").\n\n4. RESPONSIBILITIES\n\n4.1 CVS will:\n\na. Schedule all career visits with participating schools through the Partnerships Office;\n\nb. Provide meeting space in schools for classroom visits and career fairs;\n\nc. Recognize the Partner in the annual Partners in Education report.\n\n4.2 Partner will:\n\na. [List partner responsibilities here – e.g., number of classroom speakers, tours, events]\n\nb. ______________________________________________\n\n4.3 Both parties will collaborate in good faith to achieve the purposes of this MOU.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason!, /Partner are still blanks/);
  });
});

describe('a name that holds "and" between the parties', () => {
  it('"between the Carrow Museum of Science and Industry (the "Museum") and Elm Park School (the "School")" names two parties, not "Industry"', () => {
    const md = 'LETTER OF AGREEMENT\n\nThis letter sets out the agreement between the Carrow Museum of Science and Industry (the "Museum") and Elm Park School (the "School") for the 2026 school visits.\n\nThe Museum will host four visits. The School will bring no more than 60 pupils to each visit.\n';
    const parties = analyze(md, { agreement: true }).parties;
    assert.deepEqual(parties.map((p) => p.name).sort(), ['Museum', 'School'], JSON.stringify(parties.map((p) => p.names)));
    assert.ok(parties.find((p) => p.name === 'Museum')!.names.includes('Carrow Museum of Science and Industry'));
  });
});

describe('a table of targets broken over a PDF\'s page', () => {
  it('the running footer between the header and the rows does not end the table: the targets count', () => {
    const md = 'MEMORANDUM OF UNDERSTANDING\n\nThis MoU is made between Kestrel Academies Trust ("KAT") and the Weald Engineering Network ("WEN").\n\nPurpose of this MoU\n\nThis MoU records the shared goals of KAT and WEN for Engineering Week, 9 to 13 February 2026, so that both boards can see what the week is intended to achieve and how its success will be judged.\n\n| Goal | Measure | Baseline (2025) | Target (2026) |\n|---|---|---|---|\n\nKestrel Academies Trust – WEN MoU                                          2\n\n| Reach | Number of girls in Years 7–9 taking part in at least one\nEngineering Week session | 180 | at least 260 |\n| Interest | Share of girls who could see themselves working in engineering | 48% | at least 65% |\n\nResults will be compared with the 2025 figures.\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
  });
  it('a running footer is a page line; a row of a flattened table with one space before its number is not', async () => {
    const { PAGE_LINE } = await import('../../server/src/core/signals');
    assert.ok(PAGE_LINE.test('Kestrel Academies Trust – WEN MoU                                          2'));
    assert.ok(PAGE_LINE.test('DSA – Millbrook SD7 / Eastvale CEPR          Page 1 of 5'));
    assert.ok(!PAGE_LINE.test('Mentor hours per term 40'));
  });
});

describe('a short name for the arrangement itself', () => {
  it('"a research–practice partnership (the "Partnership") between X ("the District") and Y ("the Lab")" has two parties; "Kent Learning Partnership ("the Partnership")" is one', () => {
    const md = 'MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding describes a research–practice partnership (the "Partnership") between Alder Falls School District ("the District") and the Learning Sciences Lab at Pellham University ("the Lab").\n\nThe Lab will run four design sessions a term. The District will release six teachers for each session.\n';
    assert.deepEqual(analyze(md, { agreement: true }).parties.map((p) => p.name).sort(), ['District', 'Lab']);
    const md2 = 'MEMORANDUM OF UNDERSTANDING\n\nThis MoU is made between the Kent Learning Partnership ("the Partnership"), a multi-academy trust, and the Weald Engineering Network ("WEN").\n\nThe Partnership will host four visits. WEN will bring six engineers to each visit.\n';
    assert.ok(analyze(md2, { agreement: true }).parties.some((p) => p.names.includes('Kent Learning Partnership')));
  });
});

describe('an office\'s mailbox beside the same side\'s own person', () => {
  it('"**Polytechnic Internship Supervisor:** Ms … email, phone" over "**Polytechnic Internship Office:** internship@…" is a person, not only a mailbox', () => {
    const md = '# Internship Host Agreement\n\nThis agreement is made between Tanjong Polytechnic ("the Polytechnic") and Meridian Tooling Pte Ltd ("the Company").\n\n## 3. The Company shall\n\n3.1 appoint a Company Supervisor to guide the Student throughout the internship;\n\n3.2 notify the Polytechnic within 24 hours of any accident involving the Student.\n\n## 4. The Polytechnic shall\n\n4.1 visit the Student at the workplace at least once during the internship.\n\n## 6. Contacts\n\n**Company Supervisor:** Mr Tan Wei Ming, Senior Engineer — weiming.tan@meridiantooling.com.sg — 6555 0813\n\n**Polytechnic Internship Supervisor:** Ms Farah Aziz, Lecturer — farah_aziz@tanjongpoly.edu.sg — 6555 0294\n\n**Polytechnic Internship Office:** internships@tanjongpoly.edu.sg\n';
    const contacts = analyze(md, { agreement: true }).sections.find((x) => x.id === 'points-of-contact')!;
    assert.equal(contacts.status, 'present', contacts.reason);
  });
});

describe('a proposal that says its agreements will be made if it is funded', () => {
  const narrative = '## C. Partnerships and Commitments\n\n### C.1 Partnership model\n\nHollis Technical College (HTC) will lead a three-year project to build a wind technician certificate. Signed letters of commitment from all four partners appear in the Supplementary Documents, and HTC will execute a memorandum of understanding with each partner within 90 days of award.\n\n### C.2 Partner roles\n\n**Ridgeline Wind LLC** will host 10 paid summer internships each year and provide two technicians to co-teach the tower safety lab.\n\n**Cass County Schools** will recruit 40 juniors into a dual-credit pathway and provide transport to HTC labs.\n\n**Prairie State University** will review course content and host one faculty workshop each summer.\n\n### C.3 Outcomes\n\nBy the end of Year 3 the project expects to enroll 90 students, with at least 60 completers.\n';
  it('a grant narrative\'s partner section, duties and targets and all, is not an agreement', () => {
    const a = analyze(narrative);
    assert.equal(a.isAgreement, false, a.agreementReason);
    assert.match(a.agreementReason, /if it is funded/);
  });
  it('an MOU that leaves data to "a separate data-sharing agreement, to be executed before any data is shared" is still one', () => {
    const md = '# Memorandum of Understanding\n\nThis MOU is made between Hollis Technical College ("the College") and Ridgeline Wind LLC ("Ridgeline").\n\n## Responsibilities\n\nRidgeline will host 10 paid summer interns each year. The College will place the interns and visit each site twice.\n\n## Data\n\nA separate data-sharing agreement will be executed before any student data is shared.\n\n## Signatures\n\nFor the College: ____  For Ridgeline: ____\n';
    assert.equal(analyze(md).isAgreement, true);
  });
});

describe('a paper for a review meeting about an agreement', () => {
  it('"This paper is the starting point for that conversation" under "Partnership Review — Year 1" is not the agreement it reviews', () => {
    const md = '# Westcliff High School × Harbour Marine Services\n## Partnership Review — Year 1 (2025–26)\n\n*Prepared by: Dana Holt, Head of Pathways, for the Partnership Review Meeting, 10 August 2026*\n\n### 1. Why this review\n\nOur Memorandum of Understanding with Harbour Marine Services says the partners will meet after the first year to review what worked. This paper is the starting point for that conversation.\n\n### 2. What the MOU committed us to\n\nUnder the MOU, Harbour Marine will host two Year 10 site visits to its workshop each semester and will provide a skipper for each harbour trip. The School will provide one teacher for every ten students on each visit, and the parties will meet each term.\n\n### 3. What happened\n\nBoth visits took place in Semester 1; one was cancelled in Semester 2. The parties met twice.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, false, a.agreementReason);
  });
});

describe('a data sharing protocol written in the passive', () => {
  it('"# Data Sharing Protocol" between two named parties, signed by both, is an agreement though no one "will" anything', () => {
    const md = '# Data Sharing Protocol\n\n| | |\n|---|---|\n| Parties | Marlow Polytechnic ("MP") and Quayside Freight Pte. Ltd. ("QF") |\n| Effective date | 1 April 2026 |\n\n## 1. Purpose\n\nThis Protocol governs the exchange of personal data about trainees between MP and QF for evaluating the work-study diploma.\n\n## 2. Transfer and security\n\nData is transferred only through a secure file-transfer service. A data breach is notified to the other Party within 24 hours of discovery.\n\n## 3. Retention\n\nData is kept for no longer than 12 months after the trainee leaves the programme, and is then destroyed.\n\n## 4. Contacts\n\nMP: Ms Lee Hui Min, lee_hui_min@marlowpoly.edu.sg, 6555 0192. QF: Mr Arjun Nair, arjun.nair@quaysidefreight.com.sg, 6555 0317.\n\n## 5. Term and termination\n\nEither Party may end this Protocol by one month\'s written notice.\n';
    const a = analyze(md);
    assert.equal(a.isAgreement, true, a.agreementReason);
  });
});

describe('an introduction that describes the parties', () => {
  it('"## 1. INTRODUCTION / 1.1 The College offers the National Certificate…" is background: the College owes nothing there, so only the Sponsor\'s duties are written down', () => {
    const md = '# DEED OF DONATION\n\nentered into by and between Karoo Castings (Pty) Ltd (the "Sponsor") and Ubuntu Valley TVET College (the "College").\n\n## 1. INTRODUCTION\n\n1.1 The College offers the National Certificate (Vocational) in Engineering to about 400 students a year.\n\n## 2. DONATION\n\n2.1 The Sponsor shall donate one CNC lathe and one welding simulator to the College.\n\n2.2 The Sponsor shall deliver the equipment to the College\'s workshop by 31 March 2026.\n\n2.3 The Sponsor shall service the equipment twice a year for three years.\n\n## 3. NO FURTHER OBLIGATIONS\n\n3.1 This donation is unconditional.\n';
    const roles = analyze(md, { agreement: true }).sections.find((x) => x.id === 'roles')!;
    assert.equal(roles.status, 'weak', roles.reason);
    assert.match(roles.reason!, /only the Sponsor's duties/);
  });
});

describe('own costs of negotiating, and no fee to the people who take part', () => {
  const status = (md: string) => analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
  const base = (clause: string) => `# Memorandum of Understanding\n\nThis MOU is made between Rivermouth University ("the University") and Rivermouth Libraries ("the Library").\n\n## Resources\n\nThe University will supply science kits as funding permits. ${clause}\n`;
  it('"each party will bear its own costs of negotiating and preparing this Heads of Agreement" does not say no money changes hands', () => {
    assert.notEqual(status(base('Each party will bear its own costs of negotiating and preparing this Heads of Agreement.')).status, 'present');
  });
  it('"No fee will be charged to library members to borrow a kit" is what borrowers pay, not what the parties give', () => {
    assert.notEqual(status(base('No fee will be charged to library members to borrow a kit.')).status, 'present');
  });
  it('"each party bears its own costs, including staff time in preparing the extract" still says so', () => {
    assert.equal(status(base('No money is paid by either party, and each party bears its own costs, including staff time in preparing the extract.')).status, 'present');
  });
});

describe('an amount whose shares are still to be settled', () => {
  it('"Indicative budget: NZ$60,000 excl. GST … Funding shares to be settled in the full agreement" leaves who pays undecided', () => {
    const md = '# Summary of Agreed Terms\n\nBetween Tāwhiri Polytechnic ("the Polytechnic") and Kōwhai Solar Ltd ("Kōwhai").\n\n| Term | Detail |\n|---|---|\n| Programme | A solar PV installer micro-credential, first intake February 2027 |\n| Indicative budget | NZ$60,000 excl. GST for development and the first intake. Funding shares to be settled in the full agreement. |\n\nSigned for the Polytechnic: A. Rangi, 3/11/2026\n\nSigned for Kōwhai: M. Lee, 4/11/2026\n';
    const r = analyze(md, { agreement: true }).sections.find((x) => x.id === 'resource-commitments')!;
    assert.equal(r.status, 'weak', r.reason);
    assert.match(r.reason!, /who pays it undecided/);
  });
});

describe('what a party is, with a number in it', () => {
  it('"Harwood Engineering is a civil and structural engineering firm of about 140 staff" describes the firm; it gives nothing', async () => {
    const { isConcreteCommitment } = await import('../../server/src/core/substance/resource-commitments');
    assert.ok(!isConcreteCommitment('Harwood Engineering Group is a civil and structural engineering firm of about 140 staff with its main office a mile from the school.'));
    assert.ok(isConcreteCommitment('Harwood Engineering Group will release six engineers for two hours a week.'));
  });
});

describe('reports, notice periods and subtitles that are no outcome targets', () => {
  it('a report "by 31 August 2025 covering the number of students who attended", "at least ten working days to review the draft" and a clause number "4.3 The School" set no target', () => {
    for (const s of [
      '4.3 The School will give the Sponsor a short written report by 31 August 2025 covering the number of students who attended each day.',
      'PIAS may publish findings, provided that the Polytechnic has been given at least ten working days to review the draft text.',
    ]) assert.equal(MEASURE_TARGET.exec(s)?.[0], undefined, s);
    assert.ok(MEASURE_TARGET.test('At least 40 students will complete the certificate by June 2026.'));
    assert.ok(MEASURE_TARGET.test('Placements will rise to 25 students a year by 2027.'));
  });
  it('a subtitle over every later heading ("## Graduate Outcomes and Industry Skills Demand" over "### 1. Purpose" … "### 6. Contacts") is not the outcomes section', () => {
    const md = '# Data Sharing Protocol\n\n## Graduate Outcomes and Industry Skills Demand — Precision Engineering\n\nThis Protocol is made between Bukit Maju Polytechnic ("the Polytechnic") and the Precision Makers Association ("PMA").\n\n### 1. Purpose\n\nThe Parties wish to exchange information so that the Polytechnic can align its diplomas with the skills its graduates need.\n\n### 2. Data to be shared\n\nThe Polytechnic will send PMA each March the number of graduates employed in precision engineering.\n\n### 3. Security\n\nEach Party will notify the other within 48 hours of any unauthorised access to the data.\n\n### 4. Contacts\n\nPolytechnic: Ms Tan Li Ping, tan_li_ping@bmpoly.edu.sg. PMA: Mr Raj Kumar, raj@pma.org.sg.\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.notEqual(outcomes.status, 'present', outcomes.reason);
    assert.notEqual(outcomes.foundAs, 'Graduate Outcomes and Industry Skills Demand — Precision Engineering');
  });
});

describe('a success criterion written in passing', () => {
  it('"We\'d both count this summer a success if at least four of the six interns are offered a job by 30 September 2025" is an outcome with a target and a period, wherever it stands', () => {
    const md = '# Summer Internship Letter\n\nThis letter sets out the agreement between Riverbend College ("the College") and Halden Engineering ("Halden").\n\n## Roles\n\nHalden will host six interns for ten weeks and pay each $19 an hour. The College will select the interns by 15 May 2025.\n\n## Evaluation\n\nThe placements will be evaluated at the end of the summer.\n\n## Closing\n\nWe\'d both count this summer a success if at least four of the six interns are offered a return placement or a job by Halden by September 30, 2025.\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
  });
});

describe('a word that opens a sentence before a first name', () => {
  it('"If Gwen or Tom changes, we will tell you" names no person "If Gwen"; "Should Dana Ruiz leave" still names Dana Ruiz', async () => {
    const { personNames } = await import('../../server/src/core/signals');
    assert.deepEqual(personNames('If Gwen or Tom changes, we will tell you who has taken over by email within a week.'), []);
    assert.deepEqual(personNames('Should Dana Ruiz leave the Trust, the Trust will name another contact.'), ['Dana Ruiz']);
  });
});

describe('an aim for this intake, in the opening paragraph', () => {
  it('"Our shared aim for this intake is simple: at least 8 of the 10 apprentices … by 31 December 2028" is an outcome with a target and a period', () => {
    const md = '**Letter of Agreement — Level 3 Electrician Apprenticeships, 2025 intake**\n\nBetween Avon Vale Training ("the Provider") and Kestrel Electrical Ltd ("the Employer").\n\nOur shared aim for this intake is simple: at least 8 of the 10 apprentices who start in September 2025 should achieve the Level 3 standard by 31 December 2028.\n\n**1. What the Provider will do**\n\n1.1 Deliver the off-the-job training one day a week during term time.\n\n**2. What the Employer will do**\n\n2.1 Pay each apprentice at least £8.00 an hour.\n';
    const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
    assert.equal(outcomes.status, 'present', outcomes.reason);
  });
});

describe('aims written as a hope or a shared aim', () => {
  it('"Our hope is that the weekend gives our students a taste of…" and "share the aim of strengthening the pipeline…" are aims without a target: weak, not missing', () => {
    for (const aim of ['Our hope is that the weekend gives our students a taste of working on a real data problem.', 'The College and the Association share the aim of strengthening the pipeline of qualified marine technicians in the region.']) {
      const md = `# Letter of Agreement\n\nThis letter sets out the agreement between Tidebank College ("the College") and Fernhill Analytics ("Fernhill").\n\nFernhill will pay $7,500 to the College by April 4, 2026 and provide four judges. The College will provide the venue and meals.\n\n${aim}\n`;
      const outcomes = analyze(md, { agreement: true }).sections.find((x) => x.id === 'intended-outcomes')!;
      assert.equal(outcomes.status, 'weak', `${aim}: ${outcomes.reason}`);
    }
  });
});
