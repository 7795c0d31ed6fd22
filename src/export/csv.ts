import { stringify } from 'csv-stringify/sync';
import type { ActorGraph } from '../graph/schema.ts';

// csv-stringify quotes commas, quotes and newlines; booleans are spelled out (its default writes "1" and "").
const OPTIONS = { cast: { boolean: (v: boolean) => (v ? 'true' : 'false') } };

const NODE_HEADER = ['Id', 'Label', 'nodeKind', 'kind', 'iso3', 'affiliation', 'resolvedBy', 'aliases', 'mentions', 'firstDate', 'lastDate', 'pagerank', 'weightedDegree', 'community'];

/** nodes.csv: the Id and Label columns Gephi's spreadsheet import expects, then our attributes. */
export function nodesCSV(graph: ActorGraph): string {
  const rows = graph.mapNodes((n, a) => {
    const actor = a.nodeKind === 'actor' ? a : null;
    return [
      n, a.label, a.nodeKind, actor?.kind ?? 'issue', actor?.iso3 ?? '', actor?.affiliation ?? '', actor?.resolvedBy ?? '',
      Object.keys(actor ? actor.aliases : a.nodeKind === 'issue' ? a.claims : {}).join('; '),
      a.mentions, a.firstDate ?? '', a.lastDate ?? '', a.pagerank, a.weightedDegree, a.community,
    ];
  });
  return stringify([NODE_HEADER, ...rows], OPTIONS);
}

const EDGE_HEADER = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'edgeKind', 'predicate', 'polarity', 'negated', 'modality', 'attributed_to', 'documents', 'firstDate', 'lastDate', 'evidence'];

/** edges.csv: Source, Target, Type, Id, Label and Weight columns for Gephi, then our attributes; every evidence sentence, one per line of the cell. */
export function edgesCSV(graph: ActorGraph): string {
  const rows = graph.mapEdges((e, a, s, t) => [
    s, t, 'Directed', e, a.label, a.weight, a.edgeKind, a.predicate, a.polarity, a.negated, a.modality, a.attributedTo ?? '',
    a.documents.join('; '), a.firstDate ?? '', a.lastDate ?? '', a.evidence.map((x) => x.text.replace(/\s*\n\s*/g, ' ')).join('\n'),
  ]);
  return stringify([EDGE_HEADER, ...rows], OPTIONS);
}
