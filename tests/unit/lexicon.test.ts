import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../build/make-pinyin-lexicon.mjs', import.meta.url));

describe('the pinyin keyboard lexicon', () => {
  // The keyboard's candidates come from a 7,000-line generated file; if it drifts from its
  // sources, the next `npm run lexicon` silently changes what citizens are offered.
  it('is what the sources in build/pinyin-lexicon/ make, with nothing read from outside the repository', () => {
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
