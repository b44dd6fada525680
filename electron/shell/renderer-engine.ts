/**
 * V8 flags for the kiosk's page, in Electron and in the browser host's Chromium alike (and so in
 * the e2e tests and benchmarks that stand in for it).
 *
 * --jitless: the page runs on V8's interpreter alone. The page is a light touch UI; the heavy
 * work is the core's. Measured over 500 citizen sessions (`npm run bench -- --only citizen-ui`),
 * touch → next screen p95 was 35 ms without the JIT, beside 37 ms with it. What it buys:
 * - a renderer whose memory stays flat for months. With the JIT, the heap grew 1.3 MB of machine
 *   code over the first sessions as functions warmed up, and that growth would hide a real leak;
 * - no JIT compiler in the one process of a public terminal that shows ID data and reads scanned
 *   codes. JIT bugs are the commonest way into a V8 renderer.
 * It also turns off WebAssembly, which the page does not use.
 */
export const rendererJsFlags = '--jitless';

/** The same, as a Chromium command-line switch. */
export const rendererJsFlagsSwitch = `--js-flags=${rendererJsFlags}`;
