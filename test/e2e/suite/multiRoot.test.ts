/** (e) In a multi-root workspace, the agreement in each folder gets its own diagnostics. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { INDUSTRY_AGREEMENT, INDUSTRY_FOLDER, STEM_CENTER_AGREEMENT, STEM_CENTER_FOLDER } from './fixtures';
import { fixture, missingSectionIds, mouDiagnostics, open, waitForDiagnostics } from './helpers';

describe('a multi-root workspace', function () {
  it('checks the agreement in each folder', async function () {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2, 'the multi-root workspace should have two folders');
    assert.ok(vscode.workspace.workspaceFile, 'a .code-workspace file should be open');

    const stem = await open(fixture(STEM_CENTER_AGREEMENT, STEM_CENTER_FOLDER));
    const industry = await open(fixture(INDUSTRY_AGREEMENT, INDUSTRY_FOLDER));
    await Promise.all([
      waitForDiagnostics(stem.uri, 'the first mou diagnostics', (ds) => ds.length > 0),
      waitForDiagnostics(industry.uri, 'the first mou diagnostics', (ds) => ds.length > 0),
    ]);
    assert.ok(mouDiagnostics(stem.uri).every((d) => d.source === 'mou'));

    // The STEM center's club MOU has everything but outcomes; the industry partner's internship
    // agreement has no safety section (its dates and counts of internships do count as commitments).
    assert.deepEqual(missingSectionIds(stem.uri), ['intended-outcomes']);
    assert.deepEqual(missingSectionIds(industry.uri), ['safety-protocols']);
  });
});
