/**
 * The demo's switches: the widget language, the host preset (stakeholders or
 * the employee directory) and the two host looks made only with `::part` and
 * `--hris-*` custom properties.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import de from '../../src/translations/de.js';
import en from '../../src/translations/en.js';
import fr from '../../src/translations/fr.js';
import { startDemo, type Demo } from './harness.js';
import { connect, settledCounts } from './flow.js';

describe('demo: switches', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('the widget language follows the switch (and survives a reload)', async () => {
    const { context, page } = await demo.open();
    try {
      const heading = page.locator('hris-connect').getByRole('heading', { level: 2 });
      assert.equal(await heading.innerText(), en.connect.pickerHeading);
      await page.getByLabel('Widget language').selectOption('de');
      await until(heading, de.connect.pickerHeading);
      await page.getByLabel('Widget language').selectOption('fr');
      await until(heading, fr.connect.pickerHeading);
      await page.reload();
      await until(page.locator('hris-connect').getByRole('heading', { level: 2 }), fr.connect.pickerHeading);
    } finally {
      await context.close();
    }
  });

  it('the employee-directory preset: its own records, columns and plan', async () => {
    const { context, page } = await demo.open();
    try {
      await page.getByLabel('Host preset').selectOption('directory');
      await page.getByRole('heading', { level: 1, name: 'Employee directory' }).waitFor();
      const table = page.getByRole('region', { name: 'Employee directory table' }).getByRole('table');
      // The preset's records come from the demo's IndexedDB after the heading has changed.
      await table.locator('tbody tr').nth(10).waitFor();
      assert.deepEqual((await table.getByRole('columnheader').allInnerTexts()).slice(0, 4), ['First name', 'Last name', 'Email', 'Employee ID']);
      assert.equal(await table.locator('tbody tr').count(), 11);
      await connect(page, 'personio');
      await settledCounts(page, (c) => c.Create > 0);
      await page.locator('hris-sync-preview').getByText(/· 11 records in this app$/).waitFor();
      await page.getByRole('heading', { name: 'Fields mapped by default' }).waitFor();
      assert.equal(await page.locator('hris-configure').getByRole('rowheader', { name: 'Employee ID', exact: true }).count(), 1);
    } finally {
      await context.close();
    }
  });

  it('the two host looks differ only through --hris-* properties and ::part rules', async () => {
    const { context, page } = await demo.open();
    try {
      const tile = page.locator('hris-connect').getByRole('button', { name: /Personio/ });
      const look = () => tile.evaluate((el) => {
        const s = getComputedStyle(el);
        return { radius: s.borderTopLeftRadius, accent: getComputedStyle(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el).getPropertyValue('--hris-color-accent').trim() };
      });
      const ledger = await look();
      await page.getByLabel('Host look').selectOption('harbor');
      const harbor = await look();
      assert.deepEqual(ledger, { radius: '3.2px', accent: '#1e3a8a' });
      assert.deepEqual(harbor, { radius: '999px', accent: '#0f766e' });
    } finally {
      await context.close();
    }
  });

  it('the tenant size switch: 5,000 employees, host records seeded again for that tenant', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      const names = () => page.getByRole('region', { name: 'Stakeholders table' }).locator('tbody tr th').allInnerTexts();
      const before = await names();
      await page.getByLabel('Tenant size').selectOption('5000');
      await page.getByRole('status').filter({ hasText: 'Tenant size 5,000 employees' }).waitFor({ state: 'attached' });
      const state = (await (await fetch(`${demo.url}/__demo/settings`)).json()) as { size: number };
      assert.equal(state.size, 5000);
      const after = await names();
      assert.equal(after.length, 13);
      assert.notDeepEqual(after, before, 'the records were seeded again from the 5,000-employee population');
      await connect(page, 'humaans');
      const counts = await settledCounts(page, (c) => c.Create > 4000);
      assert.equal(Object.values(counts).reduce((a, b) => a + b, 0) >= 5000, true);
      await page.locator('hris-sync-preview').getByText('5,000 employees pulled', { exact: false }).waitFor();
    } finally {
      await context.close();
      await demo.settings({ size: 50 });
    }
  });
});

async function until(locator: import('playwright-core').Locator, text: string): Promise<void> {
  const end = Date.now() + 10_000;
  while ((await locator.innerText()) !== text) {
    if (Date.now() > end) assert.equal(await locator.innerText(), text);
    await new Promise((r) => setTimeout(r, 100));
  }
}
