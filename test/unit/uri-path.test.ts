/**
 * The browser's configuration files (issue 23): path arithmetic on URIs (config/uri-path.ts) and
 * the files fetched from the client (config/client-files.ts), whatever the client answers.
 */
import { strict as assert } from 'node:assert';
import { ClientFiles } from '../../server/src/config/client-files';
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
