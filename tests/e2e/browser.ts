// Reusable real-browser harness: Debian's Chromium driven by playwright-core, the viewer served by
// `actorgraph serve`'s createServer on 127.0.0.1. Used by the e2e tests and the render benchmark.
// Everything started here is closed by the matching close(); never leave a browser or server behind.
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createServer } from '../../src/cli/serve.ts';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const VIEWER_DIR = path.join(ROOT, 'viewer');
export const VIEWER_DIST = path.join(VIEWER_DIR, 'dist');
export const BUNDLED_GRAPH_DIR = path.join(ROOT, 'graph');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds viewer/dist with vite's build() unless it is newer than every viewer source file. */
export async function ensureViewerBuilt(): Promise<void> {
  const built = path.join(VIEWER_DIST, 'index.html');
  // the bundle also takes the colour tables of src/graph/schema.ts and the installed packages
  const files = ['viewer/index.html', 'viewer/vite.config.ts', 'src/graph/schema.ts', 'package-lock.json'].map((f) => path.join(ROOT, f));
  const sources = Math.max(newestMtime(path.join(VIEWER_DIR, 'src')), ...files.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return;
  // build beside dist and swap it in, so a server reading dist (another test, the bench) never sees it half-written
  const tmp = path.join(VIEWER_DIR, `dist.tmp-${process.pid}`);
  await build({ configFile: path.join(VIEWER_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
  fs.rmSync(VIEWER_DIST, { recursive: true, force: true });
  fs.renameSync(tmp, VIEWER_DIST);
}

export interface ServedViewer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

/** Serves the built viewer and a graph folder on 127.0.0.1 at a free port. */
export async function startViewerServer(graphDir = BUNDLED_GRAPH_DIR, viewerDir = VIEWER_DIST): Promise<ServedViewer> {
  const server = createServer(graphDir, viewerDir);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** Closes Chromium and removes its profile folder. */
  close(): Promise<void>;
}

/** Launches Debian's Chromium (never a downloaded one) headless, with a fresh profile. */
export async function launchBrowser(opts: { viewport?: { width: number; height: number } } = {}): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-chromium-'));
  // playwright passes --user-data-dir itself for a persistent context, from userDataDir
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    userDataDir,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Console errors and page errors of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  return errors;
}

/** Opens the viewer at `query` and waits until the graph is drawn (or an error is shown); returns ms from navigation to ready. */
export async function openViewer(page: Page, baseUrl: string, query = '', timeout = 15_000): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${baseUrl}${query}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error', undefined, { timeout });
  return Date.now() - t0;
}

export interface ViewerSession {
  page: Page;
  url: string;
  browser: LaunchedBrowser;
  served: ServedViewer;
  close(): Promise<void>;
}

/** Builds the viewer if needed, serves `graphDir`, launches Chromium and opens a page; close() stops both. */
export async function startViewerSession(graphDir = BUNDLED_GRAPH_DIR): Promise<ViewerSession> {
  await ensureViewerBuilt();
  const served = await startViewerServer(graphDir);
  let browser: LaunchedBrowser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await served.close();
    throw err;
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return {
    page, url: served.url, browser, served,
    close: async () => { await browser.close(); await served.close(); },
  };
}

/** Saves a screenshot under tests/artifacts/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  return file;
}

/** Writes a graph (our JSON shape, e.g. a synthetic one) to a fresh temporary graph folder for startViewerSession. */
export function writeGraphDir(graph: unknown, positions?: unknown): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-graph-'));
  fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graph));
  if (positions !== undefined) fs.writeFileSync(path.join(dir, 'positions.json'), JSON.stringify(positions));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface ReadyTimings {
  /** ms from navigation start to the frame after sigma's first draw (the viewer's own figure). */
  readyMs: number;
  /** ms from navigation start to the following frame, once the first drawing reached the screen. */
  paintedMs: number;
  /** ms from navigation start to each load stage: fetched, parsed, shaped, indexed, sigma, panels. */
  stages: Record<string, number>;
}

/** The viewer's load figures from the page (after openViewer). */
export async function readyTimings(page: Page, timeout = 60_000): Promise<ReadyTimings> {
  await page.waitForFunction(() => (window as any).__actorgraph?.paintedMs != null, undefined, { timeout, polling: 50 });
  return page.evaluate(() => ({
    readyMs: (window as any).__actorgraph?.readyMs ?? NaN,
    paintedMs: (window as any).__actorgraph?.paintedMs ?? NaN,
    stages: Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('actorgraph:'))
      .map((m) => [m.name.slice('actorgraph:'.length), Math.round(m.startTime)])),
  }));
}
