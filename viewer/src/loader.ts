// Getting graphs into the browser: by URL, from a picked or dropped file (our JSON or GEXF), and the
// optional position networks beside graph.json. Errors come back as one readable line.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexfDom } from 'graphology-gexf/browser';
import { GraphLoadError, graphFromSerialized, parseGraphText, type ViewGraph } from './model.ts';
import type { Network } from './state.ts';
import { resolveTies } from './ties.ts';

const parseGexf = (xml: string) => parseGexfDom(MultiDirectedGraph as any, xml, { addMissingNodes: true }) as any;

/** Parses a graph file's text (JSON or GEXF). */
export const parseGraphFile = (text: string, name: string): ViewGraph => parseGraphText(text, name, parseGexf);

async function fetchText(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new GraphLoadError(`${url}: could not be fetched (${(err as Error).message})`);
  }
  if (!res.ok) throw new GraphLoadError(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
  return res.text();
}

/** Fetches and parses a graph by URL. */
export async function fetchGraph(url: string): Promise<ViewGraph> {
  const text = await fetchText(url);
  performance.mark('actorgraph:fetched');
  const graph = parseGraphFile(text, url);
  performance.mark('actorgraph:parsed');
  return graph;
}

/** Reads a picked or dropped file. */
export async function readGraphFile(file: File): Promise<ViewGraph> {
  return parseGraphFile(await file.text(), file.name);
}

export type PositionNetworks = Partial<Record<Exclude<Network, 'relations'>, ViewGraph>> & { issues: unknown[] };

/** Loads positions.json beside the graph URL; null when it is not there (the claims stage has not run). */
export async function fetchPositions(graphUrl: string): Promise<{ networks: PositionNetworks | null; error: string | null }> {
  const url = new URL('positions.json', new URL(graphUrl, location.href)).href;
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    return { networks: null, error: null };
  }
  if (!res.ok) return { networks: null, error: null };
  try {
    const data = JSON.parse(await res.text());
    if (!data || typeof data !== 'object') throw new GraphLoadError('positions.json: not a JSON object');
    const networks: PositionNetworks = { issues: Array.isArray(data.issues) ? data.issues : [] };
    resolveTies(data);
    for (const key of ['congruence', 'conflict', 'actorIssue'] as const) {
      if (data[key]) networks[key] = graphFromSerialized(data[key], `positions.json (${key})`, { edgeKind: key === 'actorIssue' ? 'position' : key });
    }
    return { networks, error: null };
  } catch (err) {
    return { networks: null, error: err instanceof GraphLoadError ? err.message : `positions.json: not valid JSON (${(err as Error).message})` };
  }
}
