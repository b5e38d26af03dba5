/**
 * The demo under conditions a user meets: a reload shows the cached snapshot
 * without retrieving again, a wrong credential shows the vendor's reason, a
 * rate-limited tenant still completes, a failed record can be retried, a failing
 * page fails the retrieval with a reason, and the bulk identifier round trip
 * turns would-be duplicates into updates.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from './harness.js';
import { axeViolations } from './keyboard.js';
import { confirmSync, connect, count, previewCounts, previewGrid, settledCounts, submitCredentials, tableRows, until } from './flow.js';

interface DemoState {
  readonly wrongCredentials: Record<string, Record<string, string>>;
  readonly requests: { readonly total: number; readonly throttled: number; readonly failed: number };
}

describe('demo: cache, wrong credentials, rate limits, failures, bulk identifiers', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('a reload shows the cached snapshot at once, without a new retrieval', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      await connect(page, 'humaans');
      const first = await settledCounts(page, (c) => c.Create > 0);
      const preview = page.locator('hris-sync-preview');
      const retrieved = await preview.locator('#retrieved-at').innerText();

      const vendorReads: string[] = [];
      page.on('request', (r) => {
        if (/\/api\/hris\/connections\/[^/]+\/vendor\//.test(r.url())) vendorReads.push(r.url());
      });
      await page.reload();
      assert.deepEqual(await until(() => previewCounts(page).catch(() => null), (c) => c !== null), first);
      assert.equal(await preview.locator('#retrieved-at').innerText(), retrieved);
      const history = page.getByRole('region', { name: 'Run history' }).getByRole('listitem');
      assert.equal(await history.count(), 1);
      assert.deepEqual(vendorReads, []);
    } finally {
      await context.close();
    }
  });

  it('a wrong credential shows the vendor’s reason and connects nothing', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      const state = (await (await fetch(`${demo.url}/__demo/settings`)).json()) as DemoState;
      const wrong = state.wrongCredentials.personio!;
      await submitCredentials(page, 'personio', [['Client ID', wrong.clientId!], ['Client secret', wrong.clientSecret!]]);
      const alert = page.locator('hris-connect').getByRole('alert');
      await alert.waitFor();
      assert.deepEqual((await alert.innerText()).split(/\n+/), [
        'Personio did not accept these credentials. It answered: “The client credentials are invalid”.',
        'Copy them again from the HR system, paste them here and connect again.',
      ]);
      assert.equal(await page.getByRole('heading', { name: 'Configure the import' }).count(), 0);
    } finally {
      await context.close();
    }
  });

  it('a rate-limited tenant still completes its retrieval and sync', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'rate-limits' });
    try {
      await connect(page, 'personio');
      const counts = await settledCounts(page, (c) => c.Create > 0);
      const history = page.getByRole('region', { name: 'Run history' }).getByRole('listitem');
      assert.match(await history.first().innerText(), /Retrieval \(complete\) · 50 records read/);
      const state = (await (await fetch(`${demo.url}/__demo/settings`)).json()) as DemoState;
      assert.equal(state.requests.throttled > 0, true, 'the vendor answered 429 at least once');
      await page.getByRole('button', { name: 'Sync now' }).click();
      await confirmSync(page);
      const rows = await until(() => tableRows(page), (r) => count(r, (x) => x.lastSync === 'Created') === counts.Create);
      assert.equal(count(rows, (x) => x.lastSync === 'Updated'), counts.Update);
    } finally {
      await context.close();
    }
  });

  it('bulk identifiers: download, fill in, upload, report, save — the would-be duplicates become updates', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      await connect(page, 'lucca');
      const before = await settledCounts(page, (c) => c.Create > 0);

      // The two records whose names are written differently than in the HR system.
      const rows = await tableRows(page);
      const swapped = rows.find((r) => r.name.includes(','))!.name;
      const initial = rows.find((r) => /^\S\. /.test(r.name))!.name;
      const emailOf = async (search: string) => {
        await page.getByRole('tab', { name: /^Create/ }).click();
        await page.getByRole('searchbox', { name: 'Search employees' }).fill(search);
        const grid = await previewGrid(page);
        const row = grid.getByRole('row').filter({ has: page.getByRole('checkbox') }).first();
        await row.waitFor();
        return (await row.getByRole('gridcell').nth(2).innerText()).trim();
      };
      const swappedEmail = await emailOf(swapped.split(',')[0]!);
      const initialEmail = await emailOf(initial.replace(/^\S\. /, ''));
      await page.getByRole('searchbox', { name: 'Search employees' }).fill('');

      await page.getByRole('button', { name: 'Bulk identifiers' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
      const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
      assert.equal(lines[0], 'Record ID,Name,Email,Group name,Work email');
      const filled = lines.map((line) => {
        if (line.includes(`"${swapped}"`) || line.includes(`,${swapped},`)) return line.replace(/,$/, `,${swappedEmail}`);
        if (line.includes(`,${initial},`)) return line.replace(/,$/, `,${initialEmail}`);
        if (line.includes('Ventures II')) return line.replace(/,[^,]*$/, ',nobody@acme-demo.example');
        return line;
      }).join('\r\n');

      await page.getByLabel('Upload the filled-in file').setInputFiles({ name: 'identifiers.csv', mimeType: 'text/csv', buffer: Buffer.from(filled) });
      const report = page.getByRole('region', { name: 'Bulk import report' });
      await report.waitFor();
      // The host page's own parts (bulk panel, report, table) with the preview checked by keyboard.test.ts.
      assert.deepEqual(await axeViolations(page, ['hris-sync-preview']), []);
      const outcome = async (id: string) => (await report.getByRole('row').filter({ hasText: id }).getByRole('cell').nth(2).innerText()).trim();
      assert.equal(await outcome(swappedEmail), 'Identifier set');
      assert.equal(await outcome(initialEmail), 'Identifier set');
      assert.equal(await outcome('nobody@acme-demo.example'), 'No HRIS match');
      await page.getByRole('button', { name: 'Save 2 identifiers' }).click();
      await page.getByText('2 identifiers saved.', { exact: true }).waitFor();

      const afterBulk = await until(() => previewCounts(page), (c) => c.Create === before.Create - 2);
      assert.equal(afterBulk.Update, before.Update + 2);
    } finally {
      await context.close();
    }
  });

  it('a simulated failure fails one record; "Retry failed" applies it', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      await page.getByLabel('Simulate a failure: the next sync fails for one record').check();
      await connect(page, 'bamboohr');
      const planned = await settledCounts(page, (c) => c.Create > 0);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await confirmSync(page);
      const results = page.getByRole('region', { name: 'Sync results' });
      await results.getByText(`${planned.Create - 1} created, ${planned.Update} updated, 1 failed`).waitFor();
      assert.equal(await page.getByLabel('Simulate a failure: the next sync fails for one record').isChecked(), false);
      assert.equal(count(await tableRows(page), (r) => r.lastSync === 'Created'), planned.Create - 1);
      await page.getByRole('button', { name: 'Retry failed' }).click();
      await until(() => tableRows(page), (r) => count(r, (x) => x.lastSync === 'Created') === planned.Create);
    } finally {
      await context.close();
    }
  });

  it('a failing page: the retrieval fails with a reason, and succeeds once the fault is gone', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'failing-page' });
    try {
      await connect(page, 'hibob');
      const preview = page.locator('hris-sync-preview');
      await preview.getByText('A page of employees could not be read.', { exact: true }).waitFor();
      await preview.getByText('Retrieve again. If it keeps happening, check the connection in the HR system settings.', { exact: true }).waitFor();
      assert.equal(await preview.locator('#retrieved-at').innerText(), 'No employees have been retrieved yet.');
      assert.equal(await page.getByRole('tab', { name: /^Create/ }).count(), 0);
      await page.getByLabel('Faults').selectOption('none');
      await page.getByRole('button', { name: 'Retrieve now' }).click();
      const counts = await settledCounts(page, (c) => c.Create > 0);
      assert.equal(counts.Create + counts.Update + counts.Unchanged + counts.Leavers + counts.Conflicts + counts.Invalid + counts.Excluded >= 50, true);
      const history = await page.getByRole('region', { name: 'Run history' }).getByRole('listitem').allInnerTexts();
      assert.deepEqual(history.map((line) => line.replace(/^.* · Retrieval/, 'Retrieval')), ['Retrieval (complete) · 50 records read', 'Retrieval (failed) · 0 records read']);
    } finally {
      await context.close();
    }
  });

  it('the host holds hris-request-sync to ask for a password, then lets the sync run or drops it', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      await page.getByRole('checkbox', { name: /^Ask for the password before each sync/ }).check();
      await connect(page, 'personio');
      const planned = await settledCounts(page, (c) => c.Create > 0);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await confirmSync(page);
      const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(count(await tableRows(page), (r) => r.lastSync !== ''), 0);

      await page.getByRole('button', { name: 'Sync now' }).click();
      await confirmSync(page);
      assert.deepEqual(await axeViolations(page, ['hris-sync-preview']), []);
      await dialog.getByLabel('Password (demo: any text)').fill('correct horse');
      await dialog.getByRole('button', { name: 'Continue' }).click();
      const rows = await until(() => tableRows(page), (r) => count(r, (x) => x.lastSync === 'Created') === planned.Create);
      assert.equal(count(rows, (x) => x.lastSync === 'Updated'), planned.Update);
    } finally {
      await context.close();
    }
  });
});
