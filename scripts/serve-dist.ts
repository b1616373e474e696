/**
 * A small static server for the production build, the way a real host serves it:
 * brotli or gzip when the browser accepts it (compressed once, then kept in memory),
 * index.html for directories, 404.html with status 404, and the site under BASE_PATH.
 * Used by the e2e tests and `npm run bench`, so transfer sizes and Lighthouse scores are
 * measured on compressed responses (Python's http.server or `astro preview` send raw bytes).
 *
 *   tsx scripts/serve-dist.ts [--dir dist] [--port 4399] [--host 127.0.0.1] [--base /]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing (text); images and wasm indexes are left as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  /** Path prefix the site lives under, e.g. "/" or "/cluster-atlas/". */
  base: string;
  /** Compress responses (default true). The link checker turns it off: it reads status codes, not sizes. */
  compress?: boolean;
}

/** Answers 200 whatever is (or is not yet) built; Playwright's webServer waits on it. */
export const HEALTH_PATH = '/__serve-dist/health';

type Encoding = 'br' | 'gzip' | 'identity';

/** Best encoding the request accepts, preferring brotli (what static hosts serve). */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

/** Brotli at the highest quality, as a host precompressing at deploy time would. */
export function brotli(bytes: Buffer): Buffer {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** A base path with one slash at each end: "" and "/" → "/", "atlas" → "/atlas/". */
export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

export function startServer(options: ServeOptions): Promise<Server> {
  const root = resolve(options.dir);
  const base = normalizeBase(options.base);
  const cache = new Map<string, Buffer>();

  async function fileFor(pathname: string): Promise<string | null> {
    const local = normalize(join(root, pathname));
    if (local !== root && !local.startsWith(root + sep)) return null;
    for (const candidate of [local, join(local, 'index.html')]) {
      try {
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // try the next candidate
      }
    }
    return null;
  }

  async function body(path: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${path}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const raw = await readFile(path);
    const out = encoding === 'br' ? brotli(raw) : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
    cache.set(key, out);
    return out;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('Bad request');
        return;
      }
      // Readiness probe for test runners: answers even before a build exists.
      if (pathname === HEALTH_PATH) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      if (!pathname.startsWith(base)) {
        res.writeHead(302, { location: base }).end();
        return;
      }
      let status = 200;
      let file = await fileFor(pathname.slice(base.length - 1));
      // A directory without its trailing slash: redirect like static hosts do.
      if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      if (!file) {
        status = 404;
        file = await fileFor('/404.html');
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding =
        options.compress !== false && COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : 'identity';
      const bytes = await body(file, encoding);
      const headers: Record<string, string | number> = {
        'content-type': type,
        'content-length': bytes.length,
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        // Hashed assets never change; pages are revalidated.
        'cache-control': pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : bytes);
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  // Node closes an idle kept-alive connection after 5 s; a test client that reuses it at that moment
  // (a loop of requests on a loaded machine) gets ECONNRESET — CI failed so on /clusters/si-cluster/.
  // Static hosts keep connections far longer; so does this server (headersTimeout must exceed it).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolvePromise) => {
    server.listen(options.port, options.host, () => resolvePromise(server));
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' },
      port: { type: 'string', default: process.env['E2E_PORT'] ?? '4399' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    },
  });
  const options = { dir: values.dir, port: Number(values.port), host: values.host, base: values.base };
  const server = await startServer(options);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  console.log(`Serving ${resolve(options.dir)} at http://${options.host}:${port}${options.base}`);
}
