import { refusal, type KioskError, type Said } from '../../api/kiosk-error.js';
import type { CommitmentSubmission, CommitmentView, MaterialSubmission } from '../../api/materials.js';
import type { Material } from '../catalog/item.js';
import { certificateFor, type HeldCertificates } from './material-plan.js';

export interface ResolvedMaterials {
  certified: Material[];
  /** Each photographed material with its pages, in order. */
  captured: { material: Material; pages: Buffer[] }[];
  owed: { material: Material; workingDays: number }[];
}

export interface SignedCommitment {
  textSha256: string;
  signedAt: string;
  png: Buffer;
}

const jpegMagic = Buffer.from([0xff, 0xd8, 0xff]);
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const backToMaterials: Said = { zh: '请返回材料页面重新确认', en: 'Go back to the materials page and check them again' };

function refuse(message: Said, hint = backToMaterials): KioskError {
  return refusal('INVALID_ANSWERS', message, hint);
}

function imageOf(base64: string, magic: Buffer, what: Said): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (!bytes.subarray(0, magic.length).equals(magic)) throw refuse({ zh: `${what.zh}不是可识别的图像`, en: `The ${what.en} is not an image that can be read` }, { zh: '请重新拍摄或签名', en: 'Please take the photo or sign again' });
  return bytes;
}

/** The catalog guarantees an owed material names its deadline; a material without one is not owed. */
function owedDaysOf(material: Material): number {
  if (material.owedWorkingDays === undefined) throw new TypeError(`owed material ${material.key} has no owedWorkingDays`);
  return material.owedWorkingDays;
}

function resolveOne(material: Material, given: MaterialSubmission, held: HeldCertificates, into: ResolvedMaterials): void {
  switch (given.way) {
    case 'certificate':
      if (!certificateFor(material, held)) throw refuse({ zh: `“${material.name}”没有可用的电子证照`, en: `There is no e-certificate for “${material.name}”` }, { zh: '请拍照上传', en: 'Please take a photo of it' });
      into.certified.push(material);
      return;
    case 'captured':
      into.captured.push({
        material,
        pages: given.pagesJpegBase64.map((page, i) => imageOf(page, jpegMagic, { zh: `“${material.name}”第 ${i + 1} 页的照片`, en: `photo of page ${i + 1} of “${material.name}”` })),
      });
      return;
    case 'owed':
      if (material.necessity !== 'owed') throw refuse({ zh: `“${material.name}”不能容缺，须当场提供`, en: `“${material.name}” cannot be brought later; it is needed now` });
      into.owed.push({ material, workingDays: owedDaysOf(material) });
  }
}

/**
 * The citizen's word on each material, checked against the catalog: every required or 容缺-able
 * material accounted for, 容缺 only where allowed, 免提交 only with a certificate the citizen holds.
 */
export function checkMaterials(materials: readonly Material[], given: readonly MaterialSubmission[], held: HeldCertificates): ResolvedMaterials {
  const byKey = new Map(materials.map((m) => [m.key, m]));
  const seen = new Set<string>();
  const resolved: ResolvedMaterials = { certified: [], captured: [], owed: [] };
  for (const entry of given) {
    const material = byKey.get(entry.key);
    if (!material || seen.has(entry.key)) throw refuse({ zh: '提交的材料与事项不符', en: 'The materials sent do not match this service' });
    seen.add(entry.key);
    resolveOne(material, entry, held, resolved);
  }
  const missing = materials.filter((m) => m.necessity !== 'optional' && !seen.has(m.key));
  if (missing.length > 0) throw refuse({ zh: `还缺少材料：${missing.map((m) => m.name).join('、')}`, en: `Materials still missing: ${missing.map((m) => m.name).join(', ')}` });
  return resolved;
}

/** A commitment where the items ask for one, signed on exactly the text the screen showed. */
export function checkCommitment(expected: CommitmentView | null, given: CommitmentSubmission | undefined): SignedCommitment | undefined {
  if (!expected) {
    if (given) throw refuse({ zh: '该事项不适用告知承诺', en: 'This service does not take a written commitment' });
    return undefined;
  }
  if (!given) throw refuse({ zh: '请阅读告知承诺书并签名', en: 'Please read the commitment and sign it' }, { zh: '签名后才能提交', en: 'It can be submitted once signed' });
  if (given.textSha256 !== expected.textSha256) throw refuse({ zh: '告知承诺书已更新，请重新阅读并签名', en: 'The commitment has changed; please read it and sign again' });
  return { textSha256: given.textSha256, signedAt: given.signedAt, png: imageOf(given.signaturePngBase64, pngMagic, { zh: '签名', en: 'signature' }) };
}
