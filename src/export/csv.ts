import { stringify } from 'csv-stringify/sync';
import type { ActorGraph } from '../graph/schema.ts';

/** nodes.csv with the Id and Label columns Gephi's spreadsheet import expects. */
export function nodesCSV(graph: ActorGraph): string {
  const rows = graph.mapNodes((n, a) => [n, a.label, a.kind, a.iso3 ?? '', a.affiliation ?? '', a.mentions, a.community, a.pagerank]);
  return stringify([['Id', 'Label', 'kind', 'iso3', 'affiliation', 'mentions', 'community', 'pagerank'], ...rows]);
}

/** edges.csv with Source, Target, Type, Id, Label and Weight columns for Gephi, then our attributes. */
export function edgesCSV(graph: ActorGraph): string {
  const rows = graph.mapEdges((e, a, s, t) => [
    s, t, 'Directed', e, a.label, a.weight, a.predicate, a.polarity, a.negated, a.modality, a.attributedTo ?? '', a.documents.join(';'),
    a.evidence[0]?.text ?? '',
  ]);
  return stringify([['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'predicate', 'polarity', 'negated', 'modality', 'attributed_to', 'documents', 'evidence'], ...rows]);
}
