/**
 * The completeness preview and the exported report in a real browser (headless Debian chromium
 * through playwright-core), for the hostile fixture (test/fixtures/hostile/hostile.md):
 * nothing from the document runs — no dialog, no sentinel global, no CSP violation (nothing even
 * tried), no <img>/<svg>/<script> made from document text — and the hostile text is on screen
 * as text. Also: the preview's one script turns clicks, Enter and Space into the messages the
 * extension expects, arrow keys move between items, focus is visible, and an update keeps focus.
 *
 * Screenshots (test-artifacts/, or MOU_E2E_ARTIFACTS): the preview of the demo agreement in a
 * light, dark and high-contrast theme (VS Code's theme variables set the way the workbench sets
 * them), the hostile fixture's preview, and the exported report on screen and as printed.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze, fileReport, type FileReport } from '../../server/src/core';
import { renderPreviewBody, renderPreviewDocument, renderReportHtml } from '../../server/src/core/render';
import { ensureDebianPackages } from '../support/debian';
import { THEMES, applyTheme, type ThemeKind } from './themes';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = process.env.MOU_E2E_ARTIFACTS ?? path.join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Pages are served from this made-up origin by request interception: nothing touches the network. */
const ORIGIN = 'http://mou-preview.test';
const NONCE = 'bW91LXByZXZpZXctdGVzdC1ub25jZQ';
const CSP_SOURCE = 'https://fake-webview.vscode-cdn.net';

function reportOf(file: string): FileReport {
  return fileReport(path.basename(file), analyze(readFileSync(path.join(ROOT, file), 'utf8')));
}

const HOSTILE = reportOf('test/fixtures/hostile/hostile.md');
const DEMO = reportOf('examples/riverside-stem-acme-mou.md');

// The page functions below run in Chromium; this file is type-checked without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;
declare const getComputedStyle: any;

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** A fresh page that records dialogs and page errors, with a stand-in for the webview API. */
async function newPage(context: BrowserContext, width: number): Promise<Watched> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // A string, not a function: tsx's keepNames would wrap a function's inner arrows in a __name() helper the page lacks.
  await page.addInitScript(`
    window.__posted = [];
    window.__violations = [];
    window.acquireVsCodeApi = function () {
      return { postMessage: function (m) { window.__posted.push(m); }, setState: function () {}, getState: function () {} };
    };
    document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample); });
  `);
  return { page, dialogs, errors };
}

async function serve(page: Page, name: string, html: string): Promise<void> {
  await page.route(`${ORIGIN}/${name}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${ORIGIN}/${name}`);
}

async function preview(context: BrowserContext, report: FileReport, theme: ThemeKind = 'light'): Promise<Watched> {
  const w = await newPage(context, 720);
  await serve(w.page, 'preview.html', renderPreviewDocument(report, { cspSource: CSP_SOURCE, nonce: NONCE, exportButton: true }));
  await w.page.evaluate(applyTheme, THEMES[theme]);
  // The script announces itself once it runs.
  await w.page.waitForFunction(() => window.__posted.some((m: any) => m.type === 'ready'));
  return w;
}

/** Nothing from the document ran or tried to run, and no active element was made from it. */
async function assertNothingRan(w: Watched, expectScripts: number) {
  assert.deepEqual(w.dialogs, [], 'a dialog was opened');
  assert.deepEqual(w.errors, [], 'the page threw');
  const state = await w.page.evaluate(() => ({
    pwned: window.__mouPwned,
    violations: window.__violations,
    active: document.querySelectorAll('img, svg, iframe, object, embed, video, audio, form, input, link, base, meta[http-equiv="refresh"]').length,
    scripts: [...document.scripts].map((s: any) => ({ nonce: s.nonce, src: s.src })),
    handlers: [...document.querySelectorAll('*')].flatMap((el: any) => [...el.attributes].filter((a: any) => /^on/i.test(a.name)).map((a: any) => `${el.tagName} ${a.name}`)),
    links: [...document.querySelectorAll('a[href]')].map((a: any) => a.getAttribute('href')).filter((h: string) => !h.startsWith('#')),
  }));
  assert.equal(state.pwned, undefined, 'the sentinel global was set: document script ran');
  assert.deepEqual(state.violations, [], 'something tried to run and the CSP had to block it (escaping failed)');
  assert.equal(state.active, 0, 'an <img>, <svg>, <iframe>, … element exists');
  assert.equal(state.scripts.length, expectScripts, 'unexpected <script> elements');
  for (const s of state.scripts) {
    assert.equal(s.src, '');
    assert.equal(s.nonce, NONCE);
  }
  assert.deepEqual(state.handlers, [], 'an element has an event-handler attribute');
  assert.deepEqual(state.links, [], 'a link that leaves the page');
}

async function visibleText(page: Page, text: string) {
  const found = page.getByText(text, { exact: false });
  assert.ok(await found.first().isVisible(), `“${text}” is not visible as text`);
}

async function posted(page: Page): Promise<unknown[]> {
  return page.evaluate(() => window.__posted.filter((m: any) => m.type !== 'ready'));
}

async function focusedKey(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
}

describe('completeness preview in Chromium', function () {
  this.timeout(120_000);
  let context: BrowserContext;
  let profile: string;

  before(async function () {
    ensureDebianPackages(['chromium', 'fonts-liberation']);
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(path.join(tmpdir(), 'mou-preview-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  });

  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  describe('the preview of the hostile fixture', () => {
    let w: Watched;
    before(async () => {
      w = await preview(context, HOSTILE, 'dark');
    });
    after(async () => {
      await w.page.screenshot({ path: path.join(ARTIFACTS, 'preview-hostile.png'), fullPage: true });
      await w.page.close();
    });

    it('runs nothing from the document', async () => {
      await assertNothingRan(w, 1);
    });

    it('shows the hostile headings, party name and placeholders as text', async () => {
      await visibleText(w.page, 'headed “Roles and Responsibilities <img src=x onerror=alert(1)>”');
      await visibleText(w.page, 'headed “Points of Contact <script>window.__mouPwned=1</script>”');
      await visibleText(w.page, 'Beacon <svg onload=alert(1)>');
      await visibleText(w.page, '[email <script>alert(1)</script>]');
      await visibleText(w.page, '[phone" onmouseover="alert(1)]');
      const cells = await w.page.locator('.matrix tbody th').allTextContents();
      assert.deepEqual(cells, ['Academy', 'Beacon <svg onload=alert(1)>']);
    });

    it('hovering over and clicking everything still runs nothing', async () => {
      for (const b of await w.page.locator('button').all()) {
        await b.hover();
        await b.click();
      }
      await w.page.locator('.blank-text').last().hover();
      await assertNothingRan(w, 1);
    });
  });

  describe('the preview\'s behaviour', () => {
    let w: Watched;
    beforeEach(async () => {
      w = await preview(context, HOSTILE);
    });
    afterEach(async () => {
      await w.page.close();
    });

    it('a click on an item sends its key, and only its key', async () => {
      await w.page.getByRole('button', { name: /^Safety protocols: Missing\./ }).click();
      await w.page.getByRole('button', { name: /No contact\. Show where and how to fix it\.$/ }).click();
      await w.page.getByRole('button', { name: 'Export report…' }).click();
      assert.deepEqual(await posted(w.page), [
        { type: 'reveal', key: 'core:safety-protocols' },
        { type: 'reveal', key: 'party:1:contact' },
        { type: 'export' },
      ]);
    });

    it('is keyboard-navigable: Tab to the items, arrows between them, Enter and Space choose, focus is visible', async () => {
      await w.page.keyboard.press('Tab'); // the Export button
      await w.page.keyboard.press('Tab');
      assert.equal(await focusedKey(w.page), 'core:roles');
      const outline = await w.page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      assert.equal(outline.style, 'solid', 'the focused item has no visible focus outline');
      assert.ok(outline.width >= 1);
      // Arrows go through each item in order: the passages roles rests on, then the next section.
      await w.page.keyboard.press('ArrowDown');
      for (let i = 0; i < 6 && /^evidence:roles:/.test((await focusedKey(w.page)) ?? ''); i++) await w.page.keyboard.press('ArrowDown');
      assert.equal(await focusedKey(w.page), 'core:points-of-contact');
      await w.page.keyboard.press('Enter');
      await w.page.keyboard.press('End');
      const last = await focusedKey(w.page);
      assert.match(last ?? '', /^recommended:/);
      await w.page.keyboard.press(' ');
      await w.page.keyboard.press('Home');
      assert.equal(await focusedKey(w.page), 'core:roles');
      assert.deepEqual(await posted(w.page), [{ type: 'reveal', key: 'core:points-of-contact' }, { type: 'reveal', key: last }]);
    });

    it('every button has an accessible name that says what it is and what it does', async () => {
      const names = await w.page.locator('button').evaluateAll((buttons: any[]) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent.trim()));
      assert.ok(names.length > 10);
      for (const name of names) assert.match(name, /Show|Export|Stop checking|decides again/, `button “${name}” does not say what it does`);
      assert.ok(names.includes('Points of contact: Weak. a contact is still a placeholder: “[Partner Contact <img src=x onerror=alert(1)>]”, “[Title]” and “[email <script>alert(1)</script>]” and 1 more. Show it and how to fix it.'));
    });

    it('an update from the extension replaces the body, keeps focus on the same item and runs nothing', async () => {
      await w.page.getByRole('button', { name: /^Safety protocols: Missing\./ }).focus();
      await w.page.evaluate((html: string) => window.postMessage({ type: 'render', html, title: 'Completeness: riverside', announce: 'Completeness 70 percent', seq: 7 }, '*'), renderPreviewBody(DEMO, { exportButton: true }));
      await w.page.waitForFunction(() => document.querySelector('h1.file')?.textContent === 'riverside-stem-acme-mou.md');
      assert.deepEqual(await posted(w.page), [{ type: 'rendered', seq: 7 }], 'the webview did not say what it put on screen');
      assert.equal(await focusedKey(w.page), 'core:safety-protocols');
      assert.equal(await w.page.title(), 'Completeness: riverside');
      assert.equal(await w.page.locator('#mou-announce').textContent(), 'Completeness 70 percent');
      // A hostile body (as if escaping had failed) cannot run either: the CSP still holds.
      await w.page.evaluate(() => window.postMessage({ type: 'render', html: '<img src=x onerror="window.__mouPwned=1"><p id=after>after</p>' }, '*'));
      await w.page.waitForFunction(() => document.getElementById('after'));
      assert.equal(await w.page.evaluate(() => window.__mouPwned), undefined);
      assert.deepEqual(w.dialogs, []);
    });

    it('ignores messages that are not renders', async () => {
      await w.page.evaluate(() => {
        window.postMessage({ type: 'eval', code: 'window.__mouPwned = 1' }, '*');
        window.postMessage({ type: 'render', html: 42 }, '*');
        window.postMessage('<img src=x onerror=alert(1)>', '*');
        window.postMessage({ type: 'render', html: '<p id="marker">ok</p>' }, '*');
      });
      await w.page.waitForFunction(() => document.getElementById('marker'));
      assert.equal(await w.page.evaluate(() => window.__mouPwned), undefined);
      assert.deepEqual(w.dialogs, []);
    });
  });

  describe('screenshots of the demo agreement\'s preview', () => {
    for (const [theme, file] of [['light', 'preview-light.png'], ['dark', 'preview-dark.png'], ['high-contrast', 'preview-high-contrast.png']] as const) {
      it(`in a ${theme} theme (${file})`, async () => {
        const w = await preview(context, DEMO, theme);
        await assertNothingRan(w, 1);
        // Focus one item by keyboard so the screenshot shows the focus ring too.
        await w.page.keyboard.press('Tab');
        await w.page.keyboard.press('Tab');
        await w.page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: true });
        await w.page.close();
      });
    }
  });

  describe('the exported HTML report', () => {
    it('of the hostile fixture runs nothing, not even a script added later, and shows the text', async () => {
      const w = await newPage(context, 900);
      await serve(w.page, 'report.html', renderReportHtml([HOSTILE], { nonce: NONCE, generated: '2027-03-11 14:02', generator: 'MOU Author test' }));
      await assertNothingRan(w, 0);
      await visibleText(w.page, 'Beacon <svg onload=alert(1)>');
      await visibleText(w.page, 'Placeholder “[email <script>alert(1)</script>]” still needs to be filled in');
      // Its CSP forbids scripts: one injected into the page is refused.
      await w.page.addScriptTag({ content: 'window.__mouPwned = 1' }).catch(() => undefined);
      assert.equal(await w.page.evaluate(() => window.__mouPwned), undefined, 'the report\'s CSP let an inline script run');
      assert.ok((await w.page.evaluate(() => window.__violations.length)) > 0, 'the refused script was reported as a CSP violation');
      await w.page.screenshot({ path: path.join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
      await w.page.close();
    });

    it('of the demo agreement, on screen (report.png) and printed (report-print.png)', async () => {
      const w = await newPage(context, 900);
      await serve(w.page, 'report.html', renderReportHtml([DEMO], { nonce: NONCE, generated: 'March 11, 2027 at 2:02 PM', generator: 'MOU Author 0.1.0' }));
      await assertNothingRan(w, 0);
      await w.page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
      await w.page.emulateMedia({ media: 'print' });
      await w.page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
      await w.page.screenshot({ path: path.join(ARTIFACTS, 'report-print.png'), fullPage: true });
      await w.page.close();
    });
  });
});
