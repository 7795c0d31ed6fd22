// `actorgraph serve` over real HTTP: only the viewer and the graph files, no traversal, GET/HEAD only, loopback only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/cli/serve.ts';
import { ROOT } from '../helpers.ts';

const SECRET = 'TOP-SECRET-MARKER';
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-serve-'));
const viewerDir = path.join(base, 'www', 'viewer');
const graphDir = path.join(base, 'www', 'graph');
fs.mkdirSync(path.join(viewerDir, 'assets'), { recursive: true });
fs.mkdirSync(path.join(graphDir, '.cache'), { recursive: true });
fs.writeFileSync(path.join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
fs.writeFileSync(path.join(viewerDir, 'assets', 'app.js'), 'console.log("viewer")');
fs.writeFileSync(path.join(viewerDir, '.env'), SECRET);
fs.writeFileSync(path.join(graphDir, 'graph.json'), '{"nodes":[],"edges":[]}');
fs.writeFileSync(path.join(graphDir, 'nodes.csv'), 'Id,Label\n');
fs.writeFileSync(path.join(graphDir, 'notes.txt'), SECRET);
fs.writeFileSync(path.join(graphDir, '.cache', 'cache.json'), SECRET);
fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
fs.writeFileSync(path.join(base, 'www', 'secret.json'), SECRET);

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One raw request: the path goes on the wire exactly as given (no client-side normalisation). */
function request(port: number, method: string, rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let data = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => { data += d; });
    sock.on('error', reject);
    sock.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const lines = head.split('\r\n');
      const hs: http.IncomingHttpHeaders = {};
      for (const l of lines.slice(1)) { const i = l.indexOf(':'); hs[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim(); }
      resolve({ status: Number(lines[0].split(' ')[1]), headers: hs, body: rest.join('\r\n\r\n') });
    });
    const hdrs = { Host: `127.0.0.1:${port}`, Connection: 'close', ...headers };
    sock.write(`${method} ${rawPath} HTTP/1.1\r\n${Object.entries(hdrs).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`);
  });
}

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = createServer(graphDir, viewerDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fs.rmSync(base, { recursive: true, force: true });
});

describe('actorgraph serve', () => {
  it('serves the viewer and the graph files, with GET and HEAD', async () => {
    const index = await request(port, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>viewer</title>');
    expect((await request(port, 'GET', '/assets/app.js')).body).toContain('viewer');
    const g = await request(port, 'GET', '/graph/graph.json?cache=1');
    expect(g.status).toBe(200);
    expect(JSON.parse(g.body)).toEqual({ nodes: [], edges: [] });
    expect((await request(port, 'GET', '/graph/nodes.csv')).status).toBe(200);
    const head = await request(port, 'HEAD', '/graph/graph.json');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each([
    '/../secret.txt', '/../../secret.txt', '/graph/../secret.json', '/graph/../../secret.txt', '/assets/../../secret.json',
    '/%2e%2e/secret.txt', '/%2E%2E/%2e%2e/secret.txt', '/.%2e/secret.txt', '/%2e./secret.json', '/graph/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt', '/..%2Fsecret.json', '/graph/..%2f..%2fsecret.txt', '/graph%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt', '/..\\secret.txt', '/graph/..\\..\\secret.txt', '/%5c..%5csecret.json',
    '/%252e%252e/secret.txt', '/%252e%252e%252fsecret.json', '/%c0%ae%c0%ae/secret.txt', '/%e0%80%ae%e0%80%ae/secret.txt',
    '/graph/graph.json%00.txt', '/graph/%00/../notes.txt', '//secret.txt', '/graph//../../secret.txt',
    `/${'../'.repeat(12)}etc/passwd`, 'http://127.0.0.1/../secret.txt', '*',
  ])('refuses the traversal %s', async (p) => {
    const r = await request(port, 'GET', p);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain('root:');
  });

  it('serves nothing else from the graph folder: no dotfiles, caches or other file types', async () => {
    for (const p of ['/graph/notes.txt', '/graph/.cache/cache.json', '/graph/%2ecache/cache.json', '/.env', '/graph/', '/graph']) {
      const r = await request(port, 'GET', p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain(SECRET);
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT'])('answers %s with 405 and Allow', async (m) => {
    const r = await request(port, m, m === 'CONNECT' ? '127.0.0.1:1' : '/graph/graph.json', { 'Content-Length': '0' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await request(port, 'GET', '/graph/graph.json', { Host: 'evil.example' })).status).toBe(403);
    expect((await request(port, 'GET', '/graph/graph.json', { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('binds to 127.0.0.1 by default, from the command line', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/actorgraph.mjs'), 'serve', graphDir, '--viewer', viewerDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(out); });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
      expect(m, line).not.toBeNull();
      const cliPort = Number(m![1]);
      expect((await request(cliPort, 'GET', '/graph/graph.json')).status).toBe(200);
      // not reachable on the machine's other addresses
      const external = Object.values(os.networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal);
      for (const a of external) {
        const reached = await new Promise<boolean>((resolve) => {
          const s = net.connect(cliPort, a!.address).once('connect', () => { s.destroy(); resolve(true); }).once('error', () => resolve(false));
        });
        expect(reached, a!.address).toBe(false);
      }
    } finally {
      child.kill();
    }
  });
});
