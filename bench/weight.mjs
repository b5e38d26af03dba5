/**
 * Bench 5, weight: builds the elements as a host would (`vite build` of a
 * tiny entry importing `src/define.ts`, minified, Lit and every dependency
 * bundled), then measures each chunk gzip'd (level 9) and brotli'd (quality
 * 11). The initial load is the entry chunk and everything it imports
 * statically; chunks reached only through `import()` are listed apart.
 */
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

const gz = (code) => gzipSync(code, { level: 9 }).length;
const br = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Known lazy chunks by the module that makes them, for a readable name. */
function describe(chunk) {
  const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
  if (ids.some((id) => id.includes('/xlsx/'))) return 'SheetJS (@e965/xlsx)';
  if (ids.some((id) => id.includes('libphonenumber-js'))) return 'phone metadata (libphonenumber-js)';
  const locale = ids.map((id) => /translations\/(de|fr)[^/]*\.ts$/.exec(id)?.[1]).find(Boolean);
  if (locale) return `locale ${locale}`;
  return chunk.name;
}

/** `src/core/providers/x.ts` → `core/providers`, `src/core/x.ts` → `core`, `src/components/x/…` → `components/x`. */
function srcGroup(path) {
  const rel = /\/src\/(.+)$/.exec(path)?.[1];
  if (!rel) return 'other';
  const parts = rel.split('/');
  if (parts[0] === 'core' && parts[1] === 'providers') return 'core/providers';
  if (parts[0] === 'components' && parts.length > 2) return `components/${parts[1]}`;
  return parts[0].replace(/\.ts$/, '');
}

/** Where the initial load's minified bytes come from, by package or source folder. */
function composition(chunks) {
  const groups = new Map();
  for (const chunk of chunks) {
    for (const [id, mod] of Object.entries(chunk.modules)) {
      const path = id.replace(/\\/g, '/');
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const group = pkg ?? srcGroup(path);
      groups.set(group, (groups.get(group) ?? 0) + mod.renderedLength);
    }
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, minifiedBytes: bytes, share: Number((bytes / total).toFixed(3)) }));
}

export async function measureWeight() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: here,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      lib: { entry: `${here}weight/entry.ts`, formats: ['es'], fileName: 'hris-kit' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byFile = new Map(outputs.map((c) => [c.fileName, c]));
  const entry = outputs.find((c) => c.isEntry);
  if (!entry) throw new Error('weight: no entry chunk');
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  visit(entry.fileName);
  const rows = outputs.map((c) => ({
    file: c.fileName,
    what: c.isEntry ? 'entry: elements + core + Lit' : describe(c),
    initial: initial.has(c.fileName),
    rawBytes: Buffer.byteLength(c.code),
    gzipBytes: gz(c.code),
    brotliBytes: br(c.code),
  }));
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const first = rows.filter((r) => r.initial);
  return {
    composition: composition(outputs.filter((c) => initial.has(c.fileName))),
    initial: { rawBytes: sum(first, 'rawBytes'), gzipBytes: sum(first, 'gzipBytes'), brotliBytes: sum(first, 'brotliBytes') },
    chunks: rows.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureWeight(), null, 2));
}
