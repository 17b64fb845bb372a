/** "Write “agreement: true” into the front matter" (client/src/frontMatter.ts): one line, in the right place, nothing else changed. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core';
import { frontMatterDeclaringAgreement } from '../../client/src/frontMatter';

function write(text: string): string | undefined {
  const c = frontMatterDeclaringAgreement(text);
  return c.declared ? undefined : text.slice(0, c.start) + c.text + text.slice(c.end);
}

const BODY = '# Welcome, chapter leaders\n\nThank you for leading a chapter this year.\n';

describe('writing “agreement: true” into the front matter', () => {
  it('adds front matter to a file without it, keeping its line endings', () => {
    assert.equal(write(BODY), `---\nagreement: true\n---\n\n${BODY}`);
    assert.equal(write(BODY.replace(/\n/g, '\r\n')), `---\r\nagreement: true\r\n---\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`);
  });

  it('adds the line to existing front matter, or turns a “false” into “true”', () => {
    assert.equal(write(`---\ntitle: Chapter leaders\n---\n${BODY}`), `---\nagreement: true\ntitle: Chapter leaders\n---\n${BODY}`);
    assert.equal(write(`---\ntitle: x\nagreement: false # not yet\n---\n${BODY}`), `---\ntitle: x\nagreement: true\n---\n${BODY}`);
    assert.equal(write(`---\nmou: no\n---\n${BODY}`), undefined, '“no” is a string in YAML 1.2: it already declares one');
    assert.equal(write(`---\nmou: false\nagreement: ~\n---\n${BODY}`), `---\nmou: false\nagreement: true\n---\n${BODY}`, 'the agreement key, not a second one');
  });

  it('does nothing when the front matter already declares an agreement', () => {
    assert.equal(write(`---\nagreement: true\n---\n${BODY}`), undefined);
    assert.equal(write(`---\nagreement:\n  type: work-based-learning\n---\n${BODY}`), undefined);
    assert.equal(write(`---\nmou: "false"\n---\n${BODY}`), undefined);
  });

  it('what it writes makes the checker take the file for an agreement', () => {
    for (const text of [BODY, `---\ntitle: x\nagreement: false\n---\n${BODY}`, `---\nmou: false\n---\n${BODY}`]) {
      assert.equal(analyze(text).isAgreement, false, 'not an agreement before');
      const after = write(text)!;
      assert.equal(analyze(after).isAgreement, true, after);
    }
  });
});
