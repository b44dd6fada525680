import { describe, expect, it } from 'vitest';
import type { Material } from '../catalog/item.js';
import { checkCommitment, checkMaterials } from './check-materials.js';
import { certificateKind, commitmentOf, heldCertificates, materialViews } from './material-plan.js';
import { demoCatalog } from '../catalog/demo/demo-catalog.js';

const idCard: Material = { key: 'material.idCard', name: '居民身份证', necessity: 'required', eCertificate: 'idCard', paperCopies: 0, original: true };
const register: Material = { key: 'material.householdRegister', name: '户口簿', necessity: 'required', eCertificate: 'householdRegister', paperCopies: 0, original: true };
const lease: Material = { key: 'material.lease', name: '租赁合同', necessity: 'owed', owedWorkingDays: 10, paperCopies: 1, original: false };
const photo: Material = { key: 'material.photo', name: '证件照', necessity: 'optional', paperCopies: 0, original: false };
const materials = [idCard, register, lease, photo];

const citizen = { cardType: 'resident', name: '陈晓欣', idNumber: '420102199003070010', source: 'card' } as const;
const held = heldCertificates(citizen, [{ kind: 'household_register', name: '居民户口簿' }]);
/** A Friday in Beijing: 10 working days on is two weeks later. */
const now = new Date('2026-11-27T02:00:00Z');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]).toString('base64');

describe('what the screen is told about materials', () => {
  it('matches the catalog’s camelCase kinds to the platform’s snake_case ones, and the card just read', () => {
    expect(certificateKind('householdRegister')).toBe(certificateKind('household_register'));
    const views = materialViews(materials, held, now);
    expect(views.map((v) => v.certificate?.name ?? null)).toEqual(['居民身份证（本机已读取）', '居民户口簿', null, null]);
  });

  it('gives an owed material the catalog\'s deadline, as the date it falls on', () => {
    expect(materialViews(materials, held, now).map((v) => v.owed)).toEqual([null, null, { workingDays: 10, dueBy: '2026-12-11' }, null]);
  });

  it('gives no card to a citizen identified with another kind of card', () => {
    const foreigner = heldCertificates({ ...citizen, cardType: 'foreigner' }, []);
    expect(materialViews([idCard], foreigner, now)[0]?.certificate).toBeNull();
  });

  it('asks a citizen who typed their number for their ID card: no card was read; a 鄂汇办 code is the province\'s word for it', () => {
    expect(materialViews([idCard], heldCertificates({ ...citizen, source: 'typed' }, []), now)[0]?.certificate).toBeNull();
    expect(materialViews([idCard], heldCertificates({ ...citizen, source: 'appCode' }, []), now)[0]?.certificate).toEqual({ name: '居民身份证（鄂汇办已核验）' });
  });

  it('offers 告知承诺 with the hash of exactly its text, only where an item allows it', () => {
    const retirement = demoCatalog.items.find((i) => i.code === 'WH-RS-007');
    const card = demoCatalog.items.find((i) => i.code === 'WH-RS-002');
    if (!retirement || !card) throw new Error('demo items missing');
    const commitment = commitmentOf([retirement, card]);
    expect(commitment?.text).toBe(retirement.notificationPledge.text);
    expect(commitment?.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(commitmentOf([card])).toBeNull();
  });
});

describe('checking what the citizen submits', () => {
  it('accepts each material satisfied one way and sorts them for the receipt', () => {
    const resolved = checkMaterials(
      materials,
      [
        { key: 'material.idCard', way: 'certificate' },
        { key: 'material.householdRegister', way: 'captured', pagesJpegBase64: [jpeg, jpeg] },
        { key: 'material.lease', way: 'owed' },
      ],
      held,
    );
    expect(resolved.certified.map((m) => m.name)).toEqual(['居民身份证']);
    expect(resolved.captured.map((c) => c.material.name)).toEqual(['户口簿']);
    expect(resolved.captured[0]?.pages.map((page) => page.subarray(0, 3))).toEqual([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from([0xff, 0xd8, 0xff])]);
    expect(resolved.owed).toEqual([{ material: lease, workingDays: 10 }]);
  });

  it('names every required or 容缺 material left out; an optional one may be', () => {
    expect(() => checkMaterials(materials, [{ key: 'material.idCard', way: 'certificate' }], held)).toThrow('还缺少材料：户口簿、租赁合同');
  });

  it('refuses 容缺 for a material that must be handed in now', () => {
    const given = [{ key: 'material.idCard', way: 'owed' } as const];
    expect(() => checkMaterials([idCard], given, held)).toThrow('不能容缺');
  });

  it('refuses 免提交 without a certificate the citizen holds', () => {
    const none = heldCertificates({ ...citizen, cardType: 'foreigner' }, []);
    expect(() => checkMaterials([register], [{ key: register.key, way: 'certificate' }], none)).toThrow('没有可用的电子证照');
  });

  it('refuses a photo that is not a JPEG, a material twice, and one the item does not list', () => {
    expect(() => checkMaterials([register], [{ key: register.key, way: 'captured', pagesJpegBase64: [jpeg, png] }], held)).toThrow('第 2 页的照片不是可识别的图像');
    const twice = [{ key: register.key, way: 'certificate' } as const, { key: register.key, way: 'certificate' } as const];
    expect(() => checkMaterials([register], twice, held)).toThrow('与事项不符');
    expect(() => checkMaterials([register], [{ key: 'material.other', way: 'certificate' }], held)).toThrow('与事项不符');
  });
});

describe('checking the signed commitment', () => {
  const expected = { text: '本人承诺……', textSha256: 'a'.repeat(64) };
  const signed = { textSha256: expected.textSha256, signaturePngBase64: png, signedAt: '2026-11-23T03:00:00.000Z' };

  it('takes a PNG signature bound to the text shown', () => {
    expect(checkCommitment(expected, signed)).toMatchObject({ textSha256: expected.textSha256, signedAt: signed.signedAt });
  });

  it('asks for a signature where the item needs one, and refuses one where it does not', () => {
    expect(() => checkCommitment(expected, undefined)).toThrow('请阅读告知承诺书并签名');
    expect(() => checkCommitment(null, signed)).toThrow('不适用告知承诺');
    expect(checkCommitment(null, undefined)).toBeUndefined();
  });

  it('refuses a signature made on another version of the text, or not a PNG', () => {
    expect(() => checkCommitment(expected, { ...signed, textSha256: 'b'.repeat(64) })).toThrow('已更新');
    expect(() => checkCommitment(expected, { ...signed, signaturePngBase64: jpeg })).toThrow('不是可识别的图像');
  });
});
