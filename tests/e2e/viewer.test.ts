// The viewer in Debian's Chromium against the bundled graph: drawing, search, panel with evidence,
// filters in the URL, other files (GEXF, malformed, hostile markup).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_GRAPH_DIR, collectErrors, openViewer, readyTimings, screenshot, startViewerServer, startViewerSession, type ViewerSession } from './browser.ts';

const GRAPH_DIR = process.env.ACTORGRAPH_E2E_GRAPH ?? BUNDLED_GRAPH_DIR;
const bundled = JSON.parse(fs.readFileSync(path.join(GRAPH_DIR, 'graph.json'), 'utf8'));
let session: ViewerSession;
let page: Page;
let errors: string[];
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-e2e-'));
  session = await startViewerSession(GRAPH_DIR);
  page = session.page;
  errors = collectErrors(page);
});

afterAll(async () => {
  await session?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Nodes and edges sigma draws (not hidden by the reducers). */
const drawn = () => page.evaluate(() => {
  const { graph, renderer } = (window as any).__actorgraph;
  const nodes = graph.nodes().filter((n: string) => !renderer.getNodeDisplayData(n)?.hidden);
  const edges = graph.edges().filter((e: string) => !renderer.getEdgeDisplayData(e)?.hidden);
  return { nodes: nodes.length, edges: edges.length };
});

/** Pixels the WebGL node layer painted, read back right after a synchronous render. */
const paintedNodePixels = () => page.evaluate(() => {
  const { renderer } = (window as any).__actorgraph;
  renderer.refresh();
  const canvas = renderer.getCanvases().nodes as HTMLCanvasElement;
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  const px = new Uint8Array(canvas.width * canvas.height * 4);
  gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
  return n;
});

async function pickFile(name: string, content: string): Promise<void> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  await page.setInputFiles('#file', file);
}

async function searchAndChoose(query: string): Promise<void> {
  await page.fill('#search', query);
  await page.waitForSelector('#suggestions li');
  await page.keyboard.press('Enter');
}

describe('the viewer in Chromium', () => {
  it('draws the bundled graph and is interactive soon after page load', async () => {
    const wallMs = await openViewer(page, session.url);
    const { readyMs, paintedMs, stages } = await readyTimings(page);
    // the figure issue 7 asks for (target: under 2 s); reported here, timing targets belong in npm run bench
    console.log(`viewer interactive ${Math.round(readyMs)} ms after navigation, on screen at ${Math.round(paintedMs)} ms (${wallMs} ms wall clock, ${bundled.nodes.length} nodes; stages ${JSON.stringify(stages)})`);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await drawn()).toEqual({ nodes: bundled.nodes.length, edges: bundled.edges.length });
    expect(await paintedNodePixels()).toBeGreaterThan(100);
    expect(await page.locator('#legend').innerText()).toContain(`${bundled.nodes.length} of ${bundled.nodes.length} nodes`);
  });

  it('searching "Putin" selects him and his panel lists relations with evidence', async () => {
    await searchAndChoose('Putin');
    const selected = await page.evaluate(() => (window as any).__actorgraph.state.selectedNode);
    expect(bundled.nodes.find((n: any) => n.key === selected)?.attributes.label).toMatch(/Putin/);
    expect(await page.locator('#panel-title').innerText()).toMatch(/Putin/);
    expect(page.url()).toContain(`node=${encodeURIComponent(selected)}`);
    const relations = page.locator('#panel .rel');
    expect(await relations.count()).toBeGreaterThan(0);
    const first = relations.first();
    expect(await first.locator('blockquote.evidence').count()).toBeGreaterThan(0);
    expect(await first.locator('blockquote.evidence mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.source').first().innerText()).toMatch(/document \S+ · sentence \d+/);
    await screenshot(page, 'viewer-putin.png');
  });

  it('hovering a node highlights it and clicking it opens its panel', async () => {
    const target = await page.evaluate(() => {
      const { graph, renderer } = (window as any).__actorgraph;
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      renderer.refresh();
      const node = graph.nodes().sort((a: string, b: string) => graph.degree(b) - graph.degree(a))[0];
      const { x, y } = renderer.graphToViewport(graph.getNodeAttributes(node));
      const box = renderer.getContainer().getBoundingClientRect();
      return { node, label: graph.getNodeAttribute(node, 'label'), x: x + box.left, y: y + box.top };
    });
    await page.mouse.move(target.x, target.y);
    await page.waitForFunction((n) => (window as any).__actorgraph.hovered() === n, target.node, { timeout: 5000 });
    // the neighbourhood keeps its colours, everything else is greyed; the graph itself keeps its attributes
    const look = await page.evaluate((n) => {
      const { graph, renderer } = (window as any).__actorgraph;
      const near = new Set([n, ...graph.neighbors(n)]);
      const far = graph.nodes().filter((m: string) => !near.has(m));
      return {
        near: [...near].map((m) => renderer.getNodeDisplayData(m).color),
        far: far.map((m: string) => renderer.getNodeDisplayData(m).color),
        stored: far.map((m: string) => graph.getNodeAttribute(m, 'color')),
      };
    }, target.node);
    expect(look.near).not.toContain('#e4e4e4');
    expect(new Set(look.far)).toEqual(new Set(look.far.length ? ['#e4e4e4'] : []));
    expect(look.stored).not.toContain('#e4e4e4');
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction((n) => (window as any).__actorgraph.state.selectedNode === n, target.node);
    expect(await page.locator('#panel-title').innerText()).toContain(target.label);
  });

  it('a polarity filter hides the conflictual edges and lives in the URL', async () => {
    const before = await drawn();
    const conflictual = bundled.edges.filter((e: any) => e.attributes.polarity === -1).length;
    expect(conflictual).toBeGreaterThan(0);
    await page.locator('#filter-polarity input[data-value="-1"]').uncheck();
    const after = await drawn();
    expect(after.edges).toBe(before.edges - conflictual);
    const shownPolarities = await page.evaluate(() => {
      const { graph, renderer } = (window as any).__actorgraph;
      return [...new Set(graph.edges().filter((e: string) => !renderer.getEdgeDisplayData(e).hidden).map((e: string) => graph.getEdgeAttribute(e, 'polarity')))];
    });
    expect(shownPolarities).not.toContain(-1);
    expect(page.url()).toContain('xpol=-1');
    // the shared URL gives the same view
    await openViewer(page, page.url().replace(/^.*?\?/, `${session.url}?`));
    expect(await drawn()).toEqual(after);
    expect(await page.locator('#filter-polarity input[data-value="-1"]').isChecked()).toBe(false);
    expect(await page.locator('#panel').isVisible()).toBe(true);
  });

  it('runs ForceAtlas2 in its worker until stopped, and exports the view as a PNG', async () => {
    const positions = () => page.evaluate(() => {
      const { graph } = (window as any).__actorgraph;
      return graph.nodes().map((n: string) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')]);
    });
    const before = await positions();
    await page.click('#layout');
    expect(await page.locator('#layout').innerText()).toBe('Stop layout');
    await page.waitForFunction((b) => {
      const { graph } = (window as any).__actorgraph;
      return graph.nodes().some((n: string, i: number) => graph.getNodeAttribute(n, 'x') !== b[i][0]);
    }, before, { timeout: 5000 });
    await page.click('#layout');
    expect(await page.locator('#layout').innerText()).toBe('Start layout');
    const stopped = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toEqual(stopped);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('actorgraph.png');
    const png = fs.readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
  });

  it('opens a graph file dropped on the page', async () => {
    const text = JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'Dropped A' } }, { key: 'b', attributes: { label: 'Dropped B' } }], edges: [{ source: 'a', target: 'b', attributes: { predicate: 'meets', polarity: 1 } }] });
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.getElementById('graph-name')!.textContent!.startsWith('dropped.json'));
    expect(await drawn()).toEqual({ nodes: 2, edges: 1 });
    expect(await page.locator('#drop').isHidden()).toBe(true);
  });

  it('opens the GEXF export of the same graph from the file picker', async () => {
    await openViewer(page, session.url);
    await page.setInputFiles('#file', path.join(GRAPH_DIR, 'graph.gexf'));
    await page.waitForFunction(() => document.getElementById('graph-name')!.textContent!.startsWith('graph.gexf'));
    expect((await drawn()).nodes).toBe(bundled.nodes.length);
    // GEXF keeps the relations but not their sentences, and the panel says so
    await page.evaluate((k) => (window as any).__actorgraph.select(k, null, false), bundled.edges[0].source);
    expect(await page.locator('#panel .rel').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel').innerText()).toContain('GEXF files carry none');
  });

  it.each([
    ['broken.json', '{"nodes": [', 'broken.json: not valid JSON'],
    ['wrong.json', '{"actors": []}', 'wrong.json: not a graph'],
    ['page.gexf', '<html><p>not a graph</p></html>', 'page.gexf: an XML file but not GEXF'],
  ])('a malformed file (%s) gives a readable error and keeps the current graph', async (name, content, message) => {
    const nodes = (await drawn()).nodes;
    await pickFile(name, content);
    await page.waitForFunction((m) => { const el = document.getElementById('error')!; return !el.hidden && el.textContent!.includes(m); }, message, { timeout: 5000 });
    expect((await drawn()).nodes).toBe(nodes);
  });

  it('switches to the position networks of positions.json, and offers none when the file is absent', async () => {
    await openViewer(page, session.url);
    await page.waitForFunction(() => document.body.dataset.positions);
    const hasPositions = fs.existsSync(path.join(GRAPH_DIR, 'positions.json'));
    expect(await page.locator('#network option[value="congruence"]').isDisabled()).toBe(!hasPositions);
    const dir = path.join(tmp, 'with-positions');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(GRAPH_DIR, 'graph.json'), path.join(dir, 'graph.json'));
    const actor = (key: string, label: string) => ({ key, attributes: { label, kind: 'country', x: 0, y: 0, size: 8, color: '#4e79a7' } });
    const net = (key: string) => ({
      options: { type: 'undirected', multi: false, allowSelfLoops: true },
      nodes: [actor('a', 'Alpha'), actor('b', 'Beta'), actor('c', 'Gamma')],
      // as the build writes ties: the issue by id; its label is in `issues`, the sentences on `positions`
      edges: [{ key: `${key}:a:b`, source: 'a', target: 'b', undirected: true, attributes: { weight: 2, explanation: [{ issue: 'i1', stances: ['agree', 'agree'], claims: [1, 1] }], label: 'x', size: 1, color: '#2e7d32' } }],
    });
    const position = (actor: string, text: string) => ({ actor, issue: 'i1', agree: 1, disagree: 0, stance: 'agree', evidence: [{ doc: 'd', sentence: 0, text, claim: 'the ceasefire must hold', cue: 'said', orientation: 1 }] });
    fs.writeFileSync(path.join(dir, 'positions.json'), JSON.stringify({
      issues: [{ id: 'i1', label: 'the ceasefire must hold' }],
      positions: [position('a', 'Alpha said the ceasefire must hold.'), position('b', 'Beta agreed the ceasefire must hold.')],
      congruence: net('congruence'), conflict: net('conflict'), actorIssue: net('actorIssue'),
    }));
    const served = await startViewerServer(dir);
    try {
      await openViewer(page, served.url, '?net=congruence&edge=congruence%3Aa%3Ab');
      expect(await page.locator('#network').inputValue()).toBe('congruence');
      expect(await drawn()).toEqual({ nodes: 3, edges: 1 });
      expect(await page.evaluate(() => (window as any).__actorgraph.renderer.getEdgeDisplayData('congruence:a:b').type)).toBe('line');
      expect(await page.locator('#panel-title').innerText()).toBe('Alpha shares positions with Beta');
      expect(await page.locator('#panel').innerText()).toContain('the ceasefire must hold (agree / agree)');
      expect(await page.locator('#panel blockquote.evidence').count()).toBe(2);
      expect(await page.locator('#panel').innerText()).toContain('Beta agreed the ceasefire must hold.');
      await page.selectOption('#network', 'relations');
      expect(await drawn()).toEqual({ nodes: bundled.nodes.length, edges: bundled.edges.length });
    } finally {
      await served.close();
    }
  });

  it('a graph URL that does not load shows an error, not a blank page', async () => {
    await openViewer(page, session.url, '?graph=graph/missing.json');
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('error');
    expect(await page.locator('#error').innerText()).toContain('graph/missing.json: the server answered 404');
  });

  it('shows markup from a sentence and an actor name as text, and runs none of it', async () => {
    await openViewer(page, session.url);
    const evil = '<img src=x onerror="window.__xss=1">Evil <script>window.__xss=2</script>';
    const sentence = 'Evil said <script>window.__xss=3</script> and <img src=x onerror="window.__xss=4"> to Victim.';
    const graph = {
      nodes: [
        { key: 'evil', attributes: { label: evil, kind: 'person', aliases: { [evil]: 1, '<b>Bold</b>': 1 }, affiliation: '<i>x</i>', x: 0, y: 0, size: 10 } },
        { key: 'victim', attributes: { label: 'Victim', kind: 'country', aliases: {}, x: 10, y: 5, size: 10 } },
      ],
      edges: [{ key: 'e0', source: 'evil', target: 'victim', attributes: { edgeKind: 'relation', predicate: '<u>threatens</u>', polarity: -1, weight: 1,
        documents: ['<svg onload=window.__xss=5>'], evidence: [{ doc: '<svg onload=window.__xss=5>', sentence: 0, start: 0, end: sentence.length, text: sentence, marks: [[0, 4], [sentence.length - 7, sentence.length - 1]] }] } }],
    };
    await pickFile('hostile.json', JSON.stringify(graph));
    await page.waitForFunction(() => document.getElementById('graph-name')!.textContent!.startsWith('hostile.json'));
    await searchAndChoose('Evil');
    const panel = page.locator('#panel');
    const text = await panel.innerText();
    expect(text).toContain(evil);
    expect(text).toContain('<script>window.__xss=3</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=4">');
    expect(text).toContain('<b>Bold</b>');
    expect(await panel.locator('img, script, svg, b, u').count()).toBe(0);
    await page.locator('#panel .rel button.link').first().click();
    expect(await page.locator('#panel-title').innerText()).toContain('<u>threatens</u>');
    expect(await page.locator('#panel blockquote').innerText()).toContain('<script>window.__xss=3</script>');
    expect(await page.locator('#filters').innerText()).toContain('<u>threatens</u>');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    await screenshot(page, 'viewer-hostile.png');
    // only the expected 404 of the optional positions.json may be logged
    expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
  });
});
