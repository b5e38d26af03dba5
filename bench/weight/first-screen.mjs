/**
 * The in-browser side of bench 5: the built files served as a host serves
 * them, a page with the three elements in a new user's state (a proxy, no
 * connection), Chromium loading it, and the JavaScript files it fetched by the
 * time all three first screens are rendered (the picker's buttons, the two
 * "connect first" notices) and the page has been left alone for a while
 * longer. A lazy chunk on that list is one imported without a real need.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hris-kit, new user</title></head>
<body>
  <hris-connect proxy="/hris-proxy"></hris-connect>
  <hris-configure></hris-configure>
  <hris-sync-preview></hris-sync-preview>
  <script type="module" src="./hris-kit.js"></script>
</body></html>`;

/** After the first screens are up, how long the page is watched for late imports. */
const SETTLE_MS = 1500;

/** `files`: fileName → code of every built chunk. Returns the JS files fetched, in order. */
export async function firstScreenFetches(files) {
  const root = mkdtempSync(join(tmpdir(), 'hris-weight-'));
  for (const [name, code] of files) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), code);
  }
  writeFileSync(join(root, 'index.html'), PAGE);
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
      res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    const fetched = [];
    const errors = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) fetched.push(url.pathname.slice(1));
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => {
      const root = (tag) => document.querySelector(tag)?.shadowRoot;
      return (root('hris-connect')?.querySelectorAll('[data-provider]').length ?? 0) > 0
        && root('hris-configure')?.querySelector('[data-state="no-connection"]')
        && root('hris-sync-preview')?.querySelector('[data-state="no-connection"]');
    }, null, { timeout: 60_000 }).catch((e) => {
      throw new Error(`weight: the first screens never rendered: ${errors.join('\n') || e.message}`);
    });
    await tab.waitForTimeout(SETTLE_MS);
    if (errors.length > 0) throw new Error(`weight: page errors: ${errors.join('\n')}`);
    return [...new Set(fetched)];
  } finally {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
