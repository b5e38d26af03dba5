/**
 * Vite plugin for `npm start`: mounts the demo backend (the reference proxy
 * over the mock vendors, and `/__demo/settings`) as dev-server middleware, so
 * the whole flow runs with no account anywhere. The backend's TypeScript is
 * loaded through `server.ssrLoadModule`, the same module graph Vite serves,
 * and created once per server.
 */
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import type { DemoBackend, DemoBackendOptions } from './backend.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

type NodeListener = (req: Parameters<Connect.NextHandleFunction>[0], res: Parameters<Connect.NextHandleFunction>[1], next?: Connect.NextFunction) => void;

async function loadBackend(server: ViteDevServer, options: DemoBackendOptions): Promise<{ backend: DemoBackend; listener: NodeListener }> {
  const backendModule = (await server.ssrLoadModule(here('./backend.ts'))) as typeof import('./backend.js');
  const nodeModule = (await server.ssrLoadModule(here('../../src/proxy/node.ts'))) as typeof import('../../src/proxy/node.js');
  const backend = backendModule.createDemoBackend(options);
  return { backend, listener: nodeModule.toNodeListener((request) => backend.handle(request)) };
}

export function hrisDemoPlugin(options: DemoBackendOptions = {}): Plugin {
  const proxyPath = options.proxyPath ?? '/api/hris';
  const settingsPath = options.settingsPath ?? '/__demo/settings';
  return {
    name: 'hris-kit-demo-backend',
    apply: 'serve',
    configureServer(server) {
      let loading: ReturnType<typeof loadBackend> | undefined;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path !== settingsPath && path !== proxyPath && !path.startsWith(`${proxyPath}/`)) {
          next();
          return;
        }
        loading ??= loadBackend(server, { ...options, proxyPath, settingsPath });
        loading.then(({ listener }) => listener(req, res), (error: unknown) => {
          loading = undefined;
          next(error);
        });
      });
    },
  };
}
