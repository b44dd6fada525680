/**
 * The slice of the DOM that functions sent to page.evaluate touch. The test program is typed for
 * Node (the DOM lib would clash with Node's own fetch types), so in-page code reaches the page
 * through `globalThis as unknown as InPage`; these types are erased, nothing here runs.
 */
export interface InPageNode {
  nodeType: number;
  textContent: string | null;
}

export interface InPageElement extends InPageNode {
  tagName: string;
  className: string;
  dataset: Record<string, string | undefined>;
  childNodes: ArrayLike<InPageNode>;
  /** The CSS zoom in effect (长者模式 zooms the content); Chromium 128+. */
  currentCSSZoom: number;
  checkVisibility(): boolean;
  getBoundingClientRect(): { width: number; height: number };
  querySelectorAll(selectors: string): ArrayLike<InPageElement>;
}

export interface InPage {
  document: InPageElement & { body: InPageElement; fonts: { ready: Promise<unknown> } };
  getComputedStyle(element: InPageElement): { fontSize: string };
}
