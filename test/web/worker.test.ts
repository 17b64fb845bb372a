/**
 * The browser build (issue 23): dist/web/server.js in a real Chromium Web Worker, driven over the
 * protocol (test/helpers/web-worker.ts), gives what the Node server gives; and the browser bundles
 * import nothing from Node.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { build } from 'esbuild';
import {
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeImportsIn, web, webEntries } from '../../scripts/esbuild-common.mjs';
import { ImportDocumentRequest, ServerInfoRequest, type ServerInfo } from '../../server/src/protocol';
import { VERSION } from '../../server/src/version';
import { loadFixtures } from '../helpers/fixtures';
import { inProcessServer } from '../helpers/in-process-server';
import { openWebServer, type WebServerPage } from '../helpers/web-worker';

const ROOT = path.resolve(__dirname, '..', '..');
const SECTIONS = ['roles', 'points-of-contact', 'resource-commitments', 'safety-protocols', 'intended-outcomes'];
const sectionOf = (d: Diagnostic) => (d.data as { section?: string } | undefined)?.section;

describe('the browser bundles (esbuild metafile)', () => {
  for (const entry of webEntries) {
    it(`${entry.outfile} (${entry.entryPoints[0]}) imports no Node built-in`, async () => {
      const r = await build({ ...web, ...entry, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
      assert.deepEqual(nodeImportsIn(r.metafile!), []);
    });
  }

  it('a Node built-in that slips in is caught, named with the module that imports it', async () => {
    const r = await build({ ...web, stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);", resolveDir: ROOT, sourcefile: 'slipped.ts', loader: 'ts' }, write: false, metafile: true, outfile: 'out.js', logLevel: 'silent' });
    assert.deepEqual(nodeImportsIn(r.metafile!), ['slipped.ts → node:fs']);
  });
});

describe('the language server in a Chromium Web Worker (dist/web/server.js)', function () {
  this.timeout(120_000);
  let web: WebServerPage;
  const open = async (uri: string, text: string) => {
    await web.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return (await web.request<FullDocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri } })).items;
  };

  before(async () => {
    web = await openWebServer();
    await web.start();
  });
  after(async () => web?.close());

  it('a thin agreement gets its five missing-section findings, and a quick fix inserts a section', async () => {
    const thin = loadFixtures().find((f) => f.name === 'thin/letter-of-understanding.md')!;
    const uri = 'vscode-test-web://mount/thin.md';
    const diagnostics = await open(uri, thin.text);
    const missing = diagnostics.filter((d) => d.code === 'missing-section');
    assert.deepEqual(missing.map(sectionOf).sort(), [...SECTIONS].sort());

    const roles = missing.find((d) => sectionOf(d) === 'roles')!;
    const [action] = await web.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: roles.range, context: { diagnostics: [roles] } });
    assert.equal(action.kind, 'quickfix');
    assert.match(action.title, /^Insert the “.+” section$/);
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    assert.ok(change.edits.every((e) => e.newText.length > 0 && e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), 'fixes only insert');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, thin.text), change.edits);
    await web.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = (await web.request<FullDocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri } })).items;
    const stillMissing = after.filter((d) => d.code === 'missing-section').map(sectionOf);
    assert.ok(!stillMissing.includes('roles'), 'the Roles section is there now');
    // (The inserted Roles clause also names what each party brings, which may count for resources.)
    assert.ok(stillMissing.length < missing.length && stillMissing.every((s) => SECTIONS.includes(s!)));
  });

  it('answers mou/serverInfo with the build\'s version (no process in a worker)', async () => {
    const info = await web.request<ServerInfo>(ServerInfoRequest.method, null);
    assert.equal(info.version, VERSION);
    assert.deepEqual([info.pid, info.execArgv, info.slowStartEnv, info.rememberedShown], [0, [], [], 0]);
  });

  it('Word and PDF say they need the desktop version, never fail silently', async () => {
    const imported = await web.request<{ error?: string }>(ImportDocumentRequest.method, { uri: 'vscode-test-web://mount/a.docx' });
    assert.match(imported.error ?? '', /desktop version/);
  });

  it('on every fixture, its diagnostics equal the Node server’s (configureServer in process)', async () => {
    const fixtures = loadFixtures();
    assert.ok(fixtures.length > 40, `${fixtures.length} fixtures`);
    const node = await inProcessServer();
    try {
      await web.start(); // a fresh worker: nothing left from the test above
      for (const f of fixtures) {
        const uri = `file:///web-equality/${f.name}`;
        const fromWorker = await open(uri, f.text);
        const fromNode = await node.open(uri, f.text);
        assert.deepEqual(fromWorker, fromNode, f.name);
      }
    } finally {
      await node.close();
    }
  });
});
