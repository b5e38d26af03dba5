/**
 * The steps a new user takes on the demo page, with accessible locators only
 * (they pierce the elements' shadow roots), and readers for what the page
 * shows: the preview's counts, the confirmation, the host's records table.
 */
import type { Locator, Page } from 'playwright-core';
import { PROVIDER_IDS, type ProviderId } from '../../src/core/model.js';

export const LABELS: Readonly<Record<ProviderId, string>> = {
  personio: 'Personio', bamboohr: 'BambooHR', hibob: 'HiBob', humaans: 'Humaans', lucca: 'Lucca',
};
export { PROVIDER_IDS };

/** Polls `read` until `done` holds (or throws with the last value after `timeoutMs`). */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`condition not met; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The demo credentials of one vendor as the page lists them: [field label, value]. */
export async function demoCredentials(page: Page, provider: ProviderId): Promise<[string, string][]> {
  const items = page.locator(`.credential[data-provider="${provider}"] dd`);
  await items.first().waitFor();
  const out: [string, string][] = [];
  for (const dd of await items.all()) {
    const label = (await dd.locator('.credential-label').innerText()).replace(/:\s*$/, '');
    out.push([label, await dd.locator('code').innerText()]);
  }
  return out;
}

/** Picks the vendor, says "I am an admin", fills the form and connects; stops at the result. */
export async function submitCredentials(page: Page, provider: ProviderId, credentials: readonly [string, string][]): Promise<void> {
  await page.getByRole('button', { name: new RegExp(LABELS[provider]) }).click();
  await page.getByRole('button', { name: 'I am an admin' }).click();
  for (const [label, value] of credentials) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** Connects with the demo credentials and skips "Map additional fields". */
export async function connect(page: Page, provider: ProviderId): Promise<void> {
  await submitCredentials(page, provider, await demoCredentials(page, provider));
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { name: 'Configure the import' }).waitFor();
}

/**
 * Work email as identifier, leavers moved to a group, and one "Sync if" rule on
 * the employment status: "is not onboarding" where the vendor has onboarding
 * employees, else "is not empty". Returns how many employees the rule excludes
 * (the count the rule's value shows).
 */
export async function configure(page: Page): Promise<number> {
  await page.getByRole('radio', { name: 'Work email' }).check();
  await page.getByRole('radio', { name: 'Import them and move them to a group' }).check();
  await page.getByRole('button', { name: 'Add rule' }).click();
  const rule = page.getByRole('group', { name: 'Rule 1' });
  await rule.getByRole('checkbox').first().waitFor();
  const onboarding = rule.getByRole('checkbox', { name: /^onboarding \(\d+\)$/ });
  let excluded = 0;
  if ((await onboarding.count()) === 1) {
    const label = await onboarding.evaluate((input) => input.closest('label')?.textContent ?? '');
    excluded = Number(/\((\d+)\)/.exec(label)?.[1] ?? NaN);
    await rule.getByRole('combobox', { name: 'Condition' }).selectOption({ label: 'is not' });
    await onboarding.check();
  } else {
    await rule.getByRole('combobox', { name: 'Condition' }).selectOption({ label: 'is not empty' });
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('tab', { name: new RegExp(`^Excluded ${excluded}$`) }).waitFor();
  return excluded;
}

export const BUCKETS = ['Create', 'Update', 'Unchanged', 'Leavers', 'Conflicts', 'Invalid', 'Excluded'] as const;
export type Counts = Record<(typeof BUCKETS)[number], number>;

/** The preview's bucket counts, read from its tabs. */
export async function previewCounts(page: Page): Promise<Counts> {
  const out = {} as Counts;
  for (const bucket of BUCKETS) {
    const name = await page.getByRole('tab', { name: new RegExp(`^${bucket} [\\d,]+$`) }).innerText();
    out[bucket] = Number(name.replace(/\D/g, ''));
  }
  return out;
}

/** The counts once `done` holds and two reads in a row agree (the preview re-plans after each change). */
export async function settledCounts(page: Page, done: (c: Counts) => boolean): Promise<Counts> {
  let previous = '';
  const read = async () => {
    const c = await previewCounts(page);
    const same = JSON.stringify(c) === previous;
    previous = JSON.stringify(c);
    return { c, same };
  };
  return (await until(read, (r) => r.same && done(r.c))).c;
}

/** The preview's list, scrolled into view (it is virtualized: only rows in view exist). */
export async function previewGrid(page: Page): Promise<Locator> {
  const grid = page.getByRole('grid', { name: /: employees$/ });
  await grid.scrollIntoViewIfNeeded();
  return grid;
}

/** Leavers the policy imports (created) and those it marks on an existing record (updated). */
export async function leaverActions(page: Page, leavers: number): Promise<{ imported: number; marked: number }> {
  await page.getByRole('tab', { name: /^Leavers/ }).click();
  const grid = page.getByRole('grid', { name: 'Leavers: employees' });
  // The list is virtualized: it renders the rows in view, after it lays out.
  await grid.scrollIntoViewIfNeeded();
  await until(() => grid.getByRole('checkbox', { name: /^Select: / }).count(), (n) => n === leavers);
  const imported = await grid.getByRole('row').filter({ hasText: 'Imported as a leaver' }).count();
  const marked = await grid.getByRole('row').filter({ hasText: 'Marked as a leaver' }).count();
  return { imported, marked };
}

/** The confirmation's sentences, then Sync; waits for the run's results. */
export async function confirmSync(page: Page): Promise<string[]> {
  const dialog = page.getByRole('region', { name: 'Confirm the sync' });
  await dialog.waitFor();
  const lines = await dialog.getByRole('listitem').allInnerTexts();
  await dialog.getByRole('button', { name: 'Sync', exact: true }).click();
  return lines.map((l) => l.trim());
}

export interface Row {
  readonly name: string;
  readonly group: string;
  readonly linked: string;
  readonly lastSync: string;
}

/** The host's records table (stakeholder preset columns). */
export async function tableRows(page: Page): Promise<Row[]> {
  const table = page.getByRole('region', { name: /table$/ }).getByRole('table');
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const at = (label: string) => headers.indexOf(label);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  return rows.map((cells) => ({
    name: cells[0] ?? '', group: cells[at('Group')] ?? '', linked: cells[at('Linked to HRIS')] ?? '', lastSync: cells[at('Last sync')] ?? '',
  }));
}

export const count = (rows: readonly Row[], pick: (r: Row) => boolean): number => rows.filter(pick).length;
