/**
 * The browser side of the bench: Vite serves `bench/browser/` (the pages
 * import the TypeScript sources directly, as in development), and Debian's
 * Chromium runs them through playwright-core. Timing happens inside the page
 * with `performance.now()`; this module only starts, calls and stops.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const pages = fileURLToPath(new URL('../browser/', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export async function openBrowserBench() {
  const server = await createServer({
    configFile: false,
    root: pages,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false, fs: { allow: [repo] }, hmr: false },
    optimizeDeps: { noDiscovery: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('bench: Vite did not listen on a port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--enable-precise-memory-info'],
  });
  return {
    /** Opens `page` (an HTML file under bench/browser/) and waits until its script says it is ready. */
    async open(page, viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport });
      const tab = await context.newPage();
      tab.setDefaultTimeout(600_000);
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(base + page);
      await tab.waitForFunction(() => document.body?.dataset.ready !== undefined, null, { timeout: 300_000 }).catch((e) => {
        throw new Error(`${page} never got ready: ${errors.join('\n') || e.message}`);
      });
      return { tab, errors, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
