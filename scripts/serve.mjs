#!/usr/bin/env node
// A plain static file server for the production build, the way an intranet serves it: from a
// sub-path, with no rewrite rules, and with the strict Content Security Policy of docs/deploy.md.
//   node scripts/serve.mjs [--dir dist] [--port 4173] [--host 127.0.0.1] [--base /] [--frame-ancestors "'self'"]
//                          [--connect-src "https://stats.example"] [--no-csp]
// Not `vite preview` (Vite 8.3): it sends Cache-Control: no-cache on every file, hashed assets
// too; preview.headers is one set for every response, so no CSP on the page alone; its CLI refuses
// options of its own (--connect-src); it always gzips text of 1 KiB or more for a client that
// accepts it, dropping the Content-Length the app reads to start its parse worker early (and
// skewing the benchmark); it answers /apps/industry with 404, not a redirect; and its SPA fallback
// answers a missing config.json with index.html (200, text/html), so the app shows "The
// configuration file is invalid" where a static server's 404 means the defaults.
// A configurePreviewServer plugin can patch each of these, which makes it this server again,
// inside Vite. The deployment itself is tested with nginx: e2e/real/nginx.spec.ts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dir = resolve(opt('dir', 'dist'));
const port = Number(opt('port', process.env.PORT ?? 4173));
const host = opt('host', '127.0.0.1');
const base = `/${opt('base', '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const frameAncestors = opt('frame-ancestors', "'self'");
// Origins of allowedDataOrigins in config.json must also be allowed to connect.
const connectSrc = ["'self'", ...opt('connect-src', '').split(/[\s,]+/).filter(Boolean)].join(' ');
const csp = args.includes('--no-csp')
  ? null
  : [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      `connect-src ${connectSrc}`,
      "object-src 'none'",
      "base-uri 'none'",
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir)) {
    res.writeHead(403);
    return res.end();
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // As any static server does; the app reads it to start its parse worker before a large body arrives.
      'Content-Length': String(body.length),
    };
    if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${dir} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
