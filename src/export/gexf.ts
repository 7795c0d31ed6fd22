import type { ActorGraph, NodeAttrs, RelationEdgeAttrs } from '../graph/schema.ts';

// GEXF 1.3 written directly, in one pass over nodes and edges: graphology-gexf (kept for reading) writes no dynamics,
// declares attribute types from the values it happens to see, and took several times as long on 100,000 edges.

// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates): dropped, not escaped,
// because no escape makes them legal.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_FORBIDDEN = new RegExp(XML_FORBIDDEN.source);
// one scan decides whether a value needs any work: most values are plain
const PLAIN = /^[^\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** A string without the characters XML 1.0 cannot hold. */
export const xmlSafe = (s: string): string => (HAS_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, '') : s);
/** An attribute value: forbidden characters dropped, markup and whitespace escaped (so tabs and newlines survive parsing). */
export const attr = (v: string | number | boolean): string => {
  if (typeof v !== 'string') return String(v);
  if (PLAIN.test(v)) return v;
  return xmlSafe(v).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]);
};
// GEXF labels and kinds are xsd:token: one line, single spaces.
export const token = (s: string) => xmlSafe(s).replace(/\s+/g, ' ').trim();

export type Value = string | number | boolean | null | undefined;
// Declared once, whatever values this graph happens to hold, so that Gephi sees the same columns for every graph.
const NODE_MODEL: Array<[string, string, (a: NodeAttrs) => Value]> = [
  ['nodeKind', 'string', (a) => a.nodeKind],
  ['kind', 'string', (a) => (a.nodeKind === 'actor' ? a.kind : 'issue')],
  ['iso3', 'string', (a) => (a.nodeKind === 'actor' ? a.iso3 : null)],
  ['affiliation', 'string', (a) => (a.nodeKind === 'actor' ? a.affiliation : null)],
  ['resolvedBy', 'string', (a) => (a.nodeKind === 'actor' ? a.resolvedBy : null)],
  ['aliases', 'string', (a) => (a.nodeKind === 'actor' ? Object.keys(a.aliases ?? {}).join('; ') : null)],
  ['claims', 'string', (a) => (a.nodeKind === 'issue' ? Object.keys(a.claims ?? {}).join(' | ') : null)],
  ['frame', 'string', (a) => (a.nodeKind === 'issue' ? a.frame : null)],
  ['mentions', 'integer', (a) => a.mentions],
  ['firstDate', 'string', (a) => a.firstDate],
  ['lastDate', 'string', (a) => a.lastDate],
  ['pagerank', 'double', (a) => a.pagerank],
  ['weightedDegree', 'double', (a) => a.weightedDegree],
  ['community', 'integer', (a) => a.community],
];
const EDGE_MODEL: Array<[string, string, (a: RelationEdgeAttrs) => Value]> = [
  ['edgeKind', 'string', (a) => a.edgeKind],
  ['predicate', 'string', (a) => a.predicate],
  ['polarity', 'integer', (a) => a.polarity],
  ['negated', 'boolean', (a) => a.negated],
  ['modality', 'string', (a) => a.modality],
  ['attributedTo', 'string', (a) => a.attributedTo],
  ['documents', 'string', (a) => a.documents.join('; ')],
  ['firstDate', 'string', (a) => a.firstDate],
  ['lastDate', 'string', (a) => a.lastDate],
  ['evidence', 'string', (a) => a.evidence[0]?.text],
  ['cue', 'string', (a) => a.evidence[0]?.cue],
];

/** The `<attributes>` block of one class (node or edge) from its model. */
export const declare = <T>(cls: string, model: Array<[string, string, (a: T) => Value]>) =>
  `    <attributes class="${cls}">\n${model.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('')}    </attributes>\n`;

/** A node's or edge's `<attvalues>` block; empty values are left out. */
export function attvalues<T>(model: Array<[string, string, (a: T) => Value]>, a: T): string {
  let out = '';
  for (const [id, , get] of model) {
    const v = get(a);
    if (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) continue;
    out += `          <attvalue for="${id}" value="${attr(v)}"/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : '';
}

/** r/g/b rather than 1.3's hex: every GEXF reader knows the channels (networkx 2.x reads no hex). */
export function color(c: string | undefined): string {
  const m = c ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c) : null;
  return m ? `        <viz:color r="${parseInt(m[1], 16)}" g="${parseInt(m[2], 16)}" b="${parseInt(m[3], 16)}"/>\n` : '';
}
export const num = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
const span = (a: { firstDate: string | null; lastDate: string | null }) =>
  a.firstDate ? ` start="${attr(a.firstDate)}" end="${attr(a.lastDate ?? a.firstDate)}"` : '';

/**
 * An appender to `out` that joins pieces every few thousand, so that the garbage collector keeps a few hundred
 * flat strings rather than millions of pieces. Call with `last` set to flush.
 */
export function chunked(out: string[]): (piece: string, last?: boolean) => void {
  let chunk: string[] = [];
  return (piece, last = false) => {
    chunk.push(piece);
    if (last || chunk.length >= 4096) { out.push(chunk.join('')); chunk = []; }
  };
}

/** Gephi merges parallel edges of the same kind on import: negated and asserted relations must differ in kind too. */
export const edgeKindOf = (a: RelationEdgeAttrs): string =>
  a.edgeKind === 'position' ? (a.polarity < 0 ? 'against' : 'for') : a.negated ? `not-${a.predicate}` : a.predicate;

/**
 * GEXF 1.3 for Gephi, valid against the official RelaxNG schema: declared attributes, viz colour, size and
 * position, the relation type as edge `kind`, and time intervals (`start`/`end`) when documents have dates.
 */
export function toGEXF(graph: ActorGraph): string {
  const g = graph.getAttributes();
  const dynamic = graph.someNode((_n, a) => Boolean(a.firstDate)) || graph.someEdge((_e, a) => Boolean(a.firstDate));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">\n',
    `  <meta>\n    <creator>${attr(g.generator ?? 'actorgraph')}</creator>\n`,
    `    <description>${attr(`${g.name ?? 'actorgraph'}: ${g.documents ?? 0} documents, ${g.sentences ?? 0} sentences`)}</description>\n  </meta>\n`,
    `  <graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ''}>\n`,
    declare('node', NODE_MODEL), declare('edge', EDGE_MODEL),
    '    <nodes>\n',
  ];
  const emit = chunked(out);
  graph.forEachNode((n, a) => {
    let viz = color(a.color);
    if (num(a.size)) viz += `        <viz:size value="${a.size}"/>\n`;
    if (num(a.x) && num(a.y)) viz += `        <viz:position x="${a.x}" y="${a.y}"/>\n`;
    emit(`      <node id="${attr(n)}" label="${attr(token(a.label ?? n))}"${span(a)}>\n${attvalues(NODE_MODEL, a)}${viz}      </node>\n`);
  });
  emit('    </nodes>\n    <edges>\n');
  graph.forEachEdge((e, a, s, t) => {
    let viz = color(a.color);
    if (num(a.size)) viz += `        <viz:thickness value="${a.size}"/>\n`;
    emit(`      <edge id="${attr(e)}" source="${attr(s)}" target="${attr(t)}"${num(a.weight) ? ` weight="${a.weight}"` : ''} kind="${attr(token(edgeKindOf(a)))}" label="${attr(token(a.label ?? ''))}"${span(a)}>\n${attvalues(EDGE_MODEL, a)}${viz}      </edge>\n`);
  });
  emit('    </edges>\n  </graph>\n</gexf>\n', true);
  return out.join('');
}
