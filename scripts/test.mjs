#!/usr/bin/env node
// `npm test`: type check, library build (+ manifest freshness), Node tests,
// browser tests in Chromium, end-to-end tests of the demo. Prints one closing
// line "N passed, N failed" with the real counts of every phase.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);
const want = (phase) => only.length === 0 || only.includes(phase);

function run(cmd, args, opts = {}) {
  process.stdout.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...opts.env } });
  if (opts.capture) process.stdout.write(res.stdout ?? '');
  return res;
}

/** A phase with no test counts of its own passes or fails as one check. */
function check(name, cmd, args) {
  const res = run(cmd, args);
  if (res.status === 0) totals.passed += 1;
  else { totals.failed += 1; console.error(`✗ ${name} failed`); }
}

function findTests(dir, pattern) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(p, pattern));
    else if (pattern.test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** node --test with the spec reporter; counts come from its closing lines. */
function nodeTests(name, files, extraArgs = []) {
  if (files.length === 0) return;
  const res = run(process.execPath, ['--import', 'tsx', ...extraArgs, '--test', '--test-reporter=spec', ...files], { capture: true });
  const pass = Number(/^ℹ pass (\d+)/m.exec(res.stdout ?? '')?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(res.stdout ?? '')?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
  if (res.status !== 0 && fail === 0) { totals.failed += 1; console.error(`✗ ${name} exited with ${res.status}`); }
}

const npx = (bin) => join('node_modules', '.bin', bin);

if (want('typecheck')) check('typecheck', npx('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (want('build')) check('build', 'npm', ['run', '--silent', 'build']);
if (want('node')) nodeTests('node tests', findTests('test/node', /\.test\.(ts|mjs)$/));
if (want('browser')) {
  rmSync('.test-results/browser.json', { force: true });
  const res = run(npx('web-test-runner'), []);
  if (existsSync('.test-results/browser.json')) {
    const b = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
    totals.passed += b.passed; totals.failed += b.failed; totals.skipped += b.skipped;
    if (res.status !== 0 && b.failed === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
    console.error('✗ browser tests did not report');
  }
}
if (want('e2e')) nodeTests('end-to-end tests', findTests('test/e2e', /\.test\.(ts|mjs)$/), ['--test-concurrency=1']);

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
