/**
 * Runs the Node bench workers (`bench/node/*.ts`) the way a host's Node job
 * would run the core: bundled once with esbuild into a temporary directory
 * (like `dist/`, dependencies included), then each measurement in its own
 * `node --expose-gc` process, so one size's garbage and memory figures do not
 * leak into the next.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function bundleWorkers(names) {
  const outdir = mkdtempSync(join(tmpdir(), 'hris-kit-bench-'));
  await build({
    entryPoints: names.map((n) => join(root, 'bench/node', `${n}.ts`)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    // Packages with CommonJS parts (none expected, but keep `require` working if one appears).
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  return {
    outdir,
    run: (name, args) => runWorker(join(outdir, `${name}.mjs`), args),
    start: (name, args) => startPacedWorker(join(outdir, `${name}.mjs`), args),
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Runs one worker and parses the JSON line it prints. */
function runWorker(file, args) {
  return spawnWorker(file, args, null).result;
}

/**
 * Starts a worker whose rounds are paced from here (`paired` workers): `ready`
 * settles once it has set up, `step()` runs one round and settles when the
 * worker reports it done, and `finish()` (after the last round) ends its
 * input and gives its last JSON line.
 */
function startPacedWorker(file, args) {
  const waiting = [];
  const worker = spawnWorker(file, args, (line) => {
    if (line.startsWith('{"ready"') || line.startsWith('{"round"')) waiting.shift()?.();
  });
  const next = () => new Promise((resolve, reject) => {
    waiting.push(resolve);
    worker.result.catch(reject);
  });
  const ready = next();
  return {
    ready,
    step: () => {
      const done = next();
      worker.child.stdin.write('round\n');
      return done;
    },
    finish: () => {
      worker.child.stdin.end();
      return worker.result;
    },
  };
}

/** Spawns a worker; with `onLine`, its input is a pipe and each line it prints goes to `onLine` as it comes. */
function spawnWorker(file, args, onLine) {
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', file, ...args.map(String)], { stdio: [onLine ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const result = new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let seen = 0;
    child.stdout.on('data', (d) => {
      out += d;
      // Complete lines not seen yet go to the pacer, if any.
      const end = out.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of out.slice(seen, end).split('\n')) if (line !== '') onLine?.(line);
      seen = end + 1;
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${file} ${args.join(' ')} exited with ${code}\n${err}`));
        return;
      }
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch (error) {
        reject(new Error(`${file} ${args.join(' ')} printed no JSON: ${out}\n${err}`, { cause: error }));
      }
    });
  });
  return { child, result };
}
