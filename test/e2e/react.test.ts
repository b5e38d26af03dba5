/**
 * `hris-kit/react` in a real React 19 app (`/react.html` of the demo): props
 * reach the elements (proxy, tenant, connection, host) and the `onHris…`
 * props receive the events, which React state then shows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from './harness.js';
import { demoCredentials, settledCounts, submitCredentials, until } from './flow.js';

describe('hris-kit/react', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('connects, retrieves and syncs through the React wrappers, with events in React state', async () => {
    const { context, page } = await demo.open({ size: 50, fault: 'none' });
    try {
      const credentials = await demoCredentials(page, 'hibob');
      await page.goto(`${demo.url}/react.html`);
      const log = page.getByTestId('react-log').getByRole('listitem');
      await submitCredentials(page, 'hibob', credentials);
      await page.getByRole('button', { name: 'Skip for now' }).click();
      await until(() => log.allInnerTexts(), (l) => l.includes('Retrieved 50 employees'));
      assert.equal((await log.allInnerTexts()).at(-1), 'Connected to hibob');
      const planned = await settledCounts(page, (c) => c.Create > 0);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.getByRole('region', { name: 'Confirm the sync' }).getByRole('button', { name: 'Sync', exact: true }).click();
      const lines = await until(() => log.allInnerTexts(), (l) => l[0]?.startsWith('Synced:') === true);
      assert.equal(lines[0], `Synced: ${planned.Create} created, ${planned.Update} updated`);
    } finally {
      await context.close();
    }
  });
});
