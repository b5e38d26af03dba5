/**
 * For each of the five vendors, as a new user would on the demo page: connect
 * with the demo credentials, choose the identifier and add one "Sync if" rule,
 * read the preview, sync a selection, then the rest after the confirmation,
 * and check that the host's table changed exactly as the preview said.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from './harness.js';
import {
  LABELS, PROVIDER_IDS, configure, confirmSync, connect, count, leaverActions, previewCounts, previewGrid, settledCounts, tableRows, until,
} from './flow.js';

const SEEDED = 13;

describe('demo: the whole flow for each vendor (tenant of 50)', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  for (const provider of PROVIDER_IDS) {
    it(`${LABELS[provider]}: connect, configure, preview, sync a selection, then the rest`, async () => {
      const { context, page } = await demo.open({ size: 50, fault: 'none' });
      try {
        const seeded = await until(() => tableRows(page), (rows) => rows.length === SEEDED);
        assert.equal(count(seeded, (r) => r.linked === 'Yes'), 0);

        await connect(page, provider);
        const excluded = await configure(page);
        const planned = await settledCounts(page, (c) => c.Excluded === excluded);
        assert.equal(planned.Create > 2, true);
        const leavers = await leaverActions(page, planned.Leavers);
        assert.equal(leavers.imported + leavers.marked, planned.Leavers);

        // A selection of two creates.
        await page.getByRole('tab', { name: /^Create/ }).click();
        const boxes = (await previewGrid(page)).getByRole('checkbox', { name: /^Select: / });
        const picked = [(await boxes.nth(0).getAttribute('aria-label'))!, (await boxes.nth(1).getAttribute('aria-label'))!]
          .map((l) => l.replace(/^Select: /, ''));
        await boxes.nth(0).check();
        await boxes.nth(1).check();
        await page.getByRole('button', { name: 'Sync selected' }).click();
        assert.deepEqual((await confirmSync(page)).slice(0, 2), ['2 records will be created.', '0 records will be updated.']);
        const afterSelection = await until(() => tableRows(page), (rows) => rows.length === SEEDED + 2);
        assert.deepEqual(afterSelection.filter((r) => r.lastSync === 'Created').map((r) => r.name).sort(), [...picked].sort());

        // The rest, after the confirmation.
        await until(() => previewCounts(page), (c) => c.Create === planned.Create - 2);
        await page.getByRole('button', { name: 'Sync now' }).click();
        const lines = await confirmSync(page);
        assert.deepEqual(lines, [
          `${planned.Create - 2} records will be created.`,
          `${planned.Update} records will be updated.`,
          `${planned.Leavers} leavers will be moved to “Ex-employees”.`,
          'Nothing is deleted, and nothing is changed in the HR system.',
        ].map((l) => l.replace(/^1 records will be/, '1 record will be').replace(/^1 leavers will be/, '1 leaver will be')));

        const created = planned.Create + leavers.imported;
        const final = await until(() => tableRows(page), (rows) => rows.length === SEEDED + created && count(rows, (r) => r.lastSync === 'Updated') === planned.Update + leavers.marked);
        assert.equal(count(final, (r) => r.lastSync === 'Created'), created);
        assert.equal(count(final, (r) => r.group === 'Ex-employees'), planned.Leavers);
        assert.equal(count(final, (r) => r.linked === 'Yes'), created + planned.Update + leavers.marked);

        // Planned again against the updated records: nothing left to create or update.
        const again = await until(() => previewCounts(page), (c) => c.Create === 0 && c.Update === 0);
        assert.equal(again.Unchanged >= planned.Update, true);
      } finally {
        await context.close();
      }
    });
  }
});
