import gexf from 'graphology-gexf';
import type { ActorGraph, NodeAttrs, RelationEdgeAttrs } from '../graph/schema.ts';

// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates): dropped, not escaped,
// because no escape makes them legal.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_FORBIDDEN = new RegExp(XML_FORBIDDEN.source);

/** A string without the characters XML 1.0 cannot hold. */
export const xmlSafe = (s: string): string => (HAS_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, '') : s);
// GEXF labels and kinds are xsd:token: one line, single spaces.
const token = (s: string) => xmlSafe(s).replace(/\s+/g, ' ').trim();
const opt = (s: string | null | undefined) => (s ? xmlSafe(s) : '');

function formatNode(_key: string, a: NodeAttrs) {
  const common = {
    nodeKind: a.nodeKind, mentions: a.mentions, firstDate: a.firstDate ?? '', lastDate: a.lastDate ?? '',
    pagerank: a.pagerank, weightedDegree: a.weightedDegree, community: a.community,
  };
  const attributes = a.nodeKind === 'actor'
    ? { ...common, kind: a.kind, iso3: a.iso3 ?? '', affiliation: opt(a.affiliation), resolvedBy: a.resolvedBy, aliases: xmlSafe(Object.keys(a.aliases).join('; ')) }
    : { ...common, kind: 'issue', claims: xmlSafe(Object.keys(a.claims).join(' | ')) };
  return { label: token(a.label), attributes, viz: { color: a.color, size: a.size, x: a.x, y: a.y } };
}

/** Gephi merges parallel edges of the same kind on import: negated and asserted relations must differ in kind too. */
export const edgeKindOf = (a: RelationEdgeAttrs): string =>
  a.edgeKind === 'position' ? (a.polarity < 0 ? 'denies' : 'states') : a.negated ? `not-${a.predicate}` : a.predicate;

function formatEdge(_key: string, a: RelationEdgeAttrs) {
  return {
    label: token(a.label),
    weight: a.weight,
    kind: edgeKindOf(a),
    attributes: {
      edgeKind: a.edgeKind, predicate: a.predicate, polarity: a.polarity, negated: a.negated, modality: a.modality,
      attributedTo: opt(a.attributedTo), documents: xmlSafe(a.documents.join('; ')), firstDate: a.firstDate ?? '', lastDate: a.lastDate ?? '',
      evidence: opt(a.evidence[0]?.text), cue: opt(a.evidence[0]?.cue),
    },
    viz: { color: a.color, thickness: a.size },
  };
}

/** A copy whose node and edge keys hold no forbidden character (ids built from odd text); the rare path, so a copy is fine. */
function withSafeKeys(graph: ActorGraph): ActorGraph {
  const copy = graph.emptyCopy() as ActorGraph;
  copy.clear();
  const key = (k: string) => xmlSafe(k) === k ? k : `${xmlSafe(k)}_${[...k].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
  graph.forEachNode((n, a) => copy.mergeNode(key(n), a));
  graph.forEachEdge((e, a, s, t) => copy.addDirectedEdgeWithKey(key(e), key(s), key(t), a));
  return copy;
}
// Declared once, whatever values this graph happens to hold, so that Gephi sees the same columns for every graph.
const NODE_MODEL: Array<[string, string]> = [
  ['nodeKind', 'string'], ['kind', 'string'], ['iso3', 'string'], ['affiliation', 'string'], ['resolvedBy', 'string'], ['aliases', 'string'],
  ['claims', 'string'], ['mentions', 'integer'], ['firstDate', 'string'], ['lastDate', 'string'], ['pagerank', 'double'],
  ['weightedDegree', 'double'], ['community', 'integer'],
];
const EDGE_MODEL: Array<[string, string]> = [
  ['edgeKind', 'string'], ['predicate', 'string'], ['polarity', 'integer'], ['negated', 'boolean'], ['modality', 'string'],
  ['attributedTo', 'string'], ['documents', 'string'], ['firstDate', 'string'], ['lastDate', 'string'], ['evidence', 'string'], ['cue', 'string'],
];
const model = (cls: string, attrs: Array<[string, string]>) =>
  `\n    <attributes class="${cls}">\n${attrs.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('')}    </attributes>`;
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const span = (a: { firstDate: string | null; lastDate: string | null }) =>
  a.firstDate ? ` start="${a.firstDate}" end="${a.lastDate ?? a.firstDate}"` : '';

/**
 * GEXF 1.3 for Gephi, valid against the official RelaxNG schema: declared attributes, viz colour, size and
 * position, the relation type as edge `kind`, and time intervals (`start`/`end`) when documents have dates.
 */
export function toGEXF(graph: ActorGraph): string {
  if (graph.someNode((n) => HAS_FORBIDDEN.test(n)) || graph.someEdge((e) => HAS_FORBIDDEN.test(e))) graph = withSafeKeys(graph);
  const xml: string = gexf.write(graph as any, { version: '1.3', pedantic: true, formatNode, formatEdge } as any);
  const g = graph.getAttributes();
  const meta = `<meta>\n    <creator>${escapeText(xmlSafe(g.generator ?? 'actorgraph'))}</creator>\n    <description>${escapeText(xmlSafe(`${g.name ?? 'actorgraph'}: ${g.documents ?? 0} documents, ${g.sentences ?? 0} sentences`))}</description>\n  </meta>`;
  // graphology-gexf writes no dynamics: nodes and edges are written in graph order, so the n-th <node>/<edge> gets the n-th interval
  const nodeSpans = graph.mapNodes((_n, a) => span(a));
  const edgeSpans = graph.mapEdges((_e, a) => span(a));
  const dynamic = nodeSpans.some(Boolean) || edgeSpans.some(Boolean);
  let ni = 0, ei = 0;
  return xml
    // the official RelaxNG schema rejects xsi:schemaLocation on the root
    .replace(/\s+xmlns:xsi="[^"]*"\s+xsi:schemaLocation="[^"]*"/, '')
    .replace(/<meta\s*\/>|<meta>[\s\S]*?<\/meta>/, meta)
    .replace(/\s*<attributes class="(node|edge)">[\s\S]*?<\/attributes>/g, '')
    .replace(/<graph defaultedgetype="directed">/, `<graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ''}>${model('node', NODE_MODEL)}${model('edge', EDGE_MODEL)}`)
    .replace(/<(node|edge) id="/g, (_m, el: string) => `<${el}${el === 'node' ? nodeSpans[ni++] : edgeSpans[ei++]} id="`);
}
