/**
 * The completeness renderers (server/src/core/render): what they say (score, counts, statuses,
 * the party matrix), where each item leads, and that no string from a document ever reaches
 * HTML or markdown unescaped, whichever field it arrives in.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze, fileReport, type FileReport } from '../../server/src/core';
import {
  PREVIEW_SCRIPT, completenessView, escapeHtml, escapeMarkdown, previewCsp, renderBanner, renderPreviewBody, renderPreviewDocument,
  renderReportHtml, renderReportMarkdown, reportCsp, statusBarText, targets, completeText,
} from '../../server/src/core/render';
import { loadFixtures } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const NONCE = 'TESTNONCEtestnonce0123456789';
const CSP_SOURCE = 'https://fake.vscode-cdn.net';

function reportOf(file: string, name = path.basename(file)): FileReport {
  return fileReport(name, analyze(readFileSync(path.join(ROOT, file), 'utf8')));
}

const DEMO = reportOf('examples/riverside-stem-acme-mou.md');
const HOSTILE_FIXTURE = reportOf('test/fixtures/hostile/hostile.md');

/** Payloads that break out of text, of double- and single-quoted attributes, and of markdown. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=alert(1)>',
  '</li></ul><script>alert(1)</script>',
  '" autofocus onfocus="alert(1)',
  "' onmouseover='alert(1)",
  '<!-- x --><a href="javascript:alert(1)">y</a>',
  '[click](javascript:alert(1)) ![i](x) | cell | `code` *em* _em_ ~~del~~ &lt;entity&gt; $math$',
];

/** Every string field of the report carries a payload: path, titles, reasons, names, messages, data. */
function hostileReport(payload: string): FileReport {
  const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
  return {
    path: `agreements/${payload}.md`,
    isAgreement: true,
    agreementReason: `titled ${payload}`,
    score: 0.5,
    sections: [
      { id: 'roles', title: `Roles ${payload}`, required: true, status: 'present', reason: `duties ${payload}`, range: range(10), foundAs: `Who does what ${payload}`, evidence: [{ range: range(12), text: `Acme will ${payload}`, why: `a duty of ${payload}` }] },
      { id: 'points-of-contact', title: `Contacts ${payload}`, required: true, status: 'weak', reason: `placeholder ${payload}`, range: range(20), evidence: [{ range: range(21), text: `Jo ${payload}`, why: `a name ${payload}` }], lookedFor: `an email ${payload}` },
      { id: 'resource-commitments', title: `Resources ${payload}`, required: true, status: 'missing', reason: `none ${payload}`, range: null, insertAt: { line: 30, character: 0 }, evidence: [], lookedFor: `an amount ${payload}` },
      { id: 'safety-protocols', title: `Safety ${payload}`, required: false, status: 'missing', reason: `none ${payload}`, range: null },
      { id: 'intended-outcomes', title: `Outcomes ${payload}`, required: true, status: 'not-applicable', reason: `n/a ${payload}`, range: range(40) },
    ],
    parties: [
      { name: `Acme ${payload}`, duty: true, contact: false, contribution: true },
      { name: `School ${payload}`, duty: false, contact: true, contribution: false },
    ],
    recommended: [
      { id: 'purpose', title: `Purpose ${payload}`, found: true },
      { id: 'termination', title: `Termination ${payload}`, found: false },
    ],
    diagnostics: [
      { code: 'missing-section', severity: 'error', message: `Missing ${payload}`, range: range(0), section: 'resource-commitments' },
      { code: 'recommended-section', severity: 'hint', message: `Consider ${payload}`, range: range(0), section: 'termination' },
      { code: 'party-no-contact', severity: 'warning', message: `No contact for ${payload}`, range: range(3), section: 'points-of-contact', data: { party: `Acme ${payload}`, aspect: 'contact' } },
      { code: 'placeholder', severity: 'warning', message: `Placeholder ${payload}`, range: range(22), data: { placeholder: `[${payload}]` } },
      { code: 'weak-section', severity: 'warning', message: `Weak ${payload}`, range: range(20), section: 'points-of-contact' },
    ],
    error: undefined,
  } as FileReport;
}

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'script', 'body', 'main', 'header', 'footer', 'section', 'article', 'div', 'p', 'h1', 'h2',
  'span', 'strong', 'code', 'q', 'br', 'ol', 'ul', 'li', 'button', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'class', 'id', 'title', 'lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'type', 'scope', 'role', 'href', 'style',
  'data-key', 'data-action', 'aria-label', 'aria-labelledby', 'aria-hidden', 'aria-live',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Tokenises `html` the way a browser's tokenizer would for this simple, quoted output and fails
 * if anything but our own markup is there: every `<` must start one of the tags the renderers
 * write, with only the attributes they write; the only script is the webview's own (nonce'd),
 * styles are our own stylesheet; no comment, no event handler, no javascript: link.
 */
function assertNoMarkupFrom(html: string, payload: string, where: string) {
  let rest = html.replace(/^<!DOCTYPE html>/, '');
  // Our one stylesheet and one script: check them, then take their content out of the way.
  rest = rest.replace(/(<style nonce="[^"]*">)[\s\S]*?<\/style>/g, '$1</style>');
  rest = rest.replace(/(<script nonce="[^"]*">)([\s\S]*?)<\/script>/g, (_, open: string, code: string) => {
    assert.equal(code, PREVIEW_SCRIPT, `${where}: a script that is not the preview's own`);
    return `${open}</script>`;
  });
  for (const m of rest.matchAll(TAG)) {
    const [, , tag, attributes] = m;
    assert.ok(ALLOWED_TAGS.has(tag.toLowerCase()), `${where}: unexpected <${tag}> element`);
    if (tag.toLowerCase() === 'script') assert.match(m[0], /^<\/?script( nonce="[^"]+")?>$/, `${where}: ${m[0]}`);
    for (const a of attributes.matchAll(ATTRIBUTE)) {
      const name = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `${where}: unexpected attribute ${name} in ${m[0].slice(0, 120)}`);
      if (name === 'href') assert.match(value, /^#[\w-]+$/, `${where}: a link that leaves the page: ${value}`);
      if (name === 'style') assert.ok(where.startsWith('banner'), `${where}: a style attribute (the CSP would need unsafe-inline)`);
    }
  }
  const leftover = rest.replace(TAG, '');
  assert.ok(!leftover.includes('<'), `${where}: a "<" that is not one of our tags: …${leftover.slice(Math.max(0, leftover.indexOf('<') - 40), leftover.indexOf('<') + 60)}…`);
  if (payload.includes('<')) assert.ok(!html.includes(payload), `${where}: the payload appears unescaped`);
}

describe('completeness renderers', () => {
  describe('escaping', () => {
    it('escapeHtml escapes everything that can start markup or end an attribute', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&\`</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
      assert.equal(escapeHtml('tab\tnew\nline\u0000\u0007'), 'tab\tnew\nline');
      assert.equal(escapeHtml(undefined), '');
    });

    it('escapeMarkdown keeps text one line and inert', () => {
      const out = escapeMarkdown('a\n<b>[x](javascript:y) | `c` *d* _e_ ~f~ &amp; $1 \\');
      assert.equal(out, 'a \\<b\\>\\[x\\](javascript:y) \\| \\`c\\` \\*d\\* \\_e\\_ \\~f\\~ \\&amp; \\$1 \\\\');
    });
  });

  describe('the view of a report', () => {
    it('counts present required sections and gives the score as a percentage', () => {
      const v = completenessView(DEMO);
      assert.equal(v.percent, 70);
      assert.equal(v.complete, 3);
      assert.equal(v.required, 5);
      assert.equal(completeText(v), '3 of 5 core sections complete');
      assert.equal(statusBarText(v), 'MOU 3/5');
      assert.deepEqual(v.missing.map((s) => s.id), ['safety-protocols']);
      assert.deepEqual(v.weak.map((s) => s.id), ['points-of-contact']);
      assert.equal(v.ready, false);
      assert.equal(v.state, 'blocked');
      assert.equal(v.verdict, 'Not ready to sign: 1 section missing, 1 section to strengthen and 3 blanks to fill in.');
    });

    it('does not count a party gap twice when its whole section is missing', () => {
      const thin = completenessView(reportOf('test/fixtures/thin/purpose-term-signatures.md'));
      // Four sections missing; contacts are weak (only signatories named), so the two parties' contact gaps count.
      assert.equal(thin.verdict, 'Not ready to sign: 4 sections missing, 1 section to strengthen and 2 party gaps.');
      assert.deepEqual(thin.gaps, ['4 sections missing', '1 section to strengthen', '2 party gaps']);
      const hostile = completenessView(HOSTILE_FIXTURE);
      assert.deepEqual(hostile.gaps, ['1 section missing', '1 section to strengthen', '4 blanks to fill in', '1 party gap']);
    });

    it('leaves not-applicable and optional sections out of the count', () => {
      const v = completenessView(hostileReport('x'));
      // roles present, contacts weak, resources missing (required); safety optional; outcomes n/a.
      assert.equal(v.required, 3);
      assert.equal(v.complete, 1);
      assert.equal(statusBarText(v), 'MOU 1/3');
    });

    it('leads a missing section to its insertion point, with the finding as the fallback for its fix', () => {
      const t = targets(completenessView(hostileReport('x')));
      assert.deepEqual(t.get('core:resource-commitments'), { line: 30, character: 0, fix: true, fixAt: { line: 0, character: 2 } });
      // Without insertAt: the missing-section finding itself.
      const demo = targets(completenessView({ ...DEMO, sections: DEMO.sections!.map((s) => ({ ...s, insertAt: undefined })) }));
      assert.deepEqual(demo.get('core:safety-protocols'), { line: 0, character: 0, fix: true });
    });

    it('leads present and weak sections to their heading, offering a fix only for weak ones', () => {
      const t = targets(completenessView(DEMO));
      assert.deepEqual(t.get('core:roles'), { line: 38, character: 0, fix: false });
      assert.deepEqual(t.get('core:points-of-contact'), { line: 89, character: 0, fix: true });
    });

    it('leads a party gap to its finding, or to the section when there is no finding', () => {
      const v = completenessView(hostileReport('x'));
      const t = targets(v);
      assert.deepEqual(t.get('party:0:contact'), { line: 3, character: 2, fix: true });
      // The School has no duty and no finding says so: its cell leads to the roles section.
      assert.deepEqual(t.get('party:1:duty'), { line: 10, character: 2, fix: false });
      assert.equal(t.has('party:0:duty'), false, 'a cell without a gap leads nowhere');
    });

    it('says when an agreement is ready to sign', () => {
      const gold = reportOf('test/fixtures/gold/setext-headings.md');
      const v = completenessView(gold);
      assert.equal(v.percent, 100);
      assert.equal(v.ready, true);
      assert.match(v.verdict, /^Ready to sign/);
    });

    it('describes a file that is not an agreement', () => {
      const v = completenessView(reportOf('test/fixtures/not-agreements/project-readme.md'));
      assert.equal(v.isAgreement, false);
      assert.match(v.verdict, /does not look like a partnership agreement/);
      assert.equal(renderBanner(reportOf('test/fixtures/not-agreements/project-readme.md')), '');
    });
  });

  describe('the preview body', () => {
    const body = renderPreviewBody(DEMO, { exportButton: true });

    it('leads with the score and the count of core sections', () => {
      assert.match(body, /<span class="score-num">70<\/span><span class="score-unit">%<\/span>/);
      assert.ok(body.indexOf('3 of 5 core sections complete') < body.indexOf('Core sections'));
      assert.match(body, /Not ready to sign/);
    });

    it('lists the five core sections in order, each a button with its status and reason', () => {
      const items = [...body.matchAll(/<button type="button" class="item st-([a-z-]+)" data-key="core:([a-z-]+)" aria-label="([^"]*)">/g)];
      assert.deepEqual(items.map((m) => [m[2], m[1]]), [
        ['roles', 'present'], ['points-of-contact', 'weak'], ['resource-commitments', 'present'], ['safety-protocols', 'missing'], ['intended-outcomes', 'present'],
      ]);
      assert.match(items[3][3], /^Safety protocols: Missing\. no safety protocols section or text was found\. Show where to add it\.$/);
      assert.match(body, /\d+ concrete duties are written down/);
    });

    it('marks every status with a symbol and a word, not colour alone', () => {
      for (const [status, mark, word] of [['present', '✓', 'Present'], ['weak', '!', 'Weak'], ['missing', '✗', 'Missing']]) {
        assert.match(body, new RegExp(`class="item st-${status}"[^>]*>\\s*<span class="mark" aria-hidden="true">${mark}</span>[\\s\\S]*?<span class="status">${word}</span>`));
      }
    });

    it('has a party matrix of duties, contact and contribution with a row header per party', () => {
      assert.match(body, /<thead><tr><th scope="col">Party<\/th><th scope="col">Duties<\/th><th scope="col">Contact<\/th><th scope="col">Contribution<\/th><\/tr><\/thead>/);
      assert.equal((body.match(/<th scope="row">/g) ?? []).length, 2);
      const hostile = renderPreviewBody(HOSTILE_FIXTURE);
      assert.match(hostile, /<td class="gap"><button type="button" class="cell-btn" data-key="party:1:contact"[^>]*><span class="mark" aria-hidden="true">✗<\/span><span class="cell-text">No contact<\/span>/);
    });

    it('lists the blanks to fill in and the recommended sections', () => {
      assert.match(body, /Blanks to fill in <span class="count">3<\/span>/);
      assert.match(body, /<code class="blank-text">\[Partner Contact Name\]<\/code><span class="where">line 96<\/span>/);
      assert.match(body, /Recommended sections <span class="count">14 of 14<\/span>/);
    });

    it('says what is going on when there is no report yet', () => {
      assert.match(renderPreviewBody(null), /Open a markdown agreement/);
      assert.match(renderPreviewBody(null, { checking: 'a<b>.md' }), /Checking a&lt;b&gt;\.md…/);
    });
  });

  describe('the webview document', () => {
    const doc = renderPreviewDocument(DEMO, { cspSource: CSP_SOURCE, nonce: NONCE, exportButton: true });

    it('has a strict CSP: nonce\'d style and script only, nothing else', () => {
      assert.equal(previewCsp(CSP_SOURCE, NONCE), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`);
      assert.ok(doc.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(CSP_SOURCE, NONCE))}">`));
      assert.equal((doc.match(/<script\b/g) ?? []).length, 1);
      assert.ok(doc.includes(`<script nonce="${NONCE}">${PREVIEW_SCRIPT}</script>`));
      assert.equal((doc.match(/<style\b/g) ?? []).length, 1);
      assert.ok(doc.includes(`<style nonce="${NONCE}">`));
    });

    it('has no inline event handlers and no style attributes (they would need unsafe-inline)', () => {
      assert.doesNotMatch(doc, /\son[a-z]+\s*=/i);
      assert.doesNotMatch(doc, /<[a-z][^>]*\sstyle=/i);
      // The script talks to the extension by messages only.
      assert.match(PREVIEW_SCRIPT, /vscode\.postMessage\(\{ type: 'reveal', key: target\.dataset\.key \}\)/);
      assert.doesNotMatch(PREVIEW_SCRIPT, /eval|Function\(|document\.write|insertAdjacentHTML|outerHTML/);
    });

    it('refuses a nonce that is not a random token', () => {
      assert.throws(() => renderPreviewDocument(DEMO, { cspSource: CSP_SOURCE, nonce: "x' 'unsafe-inline" }), /nonce/);
      assert.throws(() => renderReportHtml([DEMO], { nonce: 'short' }), /nonce/);
    });
  });

  describe('hostile text in every field', () => {
    for (const payload of PAYLOADS) {
      describe(JSON.stringify(payload), () => {
        const report = hostileReport(payload);

        it('the preview body and document show it as text', () => {
          assertNoMarkupFrom(renderPreviewBody(report, { exportButton: true }), payload, 'preview body');
          const doc = renderPreviewDocument(report, { cspSource: CSP_SOURCE, nonce: NONCE, exportButton: true });
          assertNoMarkupFrom(doc, payload, 'preview document');
          assert.ok(doc.includes(escapeHtml(`Acme ${payload}`)), 'the party name is shown, escaped');
          assert.ok(doc.includes(escapeHtml(`[${payload}]`)), 'the placeholder is shown, escaped');
          assert.ok(doc.includes(escapeHtml(`Who does what ${payload}`)), 'the heading as written is shown, escaped');
          assert.ok(doc.includes(escapeHtml(`Acme will ${payload}`)), 'the evidence is shown, escaped');
          assert.ok(doc.includes(escapeHtml(`an email ${payload}`)), 'what was looked for is shown, escaped');
          const skipped = renderPreviewBody({ path: `x ${payload}.md`, isAgreement: false, agreementReason: `its title (“${payload}”) is not an agreement's`, diagnostics: [] }, { call: false });
          assertNoMarkupFrom(skipped, payload, 'not-an-agreement body');
          assert.ok(skipped.includes(escapeHtml(`(“${payload}”)`)), 'the reason is shown, escaped');
        });

        it('the exported HTML report shows it as text', () => {
          const html = renderReportHtml([report, { ...report, path: `second ${payload}.md` }], { nonce: NONCE, generated: `today ${payload}`, generator: `MOU ${payload}` });
          assertNoMarkupFrom(html, payload, 'report');
          assert.equal((html.match(/<script\b/g) ?? []).length, 0, 'the report has no script at all');
          assert.ok(html.includes(escapeHtml(`Missing ${payload}`)), 'findings are listed, escaped');
        });

        it('the Markdown-preview banner shows it as text', () => {
          const banner = renderBanner(report);
          assert.ok(banner.startsWith('<div class="mou-completeness-banner"'));
          assertNoMarkupFrom(banner, payload, 'banner');
          assert.ok(banner.includes(escapeHtml(`Resources ${payload}`)));
        });

        it('the markdown report has no HTML, links or images from it, and keeps its table columns', () => {
          const md = renderReportMarkdown(report, { generated: payload, generator: payload });
          const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(md);
          const kinds = new Map<string, number>();
          const tables: Array<{ rows: Array<{ children: unknown[] }> }> = [];
          const walk = (n: { type: string; children?: unknown[] }) => {
            kinds.set(n.type, (kinds.get(n.type) ?? 0) + 1);
            if (n.type === 'table') tables.push({ rows: n.children as Array<{ children: unknown[] }> });
            for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
          };
          walk(tree as unknown as { type: string; children?: unknown[] });
          for (const kind of ['html', 'link', 'image', 'linkReference', 'imageReference', 'inlineCode', 'delete', 'inlineMath', 'math']) {
            assert.equal(kinds.get(kind) ?? 0, 0, `the markdown report has a ${kind} node:\n${md}`);
          }
          assert.equal(tables.length, 2, 'sections and parties tables');
          for (const t of tables) {
            const width = t.rows[0].children.length;
            for (const row of t.rows) assert.equal(row.children.length, width, 'a | in the text split a table cell');
          }
        });
      });
    }
  });

  describe('saying why', () => {
    const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 20 } });
    /** A report as the core gives it once it fills in evidence: one present section with passages, one weak, one missing. */
    const explained: FileReport = {
      path: 'forje-mou.md',
      isAgreement: true,
      agreementReason: 'titled as an agreement',
      score: 0.4,
      sections: [
        { id: 'roles', title: 'Roles and responsibilities', required: true, status: 'present', reason: '4 concrete duties are written down', range: range(20),
          evidence: [{ range: range(23), text: 'Forje: Design modules for the spring term', why: 'table row' }, { range: range(24), text: 'School: Host the sessions', why: 'table row' }] },
        { id: 'points-of-contact', title: 'Points of contact', required: true, status: 'weak', reason: '“Dana Ruiz” has a name but no email or phone', range: range(40),
          evidence: [{ range: range(42), text: 'Dana Ruiz, Program Lead', why: 'a named contact' }], lookedFor: "a person's name with an email or phone for each party" },
        { id: 'safety-protocols', title: 'Safety protocols', required: true, status: 'missing', reason: 'no safety protocols section or text was found', range: null, insertAt: { line: 50, character: 0 },
          evidence: [], lookedFor: 'named safety controls: background checks, supervision' },
        { id: 'intended-outcomes', title: 'Intended outcomes', required: true, status: 'present', reason: 'an outcome has a measure, a target and a period', range: range(60), evidence: [] },
      ],
      parties: [],
      recommended: [],
      diagnostics: [{ code: 'missing-section', severity: 'error', message: 'Missing section: Safety protocols', range: range(0), section: 'safety-protocols' }],
    };
    const notAgreement: FileReport = { path: 'README.md', isAgreement: false, agreementReason: 'its title (“fastgrid”) is not an agreement\'s', diagnostics: [] };

    it('the view carries each section’s evidence (1-based lines, each leading to its place) and what was looked for', () => {
      const v = completenessView(explained);
      const roles = v.core.find((c) => c.id === 'roles')!;
      assert.deepEqual(roles.evidence.map((e) => [e.line, e.why, e.text]), [[24, 'table row', 'Forje: Design modules for the spring term'], [25, 'table row', 'School: Host the sessions']]);
      assert.equal(roles.lookedFor, undefined, 'a present section looked for nothing it lacks');
      assert.deepEqual(targets(v).get(roles.evidence[0].key), { line: 23, character: 0, fix: false });
      assert.equal(v.core.find((c) => c.id === 'safety-protocols')!.lookedFor, 'named safety controls: background checks, supervision');
      assert.deepEqual(v.core.find((c) => c.id === 'intended-outcomes')!.evidence, [], 'no evidence: none shown');
      assert.equal(v.agreementReason, 'Titled as an agreement.');
    });

    it('the preview shows “Present because” with each passage, “Looked for” for weak and missing sections, and why the file is checked', () => {
      const body = renderPreviewBody(explained);
      assert.match(body, /Present because:<\/p>\s*<ul class="evidence"><li><button type="button" class="evidence-line" data-key="evidence:roles:0" aria-label="[^"]*">line 24 — table row: “Forje: Design modules for the spring term”<\/button>/);
      assert.match(body, /<span class="detail-label">Looked for:<\/span> a person&#39;s name with an email or phone for each party/);
      assert.match(body, /<span class="detail-label">Looked for:<\/span> named safety controls/);
      assert.match(body, /Checked as an agreement:<\/span> Titled as an agreement\./);
      const outcomes = body.slice(body.indexOf('data-key="core:intended-outcomes"'));
      assert.doesNotMatch(outcomes.slice(0, outcomes.indexOf('</li>')), /item-detail/, 'a section without evidence or gaps gets no empty detail');
      assert.match(body, /data-action="stop-checking"/, 'a person can say it is not an agreement');
      assert.match(renderPreviewBody(explained, { call: true }), /data-action="forget-call"[^>]*>Let MOU Author decide/);
    });

    it('the preview of a file that is not an agreement says why and offers to check it anyway', () => {
      const body = renderPreviewBody(notAgreement);
      assert.match(body, /<span class="detail-label">Why:<\/span> Its title \(“fastgrid”\) is not an agreement&#39;s\./);
      assert.match(body, /<button type="button" class="action" data-action="check-as-agreement"[^>]*>Check this file as an agreement<\/button>/);
      assert.match(body, /Nothing is written into the file/);
      assert.doesNotMatch(body, /forget-call/, 'no call to forget');
      assert.match(renderPreviewBody(notAgreement, { call: false }), /data-action="forget-call"/);
      // A file that could not be read is not offered a check.
      assert.doesNotMatch(renderPreviewBody({ path: 'x.md', isAgreement: false, diagnostics: [], error: 'cannot read (EACCES)' }), /check-as-agreement|Why:/);
    });

    it('the exported reports say why, with the evidence, and how to check a skipped file (no buttons)', () => {
      const html = renderReportHtml([explained, notAgreement], { nonce: NONCE });
      assert.match(html, /<span class="evidence-line">line 24 — table row: “Forje: Design modules for the spring term”<\/span>/);
      assert.match(html, /Looked for:<\/span> named safety controls/);
      assert.match(html, /Why:<\/span> Its title \(“fastgrid”\) is not an agreement&#39;s\./);
      assert.match(html, /To check it anyway, put “agreement: true” in its front matter\./);
      assert.doesNotMatch(html, /<button/);
      const md = renderReportMarkdown(explained);
      assert.match(md, /\*Checked as an agreement: Titled as an agreement\.\*/);
      assert.match(md, /- \*\*Roles and responsibilities\*\* \(present\)\n {2}- Present because:\n {4}- line 24 — table row: “Forje: Design modules for the spring term”/);
      assert.match(md, /- \*\*Safety protocols\*\* \(missing\)\n {2}- Looked for: named safety controls/);
      const skipped = renderReportMarkdown(notAgreement);
      assert.match(skipped, /\*\*Why:\*\* Its title \(“fastgrid”\) is not an agreement's\./);
      assert.match(skipped, /To check it anyway, put “agreement: true” in its front matter\./);
    });

    it('says why for a real not-agreement analysed by the core', () => {
      const v = completenessView(reportOf('test/fixtures/not-agreements/project-readme.md'));
      assert.match(v.agreementReason, /^[A-Z].+\.$/, 'one sentence from the core');
    });
  });

  describe('the hostile fixture (test/fixtures/hostile)', () => {
    it('carries its payloads into the report fields the renderers escape', () => {
      const v = completenessView(HOSTILE_FIXTURE);
      assert.ok(v.parties.some((p) => p.name === 'Beacon <svg onload=alert(1)>'), 'a hostile party name');
      assert.ok(v.core.some((c) => c.foundAs?.includes('<img src=x onerror=alert(1)>')), 'a hostile heading');
      assert.ok(v.blanks.some((b) => b.text.includes('<script>')), 'a hostile placeholder');
      const doc = renderPreviewDocument(HOSTILE_FIXTURE, { cspSource: CSP_SOURCE, nonce: NONCE });
      assertNoMarkupFrom(doc, '<svg onload=alert(1)>', 'hostile fixture preview');
      assertNoMarkupFrom(renderReportHtml([HOSTILE_FIXTURE], { nonce: NONCE }), '<img src=x onerror=alert(1)>', 'hostile fixture report');
    });
  });

  describe('the exported reports', () => {
    it('the HTML report is one self-contained page with a CSP that forbids scripts', () => {
      const html = renderReportHtml([DEMO], { nonce: NONCE, generated: '2027-03-11', generator: 'MOU Author 0.1.0' });
      assert.equal(reportCsp(NONCE), `default-src 'none'; style-src 'nonce-${NONCE}'; img-src data:; base-uri 'none'; form-action 'none'`);
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(NONCE))}">`));
      assert.doesNotMatch(reportCsp(NONCE), /script-src/, 'scripts fall back to default-src none');
      assert.doesNotMatch(html, /<(?:script|link|img|iframe)\b|\bsrc=|url\(/, 'nothing is loaded from anywhere');
      assert.match(html, /@media print/);
      assert.match(html, /<title>Completeness report: riverside-stem-acme-mou\.md<\/title>/);
      assert.match(html, /All findings <span class="count">5<\/span>/);
    });

    it('the HTML report for several files has an overview linking to each', () => {
      const readme = reportOf('test/fixtures/not-agreements/project-readme.md');
      const html = renderReportHtml([DEMO, HOSTILE_FIXTURE, readme], { nonce: NONCE });
      assert.match(html, /<title>Completeness report: 2 agreements<\/title>/);
      assert.equal((html.match(/<article class="file-report" id="file-\d">/g) ?? []).length, 3);
      assert.match(html, /<a href="#file-2">project-readme\.md<\/a><\/td><td class="num">—<\/td>/);
    });

    it('the markdown report states the score and is not itself taken for an agreement', () => {
      const md = renderReportMarkdown(DEMO, { generated: '2027-03-11', generator: 'MOU Author 0.1.0' });
      assert.match(md, /^---\n# A completeness report made by MOU Author, not an agreement itself\.\nmou: false\n---\n/);
      assert.match(md, /\*\*Score: 70%\*\* — 3 of 5 core sections complete\./);
      assert.match(md, /\| ✗ \| Safety protocols \| Missing \| no safety protocols section or text was found \| not found \|/);
      for (const fx of loadFixtures().filter((f) => f.expect.isAgreement)) {
        const report = renderReportMarkdown(fileReport(fx.name, analyze(fx.text)));
        assert.equal(analyze(report).isAgreement, false, `the report of ${fx.name} reads as an agreement`);
      }
    });
  });
});
