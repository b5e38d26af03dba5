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
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Runs one worker and parses the JSON line it prints. */
function runWorker(file, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', file, ...args.map(String)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
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
}
