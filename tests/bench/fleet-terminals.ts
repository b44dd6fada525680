// Simulated terminals for the platform figures: enrolled in bulk, signing like the kiosk.
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../platform/db/database.js';
import type { CaseUpload, Heartbeat } from '../../platform/protocol/index.js';

export interface SimTerminal {
  id: string;
  code: string;
  privateKey: KeyObject;
  sequence: number;
}

/** Six characters from a prefix and the index, so a thousand terminals never collide. */
const codeOf = (prefix: string, i: number) => `${prefix}${i.toString(36).toUpperCase().padStart(5, '0')}`;

/** One INSERT for the lot: enrollment by token is measured by the tests, not here. */
export async function enrollInBulk(db: Database, count: number, prefix = 'B'): Promise<SimTerminal[]> {
  const terminals = Array.from({ length: count }, (_, i) => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    return { id: randomUUID(), code: codeOf(prefix, i), privateKey, sequence: 0, spki };
  });
  await db.query(
    `INSERT INTO terminals (id, code, name, hall_name, region_code, public_key)
     SELECT id, code, 'bench', '基准测试大厅', '420102', spki FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code text, spki text)`,
    [JSON.stringify(terminals.map(({ id, code, spki }) => ({ id, code, spki })))],
  );
  return terminals.map(({ spki: _spki, ...t }) => t);
}

export function benchCase(terminal: SimTerminal): CaseUpload {
  terminal.sequence += 1;
  return {
    id: uuidv7(),
    caseNumber: `${terminal.code}20261123${String(terminal.sequence).padStart(5, '0')}X`,
    itemCode: 'WH-RS-002',
    itemName: '社会保障卡补领',
    acceptedAt: new Date().toISOString(),
    applicant: { name: '陈晓欣', idNumber: '420103199003120029' },
    answers: { 'delivery.method': 'post', 'contact.phone': '13800000000', address: '武汉市江岸区沿江大道 100 号' },
  };
}

export const benchHeartbeat = (): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: { idcard: { ok: true }, printer: { ok: true } },
  outbox: { depth: 10, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
});
