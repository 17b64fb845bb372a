/**
 * (d) A markdown file that is not an agreement (a project README that says "partnership" once)
 * gets no diagnostics.
 *
 * "None" is only meaningful once the server has certainly looked at the README. The README is
 * opened first and an agreement second; the client sends the two didOpen notifications in that
 * order and the server handles them in order, so when the agreement's diagnostics arrive the
 * README has been checked too (assuming the server does not hold back one document's result
 * behind a later one's). The same is then done for an edit of each.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PROJECT_README, THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, SECTION_TEXT, describeDiagnostics, fixture, insertSectionBefore, mouDiagnostics, open, scratchCopy,
  waitForMissingSections, waitForSectionNotMissing,
} from './helpers';

describe('a markdown file that is not an agreement', function () {
  it('gets no diagnostics, also after an edit', async function () {
    const readme = await open(fixture(PROJECT_README));
    assert.match(readme.getText(), /partnership/i, 'the README fixture should mention a partnership');
    const agreement = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'next-to-readme.md'));

    await waitForMissingSections(agreement.uri, ALL_SECTION_IDS);
    assert.deepEqual(mouDiagnostics(readme.uri), [], describeDiagnostics(readme.uri));

    // Edit the README (a new paragraph about the partner), then the agreement, and wait for the
    // agreement's update: the README's edit has been handled by then.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(readme.uri, new vscode.Position(readme.lineCount, 0),
      '\n## Thanks\n\nThanks to the mentors who give their Tuesday afternoons to the club.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await insertSectionBefore(agreement, '## Term', SECTION_TEXT['intended-outcomes']);
    await waitForSectionNotMissing(agreement.uri, 'intended-outcomes');
    assert.deepEqual(mouDiagnostics(readme.uri), [], describeDiagnostics(readme.uri));
  });
});
