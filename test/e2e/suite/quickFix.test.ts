/**
 * (g) Authoring help in a real editor (issue #5): the preferred quick fix for a missing section,
 * fix-all on save through `editor.codeActionsOnSave`, the contributed snippets, hover on a
 * section heading, and the placeholder colouring of the injection grammar.
 *
 * Code actions are asked for the way the light bulb asks: `vscode.executeCodeActionProvider`
 * on the diagnostic's range. VS Code hands the provider the diagnostics it holds for that range
 * (all five missing-section ones: they sit together on the title line), and returns the actions
 * without their `diagnostics`, so an action is recognised by its title.
 *
 * The screenshots (test-artifacts/…-hover-roles-heading.png, …-placeholders.png) are taken by the
 * launcher when the test asks (helpers.screenshot); its answer says what the page showed — the
 * hover's text, how the placeholder tokens are coloured — and the test checks that too. Under
 * desktop VS Code there is no launcher and those checks are skipped.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, EXTENSION_ID, WAIT_MS, codeOf, fixture, missingSectionDiagnostics, missingSectionIds, mouDiagnostics, nextEvent,
  open, save, scratchCopy, screenshot, sectionNamedIn, waitFor, waitForDiagnostics, waitForMissingSections, waitForSectionNotMissing,
} from './helpers';

/** single-folder: a half-filled template: Roles and Responsibilities, [Partner Name] and TBD left in. */
const MENTORING_TEMPLATE = 'agreements/lakeview-stem-center--mentoring-template-draft.md';

/** The headings the fixes and snippets write (server/src/core/definitions/sections.ts `heading`). */
const HEADINGS = ['Roles and Responsibilities', 'Points of Contact', 'Resource Commitments', 'Safety Protocols', 'Intended Outcomes'];

async function quickFixesFor(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function errorMessages(uri: vscode.Uri): string[] {
  return mouDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${codeOf(d)} | ${d.message}`);
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.trim() === text) return i;
  assert.fail(`"${text}" is not a line of ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** The contributed snippet `name`, read from the extension's own snippets file. */
async function contributedSnippet(name: string): Promise<string[]> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  const contributed = (ext.packageJSON.contributes?.snippets ?? []) as Array<{ language: string; path: string }>;
  const file = contributed.find((c) => c.language === 'markdown');
  assert.ok(file, 'the extension contributes no markdown snippets');
  const snippets = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, file.path))).toString('utf8')) as Record<string, { body: string | string[] }>;
  assert.ok(snippets[name], `no snippet named "${name}" in ${file.path}`);
  const body = snippets[name].body;
  return Array.isArray(body) ? body : body.split('\n');
}

/** A snippet body as it reads once expanded with every placeholder's default (enough for these snippets). */
function expand(body: string[]): string[] {
  // `\$` is a literal dollar, `${n:default}` its default (which may hold escapes), `$n` nothing.
  return body.map((line) => line.replace(/\\\$|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\d+/g,
    (match: string, fallback: string | undefined) => (match === '\\$' ? '$' : fallback !== undefined ? fallback.replace(/\\(.)/g, '$1') : '')));
}

/** Make room for the editor in screenshots (1.139 opens the secondary side bar). */
async function editorOnly(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
}

/** Set (or with `undefined` remove) a workspace setting and wait for VS Code's change event. */
async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(section);
  if (JSON.stringify(config.inspect(key)?.workspaceValue) === JSON.stringify(value)) return;
  const changed = nextEvent(`the ${section}.${key} change event`, vscode.workspace.onDidChangeConfiguration, (e) => e.affectsConfiguration(`${section}.${key}`));
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

describe('authoring help (quick fixes, fix-all on save, snippets, hover, highlighting)', function () {
  it('the preferred quick fix inserts a missing Safety Protocols section, and no new error appears', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'quick-fix-safety.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const errorsBefore = errorMessages(doc.uri);
    const safety = missingSectionDiagnostics(doc.uri).find((d) => sectionNamedIn(d.message) === 'safety-protocols');
    assert.ok(safety, 'no missing-section diagnostic names Safety protocols');

    const actions = await quickFixesFor(doc, safety);
    const titles = actions.map((a) => `${a.isPreferred ? '* ' : '  '}${a.title} [${a.kind?.value}]`).join('\n');
    for (const a of actions) assert.equal(a.kind?.value, 'quickfix', `asked for quick fixes, got:\n${titles}`);
    const insert = actions.filter((a) => /Safety Protocols/.test(a.title) && a.isPreferred);
    assert.equal(insert.length, 1, `expected one preferred fix for Safety Protocols, got:\n${titles}`);
    assert.equal(insert[0].title, 'Insert the “Safety Protocols” section');
    assert.ok(actions.some((a) => a.title === 'Mark “Safety protocols” as not applicable…' && !a.isPreferred),
      `the not-applicable fix is not offered next to it:\n${titles}`);
    // The title line also holds the recommended-section hints, so their fixes come too, but only
    // the missing core sections' inserts are preferred: one each.
    const preferred = actions.filter((a) => a.isPreferred).map((a) => a.title);
    assert.equal(preferred.length, HEADINGS.length, `expected exactly one preferred fix per missing core section:\n${titles}`);
    for (const heading of HEADINGS) {
      assert.ok(preferred.some((t) => t.includes(`“${heading}”`)), `no preferred fix inserts “${heading}”:\n${titles}`);
    }

    assert.ok(insert[0].edit, 'the fix carries no edit');
    assert.ok(await vscode.workspace.applyEdit(insert[0].edit), 'VS Code refused the fix\'s edit');
    const text = doc.getText();
    assert.match(text, /^## Safety Protocols$/m);
    // Inserted at its place (after Purpose, before Term), with the parties' names filled in.
    assert.ok(text.indexOf('## Safety Protocols') > text.indexOf('## Purpose') && text.indexOf('## Safety Protocols') < text.indexOf('## Term'),
      `the section was not inserted between Purpose and Term:\n${text}`);
    const inserted = text.slice(text.indexOf('## Safety Protocols'), text.indexOf('## Term'));
    assert.ok(inserted.includes('Cascade') && !inserted.includes('[Partner]'), `the partner's name was not filled in:\n${inserted}`);

    const rest = ALL_SECTION_IDS.filter((id) => id !== 'safety-protocols');
    await waitForMissingSections(doc.uri, rest);
    const errorsAfter = errorMessages(doc.uri);
    const added = errorsAfter.filter((e) => !errorsBefore.includes(e));
    assert.deepEqual(added, [], `the inserted section brought new errors:\n${added.join('\n')}`);
    assert.equal(errorsAfter.length, errorsBefore.length - 1);
  });

  it('source.fixAll.mou in editor.codeActionsOnSave inserts every missing section into the saved file', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'fix-all-on-save.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    await setWorkspaceSetting('editor', 'codeActionsOnSave', { 'source.fixAll.mou': 'explicit' });
    try {
      // Save participants run only for a document with changes: a user's small edit first.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '\nPrepared for the Center\'s board meeting.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(doc.isDirty);

      await save(doc);
      assert.ok(!doc.isDirty, 'the document is still dirty after saving');
      // The save participant applied the fix-all edit before writing: the file on disk has it.
      const onDisk = Buffer.from(await vscode.workspace.fs.readFile(doc.uri)).toString('utf8');
      const absent = HEADINGS.filter((h) => !new RegExp(`^## ${h}$`, 'm').test(onDisk));
      assert.deepEqual(absent, [], `the saved file lacks these headings:\n${onDisk}`);
      assert.equal(onDisk, doc.getText(), 'the saved file differs from the editor');

      await waitForMissingSections(doc.uri, []);
      assert.deepEqual(missingSectionIds(doc.uri), []);
    } finally {
      await setWorkspaceSetting('editor', 'codeActionsOnSave', undefined);
    }
  });

  it('the contributed "Safety protocols" snippet expands by name, with its tab stops, and satisfies the check', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'snippet-safety.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, doc);
    const blank = lineOf(doc, '## Term') - 1;
    assert.equal(doc.lineAt(blank).text, '', 'expected a blank line before ## Term');
    editor.selection = new vscode.Selection(blank, 0, blank, 0);

    await vscode.commands.executeCommand('editor.action.insertSnippet', { name: 'Safety protocols', langId: 'markdown' });
    await waitFor('the snippet in the document', () => doc.getText().includes('## Safety Protocols'), vscode.workspace.onDidChangeTextDocument, WAIT_MS,
      () => doc.getText());
    const body = await contributedSnippet('Safety protocols');
    const expected = expand(body);
    assert.equal(expected[0], '## Safety Protocols');
    assert.deepEqual(doc.getText().split('\n').slice(blank, blank + expected.length), expected);
    // Snippet mode: the first tab stop's default is selected wherever the tab stop occurs.
    const first = [...body.join('\n').matchAll(/\$\{1:([^}]*)\}/g)].map((m) => m[1]);
    assert.ok(first.length > 0, 'the snippet has no first tab stop');
    const selected = editor.selections.map((s) => doc.getText(s));
    assert.deepEqual(selected, first, 'the first tab stop is not selected where it occurs');
    await vscode.commands.executeCommand('leaveSnippet');

    await waitForSectionNotMissing(doc.uri, 'safety-protocols');
    // The snippet's bracketed blanks are reported as placeholders until the author fills them in.
    const blanksInBody = expected.flatMap((line, i) => [...line.matchAll(/\[[^\]\n]+\]/g)].map((m) => `${i}:${m[0]}`)).sort();
    assert.ok(blanksInBody.length > 0);
    const placeholdersInSnippet = () => mouDiagnostics(doc.uri)
      .filter((d) => codeOf(d) === 'placeholder' && d.range.start.line >= blank && d.range.start.line < blank + expected.length)
      .map((d) => `${d.range.start.line - blank}:${doc.getText(d.range)}`).sort();
    await waitForDiagnostics(doc.uri, `the snippet's blanks ${blanksInBody.join(', ')} reported as placeholders`,
      () => JSON.stringify(placeholdersInSnippet()) === JSON.stringify(blanksInBody));
  });

  it('hover on a "## Roles and Responsibilities" heading says what the section is for', async function () {
    const doc = await open(fixture(MENTORING_TEMPLATE));
    const line = lineOf(doc, '## Roles and Responsibilities');
    const position = new vscode.Position(line, 6);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const texts = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    const mine = texts.find((t) => t.includes('**Roles and responsibilities**'));
    assert.ok(mine, `no hover names the section; hovers:\n${texts.join('\n---\n') || '(none)'}`);
    assert.match(mine, /what each party will do/, 'the hover does not say what the section is for');
    assert.match(mine, /\*\*Strong when:\*\*/);
    assert.match(mine, /\*\*This agreement:\*\* present/);
    assert.match(mine, /\[How MOU Author checks this\]\(https?:\/\/[^)]+missing-section[^)]*\)/);

    // The same hover on screen, for the screenshot.
    await editorOnly();
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.showHover');
    const shot = await screenshot('hover-roles-heading', { waitFor: '.monaco-editor .monaco-hover:not(.hidden):has-text("what each party will do")', timeoutMs: WAIT_MS });
    if (shot) {
      assert.equal(shot.error, undefined, `screenshot failed: ${shot.error}`);
      assert.ok(shot.found, 'the hover widget never became visible in the editor');
      assert.match(shot.text ?? '', /Roles and responsibilities/);
      assert.match(shot.text ?? '', /what each party will do/);
    }
  });

  it('placeholders are coloured by the grammar and squiggled by the checker', async function () {
    const doc = await open(fixture(MENTORING_TEMPLATE));
    const ds = await waitForDiagnostics(doc.uri, 'the placeholder diagnostics', (x) => x.filter((d) => codeOf(d) === 'placeholder').length >= 3);
    const flagged = ds.filter((d) => codeOf(d) === 'placeholder').map((d) => doc.getText(d.range));
    assert.ok(flagged.includes('[Partner Name]') && flagged.includes('TBD'), `placeholders flagged: ${flagged.join(', ')}`);
    await editorOnly();
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(1, 0, 1, 0); // nothing selected, the cursor on a blank line
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);

    const control = 'capstone projects'; // ordinary text in the Purpose paragraph
    const shot = await screenshot('placeholders', { waitForTokens: ['[Partner Name]', 'TBD'], tokens: ['[Partner Name]', 'TBD', control], timeoutMs: WAIT_MS });
    if (shot) {
      assert.equal(shot.error, undefined, `screenshot failed: ${shot.error}`);
      const tokens = shot.tokens ?? {};
      const plain = tokens[control];
      assert.ok(plain, `"${control}" is not rendered in the editor: ${JSON.stringify(tokens)}`);
      for (const placeholder of ['[Partner Name]', 'TBD']) {
        const t = tokens[placeholder];
        assert.ok(t, `"${placeholder}" is not rendered in the editor: ${JSON.stringify(tokens)}`);
        assert.equal(t.text, placeholder, `"${placeholder}" is not a token of its own (rendered inside "${t.text}")`);
        assert.notEqual(t.color, plain.color, `"${placeholder}" has the colour of ordinary text (${t.color})`);
      }
    }
  });

  it('in a Signatures section the grammar, like the checker, leaves the lines to sign on and marks the rest', async function () {
    // The markdown grammar reads a long run of underscores as __bold__ markers around the rest, so the
    // line to sign on is looked up by the run inside its markers (the blank outside is shorter).
    const [outside, line, inside, control, money, moneyInside] = ['________', '________________', '[Signatory Name]', 'capstone projects', '$2,500', '$5,000'];
    const content = [
      '# Memorandum of Understanding between Lakeview STEM Center and Cascade Robotics',
      '',
      '## Purpose',
      '',
      `The Parties will run a mentoring program for capstone projects with ${money} a year. Contact person: ${outside}`,
      '',
      '## Signatures',
      '',
      `For Cascade Robotics, which gives ${moneyInside}: ${inside}`,
      '',
      `Name: __${line}__`,
      '',
    ].join('\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc, { preview: false });
    // The checker reports the blank outside the section and the name inside it, not the line to sign on.
    const ds = await waitForDiagnostics(doc.uri, 'the placeholder diagnostics', (x) => x.filter((d) => codeOf(d) === 'placeholder').length >= 2);
    assert.deepEqual(ds.filter((d) => codeOf(d) === 'placeholder').map((d) => doc.getText(d.range)), [outside, inside]);
    await editorOnly();

    const asked = [outside, line, inside, control, money, moneyInside, 'Purpose', 'Signatures'];
    const shot = await screenshot('signatures-section', { waitForTokens: [outside, inside, money, moneyInside], tokens: asked, timeoutMs: WAIT_MS });
    if (shot) {
      assert.equal(shot.error, undefined, `screenshot failed: ${shot.error}`);
      const t = shot.tokens ?? {};
      assert.deepEqual(asked.filter((k) => !t[k]), [], `not rendered in the editor: ${JSON.stringify(t)}`);
      const plain = t[control]!.color;
      assert.notEqual(t[outside]!.color, plain, 'the blank outside the Signatures section is marked');
      assert.equal(t[line]!.color, plain, `the line to sign on is marked (${t[line]!.color}, in "${t[line]!.text}")`);
      assert.notEqual(t[inside]!.color, plain, 'a placeholder name in the Signatures section is still marked');
      assert.notEqual(t[money]!.color, plain, 'an amount is coloured');
      assert.equal(t[moneyInside]!.color, t[money]!.color, 'an amount in the Signatures section is coloured the same');
      assert.equal(t.Signatures!.color, t.Purpose!.color, 'the Signatures heading is coloured like any other heading');
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
