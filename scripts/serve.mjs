#!/usr/bin/env node
/**
 * A plain static file server for tests and benchmarks: gzip when asked, no CORS headers and
 * no caching (like a bare static host). Usage: node scripts/serve.mjs ROOT PORT [HOST]
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Gzip at level 9 costs tens of ms a file: each file is compressed once while its bytes stay the same. */
const gzipped = new Map();
function gzipOnce(path, body) {
  const key = createHash('sha1').update(body).digest('hex');
  const hit = gzipped.get(path);
  if (hit?.key === key) return hit.out;
  const out = gzipSync(body, { level: 9 });
  gzipped.set(path, { key, out });
  return out;
}

export function startServer(rootDir, port, host = '127.0.0.1') {
  const root = resolve(rootDir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|svg|javascript/.test(type);
      const out = gzip ? gzipOnce(path, body) : body;
      res.writeHead(200, { 'content-type': type, 'content-length': out.length, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4173', host = '127.0.0.1'] = process.argv.slice(2);
  await startServer(root, Number(port), host);
  console.log(`serving ${root} at http://${host}:${port}/`);
}
