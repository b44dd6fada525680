import { PNG } from 'pngjs';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxPageBytes } from '../../electron/api/material-limits.js';
import { ssim } from '../support/ssim.js';
import { useBrowser } from './harness.js';

/**
 * A page full of 8 pt print (Chinese and figures, the densest a material gets), as the camera step
 * hands it to compression: A4 with its long side 1,600 px (137 dpi, so 8 pt is 15 px). Compressed
 * by the kiosk's own code in Chromium without a JIT, it must fit 500 KB and stay readable: SSIM
 * against the original above the threshold, which a blurry low-quality JPEG of the same page fails.
 */
const threshold = 0.93;
const page = { width: 1131, height: 1600 } as const;

/** The kiosk's compressPage as one script for the test page: window.pageCompression.compressPage. */
async function compressionScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: 'renderer/camera/page/compress-page.ts', formats: ['iife'], name: 'pageCompression' } },
  });
  const outputs = Array.isArray(built) ? built : [built];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite made no script of compress-page.ts');
  return chunk.code;
}

/** What the page sends back: the original and each compressed version, all as lossless PNG. */
interface Rendered {
  originalPng: string;
  compressedBytes: number;
  compressedPng: string;
  crudePng: string;
}

/** Runs in Chromium: the 8 pt page drawn, compressed by the kiosk's code, and a crude JPEG to compare. */
const renderAndCompress = `(async ({ width, height, maxBytes }) => {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000';
  const px = Math.round((8 / 72) * (height / 11.69));
  context.font = px + 'px "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif';
  const line = '申请人姓名陈晓欣 身份证号码420102199003070010 住所武汉市江汉区建设大道1号 营业执照统一社会信用代码91420103MA4K1234XY 经营范围餐饮服务';
  for (let y = 90, n = 0; y < height - 90; y += Math.round(px * 1.5), n += 1) context.fillText(line.slice(n % 7) + line, 80, y, width - 160);
  const pngOf = (source) => source.toDataURL('image/png').split(',')[1];
  const decoded = async (base64) => {
    const image = new Image();
    image.src = 'data:image/jpeg;base64,' + base64;
    await image.decode();
    const out = document.createElement('canvas');
    [out.width, out.height] = [width, height];
    out.getContext('2d').drawImage(image, 0, 0, width, height);
    return pngOf(out);
  };
  const compressed = window.pageCompression.compressPage(canvas, maxBytes);
  const crude = canvas.toDataURL('image/jpeg', 0.05).split(',')[1];
  return { originalPng: pngOf(canvas), compressedBytes: atob(compressed).length, compressedPng: await decoded(compressed), crudePng: await decoded(crude) };
})`;

function grey(base64: string): Uint8Array {
  const png = PNG.sync.read(Buffer.from(base64, 'base64'));
  const out = new Uint8Array(png.width * png.height);
  for (let i = 0; i < out.length; i += 1) out[i] = Math.round(((png.data[i * 4] ?? 0) + (png.data[i * 4 + 1] ?? 0) + (png.data[i * 4 + 2] ?? 0)) / 3);
  return out;
}

describe('a photographed page compressed for upload', () => {
  const chromium = useBrowser();
  let script = '';
  beforeAll(async () => {
    script = await compressionScript();
  });

  it('fits 500 KB and keeps 8 pt print readable (SSIM above the threshold a crude JPEG fails)', async () => {
    const tab = await chromium.newPage();
    await tab.addScriptTag({ content: script });
    const rendered = (await tab.evaluate(`${renderAndCompress}(${JSON.stringify({ ...page, maxBytes: maxPageBytes })})`)) as Rendered;
    const original = grey(rendered.originalPng);
    const kept = ssim(original, grey(rendered.compressedPng), page.width, page.height);
    const crude = ssim(original, grey(rendered.crudePng), page.width, page.height);
    console.log(`8 pt page ${page.width}×${page.height}: ${Math.round(rendered.compressedBytes / 1024)} KB, SSIM ${kept.toFixed(4)} (a 5% quality JPEG: ${crude.toFixed(4)}; threshold ${threshold})`);
    expect(rendered.compressedBytes).toBeLessThanOrEqual(maxPageBytes);
    expect(kept).toBeGreaterThan(threshold);
    expect(crude).toBeLessThan(threshold);
    await tab.close();
  });
});
