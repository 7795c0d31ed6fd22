// sigma rendering programs: straight arrows for single relations, curved arrows (@sigma/edge-curve)
// so parallel relations between the same two actors are drawn apart.
import EdgeCurveProgram, { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { ViewGraph } from './model.ts';

// undirected files (the congruence and conflict networks) get the same shapes without arrow heads
export const EDGE_PROGRAMS = { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram, line: EdgeRectangleProgram, curvedLine: EdgeCurveProgram };

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvature(-index, -maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / maxIndex;
}

/** Sets the display-only `type` and `curvature` of every edge so parallel edges fan out (the recipe of sigma's parallel-edges example). */
export function assignEdgeShapes(graph: ViewGraph): void {
  indexParallelEdgesIndex(graph as any, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  const [straight, curved] = graph.getAttribute('undirected') ? ['line', 'curvedLine'] : ['straight', 'curved'];
  graph.forEachEdge((edge, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const min = a.parallelMinIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | null | undefined;
    if (typeof min === 'number' && typeof index === 'number') {
      graph.mergeEdgeAttributes(edge, { type: index ? curved : straight, curvature: curvature(index, max as number) } as any);
    } else if (typeof index === 'number') {
      graph.mergeEdgeAttributes(edge, { type: curved, curvature: curvature(index, max as number) } as any);
    } else graph.setEdgeAttribute(edge, 'type' as any, straight as any);
  });
}
