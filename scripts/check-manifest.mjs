#!/usr/bin/env node
// Regenerates the Custom Elements Manifest in memory and compares it with the
// committed `custom-elements.json`. Fails (exit 1) when they differ, so a
// change to an element's JSDoc API cannot ship with a stale manifest.
// `--write` rewrites the file instead (`npm run manifest`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}custom-elements.json`;
const write = process.argv.includes('--write');

const manifest = await cli({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: root,
  noWrite: true,
});
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

if (write) {
  writeFileSync(target, fresh);
  console.log('custom-elements.json written.');
  process.exit(0);
}

const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (committed !== fresh) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
