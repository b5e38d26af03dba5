/**
 * One config, three modes:
 * - `vite` (npm start): the demo host app in `demo/`, with the reference proxy
 *   and the mock vendors mounted as dev-server middleware.
 * - `vite build --mode lib` (npm run build): the library entry points in `dist/`.
 * - `vite build --mode cdn` (npm run build): `dist/cdn/hris-kit.js`, one minified
 *   module with every dependency bundled (Lit included) that registers the
 *   elements, for pages without a bundler; SheetJS, phone metadata and the
 *   German and French strings stay lazily loaded chunks beside it.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };
import { hrisDemoPlugin } from './demo/server/hris-plugin.js';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

/** Library entry points; each maps to one `exports` subpath in package.json. */
const entries = {
  index: src('index.ts'),
  define: src('define.ts'),
  core: src('core/index.ts'),
  testing: src('testing/index.ts'),
  proxy: src('proxy/index.ts'),
  'proxy-node': src('proxy/node-index.ts'),
  react: src('react/index.ts'),
};

const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys((pkg as { peerDependencies?: Record<string, string> }).peerDependencies ?? {}),
];

/** The demo's dev server: the reference proxy and the mock vendors at `/api/hris`, demo switches at `/__demo/settings`. */
const demoPlugins: Plugin[] = [hrisDemoPlugin()];

const cdnBuild = {
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    minify: true,
    lib: { entry: { 'hris-kit': src('define.ts') }, formats: ['es' as const] },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? cdnBuild : mode === 'lib'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            external: (id: string) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:'),
          },
        },
      }
    : {
        root: fileURLToPath(new URL('./demo', import.meta.url)),
        server: { port: Number(process.env.PORT ?? 5173), host: '127.0.0.1', fs: { allow: ['..'] } },
        plugins: demoPlugins,
        // Pre-bundled up front, so the first page load does not reload when Vite discovers them.
        optimizeDeps: { include: ['react', 'react-dom/client', '@lit/react', 'lit', 'lit/decorators.js', 'lit/directives/ref.js', '@lit/task', '@lit-labs/virtualizer/virtualize.js', 'idb', 'zod', 'libphonenumber-js/min', '@e965/xlsx'] },
      },
);
