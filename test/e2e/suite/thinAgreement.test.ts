/** (a) A thin agreement gets exactly the five missing-section diagnostics, one per core section. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { THIN_AGREEMENT } from './fixtures';
import { ALL_SECTION_IDS, CORE_SECTIONS, codeOf, fixture, missingSectionDiagnostics, open, sectionNamedIn, waitForDiagnostics } from './helpers';

describe('a thin agreement', function () {
  it('gets exactly five missing-section diagnostics, one per core section', async function () {
    const doc = await open(fixture(THIN_AGREEMENT));
    // The server publishes a document's full set at once: the first non-empty set is the answer.
    await waitForDiagnostics(doc.uri, 'the first mou diagnostics', (ds) => ds.length > 0);

    const missing = missingSectionDiagnostics(doc.uri);
    assert.equal(missing.length, 5, `expected 5 missing-section diagnostics, got:\n${missing.map((d) => `  - ${d.message}`).join('\n')}`);

    for (const d of missing) {
      assert.equal(d.source, 'mou');
      // With codeDescription, VS Code exposes the code as { value, target: Uri }.
      assert.equal(typeof d.code, 'object', `code of "${d.message}" should be { value, target }`);
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.equal(code.value, 'missing-section');
      assert.ok(code.target instanceof vscode.Uri, `code.target of "${d.message}" should be a Uri`);
      assert.match(code.target.scheme, /^https?$/, `code.target of "${d.message}" should be a web link, got ${code.target.toString()}`);
      assert.equal(codeOf(d), 'missing-section');
    }

    // Each core section is named, in plain words, by exactly one of the messages.
    const named = missing.map((d) => sectionNamedIn(d.message));
    for (const section of CORE_SECTIONS) {
      const count = named.filter((id) => id === section.id).length;
      assert.equal(count, 1, `"${section.title}" should be named by exactly one message; messages:\n${missing.map((d) => `  - ${d.message}`).join('\n')}`);
    }
    assert.deepEqual([...named].sort(), ALL_SECTION_IDS);
  });
});
