/**
 * The CJK font used wherever tongban draws Chinese itself instead of a printer's ROM font: the
 * simulator's receipt PNGs and the A4 PDFs. Debian's fonts-noto-cjk (build/install-os-deps.sh)
 * puts it here; one collection file holds the JP, KR, SC, TC and HK faces.
 */
import { existsSync } from 'node:fs';

export const NOTO_SANS_CJK = {
  regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
} as const;

/** The simplified-Chinese face inside the collection, for renderers that pick a face by name (pdfkit). */
export const SIMPLIFIED_FACE = { regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Bold' } as const;

export class CjkFontMissingError extends Error {
  constructor(path: string) {
    super(`找不到中文字体 / CJK font not found at ${path}: install it with \`apt-get install fonts-noto-cjk\` (build/install-os-deps.sh)`);
    this.name = 'CjkFontMissingError';
  }
}

/** The font file's path, or a CjkFontMissingError that says how to install it. */
export function cjkFontPath(weight: 'regular' | 'bold'): string {
  const path = NOTO_SANS_CJK[weight];
  if (!existsSync(path)) throw new CjkFontMissingError(path);
  return path;
}
