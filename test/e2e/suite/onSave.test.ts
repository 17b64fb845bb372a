/**
 * (c) With `mou.run` = `onSave`, an edit that fills a section changes nothing until the document
 * is saved; the save then removes that section's diagnostic.
 *
 * Showing that "nothing changed" without sleeping: we need a moment at which the server has
 * certainly received and handled the edit. We get it from a second document, the "probe":
 *
 *   1. edit the target document (fill Safety protocols) and start recording every change of its
 *      diagnostics;
 *   2. edit and save the probe (fill Points of contact) and wait until the probe's diagnostics
 *      show that fill.
 *
 * The language client sends the target's didChange before the probe's didChange/didSave on one
 * ordered connection, and the server handles them in order, so when the probe's new diagnostics
 * arrive the server has long had the target's edit. Had it checked the target on that edit, the
 * result would have arrived no later than the probe's (this assumes the server does not delay
 * an edit-triggered check longer than a save-triggered one). So at that moment the target must
 * still show all five missing sections, and the recording must show no change. Only then do we
 * save the target and wait for Safety protocols to go.
 *
 * The probe is also used once before step 1, right after switching to onSave, so that the server
 * has certainly applied the new setting before the edit we judge (it may fetch settings
 * asynchronously after the change notification).
 */
import * as assert from 'node:assert/strict';
import { THIN_AGREEMENT } from './fixtures';
import {
  ALL_SECTION_IDS, SECTION_TEXT, fixture, insertSectionBefore, missingSectionIds, open, recordDiagnosticChanges, save,
  scratchCopy, setRun, snapshot, waitForMissingSections, waitForSectionNotMissing,
} from './helpers';

describe('mou.run = onSave', function () {
  afterEach(() => setRun(undefined));

  it('leaves diagnostics alone while typing and updates them on save', async function () {
    const target = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'on-save-target.md'));
    const probe = await open(await scratchCopy(fixture(THIN_AGREEMENT), 'on-save-probe.md'));
    await waitForMissingSections(target.uri, ALL_SECTION_IDS);
    await waitForMissingSections(probe.uri, ALL_SECTION_IDS);

    await setRun('onSave');

    // Probe round trip 1: the server has the new setting before we judge anything. (The probe
    // only has to show that its save was handled; what else its new text satisfies does not matter.)
    await insertSectionBefore(probe, '## Term', SECTION_TEXT.roles);
    await save(probe);
    await waitForSectionNotMissing(probe.uri, 'roles');

    // 1. Edit the target; record its diagnostics from here on.
    const before = snapshot(target.uri);
    const recording = recordDiagnosticChanges(target.uri);
    try {
      await insertSectionBefore(target, '## Term', SECTION_TEXT['safety-protocols']);
      assert.ok(target.isDirty);

      // 2. Probe round trip 2 (see the comment at the top).
      await insertSectionBefore(probe, '## Term', SECTION_TEXT['points-of-contact']);
      await save(probe);
      await waitForSectionNotMissing(probe.uri, 'points-of-contact');

      assert.deepEqual(missingSectionIds(target.uri), ALL_SECTION_IDS,
        'with mou.run = onSave, an unsaved edit must not change the diagnostics');
      assert.equal(snapshot(target.uri), before, 'the target\'s diagnostics changed before it was saved');
      for (const seen of recording.changes) {
        assert.equal(seen, before, `the target's diagnostics changed to ${seen} before it was saved`);
      }

      // 3. Save: now Safety protocols goes, and only it.
      await save(target);
      const rest = ALL_SECTION_IDS.filter((id) => id !== 'safety-protocols');
      await waitForMissingSections(target.uri, rest);
      assert.deepEqual(missingSectionIds(target.uri), rest);
    } finally {
      recording.dispose();
    }
  });
});
