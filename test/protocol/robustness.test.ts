/** The server under pressure: incremental edits, rapid typing, bursts of documents, huge files, hostile config. */
import { analyze } from '../../server/src/core';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { changeConfiguration, startClient, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';
import { referenceLines } from '../fuzz/check';
import { ServerInfoRequest } from '../../server/src/protocol';

const THIN = loadFixtures().find((f) => f.name === 'thin/purpose-term-signatures.md')!.text;
/** How many errors the core finds in THIN (the server must report the same). */
const THIN_ERRORS = analyze(THIN).findings.filter((f) => f.severity === 'error').length;
const GOLD = loadFixtures().find((f) => f.name === 'gold/atx-numbered-obligations.md')!.text;
const errors = (ds: { severity?: number }[]) => ds.filter((d) => d.severity === 1).length;

describe('server robustness (stdio)', () => {
  let client: TestClient;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
  });

  it('applies incremental edits (ranged changes) like the editor sends them', async () => {
    client = await startClient({ pull: true });
    const uri = 'file:///inc.md';
    client.open(uri, THIN, 1);
    assert.equal(errors(await client.pull(uri)), THIN_ERRORS);
    // Type a safety section at the end, one ranged insertion at a time.
    const lines = THIN.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const insert = '\n## Safety Protocols\n\nEvery mentor passes a background check. A teacher supervises every visit. Incidents are reported within 24 hours.\n';
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: insert }],
    });
    assert.equal(errors(await client.pull(uri)), THIN_ERRORS - 1);
    // And delete it again with a ranged deletion.
    const newEnd = { line: end.line + insert.split('\n').length - 1, character: 0 };
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: end, end: newEnd }, text: '' }],
    });
    assert.equal(errors(await client.pull(uri)), THIN_ERRORS);
  });

  it('rapid edits: the last push is for the last version, never an older one', async () => {
    client = await startClient();
    const uri = 'file:///rapid.md';
    client.open(uri, THIN, 1);
    for (let v = 2; v <= 40; v++) client.change(uri, v % 2 ? THIN : GOLD, v);
    const last = await client.nextPush(uri, (p) => p.version === 40);
    assert.equal(errors(last.diagnostics), 0, 'version 40 is the gold agreement');
    const versions = client.pushes.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'pushes never go back to an older version');
    console.log(`      (39 edits replayed, ${versions.length} pushes: debounced)`);
  });

  it('open and close 200 documents in a burst: no state left, no stale diagnostics', async () => {
    client = await startClient();
    for (let i = 0; i < 200; i++) client.open(`file:///burst/${i}.md`, i % 2 ? THIN : GOLD, 1);
    for (let i = 0; i < 200; i++) client.close(`file:///burst/${i}.md`);
    const info = (await client.connection.sendRequest(ServerInfoRequest.method)) as { documents: number };
    assert.equal(info.documents, 0, 'the document cache is empty again');
    // Whatever was pushed, the last word for every document is "no diagnostics".
    const lastByUri = new Map<string, number>();
    for (const p of client.pushes) lastByUri.set(p.uri, p.diagnostics.length);
    await client.stop();
    for (const p of client.pushes) lastByUri.set(p.uri, p.diagnostics.length);
    assert.ok([...lastByUri.values()].every((n) => n === 0), 'a closed document keeps no diagnostics');
  });

  it('skips a file above mou.maxFileSize with one information message, and keeps serving others', async () => {
    client = await startClient({ pull: true });
    changeConfiguration(client, { maxFileSize: 50_000 });
    const huge = GOLD + '\n' + 'Lorem ipsum dolor sit amet. '.repeat(4000);
    client.open('file:///huge.md', huge);
    const skipped = await client.pull('file:///huge.md');
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0].severity, 3);
    assert.match(skipped[0].message, /skipped this file/);
    client.open('file:///small.md', THIN);
    assert.equal(errors(await client.pull('file:///small.md')), THIN_ERRORS);
  });

  it('a 10 MB agreement does not take the server down; other documents keep getting diagnostics', async function () {
    this.timeout(120_000);
    client = await startClient({ pull: true });
    changeConfiguration(client, { maxFileSize: 20_000_000 });
    const appendix = '\n## Appendix\n\n' + Array.from({ length: 400 }, (_, i) => `- item ${i}: the partner will provide ${i} hours`).join('\n') + '\n';
    let big = GOLD;
    while (big.length < 10_000_000) big += appendix;
    client.open('file:///big.md', big);
    const bigPull = client.pull('file:///big.md');
    client.open('file:///other.md', THIN);
    const other = await client.pull('file:///other.md');
    assert.equal(errors(other), THIN_ERRORS);
    const bigDiags = await bigPull;
    assert.ok(Array.isArray(bigDiags));
    assert.equal(client.process.exitCode, null, 'still running');
  });

  it('configuration is data only: an extends pointing at a script is read as JSON, never run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-untrusted-'));
    const marker = path.join(dir, 'pwned');
    writeFileSync(path.join(dir, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`);
    writeFileSync(path.join(dir, '.mou.json'), '{ "extends": "./evil.js" }');
    client = await startClient({ pull: true });
    const uri = pathToFileURL(path.join(dir, 'a.md')).toString();
    client.open(uri, THIN);
    await client.pull(uri);
    // The config is rejected with a positioned diagnostic on .mou.json, and the script never runs.
    const configPush = await client.nextPush(pathToFileURL(path.join(dir, '.mou.json')).toString());
    assert.match(configPush.diagnostics[0].message, /extends/);
    assert.equal(existsSync(marker), false, 'the workspace script never ran');
    assert.deepEqual(readdirSync(dir).sort(), ['.mou.json', 'evil.js']);
    assert.ok(readFileSync(path.join(dir, 'evil.js'), 'utf8').includes('require'));
  });

  it("a deleted .mou.json loses its problems, however the client spells the file's URI", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mou-config-')), 'R&D #2 (draft)');
    mkdirSync(dir);
    const config = path.join(dir, '.mou.json');
    writeFileSync(config, '{ "required": ');
    client = await startClient({ pull: true });
    const uri = pathToFileURL(path.join(dir, 'a.md')).toString();
    client.open(uri, THIN);
    await client.pull(uri);
    const published = await client.nextPush(pathToFileURL(config).toString(), (p) => p.diagnostics.length > 0);
    // VS Code encodes each path segment in full (`&` too); Node's file URLs leave `&` as it is.
    const vscodeUri = 'file://' + config.split(path.sep).map(encodeURIComponent).join('/');
    assert.notEqual(vscodeUri, published.uri);
    rmSync(config);
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: vscodeUri, type: FileChangeType.Deleted }] });
    const cleared = await client.nextPush(vscodeUri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('a config dropped from an extends chain loses its problems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-config-'));
    const base = path.join(dir, 'base.json');
    writeFileSync(base, '{ "required": ');
    writeFileSync(path.join(dir, '.mou.json'), '{ "extends": "./base.json" }');
    client = await startClient({ pull: true });
    const uri = pathToFileURL(path.join(dir, 'a.md')).toString();
    client.open(uri, THIN);
    await client.pull(uri);
    const baseUri = pathToFileURL(base).toString();
    await client.nextPush(baseUri, (p) => p.diagnostics.length > 0);
    const before = client.pushes.length;
    writeFileSync(path.join(dir, '.mou.json'), '{}');
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(dir, '.mou.json')).toString(), type: FileChangeType.Changed }] });
    await client.pull(uri);
    const cleared = await client.nextPush(baseUri, (p) => client!.pushes.indexOf(p) >= before);
    assert.deepEqual(cleared.diagnostics, [], 'base.json is no longer used: its problems are gone');
  });

  it('ranged edits, several per notification, pulled or not: diagnostics equal a fresh open of the same text (property)', async function () {
    this.timeout(120_000);
    client = await startClient({ pull: true });
    const c = client;
    const base = [GOLD, THIN, GOLD.replace(/^# .*$/m, '## Annex A')].join('\n\n');
    const editArb = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), text: fc.constantFrom('', 'x', ' will ', '\n', '\n\n', '## Safety\n', '- item\n', '```\n', '\r\n', '🎓') });
    const stepArb = fc.record({ changes: fc.array(editArb, { minLength: 1, maxLength: 3 }), pull: fc.boolean() });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (steps) => {
        const uri = `file:///ranged-${n++}.md`;
        let text = base;
        let version = 1;
        c.open(uri, text, version);
        await c.pull(uri);
        for (const step of steps) {
          const contentChanges = step.changes.map((e) => {
            // (Never between \r and \n: no LSP position is there.)
            const settle = (o: number) => (text[o - 1] === '\r' && text[o] === '\n' ? o + 1 : o);
            const start = settle(Math.min(e.at % (text.length + 1), text.length));
            const end = settle(Math.min(start + e.len, text.length));
            const range = { start: positionOf(text, start), end: positionOf(text, end) };
            text = text.slice(0, start) + e.text + text.slice(end);
            return { range, text: e.text };
          });
          version++;
          void c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
          if (step.pull) await c.pull(uri);
        }
        const edited = await c.pull(uri);
        const freshUri = `${uri}.fresh.md`;
        c.open(freshUri, text, 1);
        const fresh = await c.pull(freshUri);
        c.close(uri);
        c.close(freshUri);
        assert.deepEqual(edited, fresh, 'diagnostics after ranged edits differ from a fresh open of the same text');
      }),
      { seed: 8, numRuns: 40 },
    );
  });
});

/** LSP position of an offset (lines split at \n, \r\n and \r, as the server splits them). */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const { starts } = referenceLines(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}
