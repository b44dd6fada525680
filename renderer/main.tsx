import { keepEarlyTaps } from './boot/early-taps.js';
import { afterPaint } from './perf/after-paint.js';
// The stylesheets of the home drawn at build time, in <head> with the page: the home must be
// styled before the app's chunk (which imports them too) arrives.
import './styles.css';
import './screens/home/home.css';

/*
 * The entry is kept tiny: the page runs without a JIT, and the home is already in index.html
 * (drawn at build time, build/prerender-home.js). The app's chunk is fetched and parsed once that
 * home is painted; taps made meanwhile are kept and replayed.
 */
/** Marked when the home is painted and the app's chunk asked for: the start-up bench counts the script fetched before it. */
const homeDrawnMark = 'tongban:home-drawn';
const taps = keepEarlyTaps(document);
afterPaint(() => {
  performance.mark(homeDrawnMark);
  void import('./start.js').then(({ start }) => start(taps));
});
