/** True while the page is drawn at build time (in Node, prerender/home-html.tsx): no document then. */
export const prerendering = typeof document === 'undefined';
