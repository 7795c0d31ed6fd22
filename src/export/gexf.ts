import gexf from 'graphology-gexf';
import type { ActorGraph } from '../graph/schema.ts';

/** GEXF 1.3 for Gephi: declared attributes, viz colour/size/position. */
export function toGEXF(graph: ActorGraph): string {
  const xml = gexf.write(graph as any, {
    version: '1.3',
    formatNode: (_key: string, a: any) => ({
      label: a.label,
      attributes: { kind: a.kind, iso3: a.iso3 ?? '', affiliation: a.affiliation ?? '', mentions: a.mentions, pagerank: a.pagerank, community: a.community },
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key: string, a: any) => ({
      label: a.label,
      weight: a.weight,
      attributes: { predicate: a.predicate, polarity: a.polarity, negated: a.negated, modality: a.modality, attributedTo: a.attributedTo ?? '' },
    }),
  } as any);
  // the official RelaxNG schema rejects xsi:schemaLocation on the root
  return xml.replace(/\s+xmlns:xsi="[^"]*"/, '').replace(/\s+xsi:schemaLocation="[^"]*"/, '');
}
