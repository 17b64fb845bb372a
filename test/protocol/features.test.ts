/** Authoring features over the protocol: quick fixes, fix-all, the insert-all command, hover, outline, completion. */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { startClient, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';

const THIN = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!.text;

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

function editsOf(action: CodeAction): { version: number | null; edits: TextEdit[] } {
  const change = action.edit!.documentChanges![0] as { textDocument: { version: number | null }; edits: TextEdit[] };
  return { version: change.textDocument.version, edits: change.edits };
}

describe('authoring features (stdio)', function () {
  let client: TestClient;
  const uri = 'file:///thin.md';
  beforeEach(async () => {
    client = await startClient({ pull: true });
    client.open(uri, THIN, 1);
  });
  afterEach(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  const actions = (diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only },
    }) as Promise<CodeAction[]>;

  for (const section of ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes']) {
    it(`the quick fix for missing ${section} removes that diagnostic and adds no error`, async () => {
      const diags = await client.pull(uri);
      // (Contacts in THIN are weak, not missing: only its signatories are named. The fix is the same.)
      const code = section === 'points-of-contact' ? 'weak-section' : 'missing-section';
      const d = diags.find((x) => x.code === code && (x.data as { section: string }).section === section)!;
      const [action] = await actions([d]);
      assert.equal(action.kind, 'quickfix');
      assert.equal(action.isPreferred, true);
      assert.match(action.title, /^Insert the “.+” section$/);
      const { version, edits } = editsOf(action);
      assert.equal(version, 1, 'edits are tied to the version they were computed for');
      const fixed = apply(THIN, edits);
      client.change(uri, fixed, 2);
      const after = await client.pull(uri);
      // (Contacts: the inserted section's blanks are still to fill in, so it is weak for that reason now.)
      assert.ok(!after.some((x) => x.code === code && (x.data as { section: string }).section === section && (code === 'missing-section' || /signatories/.test(x.message))));
      const key = (x: Diagnostic) => `${x.code}:${(x.data as { section?: string }).section}`;
      const before = new Set(diags.filter((x) => x.severity === 1).map(key));
      assert.deepEqual(after.filter((x) => x.severity === 1 && !before.has(key(x))).map((x) => x.message), [], 'no new error');
    });
  }

  it('source.fixAll.mou inserts every missing section; a second run offers nothing', async () => {
    const [all] = await actions([], ['source.fixAll.mou']);
    assert.equal(all.kind, 'source.fixAll.mou');
    const fixed = apply(THIN, editsOf(all).edits);
    client.change(uri, fixed, 2);
    assert.deepEqual((await client.pull(uri)).filter((x) => x.code === 'missing-section'), []);
    assert.deepEqual(await actions([], ['source.fixAll.mou']), []);
    assert.deepEqual(await actions([], ['source.fixAll']), [], 'the generic source.fixAll kind finds the same (nothing left)');
  });

  it('a fix for a diagnostic that no longer applies is not offered', async () => {
    const d = (await client.pull(uri)).find((x) => x.code === 'missing-section')!;
    const [all] = await actions([], ['source.fixAll.mou']);
    client.change(uri, apply(THIN, editsOf(all).edits), 2);
    assert.deepEqual(await actions([d]), []);
  });

  it('the insert-all command asks the editor to apply a versioned edit', async () => {
    await client.pull(uri);
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'mou.server.insertAllMissingSections',
      arguments: [uri],
    })) as { applied: boolean; inserted: number };
    assert.deepEqual(result, { applied: true, inserted: 1 });
    const change = client.appliedEdits[0].edit.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    assert.match(change.edits[0].newText, /## Roles and Responsibilities[\s\S]*## Intended Outcomes/);
  });

  it('hover on a section heading explains the section and links its rule', async () => {
    const line = THIN.split('\n').findIndex((l) => /^## Purpose/.test(l));
    const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 4 } })) as Hover;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*Purpose\*\*/);
    assert.match(value, /docs\/rules\/recommended-section\.md/);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: line + 2, character: 2 } }), null);
  });

  it('the outline lists sections as the document names them, nested', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /^Memorandum of Understanding/);
    assert.ok(symbols[0].children!.some((c) => c.name === 'Purpose'));
  });

  it('completes missing section titles after ## at the start of a line', async () => {
    const text = THIN + '\n## Saf';
    client.change(uri, text, 2);
    const line = text.split('\n').length - 1;
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: 6 },
    })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Safety Protocols'));
    assert.ok(labels.includes('Safety Protocols — with model clause'));
    assert.ok(!labels.includes('Purpose'), 'sections the document has are not offered');
    const none = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } })) as CompletionItem[];
    assert.deepEqual(none, []);
  });
});
