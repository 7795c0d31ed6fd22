// The viewer's reading of a graph file: our graphology JSON (src/graph/schema.ts), a position network,
// or an imported GEXF. Every attribute is normalized here so the rest of the viewer can trust its types.
// Pure module: no sigma, no DOM.
import { MultiDirectedGraph } from 'graphology';
import type { EvidenceAttr } from '../../src/graph/schema.ts';

export type { EvidenceAttr };

/** Node attributes as the viewer uses them (actors, claim/issue nodes, imported nodes). */
export interface ViewNode {
  nodeKind: string;
  label: string;
  /** Actor kind (country, person, ...) or 'issue' for issue nodes. */
  kind: string;
  aliases: Record<string, number>;
  iso3: string | null;
  affiliation: string | null;
  mentions: number;
  pagerank: number;
  weightedDegree: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [extra: string]: unknown;
}

/** Edge attributes as the viewer uses them; position-network edges carry `explanation` and no predicate. */
export interface ViewEdge {
  edgeKind: string;
  predicate: string;
  polarity: number;
  negated: boolean;
  modality: string;
  attributedTo: string | null;
  weight: number;
  documents: string[];
  firstDate: string | null;
  lastDate: string | null;
  evidence: EvidenceAttr[];
  explanation: string;
  label: string;
  size: number;
  color: string;
  [extra: string]: unknown;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge, Record<string, unknown>>;

/** A file the viewer could not read, with a one-line message naming it. */
export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : v == null ? fallback : String(v));
const num = (v: unknown, fallback = 0): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
};
const bool = (v: unknown): boolean => v === true || v === 'true' || v === 1;
const dateOrNull = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}/.test(v) ? v : null);

function normalizeEvidence(v: unknown): EvidenceAttr[] {
  if (!Array.isArray(v)) return [];
  return v.filter((e) => e && typeof e === 'object').map((e: any) => {
    const text = str(e.text);
    const marks = Array.isArray(e.marks)
      ? e.marks.filter((m: unknown) => Array.isArray(m) && m.length === 2).map((m: unknown[]) => [num(m[0]), num(m[1])] as [number, number])
      : [];
    const ev: EvidenceAttr = { doc: str(e.doc ?? e.docId), sentence: num(e.sentence), start: num(e.start), end: num(e.end), text, marks };
    if (typeof e.date === 'string') ev.date = e.date;
    if (typeof e.cue === 'string') ev.cue = e.cue;
    if (typeof e.claim === 'string') ev.claim = e.claim;
    if (Array.isArray(e.content) && e.content.length === 2) ev.content = [num(e.content[0]), num(e.content[1])];
    if (e.stance === 1 || e.stance === -1) ev.stance = e.stance;
    if (typeof e.modality === 'string') ev.modality = e.modality;
    if (typeof e.attributedTo === 'string') ev.attributedTo = e.attributedTo;
    return ev;
  });
}

function normalizeNode(key: string, a: Record<string, unknown>, i: number, n: number): ViewNode {
  const nodeKind = str(a.nodeKind, 'actor');
  const aliases: Record<string, number> = {};
  if (a.aliases && typeof a.aliases === 'object' && !Array.isArray(a.aliases)) {
    for (const [k, v] of Object.entries(a.aliases as object)) aliases[k] = num(v, 1);
  } else if (Array.isArray(a.aliases)) for (const k of a.aliases) aliases[str(k)] = 1;
  // nodes without positions start on a circle so the layout has somewhere to begin
  const angle = (2 * Math.PI * i) / Math.max(1, n);
  return {
    ...a,
    nodeKind,
    label: str(a.label, key),
    kind: str(a.kind, nodeKind === 'actor' ? 'unknown' : nodeKind),
    aliases,
    iso3: a.iso3 ? str(a.iso3) : null,
    affiliation: a.affiliation ? str(a.affiliation) : null,
    mentions: num(a.mentions),
    pagerank: num(a.pagerank),
    weightedDegree: num(a.weightedDegree),
    community: num(a.community, -1),
    x: num(a.x, 100 * Math.cos(angle)),
    y: num(a.y, 100 * Math.sin(angle)),
    size: num(a.size, 5),
    color: str(a.color, '#888888'),
  };
}

/** Locates a claim inside its sentence, for underlining; undefined when it is not there verbatim. */
function locate(text: string, part: unknown): [number, number] | undefined {
  const at = typeof part === 'string' && part ? text.indexOf(part) : -1;
  return at < 0 ? undefined : [at, at + (part as string).length];
}

/**
 * Position-network edges explain themselves as a list (positions.json): per issue its label, the
 * stances and the sentences; per actor x issue edge the claim and its sentence. They become a summary
 * line and ordinary evidence, so the panel shows them like any other edge.
 */
function readExplanation(x: unknown): { explanation: string; evidence: EvidenceAttr[] } {
  if (typeof x === 'string') return { explanation: x, evidence: [] };
  if (!Array.isArray(x)) return { explanation: '', evidence: [] };
  const lines: string[] = [];
  const evidence: EvidenceAttr[] = [];
  for (const item of x as any[]) {
    if (!item || typeof item !== 'object') continue;
    const about = str(item.label ?? item.claim);
    const stances = Array.isArray(item.stances) ? ` (${item.stances.map((v: unknown) => str(v)).join(' / ')})` : '';
    const texts = Array.isArray(item.evidence) ? item.evidence : [item.evidence];
    // a claim underlined in its own sentence needs no separate line
    const shown = !item.label && texts.some((t: unknown) => typeof t === 'string' && locate(t, item.claim));
    if (about && !shown) lines.push(`${about}${stances}`);
    for (const t of texts) {
      if (typeof t !== 'string' || !t) continue;
      const ev: EvidenceAttr = { doc: str(item.doc), sentence: num(item.sentence, -1), start: 0, end: t.length, text: t, marks: [] };
      const content = locate(t, item.claim);
      if (content) ev.content = content;
      if (typeof item.cue === 'string') ev.cue = item.cue;
      evidence.push(ev);
    }
  }
  return { explanation: lines.join('\n'), evidence };
}

const STANCES: Record<string, number> = { agree: 1, endorse: 1, disagree: -1, deny: -1, both: 0 };

function normalizeEdge(a: Record<string, unknown>, defaultKind: string): ViewEdge {
  const documents = Array.isArray(a.documents) ? a.documents.map((d) => str(d)) : typeof a.documents === 'string' && a.documents ? a.documents.split(/[;|]/) : [];
  const explained = readExplanation(a.explanation);
  const evidence = [...normalizeEvidence(a.evidence), ...explained.evidence];
  for (const ev of evidence) if (ev.doc && !documents.includes(ev.doc)) documents.push(ev.doc);
  const stance = typeof a.stance === 'string' ? STANCES[a.stance] : undefined;
  const polarity = a.polarity === undefined && stance !== undefined ? stance : Math.sign(num(a.polarity));
  const edgeKind = str(a.edgeKind, stance !== undefined ? 'position' : a.predicate ? 'relation' : defaultKind);
  return {
    ...a,
    edgeKind,
    predicate: str(a.predicate ?? a.kind, ''),
    polarity,
    negated: bool(a.negated),
    modality: str(a.modality, 'asserted'),
    attributedTo: a.attributedTo ? str(a.attributedTo) : null,
    weight: num(a.weight, 1),
    documents,
    firstDate: dateOrNull(a.firstDate),
    lastDate: dateOrNull(a.lastDate) ?? dateOrNull(a.firstDate),
    evidence,
    explanation: explained.explanation,
    label: str(a.label, str(a.predicate)),
    size: num(a.size, 1),
    color: str(a.color, '#9e9e9e'),
  };
}

/**
 * Builds a viewer graph from a graphology serialization, checking its shape first; throws GraphLoadError naming `name`.
 * `edgeKind` names edges that carry none (a position network); an undirected file is marked so no arrows are drawn.
 */
export function graphFromSerialized(data: unknown, name: string, opts: { edgeKind?: string } = {}): ViewGraph {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new GraphLoadError(`${name}: not a graph (expected a JSON object with "nodes" and "edges")`);
  const d = data as { nodes?: unknown; edges?: unknown; attributes?: unknown };
  if (!Array.isArray(d.nodes)) throw new GraphLoadError(`${name}: not a graph ("nodes" must be an array)`);
  if (d.edges !== undefined && !Array.isArray(d.edges)) throw new GraphLoadError(`${name}: not a graph ("edges" must be an array)`);
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  if (d.attributes && typeof d.attributes === 'object') graph.replaceAttributes({ ...(d.attributes as object) });
  const options = (data as { options?: { type?: unknown } }).options;
  if (options?.type === 'undirected') graph.setAttribute('undirected', true);
  const nodes = d.nodes as unknown[];
  nodes.forEach((n: any, i) => {
    if (!n || typeof n !== 'object' || n.key == null) throw new GraphLoadError(`${name}: node ${i + 1} has no "key"`);
    const key = String(n.key);
    if (graph.hasNode(key)) throw new GraphLoadError(`${name}: node "${key}" appears twice`);
    graph.addNode(key, normalizeNode(key, n.attributes ?? {}, i, nodes.length));
  });
  ((d.edges ?? []) as unknown[]).forEach((e: any, i) => {
    if (!e || typeof e !== 'object') throw new GraphLoadError(`${name}: edge ${i + 1} is not an object`);
    const [s, t] = [String(e.source), String(e.target)];
    for (const end of [s, t]) if (!graph.hasNode(end)) throw new GraphLoadError(`${name}: edge ${i + 1} refers to unknown node "${end}"`);
    const attrs = normalizeEdge(e.attributes ?? {}, opts.edgeKind ?? 'link');
    if (e.undirected === true) graph.setAttribute('undirected', true);
    if (e.key != null && !graph.hasEdge(String(e.key))) graph.addDirectedEdgeWithKey(String(e.key), s, t, attrs);
    else graph.addDirectedEdge(s, t, attrs);
  });
  return graph;
}

/** Parses the text of a graph file (our JSON); a GEXF text is handed to `parseGexf`, which needs a DOM. */
export function parseGraphText(text: string, name: string, parseGexf?: (xml: string) => { export(): unknown }): ViewGraph {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new GraphLoadError(`${name}: the file is empty`);
  if (trimmed.startsWith('<')) {
    if (!parseGexf) throw new GraphLoadError(`${name}: XML files can only be read as GEXF in the browser`);
    if (!/<gexf[\s>]/.test(trimmed)) throw new GraphLoadError(`${name}: an XML file but not GEXF (no <gexf> element)`);
    let g: { export(): unknown };
    try {
      g = parseGexf(trimmed);
    } catch (err) {
      throw new GraphLoadError(`${name}: not valid GEXF (${(err as Error).message})`);
    }
    const graph = graphFromSerialized(g.export(), name);
    graph.setAttribute('format', 'gexf');
    return graph;
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (err) {
    throw new GraphLoadError(`${name}: not valid JSON (${(err as Error).message})`);
  }
  return graphFromSerialized(data, name);
}
