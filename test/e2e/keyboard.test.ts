/**
 * The whole path by keyboard alone — connect, configure with one rule, sync —
 * and axe on the demo page before and after, shadow roots included.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from './harness.js';
import { count, demoCredentials, settledCounts, tableRows, until } from './flow.js';
import { axeViolations, button, field, focused, tabTo } from './keyboard.js';

describe('demo: keyboard only, and axe', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('connects, configures and syncs with the keyboard alone; the page passes axe in each state', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      const credentials = await demoCredentials(page, 'personio');
      const violations = { start: await axeViolations(page), preview: [] as unknown[], synced: [] as unknown[] };

      await tabTo(page, button(/Personio/), 'the Personio tile');
      await page.keyboard.press('Enter');
      await tabTo(page, button('I am an admin'), 'I am an admin');
      await page.keyboard.press('Enter');
      for (const [label, value] of credentials) {
        await tabTo(page, field(label), label);
        await page.keyboard.type(value);
      }
      await tabTo(page, button('Connect'), 'Connect');
      await page.keyboard.press('Enter');
      await tabTo(page, button('Skip for now'), 'Skip for now');
      await page.keyboard.press('Enter');

      await tabTo(page, button('Add rule'), 'Add rule');
      await page.keyboard.press('Enter');
      await tabTo(page, (f) => f.tag === 'input' && f.type === 'checkbox' && /^active \(\d+\)$/.test(f.name), 'the "active" value');
      const active = Number(/\((\d+)\)/.exec((await focused(page))!.name)![1]);
      await page.keyboard.press('Space');
      await tabTo(page, button('Save'), 'Save');
      await page.keyboard.press('Enter');
      const planned = await settledCounts(page, (c) => c.Excluded === 50 - active);
      violations.preview = await axeViolations(page);

      await tabTo(page, button('Sync now'), 'Sync now');
      await page.keyboard.press('Enter');
      await tabTo(page, button('Sync'), 'Sync in the confirmation');
      await page.keyboard.press('Enter');
      const rows = await until(() => tableRows(page), (r) => count(r, (x) => x.lastSync === 'Created') === planned.Create);
      assert.equal(count(rows, (x) => x.lastSync === 'Updated'), planned.Update);
      violations.synced = await axeViolations(page);
      assert.deepEqual(violations, { start: [], preview: [], synced: [] });
    } finally {
      await context.close();
    }
  });
});
