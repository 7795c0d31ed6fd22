// Viewer first-render timing in headless Chromium (filled in once tests/e2e/browser.ts lands).
export interface ViewerBench {
  nodes: number;
  edges: number;
  firstRenderSeconds: number;
}

/** First render time of a 5,000-node, 25,000-edge graph in the viewer. */
export async function benchViewer(_tmp: string): Promise<ViewerBench> {
  throw new Error('viewer harness (tests/e2e/browser.ts) not available yet');
}
