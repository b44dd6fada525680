import { buildLexicon, type Lexicon } from './lexicon.js';
import { lexiconData } from './lexicon-data.js';

let built: Lexicon | null = null;

/** The kiosk's lexicon, built on first use (a few milliseconds) rather than at page load. */
export function kioskLexicon(): Lexicon {
  built ??= buildLexicon(lexiconData);
  return built;
}
