/**
 * (issue 20) "MOU: Export Agreement to Word (.docx)" and "MOU: Import Agreement from Word or PDF…"
 * in the editor: the export writes <name>.docx beside the agreement, the import writes <name>.md
 * beside a Word file, opens it, and the server checks it like any agreement.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import { ALL_SECTION_IDS, fixture, open, scratchCopy, waitForMissingSections } from './helpers';

describe('Word export and import', function () {
  it('exports an agreement to .docx, and importing that .docx gives a checked markdown agreement', async function () {
    const source = await scratchCopy(fixture(THIN_AGREEMENT), 'word-export.md');
    await open(source);
    const docx = await vscode.commands.executeCommand<vscode.Uri | undefined>('mou.exportDocx', source);
    assert.ok(docx, 'the export wrote nothing');
    assert.match(docx.path, /\/\d+-word-export\.docx$/);
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a .docx is a zip file');

    // Import a copy under another name (the markdown beside the original exists: the import would ask first).
    const copy = await scratchCopy(docx, 'word-import.docx');
    const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('mou.importDocument', copy);
    assert.ok(imported, 'the import wrote nothing');
    assert.match(imported.path, /-word-import\.md$/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), imported.toString(), 'the imported agreement is opened');
    await waitForMissingSections(imported, ALL_SECTION_IDS);
  });
});
