/**
 * Takes the README's screenshots of the demo (`docs/demo.png`,
 * `docs/demo-top.png`): the page after connecting Personio, in the Harbor look.
 * Run: `node --import tsx demo/server/screenshot.ts`.
 */
import { fileURLToPath } from 'node:url';
import { startDemo } from '../../test/e2e/harness.js';
import { connect, settledCounts } from '../../test/e2e/flow.js';

const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
const demo = await startDemo();
try {
  const { page } = await demo.open({ size: 50, fault: 'none' });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.getByLabel('Host look').selectOption('harbor');
  await page.screenshot({ path: docs('demo-top.png') });
  await connect(page, 'personio');
  await settledCounts(page, (c) => c.Create > 0);
  await page.getByRole('tab', { name: /^Update/ }).click();
  await page.getByRole('heading', { name: '3. Preview and sync' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: docs('demo.png') });
  console.log('docs/demo.png and docs/demo-top.png written.');
} finally {
  await demo.close();
}
