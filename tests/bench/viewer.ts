// Viewer first-render timing in headless Chromium, through the e2e harness (tests/e2e/browser.ts).
import { openViewer, readyTimings, startViewerSession, writeGraphDir } from '../e2e/browser.ts';
import { syntheticGraph } from './export.ts';

export interface ViewerBench {
  nodes: number;
  edges: number;
  /** Seconds from navigation to the frame after sigma's first draw (the viewer's own figure). */
  firstRenderSeconds: number;
  /** Seconds until that drawing reached the screen. */
  paintedSeconds: number;
  stages: Record<string, number>;
}

/** First render time of a 5,000-node, 25,000-edge graph of our schema in the viewer. */
export async function benchViewer(nodes = 5_000, edges = 25_000): Promise<ViewerBench> {
  const graph = syntheticGraph(nodes, edges, 'actorgraph-viewer');
  const dir = writeGraphDir(graph.export());
  try {
    const session = await startViewerSession(dir.dir);
    try {
      await openViewer(session.page, session.url, '', 120_000);
      const t = await readyTimings(session.page, 120_000);
      const error = await session.page.locator('#error').isVisible().catch(() => false);
      if (error) throw new Error(`viewer shows an error: ${await session.page.locator('#error').innerText()}`);
      return { nodes, edges, firstRenderSeconds: t.readyMs / 1000, paintedSeconds: t.paintedMs / 1000, stages: t.stages };
    } finally {
      await session.close();
    }
  } finally {
    dir.remove();
  }
}
