import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { standardPledge } from '../../electron/core/catalog/demo/guide-defaults.js';
import { answerPages, identifyWithCard, leaveApplication } from '../support/citizen-steps.js';
import { chromiumArgs, chromiumPath, expectText, shootLayouts, useKiosk } from './harness.js';

/**
 * 城镇污水排入排水管网许可 asks for the ID card (read here: 免提交), the business licence (which
 * the demo citizen has no e-certificate for: photographed), a grease-trap description (容缺),
 * and allows 告知承诺.
 */
const itemCode = 'WH-SWJ-001';
const licence = 'material.businessLicense';
const greaseTrap = 'material.greaseTrap';

/** Chromium's fake camera: a real video stream through getUserMedia, no prompt to answer. */
function launchWithCamera(): Promise<Browser> {
  const camera = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...camera], headless: true });
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
    await expect.poll(() => page.getByTestId('camera-shoot').isEnabled(), { timeout: 20_000 }).toBe(true);
    await shootLayouts(page, 'materials-2-camera', page.getByTestId('camera'));
    await page.getByTestId('camera-shoot').click();
    await page.getByTestId(`material-${licence}-photo`).waitFor();
    await expectText(page.getByTestId(`material-${licence}-status`), '已拍照');
    // The camera is off once the photo is taken: no live picture is left on screen.
    expect(await page.getByTestId('camera-video').count()).toBe(0);

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
    for (const line of ['已收材料', '居民身份证（电子证照，免提交）', '营业执照（本机拍照）', '容缺待补材料', `隔油设施说明${year}年${Number(month)}月${Number(day)}日前补交`, '告知承诺']) {
      expect(receipt).toContain(line);
    }

    // The case carries the commitment: bound to the very text shown, its signature a material of the case.
    expect(stored.commitment?.text_sha256).toBe(createHash('sha256').update(standardPledge).digest('hex'));
    const signature = stored.materials.find((m) => m.id === stored.commitment?.signature_material_id);
    const photo = stored.materials.find((m) => m.name === '营业执照');
    expect(signature?.name).toBe('告知承诺书签名');

    // Both reach the platform whole: every chunk in, the whole hash checked there and again here.
    await expect.poll(async () => (await platformMaterials(kiosk.demo, caseNumber)).filter((m) => m.complete).length, { timeout: 30_000 }).toBe(2);
    const uploaded = await platformMaterials(kiosk.demo, caseNumber);
    const photoThere = uploaded.find((m) => m.id === photo?.id);
    const signatureThere = uploaded.find((m) => m.id === signature?.id);
    expect(photoThere?.sha256).toBe(photo?.sha256);
    expect(createHash('sha256').update(photoThere?.bytes ?? Buffer.alloc(0)).digest('hex')).toBe(photo?.sha256);
    expect(photoThere?.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(signatureThere?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    // The platform's case says the same: what is owed by when, and the commitment with its signature.
    const { rows } = await kiosk.demo.platform.db.query<{ materials: { name: string; way: string; dueBy: string | null }[]; commitment: { textSha256: string; signatureMaterialId: string } }>(
      'SELECT materials, commitment FROM cases WHERE case_number = $1',
      [caseNumber],
    );
    expect(rows[0]?.materials).toContainEqual(expect.objectContaining({ name: '隔油设施说明', way: 'owed', dueBy: stored.owedDueBy }));
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
});
