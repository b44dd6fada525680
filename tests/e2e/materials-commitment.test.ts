import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { standardPledge } from '../../electron/core/catalog/demo/guide-defaults.js';
import { answerPages, identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { pagePhoto, y4mOf } from '../support/page-photo.js';
import { maxPageBytes } from '../../electron/api/material-limits.js';
import { chromiumArgs, chromiumPath, expectText, shootLayouts, useBrowser, useKiosk } from './harness.js';

/**
 * 城镇污水排入排水管网许可 asks for the ID card (read here: 免提交), the business licence (which
 * the demo citizen has no e-certificate for: photographed), a grease-trap description (容缺),
 * and allows 告知承诺.
 */
const itemCode = 'WH-SWJ-001';
const licence = 'material.businessLicense';
const greaseTrap = 'material.greaseTrap';

/**
 * Chromium's fake camera playing a photo of an A4 page lying at an angle on a dark desk: a real
 * video stream through getUserMedia, no prompt to answer.
 */
function launchWithCamera(): Promise<Browser> {
  const photo = pagePhoto(1280, 960, [
    { x: 420, y: 90 },
    { x: 860, y: 120 },
    { x: 900, y: 870 },
    { x: 340, y: 840 },
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'tongban-camera-')), 'page.y4m');
  writeFileSync(file, y4mOf(photo));
  const camera = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`];
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...camera], headless: true });
}

/** A terminal whose document camera is not there: no fake device, and this machine has none. */
function launchWithoutCamera(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--use-fake-ui-for-media-stream'], headless: true });
}

async function openMaterials(page: Page, demo: RunningDemo, elderly = false): Promise<void> {
  await page.goto(demo.kioskUrl ?? '');
  if (elderly) await page.getByTestId('home-elderly').click();
  // The card is taken back, as a citizen does: the next citizen's screen waits for their own card.
  await identifyWithCard(page, demo);
  await page.getByTestId('identity-continue').click();
  await page.getByTestId(`item-${itemCode}`).click();
  // Typed as a keyboard wedge would; the on-screen keyboard has its own test.
  await answerPages(page, {
    'applicant.phone': '13800000000',
    'business.name': '江汉小馆',
    'business.address': '武汉市江汉区建设大道1号',
    'business.area': '80',
  });
  await page.getByTestId('submit').click();
  await page.getByTestId('materials-submit').waitFor();
}

/** A name written with the mouse: pointer events, as a finger would make them. */
async function signWithMouse(page: Page): Promise<void> {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas on screen');
  const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(0.15, 0.6));
  await page.mouse.down();
  for (const [x, y] of [[0.25, 0.3], [0.35, 0.7], [0.45, 0.35], [0.55, 0.65], [0.7, 0.4], [0.85, 0.55]] as const) {
    await page.mouse.move(...at(x, y), { steps: 8 });
  }
  await page.mouse.up();
}

/** What the test reads of the page's <canvas>; the tests are compiled without the DOM's types. */
interface PixelSource {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Iterable<number> } } | null;
}

/** Whether the canvas has ink at a point given as fractions of its size. */
function inkAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.getByTestId('signature-canvas').evaluate(
    (element, [fx, fy]) => {
      const canvas = element as unknown as PixelSource;
      const [r, g, b, alpha] = canvas.getContext('2d')?.getImageData(Math.round(canvas.width * fx), Math.round(canvas.height * fy), 1, 1).data ?? [];
      return (alpha ?? 0) > 0 && (r ?? 255) < 128 && (g ?? 255) < 128 && (b ?? 255) < 128;
    },
    [x, y] as const,
  );
}

/** What the test reads of an <img> on the page, drawn on a canvas; the tests are compiled without the DOM's types. */
interface ImageElement {
  naturalWidth: number;
  naturalHeight: number;
  ownerDocument: { createElement(tag: 'canvas'): DrawingCanvas };
}

interface DrawingCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Iterable<number> }; drawImage(image: unknown, x: number, y: number): void } | null;
}

/** A page photo as shown: its size, where its printed frame's left and top edges run, how light its corners are. */
interface PageShape {
  width: number;
  height: number;
  /** x of the frame's left edge at 30%, 50% and 70% of the height. */
  left: number[];
  /** y of the frame's top edge at 30%, 50% and 70% of the width. */
  top: number[];
  /** Mean grey of a small patch in each corner: paper, not desk. */
  corners: number[];
}

function pageShape(page: Page, testId: string): Promise<PageShape> {
  return page.getByTestId(testId).evaluate((element) => {
    const image = element as unknown as ImageElement;
    const [width, height] = [image.naturalWidth, image.naturalHeight];
    const canvas = image.ownerDocument.createElement('canvas');
    [canvas.width, canvas.height] = [width, height];
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0);
    const grey = (x: number, y: number): number => {
      const [r = 0, g = 0, b = 0] = context?.getImageData(x, y, 1, 1).data ?? [];
      return (r + g + b) / 3;
    };
    const firstDark = (along: (i: number) => number, length: number): number => {
      for (let i = 0; i < length; i += 1) if (along(i) < 100) return i;
      return -1;
    };
    const patch = (x0: number, y0: number): number => {
      let sum = 0;
      for (let y = 0; y < 4; y += 1) for (let x = 0; x < 4; x += 1) sum += grey(x0 + x, y0 + y);
      return sum / 16;
    };
    const inset = Math.round(width * 0.02);
    return {
      width,
      height,
      left: [0.3, 0.5, 0.7].map((f) => firstDark((x) => grey(x, Math.round(height * f)), width)),
      top: [0.3, 0.5, 0.7].map((f) => firstDark((y) => grey(Math.round(width * f), y), height)),
      corners: [patch(inset, inset), patch(width - inset - 4, inset), patch(width - inset - 4, height - inset - 4), patch(inset, height - inset - 4)],
    };
  });
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

interface PlatformMaterial {
  id: string;
  sha256: string;
  complete: boolean;
  bytes: Buffer;
}

async function platformMaterials(demo: RunningDemo, caseNumber: string): Promise<PlatformMaterial[]> {
  const { rows } = await demo.platform.db.query<{ id: string; sha256: string; complete: boolean }>(
    'SELECT id, sha256, completed_at IS NOT NULL AS complete FROM materials WHERE case_number = $1',
    [caseNumber],
  );
  return Promise.all(
    rows.map(async (row) => {
      const chunks = await demo.platform.db.query<{ bytes: Uint8Array }>('SELECT bytes FROM material_chunks WHERE material_id = $1 ORDER BY n', [row.id]);
      return { ...row, bytes: Buffer.concat(chunks.rows.map((c) => Buffer.from(c.bytes))) };
    }),
  );
}

interface KioskRecord {
  materials: { name: string; id: string; sha256: string }[];
  owedDueBy: string | undefined;
  commitment: { text_sha256: string; signature_material_id: string } | undefined;
}

function kioskRecord(demo: RunningDemo, caseNumber: string): KioskRecord {
  const db = new BetterSqlite3(join(demo.coreConfig.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    const caseId = db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE case_number = ?').get(caseNumber)?.id ?? '';
    return {
      materials: db.prepare<[string], { name: string; id: string; sha256: string }>('SELECT name, id, sha256 FROM materials WHERE case_id = ?').all(caseId),
      owedDueBy: db.prepare<[string, string], { due_by: string }>('SELECT due_by FROM case_materials WHERE case_id = ? AND key = ?').get(caseId, greaseTrap)?.due_by,
      commitment: db.prepare<[string], { text_sha256: string; signature_material_id: string }>('SELECT text_sha256, signature_material_id FROM case_commitments WHERE case_id = ?').get(caseId),
    };
  } finally {
    db.close();
  }
}

describe('materials and 告知承诺 in the apply flow, in Chromium with its fake camera', () => {
  const kiosk = useKiosk('materials', launchWithCamera);

  it('a photo from the camera, a 容缺 promise and a drawn signature reach the receipt, the store and the platform', async () => {
    const page = await kiosk.newPage();
    await openMaterials(page, kiosk.demo);
    await expectText(page.getByTestId('material-material.idCard-status'), '免提交');
    await shootLayouts(page, 'materials-1-materials');

    // Nothing chosen yet: the citizen is told, in words, what is still missing.
    await page.getByTestId('materials-submit').click();
    await expectText(page.getByTestId('materials-errors'), '营业执照');
    await expectText(page.getByTestId('materials-errors'), '告知承诺书签名');

    // Closing the camera without a photo leaves the material unchosen, as before.
    await page.getByTestId(`material-${licence}-capture`).click();
    await page.getByTestId('camera-cancel').click();
    await expectText(page.getByTestId(`material-${licence}-status`), '请选择一种方式');
    await page.getByTestId(`material-${licence}-capture`).click();
    // Opening: one message, and no 请拍照 beside it (the material's status waits for the first page).
    expect(await page.getByTestId(`material-${licence}-status`).count()).toBe(0);
    await expect.poll(() => page.getByTestId('camera-shoot').isEnabled(), { timeout: 20_000 }).toBe(true);
    await expectText(page.getByTestId('camera-message'), '请把材料平放在拍摄区内');
    await shootLayouts(page, 'materials-2-camera', page.getByTestId('camera'));
    await page.getByTestId('camera-shoot').click();
    await page.getByTestId(`material-${licence}-page-1`).waitFor();
    await expectText(page.getByTestId(`material-${licence}-status`), '已拍照 1 页');
    // The camera is off once the photo is taken: no live picture is left on screen.
    expect(await page.getByTestId('camera-video').count()).toBe(0);

    // The page lay at an angle on a dark desk: it comes out cropped, upright and rectangular.
    const shape = await pageShape(page, `material-${licence}-page-1`);
    expect(shape.height / shape.width).toBeGreaterThan(Math.SQRT2 - 0.1);
    expect(shape.height / shape.width).toBeLessThan(Math.SQRT2 + 0.1);
    expect(Math.min(...shape.left)).toBeGreaterThan(0);
    expect(spread(shape.left)).toBeLessThanOrEqual(shape.width * 0.015);
    expect(spread(shape.top)).toBeLessThanOrEqual(shape.height * 0.015);
    for (const light of shape.corners) expect(light).toBeGreaterThan(180);

    // A second and a third page, the second deleted, the first taken again: two pages in order.
    for (const n of [2, 3]) {
      await page.getByTestId(`material-${licence}-add-page`).click();
      await expectText(page.getByTestId('camera'), `拍第 ${n} 页`);
      await expect.poll(() => page.getByTestId('camera-shoot').isEnabled(), { timeout: 20_000 }).toBe(true);
      await page.getByTestId('camera-shoot').click();
      await page.getByTestId(`material-${licence}-page-${n}`).waitFor();
    }
    await page.getByTestId(`material-${licence}-delete-2`).click();
    expect(await page.getByTestId(`material-${licence}-page-3`).count()).toBe(0);
    await page.getByTestId(`material-${licence}-retake-1`).click();
    await expectText(page.getByTestId('camera'), '重拍第 1 页');
    await expect.poll(() => page.getByTestId('camera-shoot').isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('camera-shoot').click();
    await expectText(page.getByTestId(`material-${licence}-status`), '已拍照 2 页');
    await shootLayouts(page, 'materials-2b-two-pages', page.getByTestId(`material-${licence}`));

    // The deadline is the catalog's (领取结果前: the 5 days the result is promised in), not a choice.
    await expectText(page.getByTestId(`material-${greaseTrap}-deadline`), '须在 5 个工作日内');
    await page.getByTestId(`material-${greaseTrap}-owe`).click();
    await expectText(page.getByTestId(`material-${greaseTrap}-status`), '（5 个工作日内）');
    expect(await page.locator(`[data-testid^="material-${greaseTrap}-days-"]`).count()).toBe(0);

    await expectText(page.getByTestId('commitment-text'), standardPledge);
    expect(await page.getByTestId('signature-confirm').isDisabled()).toBe(true);
    await signWithMouse(page);
    await shootLayouts(page, 'materials-3-signing', page.getByTestId('signature-confirm'));
    await page.getByTestId('signature-confirm').click();
    await page.getByTestId('signature-done').waitFor();
    await shootLayouts(page, 'materials-4-ready', page.getByTestId('materials-submit'));

    await page.getByTestId('materials-submit').click();
    await page.getByTestId('case-number').waitFor({ timeout: 20_000 });
    // The case number comes first; the receipt follows once the upload was tried.
    await expectText(page.getByTestId('receipt-state'), '回执已打印');
    await shootLayouts(page, 'materials-5-done');
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');

    const stored = kioskRecord(kiosk.demo, caseNumber);
    const [year, month, day] = (stored.owedDueBy ?? '').split('-');
    const receipt = (kiosk.demo.devices.printerSim?.receipts[0]?.text ?? '').replace(/\s+/g, '');
    for (const line of ['已收材料', '居民身份证（电子证照，免提交）', '营业执照（本机拍照2页）', '容缺待补材料', `隔油设施说明${year}年${Number(month)}月${Number(day)}日前补交`, '告知承诺']) {
      expect(receipt).toContain(line);
    }

    // The case carries the commitment: bound to the very text shown, its signature a material of the case.
    expect(stored.commitment?.text_sha256).toBe(createHash('sha256').update(standardPledge).digest('hex'));
    const signature = stored.materials.find((m) => m.id === stored.commitment?.signature_material_id);
    const pages = ['营业执照（第 1 页，共 2 页）', '营业执照（第 2 页，共 2 页）'].map((name) => stored.materials.find((m) => m.name === name));
    expect(signature?.name).toBe('告知承诺书签名');

    // Every page and the signature reach the platform whole: every chunk in, the whole hash checked there and again here.
    await expect.poll(async () => (await platformMaterials(kiosk.demo, caseNumber)).filter((m) => m.complete).length, { timeout: 30_000 }).toBe(3);
    const uploaded = await platformMaterials(kiosk.demo, caseNumber);
    for (const photo of pages) {
      const photoThere = uploaded.find((m) => m.id === photo?.id);
      expect(photoThere?.sha256).toBe(photo?.sha256);
      expect(createHash('sha256').update(photoThere?.bytes ?? Buffer.alloc(0)).digest('hex')).toBe(photo?.sha256);
      expect(photoThere?.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(photoThere?.bytes.length).toBeLessThanOrEqual(maxPageBytes);
    }
    const signatureThere = uploaded.find((m) => m.id === signature?.id);
    expect(signatureThere?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    // The platform's case says the same: what is owed by when, and the commitment with its signature.
    const { rows } = await kiosk.demo.platform.db.query<{ materials: { name: string; way: string; dueBy: string | null }[]; commitment: { textSha256: string; signatureMaterialId: string } }>(
      'SELECT materials, commitment FROM cases WHERE case_number = $1',
      [caseNumber],
    );
    expect(rows[0]?.materials).toContainEqual(expect.objectContaining({ name: '隔油设施说明', way: 'owed', dueBy: stored.owedDueBy }));
    expect(rows[0]?.materials).toContainEqual(expect.objectContaining({ name: '营业执照', way: 'captured', pages: pages.map((p) => p?.id) }));
    expect(rows[0]?.commitment).toMatchObject({ textSha256: stored.commitment?.text_sha256, signatureMaterialId: signature?.id });
    await page.close();
  });

  it('in 长者模式 and English the ink lands under the finger, and the step speaks English', async () => {
    const page = await kiosk.newPage();
    await openMaterials(page, kiosk.demo, true);
    await page.getByTestId('language').click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Documents');
    await expectText(page.getByTestId(`material-${greaseTrap}-owe`), 'Apply now, hand it in later');
    await shootLayouts(page, 'materials-6-elderly-en-materials');
    // A page taken at 1.3×: its 重拍 and 删除 and 再拍一页 in reach, the count in English.
    await page.getByTestId(`material-${licence}-capture`).click();
    await expect.poll(() => page.getByTestId('camera-shoot').isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('camera-shoot').click();
    await expectText(page.getByTestId(`material-${licence}-status`), '1 page photographed');
    await shootLayouts(page, 'materials-6b-elderly-en-page', page.getByTestId(`material-${licence}`));
    await signWithMouse(page);
    // Halfway along the first stroke, from (0.15, 0.6) to (0.25, 0.3), at 1.3× zoom; nothing far from it.
    expect(await inkAt(page, 0.2, 0.45)).toBe(true);
    expect(await inkAt(page, 0.5, 0.95)).toBe(false);
    await shootLayouts(page, 'materials-7-elderly-en-signing', page.getByTestId('signature-confirm'));
    await page.getByTestId('signature-clear').click();
    expect(await inkAt(page, 0.2, 0.45)).toBe(false);
    expect(await page.getByTestId('signature-confirm').isDisabled()).toBe(true);
    await signWithMouse(page);
    await page.getByTestId('signature-confirm').click();
    await page.getByTestId('signature-image').waitFor();
    await expectText(page.getByTestId('signature-done'), 'Signed');
    await shootLayouts(page, 'materials-8-elderly-en-signed', page.getByTestId('signature-image'));
    await leaveApplication(page);
    await page.close();
  });

  describe('on a terminal with no document camera', () => {
    const bare = useBrowser(launchWithoutCamera);

    it('says so once, and offers 容缺 where the material allows it and the counter always', async () => {
      const page = await bare.newPage();
      await openMaterials(page, kiosk.demo);
      await page.getByTestId(`material-${greaseTrap}-capture`).click();
      await page.getByTestId('camera-failed').waitFor();
      // One state, one message: not "opening", not 拍照, not 请拍照 beside it.
      await expectText(page.getByTestId('camera-message'), '本机的高拍仪没有连接');
      expect(await page.getByTestId('camera-message').count()).toBe(1);
      for (const gone of ['camera-video', 'camera-shoot', `material-${greaseTrap}-status`]) expect(await page.getByTestId(gone).count()).toBe(0);
      await expectText(page.getByTestId('camera-counter'), '服务窗口');
      await shootLayouts(page, 'materials-9-no-camera-owed', page.getByTestId('camera'));
      await page.getByTestId('camera-owe').click();
      await expectText(page.getByTestId(`material-${greaseTrap}-status`), '先受理');
      expect(await page.getByTestId('camera').count()).toBe(0);

      // The licence is needed now: no 容缺 offered, the counter still is.
      await page.getByTestId(`material-${licence}-capture`).click();
      await page.getByTestId('camera-failed').waitFor();
      expect(await page.getByTestId('camera-owe').count()).toBe(0);
      await expectText(page.getByTestId('camera-counter'), '服务窗口');
      await shootLayouts(page, 'materials-10-no-camera-required', page.getByTestId('camera'));
      await page.getByTestId('camera-cancel').click();

      // The ID card has its e-certificate: that way is offered too, and taking it spares the copy.
      await page.getByTestId('material-material.idCard-capture').click();
      await page.getByTestId('camera-failed').waitFor();
      await page.getByTestId('camera-certificate').click();
      await expectText(page.getByTestId('material-material.idCard-status'), '免提交');
      await leaveApplication(page);
      await page.close();
    });

    it('in 长者模式 and English the same one message and ways', async () => {
      const page = await bare.newPage();
      await openMaterials(page, kiosk.demo, true);
      await page.getByTestId('language').click();
      await page.getByTestId(`material-${greaseTrap}-capture`).click();
      await expectText(page.getByTestId('camera-message'), 'The document camera of this terminal is not connected');
      await expectText(page.getByTestId('camera-owe'), 'Apply now, hand it in later');
      await shootLayouts(page, 'materials-11-no-camera-elderly-en', page.getByTestId('camera'));
      await leaveApplication(page);
      await page.close();
    });
  });
});
