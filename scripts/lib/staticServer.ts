import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { securityHeaders } from '../security-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.sig': 'text/plain; charset=utf-8',
  '.key': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Lets a test replace what one path answers: stall, drop, truncate, fail, or serve other bytes. */
export type Interceptor = (request: IncomingMessage, response: ServerResponse, path: string) => boolean | Promise<boolean>;

export type StaticServer = {
  origin: string;
  setRoot(directory: string): void;
  intercept(interceptor: Interceptor | undefined): void;
  /** Every path asked for, in order. */
  requests: string[];
  /** The same requests with their headers, for tests that must tell who asked (page or browser). */
  requestLog: RecordedRequest[];
  close(): Promise<void>;
};

export type RecordedRequest = { path: string; headers: IncomingMessage['headers'] };

/**
 * A small static host like the ones organisations will use (any CDN): files as they are, an SPA
 * fallback to index.html for app routes, and the app's security headers. Tests and the
 * Lighthouse run use it because they need to swap builds and inject network faults.
 */
export async function startStaticServer(initialRoot: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  let root = resolve(initialRoot);
  let interceptor: Interceptor | undefined;
  const requests: string[] = [];
  const requestLog: RecordedRequest[] = [];

  async function serveFile(response: ServerResponse, filePath: string, method: string): Promise<boolean> {
    try {
      const info = await stat(filePath);
      if (!info.isFile()) return false;
    } catch {
      return false;
    }
    const body = await readFile(filePath);
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypes[extname(filePath)] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      // Revalidate everything: the service worker, not the HTTP cache, is what makes the app work offline.
      'Cache-Control': 'no-cache',
    });
    response.end(method === 'HEAD' ? undefined : body);
    return true;
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      requests.push(path);
      requestLog.push({ path, headers: request.headers });
      if (interceptor && (await interceptor(request, response, path))) return;
      const filePath = normalize(join(root, path));
      if (filePath !== root && !filePath.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      if (await serveFile(response, filePath, request.method ?? 'GET')) return;
      // App routes have no extension; files that are missing get a real 404.
      if (extname(path) === '' && (await serveFile(response, join(root, 'index.html'), request.method ?? 'GET'))) return;
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolveListen) => server.listen(port, host, resolveListen));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${boundPort}`,
    setRoot(directory) {
      root = resolve(directory);
    },
    intercept(next) {
      interceptor = next;
    },
    requests,
    requestLog,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
