import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { UserError } from './errors.ts';

export const SERVE_HELP = 'actorgraph serve [GRAPH_DIR] [--port N] [--host H]';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const VIEWER_DIST = path.join(ROOT, 'viewer/dist');

/** An HTTP server for the built viewer at / and the graph folder at /graph/; GET and HEAD only, no listing outside them. */
export function createServer(graphDir: string, viewerDir = VIEWER_DIST): http.Server {
  const viewer = sirv(viewerDir, { dev: false, etag: true, single: false });
  const graph = sirv(graphDir, { dev: true, etag: true });
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    const notFound = () => { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n'); };
    if (req.url?.startsWith('/graph/')) {
      req.url = req.url.slice('/graph'.length);
      graph(req, res, notFound);
    } else viewer(req, res, notFound);
  });
}

/** `actorgraph serve`: serves the viewer and a graph folder on 127.0.0.1. */
export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    port: { type: 'string', default: process.env.PORT ?? '5173' }, host: { type: 'string', default: '127.0.0.1' },
  } });
  const graphDir = path.resolve(positionals[0] ?? 'graph');
  if (!fs.existsSync(path.join(graphDir, 'graph.json'))) throw new UserError(`${graphDir}: no graph.json here; run "actorgraph build" first`);
  if (!fs.existsSync(path.join(VIEWER_DIST, 'index.html'))) throw new UserError(`${VIEWER_DIST}: viewer not built; run "npm run build:viewer"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, got "${values.port}"`);
  const server = createServer(graphDir);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, values.host, resolve));
  process.stdout.write(`actorgraph viewer on http://${values.host}:${port}/ (Ctrl-C to stop)\n`);
  await new Promise(() => {});
  return 0;
}
