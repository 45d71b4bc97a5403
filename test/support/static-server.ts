import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text types a static host (GitHub Pages, Netlify, nginx gzip on) compresses on the fly. Pagefind's pf_* and wasm are already gzipped. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes sent (after compression when gzip is on). */
  bytes: number;
}

export interface StaticServer {
  url: string;
  /** Bytes sent since the server started or since the last reset. */
  bytesSent(): number;
  /** Requests answered since the server started or since the last reset. */
  requests(): ServedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress text responses when the client accepts gzip, as a real static host does. Default false. */
  gzip?: boolean;
}

/** Serves a built site on 127.0.0.1 (a free port), as a static host would: dir/index.html, 404.html. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  let sent = 0;
  let log: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(root, '404.html');
    const type = extname(target);
    const gzip = options.gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const entry: ServedRequest = { path, status: found ? 200 : 404, bytes: 0 };
    log.push(entry);
    const source = createReadStream(target);
    const body = gzip ? source.pipe(createGzip()) : source;
    body.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      entry.bytes += chunk.length;
    });
    body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    requests: () => [...log],
    reset: () => {
      sent = 0;
      log = [];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
