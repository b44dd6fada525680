import { describe, expect, it } from 'vitest';
import { maxPageBytes, maxPagesPerMaterial } from './material-limits.js';
import { materialSubmissionSchema } from './materials.js';

const page = (bytes: number) => Buffer.alloc(bytes, 0xff).toString('base64');
const captured = (pages: string[]) => ({ key: 'material.lease', way: 'captured', pagesJpegBase64: pages });

describe('a photographed material as the screen sends it', () => {
  it('takes pages up to 500 KB each and up to the page limit', () => {
    expect(materialSubmissionSchema.safeParse(captured([page(maxPageBytes), page(10)])).success).toBe(true);
    expect(materialSubmissionSchema.safeParse(captured(Array.from({ length: maxPagesPerMaterial }, () => page(10)))).success).toBe(true);
  });

  it('refuses a page over 500 KB, one page too many, and no page at all', () => {
    // base64 counts in threes: 3 bytes over is the first size its length tells apart.
    expect(materialSubmissionSchema.safeParse(captured([page(maxPageBytes + 3)])).success).toBe(false);
    expect(materialSubmissionSchema.safeParse(captured(Array.from({ length: maxPagesPerMaterial + 1 }, () => page(10)))).success).toBe(false);
    expect(materialSubmissionSchema.safeParse(captured([])).success).toBe(false);
  });
});
