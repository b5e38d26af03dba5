/**
 * The CDN build (`dist/cdn/hris-kit.js`, made by `npm run build`) on a plain
 * page with no bundler: one module script registers the three elements, they
 * render, and the German strings load lazily from the chunk beside it.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS } from './harness.js';

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title>
<script type="module" src="/hris-kit.js"></script></head>
<body><main><hris-connect proxy="/api/hris"></hris-connect><hris-configure></hris-configure><hris-sync-preview></hris-sync-preview></main></body></html>`;

let server: Server;
let browser: Browser;
let url = '';

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = normalize(join(cdn, path));
    if (!file.startsWith(cdn)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

test('one script tag from the CDN build registers the elements and they render, translations lazily', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => ['hris-connect', 'hris-configure', 'hris-sync-preview'].every((tag) => customElements.get(tag)));
  const providers = page.locator('hris-connect').getByRole('button');
  await providers.first().waitFor();
  assert.deepEqual(await providers.allInnerTexts().then((t) => t.map((s) => s.trim().split(/\s+/).pop())), ['Personio', 'BambooHR', 'HiBob', 'Humaans', 'Lucca']);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'de'));
  await page.locator('hris-connect').getByRole('heading', { name: 'Wählen Sie Ihr HR-System' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
