/**
 * End-to-end harness: the demo's Vite dev server (what `npm start` serves:
 * the page, the reference proxy and the mock vendors) on a free port, and
 * Debian's Chromium through playwright-core, one fresh context per test.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface Demo {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context (empty IndexedDB and localStorage) and page on the demo, its server settings applied first. */
  open(settings?: { size?: number; fault?: string }): Promise<{ context: BrowserContext; page: Page }>;
  settings(patch: { size?: number; fault?: string }): Promise<unknown>;
  close(): Promise<void>;
}

export async function startDemo(): Promise<Demo> {
  const server: ViteDevServer = await createServer({
    configFile: `${root}vite.config.ts`,
    mode: 'development',
    // Its own dependency cache, so a running `npm start` and the tests never rebuild each other's.
    cacheDir: `${root}node_modules/.vite-e2e`,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the demo server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS, headless: true });
  const contexts = new Set<BrowserContext>();

  async function settings(patch: { size?: number; fault?: string }): Promise<unknown> {
    const response = await fetch(`${url}/__demo/settings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
    if (!response.ok) throw new Error(`settings answered ${response.status}`);
    return response.json();
  }

  return {
    url,
    browser,
    settings,
    async open(patch = { size: 50, fault: 'none' }) {
      await settings(patch);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      contexts.add(context);
      context.once('close', () => contexts.delete(context));
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}
