/**
 * The browser's configuration files (issue 23): path arithmetic on URIs (config/uri-path.ts), the
 * files fetched from the client (config/client-files.ts) whatever the client answers, and the
 * desktop's loader on them (the same chain rules and limits).
 */
import { strict as assert } from 'node:assert';
import { ClientFiles } from '../../server/src/config/client-files';
import { ConfigLoader, MAX_CONFIG_BYTES, MAX_EXTENDS_DEPTH } from '../../server/src/config/loader';
import { splitUri, uriPath as p } from '../../server/src/config/uri-path';

describe('path arithmetic on URIs (the browser’s config files)', () => {
  it('keeps the scheme and authority and works on the path as POSIX does', () => {
    assert.equal(p.dirname('vscode-vfs://github/o/r/team/a.md'), 'vscode-vfs://github/o/r/team');
    assert.equal(p.dirname('vscode-vfs://github/'), 'vscode-vfs://github/');
    assert.equal(p.join('vscode-vfs://github/o/r', '.mou.json'), 'vscode-vfs://github/o/r/.mou.json');
    assert.equal(p.resolve('vscode-vfs://github/o/r/team', '../shared/./base.json'), 'vscode-vfs://github/o/r/shared/base.json');
    assert.equal(p.resolve('vscode-vfs://github/o', '../../../../x.json'), 'vscode-vfs://github/x.json', 'never above the root');
    assert.equal(p.resolve('vscode-vfs://github/o/r/team', '../my base.json'), 'vscode-vfs://github/o/r/my%20base.json', 'written names in URI spelling');
    assert.equal(p.basename('vscode-vfs://github/o/my%20base.json'), 'my base.json');
    assert.equal(p.relative('vscode-test-web://mount', 'vscode-test-web://mount/my%20drafts/a.md'), 'my drafts/a.md', 'decoded, for globs');
    assert.equal(p.relative('vscode-test-web://mount/a', 'vscode-test-web://mount/b/c.md'), '../b/c.md');
  });

  it('only hierarchical URIs name files', () => {
    assert.equal(splitUri('untitled:Untitled-1'), undefined);
    assert.deepEqual(splitUri('vscode-test-web://mount/a/../b.md?x=1'), { prefix: 'vscode-test-web://mount', path: '/b.md' });
    assert.equal(new ClientFiles(undefined, 10).toPath('untitled:Untitled-1'), undefined);
  });
});

describe('configuration files read through the client', () => {
  it('keeps the answers, bounded: too large is an error, a malformed answer a missing file', async () => {
    const asked: string[][] = [];
    const files = new ClientFiles(async (uris) => {
      asked.push(uris);
      return [{ text: '{}' }, { text: 'x'.repeat(11) }, { error: 'permission denied' }, 42 as never];
    }, 10);
    const [a, b, c, d] = ['s://h/a.json', 's://h/b.json', 's://h/c.json', 's://h/d.json'];
    assert.ok(!files.known(a));
    await files.fetch([a, b, c, d]);
    assert.equal(files.read(a), '{}');
    assert.throws(() => files.read(b), /too large/);
    assert.ok(files.exists(c));
    assert.throws(() => files.read(c), /permission denied/);
    assert.ok(!files.exists(d) && files.known(d));
    await files.fetch([a, d]);
    assert.equal(asked.length, 1, 'what is known is not asked again');
    files.forget();
    assert.ok(!files.known(a));
  });

  it('a client that cannot answer: no configuration files, one warning, never an error', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const files = new ClientFiles(async () => {
      calls++;
      throw new Error('Unhandled method');
    }, 10, (m) => warnings.push(m));
    await files.fetch(['s://h/.mou.json']);
    await files.fetch(['s://h/a/.mou.json']);
    assert.ok(!files.exists('s://h/.mou.json'));
    assert.equal(calls, 1);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /settings only/);
  });
});

describe('the desktop’s loader on files read through the client (the browser)', () => {
  /** A client that answers from `files` and counts its requests. */
  const clientWith = (files: Record<string, string>) => {
    const asked: string[][] = [];
    const ask = async (uris: string[]) => {
      asked.push(uris);
      return uris.map((u) => (u in files ? { text: files[u] } : { missing: true as const }));
    };
    return { loader: new ConfigLoader(new ClientFiles(ask, MAX_CONFIG_BYTES)), asked };
  };

  it('fetches a folder’s ancestors at once, then one round per extends, and resolves as on disk', async () => {
    const { loader, asked } = clientWith({
      's://h/w/team/.mou.json': '{ "extends": "../base.json", "severity": { "placeholder": "error" } }',
      's://h/w/base.json': '{ "extends": "in-kind-donation" }',
    });
    await loader.load('s://h/w/team/a.md', 's://h/w');
    const r = loader.forDocument('s://h/w/team/a.md', 's://h/w');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.chain, ['s://h/w/team/.mou.json', 's://h/w/base.json']);
    assert.equal(r.config?.extends, 'in-kind-donation');
    assert.equal(r.config?.severity?.placeholder, 'error');
    assert.deepEqual(asked, [['s://h/w/team/.mou.json', 's://h/w/.mou.json'], ['s://h/w/base.json']]);
  });

  it(`an extends chain longer than ${MAX_EXTENDS_DEPTH} files is refused with the desktop’s message, after a bounded number of requests`, async () => {
    const files: Record<string, string> = { 's://h/w/.mou.json': '{ "extends": "./c1.json" }' };
    for (let i = 1; i < 40; i++) files[`s://h/w/c${i}.json`] = `{ "extends": "./c${i + 1}.json" }`;
    const { loader, asked } = clientWith(files);
    await loader.load('s://h/w/a.md', 's://h/w');
    const r = loader.forDocument('s://h/w/a.md', 's://h/w');
    assert.ok(r.problems.some((p) => new RegExp(`more than ${MAX_EXTENDS_DEPTH} configuration files`).test(p.message)), JSON.stringify(r.problems));
    assert.ok(asked.length <= MAX_EXTENDS_DEPTH + 2, `${asked.length} requests`);
  });
});
