// The viewer's wiring: loads a graph, hands it to sigma with the pure reducers, and connects the
// search, filters, panels, layout, export and the URL. Only this file and programs.ts touch sigma.
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { append, clear, h } from './dom.ts';
import { computeVisibility, facets, type Facets, type Filters, type Visibility } from './filters.ts';
import { LayoutControl, settle } from './layout.ts';
import { fetchGraph, fetchPositions, readGraphFile, type PositionNetworks } from './loader.ts';
import type { ViewGraph, ViewNode } from './model.ts';
import { renderEdgePanel, renderNodePanel } from './panels.ts';
import { EDGE_PROGRAMS, assignEdgeShapes } from './programs.ts';
import { createReducers, focusOf, type Interaction } from './reducers.ts';
import { buildSearchIndex, suggest, type SearchEntry, type Suggestion } from './search.ts';
import { renderSidebar } from './sidebar.ts';
import { type Network, stateFromQuery, stateToQuery } from './state.ts';
import { communityNames as computeCommunityNames, nodeSizer } from './style.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  container: $('sigma'), panel: $('panel'), filters: $('filters'), error: $('error'), name: $('graph-name'),
  search: $<HTMLInputElement>('search'), suggestions: $<HTMLUListElement>('suggestions'), network: $<HTMLSelectElement>('network'),
  colorBy: $<HTMLSelectElement>('color-by'), sizeBy: $<HTMLSelectElement>('size-by'), layout: $<HTMLButtonElement>('layout'),
  fit: $('fit'), export: $('export'), open: $('open'), file: $<HTMLInputElement>('file'), drop: $('drop'),
};

const state = stateFromQuery(location.search);
const EDGE_EVENTS_MAX = 10_000;
const DIM_MAX_NODES = 2_000;
let relations: ViewGraph | null = null;
let networks: PositionNetworks | null = null;
let graph: ViewGraph | null = null;
let renderer: Sigma | null = null;
let layout: LayoutControl | null = null;
let searchIndex: SearchEntry[] = [];
let allFacets: Facets | null = null;
let shownFacets: Facets | null = null;
let communityNames = new Map<number, string>();
let visibility: Visibility = { nodes: new Set(), edges: new Set() };
let sizeOf: (a: ViewNode) => number = (a) => a.size;
let hoveredNode: string | null = null;
let hoveredEdge: string | null = null;

const interaction = (): Interaction => ({
  visibility, hoveredNode, hoveredEdge, selectedNode: state.selectedNode, selectedEdge: state.selectedEdge, colorBy: state.colorBy, sizeOf,
  dimOthers: (graph?.order ?? 0) <= DIM_MAX_NODES,
});

// What the last hover or selection focused on, so a large graph repaints only what changes
let lastFocus: { nodes: Set<string>; edges: Set<string> } | null = null;
let lastHoveredEdge: string | null = null;

/** Repaints after a hover: everything when the rest is dimmed, otherwise only the old and new neighbourhoods. */
function repaintFocus(): void {
  if (!renderer || !graph) return;
  const it = interaction();
  const next = focusOf(graph, it);
  const prev = lastFocus;
  lastFocus = next;
  if (it.dimOthers) {
    renderer.refresh({ skipIndexation: true });
    return;
  }
  const nodes = new Set([...(prev?.nodes ?? []), ...(next?.nodes ?? [])]);
  const edges = new Set([...(prev?.edges ?? []), ...(next?.edges ?? [])]);
  for (const e of [hoveredEdge, lastHoveredEdge]) if (e && visibility.edges.has(e)) edges.add(e);
  lastHoveredEdge = hoveredEdge;
  try {
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  } catch {
    renderer.refresh({ skipIndexation: true });
  }
}

function showError(message: string | null): void {
  els.error.textContent = message ?? '';
  els.error.hidden = !message;
}

const syncUrl = () => history.replaceState(null, '', `${location.pathname}${stateToQuery(state)}`);

/** Redraws after a state change: visibility, sidebar (unless only the selection changed), panel, URL. */
function update({ filtersChanged = false, render = true, sidebar = true } = {}): void {
  if (!graph || !allFacets) return;
  if (filtersChanged || !shownFacets) {
    if (filtersChanged) visibility = computeVisibility(graph, state.filters);
    shownFacets = facets(graph, visibility);
  }
  if (sidebar) renderSidebar(els.filters, {
    all: allFacets, shown: shownFacets, filters: state.filters, colorBy: state.colorBy, sizeBy: state.sizeBy,
    communityNames,
    nodesShown: visibility.nodes.size, edgesShown: visibility.edges.size, nodesTotal: graph.order, edgesTotal: graph.size,
    onChange: (f: Filters) => { state.filters = f; update({ filtersChanged: true }); },
  });
  renderPanel();
  // a display change needs no reindexing, only the reducers again
  if (render) renderer?.refresh({ skipIndexation: true });
  lastFocus = graph ? focusOf(graph, interaction()) : null;
  syncUrl();
}

const panelActions = {
  selectNode: (node: string) => select(node, null, true),
  selectEdge: (edge: string) => select(null, edge, false),
  close: () => select(null, null, false),
};

function renderPanel(): void {
  if (!graph) return;
  if (state.selectedNode && graph.hasNode(state.selectedNode)) renderNodePanel(els.panel, graph, state.selectedNode, visibility.edges, panelActions);
  else if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) renderEdgePanel(els.panel, graph, state.selectedEdge, panelActions);
  else {
    els.panel.hidden = true;
    document.body.classList.remove('has-selection');
    return;
  }
  els.panel.hidden = false;
  document.body.classList.add('has-selection');
}

/** Selects a node or an edge (or nothing); optionally moves the camera to the node. */
function select(node: string | null, edge: string | null, center: boolean): void {
  state.selectedNode = node;
  state.selectedEdge = node ? null : edge;
  update({ sidebar: false });
  if (node && center && renderer) {
    const d = renderer.getNodeDisplayData(node);
    if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
  }
}

/** Shows a graph: new sigma instance, reducers, search index, facets. */
function show(g: ViewGraph): void {
  layout?.kill();
  renderer?.kill();
  graph = g;
  hoveredNode = null;
  hoveredEdge = null;
  lastHoveredEdge = null;
  assignEdgeShapes(g);
  performance.mark('actorgraph:shaped');
  searchIndex = buildSearchIndex(g);
  allFacets = facets(g);
  shownFacets = null;
  communityNames = computeCommunityNames(g);
  performance.mark('actorgraph:indexed');
  sizeOf = nodeSizer(g, state.sizeBy);
  if (state.selectedNode && !g.hasNode(state.selectedNode)) state.selectedNode = null;
  if (state.selectedEdge && !g.hasEdge(state.selectedEdge)) state.selectedEdge = null;
  visibility = computeVisibility(g, state.filters);
  const { nodeReducer, edgeReducer } = createReducers(g, interaction);
  renderer = new Sigma(g as any, els.container, {
    // edge hover costs a second (picking) draw of every edge: past EDGE_EVENTS_MAX, edges open from the actor panel instead
    renderEdgeLabels: true, enableEdgeEvents: g.size <= EDGE_EVENTS_MAX, zIndex: true, allowInvalidContainer: true,
    edgeProgramClasses: EDGE_PROGRAMS, defaultEdgeType: 'straight',
    labelFont: 'system-ui, sans-serif', labelSize: 13, labelWeight: '600', labelColor: { color: '#222' },
    edgeLabelFont: 'system-ui, sans-serif', edgeLabelSize: 12, edgeLabelColor: { color: '#333' },
    labelRenderedSizeThreshold: 7, labelDensity: 0.5,
    nodeReducer: nodeReducer as any, edgeReducer: edgeReducer as any,
  });
  const r = renderer;
  performance.mark('actorgraph:sigma');
  r.on('enterNode', ({ node }) => { hoveredNode = node; els.container.style.cursor = 'pointer'; repaintFocus(); });
  r.on('leaveNode', () => { hoveredNode = null; els.container.style.cursor = ''; repaintFocus(); });
  r.on('enterEdge', ({ edge }) => { hoveredEdge = edge; els.container.style.cursor = 'pointer'; repaintFocus(); });
  r.on('leaveEdge', () => { hoveredEdge = null; els.container.style.cursor = ''; repaintFocus(); });
  r.on('clickNode', ({ node }) => select(node, null, false));
  r.on('clickEdge', ({ edge }) => select(null, edge, false));
  r.on('clickStage', () => { if (state.selectedNode || state.selectedEdge) select(null, null, false); });
  layout = new LayoutControl(g);
  els.layout.textContent = 'Start layout';
  // sigma drew once in its constructor, already through the reducers
  update({ render: false });
  performance.mark('actorgraph:panels');
  if (state.selectedNode) select(state.selectedNode, null, true);
  const api = { graph: g, renderer: r, state, visibility: () => visibility, hovered: () => hoveredNode, select, openFile, readyMs: null as number | null, paintedMs: null as number | null };
  (window as any).__actorgraph = api;
  // the frame after sigma's first draw: the graph is on screen and answers events
  requestAnimationFrame(() => {
    // milliseconds since navigation started (performance's time origin)
    api.readyMs = performance.now();
    document.body.dataset.ready = 'true';
    // the next frame starts once the first one reached the screen (the GPU may lag the main thread)
    requestAnimationFrame(() => { api.paintedMs = performance.now(); });
  });
}

/** Shows the relation graph or a position network, as the state asks and the files allow. */
function showNetwork(): void {
  const net = state.network !== 'relations' ? networks?.[state.network] : undefined;
  if (!net) state.network = 'relations';
  els.network.value = state.network;
  if (net && !net.getAttribute('settled')) {
    settle(net);
    net.setAttribute('settled', true);
  }
  if (net) show(net);
  else if (relations) show(relations);
}

/** Offers the position networks that exist (none for a file opened by hand or a folder without positions.json). */
function attachNetworks(pos: PositionNetworks | null): void {
  networks = pos;
  for (const opt of Array.from(els.network.options)) {
    const available = opt.value === 'relations' || !!pos?.[opt.value as Exclude<Network, 'relations'>];
    opt.disabled = !available;
    opt.title = available ? '' : 'not in this graph folder (positions.json is written once claims are extracted)';
  }
  document.body.dataset.positions = pos ? 'loaded' : 'none';
}

function setSource(g: ViewGraph, name: string, pos: PositionNetworks | null): void {
  relations = g;
  attachNetworks(pos);
  const attrs = g.getAttributes() as { documents?: number; sentences?: number };
  els.name.textContent = [name, attrs.documents ? `${attrs.documents} documents` : ''].filter(Boolean).join(' · ');
  showNetwork();
}

async function openFile(file: File): Promise<void> {
  showError(null);
  try {
    const g = await readGraphFile(file);
    showError(null);
    state.graph = '';
    state.selectedNode = null;
    state.selectedEdge = null;
    state.network = 'relations';
    setSource(g, file.name, null);
  } catch (err) {
    showError((err as Error).message);
  }
}

// ---- search with suggestions ----
let suggestions: Suggestion[] = [];
let active = -1;
function renderSuggestions(): void {
  clear(els.suggestions);
  suggestions.forEach((s, i) => {
    const li = h('li', { role: 'option', 'data-node': s.node, 'aria-selected': String(i === active),
      onmousedown: (e: Event) => { e.preventDefault(); choose(i); } }, s.label);
    if (s.alias) append(li, h('span', { class: 'alias' }, `“${s.alias}”`));
    append(els.suggestions, li);
  });
  els.suggestions.hidden = suggestions.length === 0;
  els.search.setAttribute('aria-expanded', String(!els.suggestions.hidden));
}
function choose(i: number): void {
  const s = suggestions[i];
  if (!s) return;
  els.search.value = s.label;
  suggestions = [];
  renderSuggestions();
  select(s.node, null, true);
}
els.search.addEventListener('input', () => { suggestions = suggest(searchIndex, els.search.value); active = suggestions.length ? 0 : -1; renderSuggestions(); });
els.search.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (suggestions.length) active = (active + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
    renderSuggestions();
  } else if (e.key === 'Enter') choose(Math.max(0, active));
  else if (e.key === 'Escape') { suggestions = []; renderSuggestions(); }
});
els.search.addEventListener('blur', () => { suggestions = []; renderSuggestions(); });

// ---- toolbar ----
els.colorBy.value = state.colorBy;
els.sizeBy.value = state.sizeBy;
els.colorBy.addEventListener('change', () => { state.colorBy = els.colorBy.value === 'community' ? 'community' : 'kind'; update(); });
els.sizeBy.addEventListener('change', () => {
  state.sizeBy = els.sizeBy.value === 'pagerank' ? 'pagerank' : 'degree';
  if (graph) sizeOf = nodeSizer(graph, state.sizeBy);
  update();
});
els.network.addEventListener('change', () => { state.network = els.network.value as Network; showNetwork(); });
els.layout.addEventListener('click', () => {
  if (!layout || !renderer) return;
  if (layout.running) {
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: 1, y: 0 });
    layout.stop(Math.hypot(b.x - a.x, b.y - a.y));
    els.layout.textContent = 'Start layout';
  } else {
    layout.start();
    els.layout.textContent = 'Stop layout';
  }
});
window.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && e.target === document.body && (state.selectedNode || state.selectedEdge)) select(null, null, false);
});
els.fit.addEventListener('click', () => renderer?.getCamera().animatedReset({ duration: 300 }));
els.export.addEventListener('click', () => { if (renderer) downloadAsPNG(renderer, { fileName: 'actorgraph', backgroundColor: '#ffffff' }); });
els.open.addEventListener('click', () => els.file.click());
els.file.addEventListener('change', () => { const f = els.file.files?.[0]; if (f) openFile(f); els.file.value = ''; });
let dragDepth = 0;
window.addEventListener('dragenter', (e) => { e.preventDefault(); dragDepth++; els.drop.hidden = false; });
window.addEventListener('dragleave', () => { if (--dragDepth <= 0) { dragDepth = 0; els.drop.hidden = true; } });
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  els.drop.hidden = true;
  const f = e.dataTransfer?.files?.[0];
  if (f) openFile(f);
});

// the side panel opening or closing changes the canvas width: sigma must re-measure its container
let lastSize = '';
new ResizeObserver(() => {
  const size = `${els.container.clientWidth}x${els.container.clientHeight}`;
  if (size === lastSize) return;
  const first = lastSize === '';
  lastSize = size;
  if (!first) renderer?.resize().refresh({ skipIndexation: true });
}).observe(els.container);

async function boot(): Promise<void> {
  const url = state.graph || 'graph/graph.json';
  (window as any).__actorgraph = { openFile, readyMs: null };
  try {
    const positions = fetchPositions(url);
    const g = await fetchGraph(url);
    const name = state.graph ? url : 'graph.json';
    // the relation graph need not wait for the position networks; a link to a network view must
    if (state.network === 'relations') setSource(g, name, null);
    const pos = await positions;
    if (pos.error) showError(pos.error);
    if (state.network === 'relations' && relations === g) attachNetworks(pos.networks);
    else if (!relations) setSource(g, name, pos.networks);
  } catch (err) {
    showError(`${(err as Error).message}. Open another graph with “Open file…” or drop one here.`);
    document.body.dataset.ready = 'error';
  }
}
boot();
