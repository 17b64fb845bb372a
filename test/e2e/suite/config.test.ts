/**
 * (h) Configuration in a real editor (issue #7): a `.mou.json` written next to an open agreement
 * is picked up at once (the client watches `**∕.mou.json` and the server re-checks open
 * agreements), a broken one is reported on the file itself while checking goes on with the last
 * valid configuration, and deleting it brings the defaults back — never reloading the window.
 * Then the "Mark … as not applicable…" quick fix, which writes the front matter.
 *
 * The configuration file is written on disk (`workspace.fs`), not in an editor, as another tool
 * or a `git checkout` would. Each test works in its own scratch folder so that the `.mou.json`
 * applies to its agreement only.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, codeOf, describeDiagnostics, fixture, missingSectionDiagnostics, missingSectionIds, mouDiagnostics, open,
  scratchCopy, scratchFolder, sectionNamedIn, waitFor, waitForDiagnostics, waitForMissingSections, waitForSectionNotMissing,
} from './helpers';

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));

describe('.mou.json and not-applicable sections', function () {
  it('a .mou.json written next to an open agreement applies at once; a broken one is reported; deleting it restores the defaults', async function () {
    const { folder, files: [agreement] } = await scratchFolder('config', fixture(THIN_AGREEMENT));
    const doc = await open(agreement);
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const config = vscode.Uri.joinPath(folder, '.mou.json');

    // 1. An in-kind donation: the partner's staff do not work with students, so no safety section is expected.
    await write(config, '{ "extends": "in-kind-donation" }\n');
    await waitForSectionNotMissing(doc.uri, 'safety-protocols');
    const withConfig = missingSectionIds(doc.uri);
    assert.ok(withConfig.length > 0, 'the in-kind-donation playbook should still require some sections of this thin agreement');
    assert.deepEqual(mouDiagnostics(config), [], `a valid .mou.json got diagnostics: ${describeDiagnostics(config)}`);

    // 2. Broken JSON (a missing comma on line 2): reported on the .mou.json, at that line, while
    //    the agreement is still checked with the last valid configuration.
    await write(config, '{\n  "extends": "in-kind-donation"\n  "severity": { "placeholder": "error" }\n}\n');
    const [problem] = await waitForDiagnostics(config, 'a config diagnostic on the broken .mou.json', (ds) => ds.some((d) => codeOf(d) === 'config'));
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem.message, /JSON/);
    assert.ok(problem.range.start.line === 1 || problem.range.start.line === 2, `the problem is reported at line ${problem.range.start.line + 1}, not where the comma is missing`);
    await waitFor('the agreement to be checked with the last valid configuration',
      () => mouDiagnostics(doc.uri).length > 0 && JSON.stringify(missingSectionIds(doc.uri)) === JSON.stringify(withConfig),
      vscode.languages.onDidChangeDiagnostics, undefined, () => describeDiagnostics(doc.uri));

    // 3. Deleted: the defaults again.
    await vscode.workspace.fs.delete(config);
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
  });

  it('deleting a broken .mou.json also removes its problem from the Problems panel', async function () {
    const { folder, files: [agreement] } = await scratchFolder('config-deleted', fixture(THIN_AGREEMENT));
    const doc = await open(agreement);
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const config = vscode.Uri.joinPath(folder, '.mou.json');
    await write(config, '{ "extends": "in-kind-donation", "severity": { "placeholder": "loud" } }\n');
    await waitForDiagnostics(config, 'a config diagnostic on the invalid .mou.json', (ds) => ds.some((d) => codeOf(d) === 'config'));

    await vscode.workspace.fs.delete(config);
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    // The file is gone: a problem still listed for it could never be fixed.
    await waitForDiagnostics(config, 'the deleted .mou.json\'s problem to be cleared', (ds) => ds.length === 0);
  });

  it('"Mark “Safety protocols” as not applicable…" writes the front matter and clears the finding', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'not-applicable.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);
    const safety = missingSectionDiagnostics(doc.uri).find((d) => sectionNamedIn(d.message) === 'safety-protocols');
    assert.ok(safety);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, safety.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const mark = actions.find((a) => a.title === 'Mark “Safety protocols” as not applicable…');
    assert.ok(mark?.edit, `no "Mark “Safety protocols” as not applicable…" fix; offered:\n${actions.map((a) => `  ${a.title}`).join('\n')}`);
    assert.ok(await vscode.workspace.applyEdit(mark.edit), 'VS Code refused the fix\'s edit');

    assert.ok(doc.getText().startsWith('---\nagreement:\n  not-applicable:\n    safety-protocols: "[why this section does not apply]"\n---\n\n# Memorandum of Understanding'),
      `the front matter is not as expected:\n${doc.getText().slice(0, 300)}`);
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS.filter((id) => id !== 'safety-protocols'));
    // The reason is a blank for the author to fill in, and is reported as one.
    const reason = mouDiagnostics(doc.uri).filter((d) => d.range.start.line === 3);
    assert.ok(reason.some((d) => codeOf(d) === 'placeholder' || codeOf(d) === 'not-applicable-reason'),
      `the unwritten reason is not reported: ${describeDiagnostics(doc.uri)}`);
  });
});
