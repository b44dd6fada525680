import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../platform/protocol/certificates.js';
import { demoCatalog } from '../../../tests/support/kiosk-core.js';
import { Session, type Identity } from '../session/session.js';
import { materialsHandlers } from './materials-handlers.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };
const birth: Certificate = {
  kind: 'birthMedicalCert',
  name: '出生医学证明',
  number: 'Q420012345',
  issuer: '武汉市妇幼保健院',
  issuedOn: '2026-11-01',
  validUntil: null,
  fields: {},
};

/** 陈晓欣 at a demo terminal, her e-certificates as the platform gave them (undefined: it did not answer). */
function terminal(certificates: Certificate[] | undefined) {
  const session = new Session(60_000);
  session.identify(chen);
  return materialsHandlers({ catalog: demoCatalog, session }, { certificates: { load: async () => certificates } });
}

const spared = (reply: { materials: { key: string; certificate: { name: string } | null }[] }) =>
  Object.fromEntries(reply.materials.map((m) => [m.key, m.certificate?.name ?? null]));

describe('the materials step', () => {
  it('spares the copy of the ID card just read, and of each e-certificate the citizen holds', async () => {
    expect(spared(await terminal([birth])['materials.get']({ itemCode: 'WH-GA-001' }))).toEqual({
      'material.idCard': '居民身份证（本机已读取）',
      'material.birthMedicalCert': '出生医学证明',
      'material.householdRegister': null,
    });
    expect(spared(await terminal([])['materials.get']({ itemCode: 'WH-RS-002' }))).toEqual({
      'material.idCard': '居民身份证（本机已读取）',
      'material.photo': null,
    });
  });

  it('asks for the paper when the platform did not answer, and offers 告知承诺 where the item allows it', async () => {
    const reply = await terminal(undefined)['materials.get']({ itemCode: 'WH-GA-001' });
    expect(spared(reply)['material.birthMedicalCert']).toBeNull();
    expect(reply.commitment?.text).toMatch(/本人承诺/);
    expect((await terminal([])['materials.get']({ itemCode: 'WH-RS-002' })).commitment).toBeNull();
  });
});
