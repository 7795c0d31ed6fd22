// ForceAtlas2 in a web worker with start/stop; noverlap when it stops, so labels do not sit on each other.
// Positions start from the build's seeded layout; this only refines them on demand.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './model.ts';

export class LayoutControl {
  private fa2: FA2Layout | null = null;

  constructor(private graph: ViewGraph) {}

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  /** Starts (or resumes) ForceAtlas2 in its worker. */
  start(): void {
    if (!this.fa2) {
      const settings = { ...forceAtlas2.inferSettings(this.graph as any), barnesHutOptimize: this.graph.order > 500, adjustSizes: false };
      this.fa2 = new FA2Layout(this.graph as any, { settings, getEdgeWeight: 'weight' });
    }
    this.fa2.start();
  }

  /** Stops the worker and removes overlaps; `unitsPerPixel` turns the drawn node sizes into graph units. */
  stop(unitsPerPixel = 1): void {
    if (!this.fa2) return;
    this.fa2.stop();
    noverlap.assign(this.graph as any, {
      maxIterations: 120,
      settings: { margin: 3 * unitsPerPixel, ratio: 1.1 },
      inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? 4) * unitsPerPixel }),
      outputReducer: (_key, a) => ({ x: a.x, y: a.y }),
    });
  }

  /** Ends the worker for good (a new graph was loaded). */
  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
  }
}

/** Lays out a small graph at once (position networks arrive on a circle): seeded-free ForceAtlas2 from the given positions, then noverlap. */
export function settle(graph: ViewGraph, iterations = 200): void {
  if (graph.order === 0 || graph.order > 2000) return;
  forceAtlas2.assign(graph as any, { iterations, settings: forceAtlas2.inferSettings(graph as any), getEdgeWeight: 'weight' });
  noverlap.assign(graph as any, { maxIterations: 60 });
}
