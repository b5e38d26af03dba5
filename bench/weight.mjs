/**
 * Bench 5, weight: builds the elements as a host would (`vite build` of a
 * tiny entry importing `src/define.ts`, minified, Lit and every dependency
 * bundled), then measures each chunk gzip'd (level 9) and brotli'd (quality
 * 11). The initial load is the entry chunk and everything it imports
 * statically; chunks reached only through `import()` are listed apart, each
 * with what makes the page load it. Then Chromium loads the built files on a
 * page with the three elements in a new user's state, and the JavaScript it
 * fetched before the first screens were up is measured too: the check that no
 * lazy chunk is imported without a real need.
 */
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { firstScreenFetches } from './weight/first-screen.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

const gz = (code) => gzipSync(code, { level: 9 }).length;
const br = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** What makes the page import each `import()` target (by the module it starts from): a short name, and the trigger. */
const TRIGGERS = [
  [/components\/connect\/connect-parts\.ts$/, 'connect steps', 'connect past the picker (summary, credentials, map fields, connection; catalogs, credential schemas): a provider picked (prefetched when the pointer or focus reaches the list), the `provider` attribute, or a connection shown'],
  [/components\/configure\/configure-parts\.ts$/, 'configure connected', 'configure once it has a connection (sections, Sync-if rule editor, config schema, presets)'],
  [/components\/sync-preview\/preview-parts\.ts$/, 'preview connected', 'sync preview once it has a connection (status, virtualized grid, sync and history panels)'],
  [/core\/proxy-http\.ts$/, 'proxy client', 'the first call to a proxy given as a URL (connect, disconnect, retrieval)'],
  [/store\/snapshots\.ts$/, 'snapshot store', 'the snapshot store, opened by the first element with a connection'],
  [/core\/providers\/index\.ts$/, 'normalization', "the vendors' normalization: the first retrieval"],
  [/core\/retrieval\.ts$/, 'retrieval', 'the first retrieval'],
  [/core\/plan\.ts$/, 'planner', 'the first plan (a snapshot and a host adapter)'],
  [/core\/phone\.ts$|libphonenumber/, 'phone', 'a plan with a phone field mapped'],
  [/xlsx|spreadsheet|plan-export/, 'spreadsheet', 'an export or a spreadsheet read'],
  [/translations\/(de|fr)\.ts$/, 'locale', 'the element resolves to that language'],
  [/virtualizer\/layouts\/flow/, 'grid layout', 'the preview grid first rendered (the virtualizer loads its layout)'],
];

/** The three elements' connected screens: what a returning admin's page loads right after the initial load. */
const CONNECTED = /components\/(connect\/connect|configure\/configure|sync-preview\/preview)-parts\.ts$/;

const triggerOf = (moduleId) => TRIGGERS.find(([re]) => re.test((moduleId ?? '').replace(/\\/g, '/')));

/** Known lazy chunks by the module that makes them, for a readable name. */
function describe(chunk) {
  const ids = chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
  if (ids.some((id) => id.includes('/xlsx/'))) return 'SheetJS (@e965/xlsx)';
  if (ids.some((id) => id.includes('libphonenumber-js'))) return 'phone metadata (libphonenumber-js)';
  if (ids.some((id) => id.includes('/zod/'))) return `${chunk.name} + zod/mini`;
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

export async function measureWeight({ browserCheck = true } = {}) {
  // A Vite dev server started earlier in this process (the browser parts) sets NODE_ENV to development, and a build
  // then resolves Lit's development export (unminified, with dev warnings): measure what a host ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result;
  try {
    result = await build({
      mode: 'production',
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
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byFile = new Map(outputs.map((c) => [c.fileName, c]));
  const entry = outputs.find((c) => c.isEntry);
  if (!entry) throw new Error('weight: no entry chunk');
  /** Adds `file` and every chunk it imports statically (what loads with it) to `into`. */
  const addWithStaticImports = (into, file) => {
    if (into.has(file)) return;
    into.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) addWithStaticImports(into, dep);
  };
  const initial = new Set();
  addWithStaticImports(initial, entry.fileName);
  // An `import()` target loads on its trigger; a chunk it shares with others loads with the first of them to be needed.
  const reach = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const c = byFile.get(file);
    for (const dep of [...(c?.imports ?? []), ...(c?.dynamicImports ?? [])]) reach(dep, seen);
    return seen;
  };
  const firstLazy = [...new Set([...initial].flatMap((f) => byFile.get(f)?.dynamicImports ?? []))].filter((f) => !initial.has(f));
  const loadedWhen = (c) => {
    if (initial.has(c.fileName)) return 'initial load';
    const own = c.isDynamicEntry ? triggerOf(c.facadeModuleId) : undefined;
    if (own) return own[2];
    const via = firstLazy.filter((f) => reach(f).has(c.fileName)).map((f) => triggerOf(byFile.get(f)?.facadeModuleId)?.[1] ?? f);
    return `with the first of: ${via.join(', ')}`;
  };
  const rows = outputs.map((c) => ({
    file: c.fileName,
    what: c.isEntry ? 'entry: elements + core + Lit' : describe(c),
    initial: initial.has(c.fileName),
    loadedWhen: loadedWhen(c),
    rawBytes: Buffer.byteLength(c.code),
    gzipBytes: gz(c.code),
    brotliBytes: br(c.code),
  }));
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const first = rows.filter((r) => r.initial);
  // A returning admin: all three elements have a connection, so their connected screens load at once.
  const connected = new Set(initial);
  for (const c of outputs) if (c.isDynamicEntry && CONNECTED.test((c.facadeModuleId ?? '').replace(/\\/g, '/'))) addWithStaticImports(connected, c.fileName);
  const returning = rows.filter((r) => connected.has(r.file));
  const fetchedFiles = browserCheck ? await firstScreenFetches(outputs.map((c) => [c.fileName, c.code])) : null;
  const fetched = fetchedFiles && rows.filter((r) => fetchedFiles.includes(r.file));
  return {
    composition: composition(outputs.filter((c) => initial.has(c.fileName))),
    initial: { rawBytes: sum(first, 'rawBytes'), gzipBytes: sum(first, 'gzipBytes'), brotliBytes: sum(first, 'brotliBytes') },
    connected: { files: returning.length, rawBytes: sum(returning, 'rawBytes'), gzipBytes: sum(returning, 'gzipBytes'), brotliBytes: sum(returning, 'brotliBytes') },
    firstScreen: fetched && {
      files: fetched.length,
      rawBytes: sum(fetched, 'rawBytes'),
      gzipBytes: sum(fetched, 'gzipBytes'),
      brotliBytes: sum(fetched, 'brotliBytes'),
      lazyFetched: fetched.filter((r) => !r.initial).map((r) => r.file),
      initialNotFetched: first.filter((r) => !fetchedFiles.includes(r.file)).map((r) => r.file),
    },
    chunks: rows.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureWeight({ browserCheck: !process.argv.includes('--no-browser') }), null, 2));
}
