/// <reference types="node" />
/**
 * Node adapter: mounts a Fetch-standard handler (the proxy) on `node:http`.
 * `toNodeListener(handler)` fits `http.createServer` or an Express/Connect
 * middleware stack; `listen(handler)` starts a server on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface NodeListenerOptions {
  /**
   * Public origin of the server (`https://hr.example.com`), used to build the
   * request URL. Default: `http://` + the `Host` header.
   */
  readonly origin?: string;
  /**
   * As Connect/Express/Vite middleware: requests whose path is outside this
   * prefix go to `next()` instead of the handler (the handler's `basePath`).
   */
  readonly mountPath?: string;
}

/** Converts an incoming Node request into a Fetch `Request`; aborted when the client goes away. */
export function toRequest(req: IncomingMessage, signal: AbortSignal, origin?: string): Request {
  const base = origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const url = new URL(req.url ?? '/', base);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a Fetch `Response` to a Node response, streaming the body. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve));
  }
  res.end();
}

export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}) {
  const mount = options.mountPath?.replace(/\/+$/, '');
  return (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (mount !== undefined && next && path !== mount && !path.startsWith(`${mount}/`)) {
      next();
      return;
    }
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    void (async () => {
      let request: Request;
      try {
        request = toRequest(req, controller.signal, options.origin);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'invalid_request', params: { field: 'url' } } }));
        return;
      }
      try {
        await writeResponse(await handler(request), res);
      } catch {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ error: { code: 'proxy_error', params: { reason: 'internal' } } }));
        } else {
          res.destroy();
        }
      }
    })();
  };
}

export interface RunningServer {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts `handler` on `host:port` (port 0 = any free port). */
export function listen(handler: FetchHandler, { port = 0, host = '127.0.0.1', origin }: { port?: number; host?: string; origin?: string } = {}): Promise<RunningServer> {
  const server = createServer(toNodeListener(handler, origin === undefined ? {} : { origin }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${host}:${address.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          server.closeAllConnections();
        }),
      });
    });
  });
}
