/**
 * Remembered parsed blocks (issue #8, start-up): the server keeps each document's parsed blocks
 * (their facts, by a hash of each block's text), so an agreement that changed since it was last
 * checked — pulled, synced, edited elsewhere — is parsed again only where it changed. What it
 * finds must be exactly what a server with no memory finds, before and after the next edit; a
 * damaged record is ignored; nothing is kept when the user says so.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { splitBlocks } from '../../server/src/core/blocks';
import { startClient, type ClientOptions, type TestClient } from '../helpers/lsp-client';
import { loadFixtures } from '../helpers/fixtures';
import { ServerInfoRequest } from '../../server/src/protocol';

const TEXT = loadFixtures().find((f) => f.name === 'gold/p-tech-multi-partner.md')!.text;
// A colleague's change, made while the editor was closed: one paragraph of the resources section.
const FROM = '## Resources\n';
const CHANGED = TEXT.replace(FROM, `${FROM}\nThe district will also lend 12 laptops to the program each semester.\n`);
const URI = 'file:///parsed-blocks/agreement.md';

describe('server start-up: remembered parsed blocks', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  const records = (dir: string) => (existsSync(path.join(dir, 'blocks')) ? readdirSync(path.join(dir, 'blocks')).filter((f) => f.endsWith('.json')) : []);

  async function open(dir: string, text: string, options: ClientOptions = {}): Promise<{ diagnostics: Diagnostic[]; restored: number; remembered: number }> {
    client = await startClient({ pull: true, ...options, env: { MOU_CACHE_DIR: dir, ...options.env } });
    client.open(URI, text);
    const diagnostics = await client.pull(URI);
    const info = await client.connection.sendRequest<{ blocksRestored: number; rememberedShown: number }>(ServerInfoRequest.method);
    return { diagnostics, restored: info.blocksRestored, remembered: info.rememberedShown };
  }

  /** What a server with no memory at all finds in `text`. */
  async function fresh(text: string): Promise<Diagnostic[]> {
    const c = await startClient({ pull: true, env: { MOU_CACHE: 'off' } });
    try {
      c.open(URI, text);
      return await c.pull(URI);
    } finally {
      await c.stop();
    }
  }

  /** A first session on TEXT, shut down (which writes what it parsed). */
  async function firstSession(dir: string): Promise<void> {
    const first = await open(dir, TEXT);
    assert.equal(first.restored, 0, 'nothing is remembered before the first session');
    await client!.stop();
    assert.equal(records(dir).length, 1, 'the parsed blocks were written on shutdown');
  }

  it('an agreement changed since the last session is parsed only where it changed, with the findings of a fresh analysis', async () => {
    assert.notEqual(CHANGED, TEXT, 'the test changes the agreement');
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-blocks-'));
    await firstSession(dir);

    const before = new Set(splitBlocks(TEXT).map((b) => b.text));
    const blocks = splitBlocks(CHANGED);
    const unchanged = blocks.filter((b) => before.has(b.text)).length;
    assert.ok(unchanged > 3 && unchanged < blocks.length, `the change leaves most blocks as they were (${unchanged} of ${blocks.length})`);

    const second = await open(dir, CHANGED);
    assert.equal(second.restored, unchanged, 'every unchanged block was restored, the changed one parsed');
    assert.deepEqual(second.diagnostics, await fresh(CHANGED), 'the findings of a server with no memory');

    // The next keystroke builds on the restored blocks, and still agrees with a fresh analysis.
    const at = CHANGED.indexOf('## Points of Contact');
    const edited = `${CHANGED.slice(0, at)}## Safety Training\n\nAll mentors complete safety training before the first placement.\n\n${CHANGED.slice(at)}`;
    client!.change(URI, edited, 2);
    assert.deepEqual(await client!.pull(URI), await fresh(edited), 'after an edit');
  });

  it('what was parsed (and found) is written when the document is closed, not while it is edited', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-blocks-'));
    await open(dir, TEXT);
    client!.change(URI, CHANGED, 2);
    await client!.pull(URI);
    await client!.connection.sendRequest(ServerInfoRequest.method); // (requests are answered in order)
    assert.deepEqual(records(dir), [], 'nothing is written while the document is open');
    client!.close(URI);
    await client!.connection.sendRequest(ServerInfoRequest.method);
    assert.equal(records(dir).length, 1, 'closing it wrote what was parsed');
    await client!.stop();
    const again = await open(dir, CHANGED);
    assert.equal(again.remembered, 1, 'the findings of the closed version were remembered too, though it closed within a second of its last change');
    assert.equal(again.restored, splitBlocks(CHANGED).length, 'every block of the closed version is restored');
  });

  it('a damaged record is ignored and the agreement parsed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-blocks-'));
    await firstSession(dir);
    const file = path.join(dir, 'blocks', records(dir)[0]);
    const expected = await fresh(CHANGED);
    for (const bad of ['{"format":1', JSON.stringify({ format: 1, key: records(dir)[0].replace(/\.json$/, ''), value: { blocks: [['x', { h: 'not facts' }]] } }), '[]']) {
      writeFileSync(file, bad);
      const r = await open(dir, CHANGED);
      assert.equal(r.restored, 0, `nothing was restored from ${bad.slice(0, 40)}`);
      assert.deepEqual(r.diagnostics, expected);
      await client!.stop();
    }
  });

  it('mou.rememberFindings false keeps no parsed blocks and deletes what was kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mou-blocks-'));
    await firstSession(dir);
    const off = await open(dir, CHANGED, { configuration: () => ({ rememberFindings: false }) });
    assert.equal(off.restored, 0);
    assert.equal(existsSync(path.join(dir, 'blocks')), false, 'what was kept is gone');
    await client!.stop();
    assert.deepEqual(records(dir), [], 'and nothing new was written');
  });
});
