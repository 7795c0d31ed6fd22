import type { ActorGraph } from '../graph/schema.ts';

/**
 * graphology's serialization ({options, attributes, nodes, edges}, loadable by `Graph.from` and by sigma), written one
 * node or edge per line: linear, diff-friendly, and without the deep copy `graph.export()` makes.
 */
export function toJSON(graph: ActorGraph): string {
  const out: string[] = [
    '{\n"options":', JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }),
    ',\n"attributes":', JSON.stringify(graph.getAttributes()), ',\n"nodes":[',
  ];
  let first = true;
  graph.forEachNode((key, attributes) => {
    out.push(first ? '\n' : ',\n', JSON.stringify({ key, attributes }));
    first = false;
  });
  out.push('\n],\n"edges":[');
  first = true;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    out.push(first ? '\n' : ',\n', JSON.stringify(undirected ? { key, source, target, attributes, undirected } : { key, source, target, attributes }));
    first = false;
  });
  out.push('\n]\n}\n');
  return out.join('');
}
