// A static server for dist/ used by the browser tests and the bench: serves
// files as a static host would, answers unknown paths with 404.html and a 404
// status, and honours BASE_PATH. DIST_DIR serves another directory (the bench
// serves a copy with brotli files beside the originals). Kept separate from `astro preview`, which
// allows one instance per machine (it would clash with a running `npm start`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { basePath } from '../src/build/deploy-config.ts';
import { contentTypes } from '../src/build/download-headers.ts';

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const base = basePath(process.env);
// The media types the build wrote into _headers for exact paths (the citation downloads), as a host sends them.
const types = contentTypes(await readFile(join(dist, '_headers'), 'utf8').catch(() => ''));
const files = sirv(dist, {
  dev: false,
  etag: true,
  brotli: true,
  gzip: true,
  setHeaders: (response, pathname) => {
    const type = types.get(`${base}${pathname.slice(1)}`);
    if (type) response.setHeader('Content-Type', type);
  },
});
const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Not found'));

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    return;
  }
  request.url = `/${url.pathname.slice(base.length)}${url.search}`;
  files(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
  });
}).listen(port, '127.0.0.1', () => console.log(`dist/ at http://127.0.0.1:${port}${base}`));
