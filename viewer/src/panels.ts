// The side panel: an actor with its relations and their evidence, or one edge with its evidence.
// Every string from the graph file goes through text nodes (dom.ts).
import { append, clear, h } from './dom.ts';
import type { EvidenceAttr, ViewEdge, ViewGraph } from './model.ts';
import { groupRelations, markPieces, orderedEvidence, relationName } from './relations.ts';
import { EDGE_CLASSES, POLARITY_NAMES, edgeClass, edgeColor, kindColor } from './style.ts';

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
}

const MAX_EVIDENCE = 5;

function nodeLink(graph: ViewGraph, node: string, act: PanelActions): HTMLElement {
  const label = graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node;
  if (!graph.hasNode(node)) return h('span', {}, label);
  return h('a', { class: 'node-link', href: '#', 'data-node': node, onclick: (e: Event) => { e.preventDefault(); act.selectNode(node); } }, label);
}

/** One evidence sentence with the actor mentions marked, and its source document. */
export function evidenceBlock(ev: EvidenceAttr): HTMLElement {
  const quote = h('blockquote', { class: 'evidence' });
  for (const p of markPieces(ev.text, ev.marks, ev.content)) {
    const piece = p.marked ? h('mark', {}, p.text) : p.text;
    append(quote, p.claim ? h('span', { class: 'claim', title: 'the claim' }, piece) : piece);
  }
  const where = [ev.doc ? `document ${ev.doc}` : '', ev.sentence >= 0 ? `sentence ${ev.sentence + 1}` : '', ev.date ?? '', ev.cue ? `cue “${ev.cue}”` : ''].filter(Boolean).join(' · ');
  append(quote, h('span', { class: 'source' }, where));
  return quote;
}

function badges(a: ViewEdge, graph: ViewGraph): HTMLElement[] {
  const out: HTMLElement[] = [];
  const cls = edgeClass(a);
  if (cls.startsWith('position:')) out.push(h('span', { class: 'badge', style: `background:${EDGE_CLASSES[cls].color}` }, relationName(a)));
  else if (cls.startsWith('relation:')) {
    const pol = cls.slice('relation:'.length);
    out.push(h('span', { class: 'badge', style: `background:${EDGE_CLASSES[cls].color}` }, POLARITY_NAMES[pol]));
  }
  if (a.negated) out.push(h('span', { class: 'badge', style: 'background:#555' }, 'negated'));
  if (a.modality && a.modality !== 'asserted') out.push(h('span', { class: 'badge', style: 'background:#7a6a00' }, a.modality));
  if (a.attributedTo) {
    const who = graph.hasNode(a.attributedTo) ? graph.getNodeAttribute(a.attributedTo, 'label') : a.attributedTo;
    out.push(h('span', { class: 'badge', style: 'background:#6a51a3' }, `according to ${who}`));
  }
  return out;
}

function evidenceList(a: ViewEdge, graph: ViewGraph): HTMLElement {
  const box = h('div', { class: 'evidence-list' });
  const evs = orderedEvidence(a.evidence);
  evs.slice(0, MAX_EVIDENCE).forEach((ev) => append(box, evidenceBlock(ev)));
  if (evs.length > MAX_EVIDENCE) {
    const more = h('button', { class: 'link', type: 'button' }, `show ${evs.length - MAX_EVIDENCE} more sentences`);
    more.addEventListener('click', () => { more.remove(); evs.slice(MAX_EVIDENCE).forEach((ev) => append(box, evidenceBlock(ev))); });
    append(box, more);
  }
  const why = graph.getAttribute('format') === 'gexf' ? ' (GEXF files carry none; open graph.json for the sentences)' : '';
  if (!evs.length) append(box, h('p', { class: 'hint' }, `No evidence sentences stored for this edge${why}.`));
  return box;
}

function facts(rows: Array<[string, Node | string | null | undefined]>): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  for (const [k, v] of rows) if (v !== null && v !== undefined && v !== '') append(dl, h('dt', {}, k), h('dd', {}, v));
  return dl;
}

/** Fills the panel with an actor: kind, affiliation, aliases, then relations grouped by type and direction with evidence. */
export function renderNodePanel(panel: HTMLElement, graph: ViewGraph, node: string, visibleEdges: Set<string>, act: PanelActions): void {
  clear(panel);
  const a = graph.getNodeAttributes(node);
  append(panel, h('button', { class: 'close', type: 'button', title: 'Close', onclick: () => act.close() }, '×'));
  append(panel, h('h2', { id: 'panel-title' }, h('span', { class: 'swatch', style: `background:${kindColor(a.kind, a.color)};margin-right:6px` }), a.label));
  const aliases = Object.entries(a.aliases).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const aliasBox = aliases.length ? h('span', {}, ...aliases.map(([al, n]) => h('span', { class: 'chip', title: `${n} mentions` }, `${al} (${n})`))) : null;
  append(panel, facts([
    ['kind', a.kind],
    ['affiliation', a.affiliation ? nodeLink(graph, a.affiliation, act) : null],
    ['ISO code', a.iso3],
    ['mentions', a.mentions ? String(a.mentions) : null],
    ['aliases', aliasBox],
    ['community', a.community >= 0 ? String(a.community) : null],
  ]));
  if (typeof a.explanation === 'string' && a.explanation) append(panel, h('p', {}, a.explanation));
  if (a.claims && typeof a.claims === 'object') {
    const claims = Object.entries(a.claims as Record<string, number>).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    append(panel, h('h3', {}, `Claims (${claims.length})`), h('ul', { class: 'claims' }, ...claims.map(([c, n]) => h('li', {}, c, n > 1 ? h('span', { class: 'muted' }, ` ×${n}`) : null))));
  }
  const groups = groupRelations(graph, node, visibleEdges);
  const hidden = graph.degree(node) - groups.reduce((n, g) => n + g.items.length, 0);
  const heading = a.nodeKind === 'issue' ? 'Who takes a position' : 'Relations';
  append(panel, h('h3', {}, `${heading} (${groups.reduce((n, g) => n + g.items.length, 0)})`));
  if (hidden > 0) append(panel, h('p', { class: 'hint' }, `${hidden} more hidden by the filters.`));
  if (!groups.length) append(panel, h('p', { class: 'hint' }, 'No relations shown.'));
  for (const g of groups) {
    const title = g.direction === 'out' ? `${a.label} ${g.predicate} …` : `… ${g.predicate} ${a.label}`;
    const sec = h('section', { class: 'rel-group', 'data-predicate': g.predicate, 'data-direction': g.direction }, h('h4', {}, title));
    for (const it of g.items) {
      const head = h('div', { class: 'rel-head' },
        h('span', { class: 'line', style: `background:${edgeColor(it.attrs)}` }),
        h('span', { class: 'rel-who' }, g.direction === 'out' ? '→ ' : '← ', nodeLink(graph, it.other, act)),
        h('span', { class: 'muted', title: 'mentions merged into this edge' }, `×${it.attrs.weight}`),
        h('button', { class: 'link', type: 'button', onclick: () => act.selectEdge(it.edge) }, 'edge'));
      const tags = badges(it.attrs, graph);
      const tagRow = tags.length ? h('div', { class: 'badges' }, ...tags) : null;
      const because = it.attrs.explanation ? h('div', { class: 'hint', style: 'white-space:pre-line' }, it.attrs.explanation) : null;
      append(sec, h('div', { class: 'rel', 'data-edge': it.edge }, head, tagRow, because, evidenceList(it.attrs, graph)));
    }
    append(panel, sec);
  }
}

/** Fills the panel with one edge: who, what, to whom, its attributes and every evidence sentence. */
export function renderEdgePanel(panel: HTMLElement, graph: ViewGraph, edge: string, act: PanelActions): void {
  clear(panel);
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  append(panel, h('button', { class: 'close', type: 'button', title: 'Close', onclick: () => act.close() }, '×'));
  append(panel, h('h2', { id: 'panel-title' }, nodeLink(graph, s, act), ` ${relationName(a) || '—'} `, nodeLink(graph, t, act)));
  append(panel, h('div', {}, ...badges(a, graph)));
  append(panel, facts([
    ['weight', String(a.weight)],
    ['documents', a.documents.length ? a.documents.join(', ') : null],
    ['because', a.explanation ? h('span', { style: 'white-space:pre-line' }, a.explanation) : null],
    ['dates', a.firstDate ? (a.lastDate && a.lastDate !== a.firstDate ? `${a.firstDate} – ${a.lastDate}` : a.firstDate) : null],
  ]));
  append(panel, h('h3', {}, `Evidence (${orderedEvidence(a.evidence).length})`), evidenceList(a, graph));
}
