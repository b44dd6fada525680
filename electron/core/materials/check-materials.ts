import { KioskError } from '../../api/errors.js';
import type { CommitmentSubmission, CommitmentView, MaterialSubmission } from '../../api/materials.js';
import type { Material } from '../catalog/item.js';
import { certificateFor, type HeldCertificates } from './material-plan.js';

export interface ResolvedMaterials {
  certified: Material[];
  captured: { material: Material; jpeg: Buffer }[];
  owed: { material: Material; workingDays: number }[];
}

export interface SignedCommitment {
  textSha256: string;
  signedAt: string;
  png: Buffer;
}

const jpegMagic = Buffer.from([0xff, 0xd8, 0xff]);
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(message: string, hint = '请返回材料页面重新确认'): KioskError {
  return new KioskError({ code: 'INVALID_ANSWERS', message, hint });
}

function imageOf(base64: string, magic: Buffer, what: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (!bytes.subarray(0, magic.length).equals(magic)) throw refuse(`${what}不是可识别的图像`, '请重新拍摄或签名');
  return bytes;
}

function resolveOne(material: Material, given: MaterialSubmission, held: HeldCertificates, into: ResolvedMaterials): void {
  switch (given.way) {
    case 'certificate':
      if (!certificateFor(material, held)) throw refuse(`“${material.name}”没有可用的电子证照`, '请拍照上传');
      into.certified.push(material);
      return;
    case 'captured':
      into.captured.push({ material, jpeg: imageOf(given.jpegBase64, jpegMagic, `“${material.name}”的照片`) });
      return;
    case 'owed':
      if (material.necessity !== 'owed') throw refuse(`“${material.name}”不能容缺，须当场提供`);
      into.owed.push({ material, workingDays: given.workingDays });
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
    if (!material || seen.has(entry.key)) throw refuse('提交的材料与事项不符');
    seen.add(entry.key);
    resolveOne(material, entry, held, resolved);
  }
  const missing = materials.filter((m) => m.necessity !== 'optional' && !seen.has(m.key));
  if (missing.length > 0) throw refuse(`还缺少材料：${missing.map((m) => m.name).join('、')}`);
  return resolved;
}

/** A commitment where the items ask for one, signed on exactly the text the screen showed. */
export function checkCommitment(expected: CommitmentView | null, given: CommitmentSubmission | undefined): SignedCommitment | undefined {
  if (!expected) {
    if (given) throw refuse('该事项不适用告知承诺');
    return undefined;
  }
  if (!given) throw refuse('请阅读告知承诺书并签名', '签名后才能提交');
  if (given.textSha256 !== expected.textSha256) throw refuse('告知承诺书已更新，请重新阅读并签名');
  return { textSha256: given.textSha256, signedAt: given.signedAt, png: imageOf(given.signaturePngBase64, pngMagic, '签名') };
}
