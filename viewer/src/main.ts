import Graph from 'graphology';
import Sigma from 'sigma';

// First viewer: the built graph drawn with its ForceAtlas2 positions and labels.
async function start() {
  const url = new URLSearchParams(location.search).get('graph') ?? 'graph/graph.json';
  const data = await (await fetch(url)).json();
  const graph = Graph.from(data);
  const renderer = new Sigma(graph, document.getElementById('sigma')!, { renderEdgeLabels: false });
  (window as any).__actorgraph = { graph, renderer };
}
start();
