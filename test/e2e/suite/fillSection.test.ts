/** (b) Filling a section in the editor removes that section's diagnostic and only that one. */
import * as assert from 'node:assert/strict';
import { THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, SECTION_TEXT, fixture, insertSectionBefore, missingSectionIds, open, scratchCopy, waitForMissingSections,
} from './helpers';

describe('filling a section (mou.run = onType, the default)', function () {
  it('removes that section\'s diagnostic while the others remain', async function () {
    const doc = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'fill-safety.md'));
    await waitForMissingSections(doc.uri, ALL_SECTION_IDS);

    await insertSectionBefore(doc, '## Term', SECTION_TEXT['safety-protocols']);
    assert.ok(doc.isDirty, 'the edit should leave the document unsaved: this checks typing, not saving');

    const rest = ALL_SECTION_IDS.filter((id) => id !== 'safety-protocols');
    await waitForMissingSections(doc.uri, rest);
    assert.deepEqual(missingSectionIds(doc.uri), rest);
  });
});
