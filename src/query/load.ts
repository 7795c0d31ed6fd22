import fs from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { ActorGraph } from '../graph/schema.ts';

/** A graph from its graphology serialization (the content of graph.json). */
export function graphFromJSON(data: SerializedGraph): ActorGraph {
  return MultiDirectedGraph.from(data as any) as unknown as ActorGraph;
}

/** Reads a graph.json written by `actorgraph build` (or the graph.json of a folder); throws a one-line error naming the file when it cannot. */
export function loadGraph(file: string): ActorGraph {
  let text: string;
  try {
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, 'graph.json');
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message.split('\n')[0]}`);
  }
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) throw new Error(`${file}: not a graph (expected graphology's {nodes, edges} serialization)`);
  try {
    return graphFromJSON(data);
  } catch (e) {
    throw new Error(`${file}: not a graph (${(e as Error).message.split('\n')[0]})`);
  }
}
