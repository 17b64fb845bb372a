/**
 * Ranges are LSP positions: 0-based lines split at \n, \r\n and \r, characters in UTF-16 code
 * units. Examples with astral characters (emoji, 𝔘), CJK, combining marks, CRLF, lone CR and a
 * BOM, each with the exact offsets a client must receive.
 */
import { strict as assert } from 'node:assert';
import { analyze, fileReport, LineIndex, type FileReport } from '../../server/src/core';
import type { Range } from '../../server/src/core/types';

const report = (text: string): FileReport => fileReport('positions.md', analyze(text));
const placeholders = (r: FileReport) => r.diagnostics.filter((d) => d.code === 'placeholder');
const placeholderRange = (r: FileReport, text: string): Range => {
  const d = placeholders(r).find((x) => x.data?.placeholder === text);
  assert.ok(d, `no placeholder diagnostic for ${text}; got ${JSON.stringify(placeholders(r).map((x) => x.data?.placeholder))}`);
  return d.range;
};
const range = (line: number, start: number, end: number, endLine = line): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

describe('positions: LSP UTF-16 ranges', () => {
  it('a placeholder after "🎓🎓 " on a CRLF line is at UTF-16 characters 5–19', () => {
    const text = '# Memorandum of Understanding\r\n\r\n🎓🎓 [Partner Name] will host the students.\r\n';
    assert.equal('🎓🎓 '.length, 5, 'two astral characters and a space are five UTF-16 units');
    const r = report(text);
    assert.equal(r.isAgreement, true);
    assert.deepEqual(placeholderRange(r, '[Partner Name]'), range(2, 5, 19));
  });

  it('counts 𝔘 (U+1D518) as two units before a TBD', () => {
    const text = '# Memorandum of Understanding\n\n𝔘niversity 𝔘 start date: TBD.\n';
    const r = report(text);
    // "𝔘niversity" = 2 + 9, " 𝔘 " = 4, "start date: " = 12: TBD at 27.
    assert.deepEqual(placeholderRange(r, 'TBD'), range(2, 27, 30));
  });

  it('counts CJK as one unit each', () => {
    const text = '# 合作备忘录 Memorandum of Understanding\n\n合作伙伴：[Partner Name]，日期 DD/MM/YYYY。\n';
    const r = report(text);
    assert.deepEqual(placeholderRange(r, '[Partner Name]'), range(2, 5, 19));
    assert.deepEqual(placeholderRange(r, 'DD/MM/YYYY'), range(2, 23, 33));
  });

  it('counts combining marks as their own units', () => {
    const text = '# Memorandum of Understanding\n\nJose\u0301 Garci\u0301a and [Partner Name] agree.\n';
    const r = report(text);
    // "José" 5 + " " + "García" 7 + " and " 5 = 18.
    assert.deepEqual(placeholderRange(r, '[Partner Name]'), range(2, 18, 32));
  });

  it('splits lines at a lone CR', () => {
    const text = '# Memorandum of Understanding\r\rThe fee is TBD per year.\rAmount ____ per term.\r';
    const r = report(text);
    assert.deepEqual(placeholderRange(r, 'TBD'), range(2, 11, 14));
    assert.deepEqual(placeholderRange(r, '____'), range(3, 7, 11));
  });

  it('splits lines at mixed endings (\\n, \\r\\n, \\r) the same way', () => {
    const text = '# Memorandum of Understanding\r\n\nA: TBD\r\rB: [Partner Name]\n';
    const r = report(text);
    assert.deepEqual(placeholderRange(r, 'TBD'), range(2, 3, 6));
    assert.deepEqual(placeholderRange(r, '[Partner Name]'), range(4, 3, 17));
  });

  it('with a BOM at the start, a placeholder on a later line keeps its offsets', () => {
    const text = '\uFEFF# Memorandum of Understanding\n\nThe fee is TBD per year.\n';
    const r = report(text);
    assert.deepEqual(placeholderRange(r, 'TBD'), range(2, 11, 14));
  });

  it('reports a missing section on the title line, covering the title (CRLF, emoji)', () => {
    const title = '# 🎓 Memorandum of Understanding between Riverside and 𝔘 Labs';
    const text = `${title}\r\n\r\nThe parties agree to work together.\r\n`;
    const r = report(text);
    const missing = r.diagnostics.filter((d) => d.code === 'missing-section');
    assert.ok(missing.length > 0, 'a thin agreement has missing sections');
    for (const d of missing) assert.deepEqual(d.range, range(0, 0, title.length));
  });

  it('reports a missing section on the title line after front matter (lone CR endings)', () => {
    const text = '---\rtitle: MOU\r---\r\r# Memorandum of Understanding 合作\r\rThe parties agree to work together.\r';
    const r = report(text);
    const missing = r.diagnostics.filter((d) => d.code === 'missing-section');
    assert.ok(missing.length > 0);
    for (const d of missing) assert.deepEqual(d.range, range(4, 0, '# Memorandum of Understanding 合作'.length));
  });

  it('reports a weak section on its heading line, up to the end of that line in UTF-16 units', () => {
    const heading = '## 🎓 Points of Contact — 联系人';
    const text = [
      '# Partnership Agreement between Eastfield College and Brightwater Utilities',
      '',
      '## Roles and Responsibilities',
      '',
      'Eastfield College will recruit ten students each year.',
      'Brightwater Utilities will host the students for six weeks.',
      '',
      heading,
      '',
      '- Eastfield College: Dana Whitlock, Director of Workforce Programs',
      '- Brightwater Utilities: Omar Haddad, HR Manager',
      '',
    ].join('\r\n');
    const r = report(text);
    const weak = r.diagnostics.find((d) => d.code === 'weak-section' && d.section === 'points-of-contact');
    assert.ok(weak, `no weak points-of-contact finding: ${JSON.stringify(r.sections)}`);
    assert.deepEqual(weak.range, range(7, 0, heading.length));
  });
});

describe('positions: LineIndex round-trips', () => {
  const samples = [
    '🎓🎓 [Partner Name]\r\nnext',
    '𝔘niversity\r𝔘\n\n',
    '合作伙伴\r\n日期\r\n',
    'Jose\u0301\u0327\nGarci\u0301a',
    '\uFEFF# BOM\r\nline',
    '\r\n\r\r\n\n\r',
    'lone \uD800 high and \uDC00 low\r\n',
    '',
  ];

  for (const text of samples) {
    it(`round-trips every offset and every position of ${JSON.stringify(text)}`, () => {
      const li = new LineIndex(text);
      const lines = text.split(/\r\n|\r|\n/);
      assert.equal(li.lineCount, lines.length);
      const starts: number[] = [];
      let at = 0;
      for (const m of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
        if (starts.length === lines.length) break;
        starts.push(at);
        at += m[0].length;
      }
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character <= lines[line].length; character++) {
          const offset = li.offset({ line, character });
          assert.equal(offset, starts[line] + character, `offset of ${line}:${character}`);
          assert.deepEqual(li.position(offset), { line, character }, `position of offset ${offset}`);
        }
        // Past the end of a line clamps to its end, never into the line break.
        assert.equal(li.offset({ line, character: lines[line].length + 5 }), starts[line] + lines[line].length);
      }
      for (let o = 0; o <= text.length; o++) {
        const p = li.position(o);
        const lineEnd = starts[p.line] + lines[p.line].length;
        // An offset inside a line break (between \r and \n, or on the break) maps to the end of its line.
        assert.equal(li.offset(p), Math.min(o, lineEnd), `offset(position(${o}))`);
        assert.ok(p.character <= lines[p.line].length);
      }
    });
  }
});
