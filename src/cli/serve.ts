import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { UserError } from './errors.ts';

export const SERVE_HELP = 'actorgraph serve [GRAPH_DIR] [--port N] [--host H] [--viewer DIR]';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const VIEWER_DIST = path.join(ROOT, 'viewer/dist');

// Only graph exports are served from the graph folder (never a cache, a dotfile or anything else left there).
const GRAPH_FILE = /^\/graph\/(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\.(?:json|gexf|csv)$/;
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The viewer loads only its own scripts and data; layout workers start from blob: URLs.
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    + "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/**
 * The decoded path of a request URL, or null when it must be refused: not origin-form, malformed
 * percent-encoding, encoded slashes or backslashes, NUL, `.` or `..` segments, or anything still
 * percent-encoded after one decoding (double encoding).
 */
export function safePath(url: string | undefined): string | null {
  if (!url || url[0] !== '/' || url.startsWith('//')) return null;
  const raw = url.split(/[?#]/, 1)[0];
  if (raw.includes('\\') || /%(?:2f|5c|00)/i.test(raw)) return null;
  let p: string;
  try {
    p = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (p.includes('\\') || p.includes('\0') || p.includes('%') || p.includes('//')) return null;
  if (p.split('/').some((seg) => seg === '.' || seg === '..')) return null;
  return p;
}

/** Whether a Host header names the loopback interface (a page on another site cannot rebind its name to us). */
const loopbackHost = (host: string | undefined) => !!host && LOOPBACK_NAMES.has(host.replace(/:\d+$/, '').toLowerCase());

/**
 * An HTTP server for the built viewer at / and the graph files at /graph/. GET and HEAD only (405
 * otherwise); path traversal and encoded variants refused (400); on a loopback address only requests
 * addressed to a loopback name (403 otherwise).
 */
export function createServer(graphDir: string, viewerDir = VIEWER_DIST, opts: { checkHost?: boolean } = {}): http.Server {
  const viewer = sirv(viewerDir, { dev: false, etag: true, single: false, dotfiles: false });
  const graph = sirv(graphDir, { dev: true, etag: true, dotfiles: false });
  const checkHost = opts.checkHost ?? true;
  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
    const refuse = (status: number, text: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }).end(req.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'method not allowed', { Allow: 'GET, HEAD' });
    if (checkHost && !loopbackHost(req.headers.host)) return refuse(403, 'forbidden host');
    const p = safePath(req.url);
    if (p === null) return refuse(400, 'bad request');
    const notFound = () => refuse(404, 'not found');
    const query = req.url!.slice(req.url!.split(/[?#]/, 1)[0].length);
    if (p.startsWith('/graph/')) {
      if (!GRAPH_FILE.test(p)) return notFound();
      req.url = encodeURI(p.slice('/graph'.length)) + query;
      graph(req, res, notFound);
    } else {
      req.url = encodeURI(p) + query;
      viewer(req, res, notFound);
    }
  });
  // CONNECT never reaches the request handler; answer it rather than drop the connection
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'));
  return server;
}

/** `actorgraph serve`: serves the viewer and a graph folder on 127.0.0.1. */
export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    port: { type: 'string', default: process.env.PORT ?? '5173' }, host: { type: 'string', default: '127.0.0.1' }, viewer: { type: 'string' },
  } });
  const graphDir = path.resolve(positionals[0] ?? 'graph');
  if (!fs.existsSync(path.join(graphDir, 'graph.json'))) throw new UserError(`${graphDir}: no graph.json here; run "actorgraph build" first`);
  const viewerDir = path.resolve(values.viewer ?? VIEWER_DIST);
  if (!fs.existsSync(path.join(viewerDir, 'index.html'))) throw new UserError(`${viewerDir}: viewer not built; run "npm run build:viewer"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, got "${values.port}"`);
  const host = values.host!;
  // a server opened to the network on purpose is reached under other names
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!loopback) process.stderr.write(`actorgraph serve: warning: listening on ${host}, not only this machine; the graph is readable by anyone who can reach it\n`);
  const server = createServer(graphDir, viewerDir, { checkHost: loopback });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const bound = (server.address() as { port: number }).port;
  process.stdout.write(`actorgraph viewer on http://${host.includes(':') ? `[${host}]` : host}:${bound}/ (Ctrl-C to stop)\n`);
  await new Promise(() => {});
  return 0;
}
