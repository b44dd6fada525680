// 远程帮办 on the record: a clerk's identity check kept with the case of the citizen checked (and
// only that), and the numbers citizens leave when no clerk can be reached, listed to the region's
// clerks masked until one takes a number, then marked 已回电.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackListReplySchema, caseBatchReplySchema, caseStatusReplySchema, type CaseUpload, type RemoteIdentity } from '../../../platform/protocol/index.js';
import { as, expectError, makeAccount, signIn, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const jiangan = { hallName: '江岸区政务服务中心', terminalName: '1 号机', regionCode: '420102' };
const jiangan2 = { hallName: '江岸区政务服务中心', terminalName: '2 号机', regionCode: '420102' };
const jianghan = { hallName: '江汉区政务服务中心', terminalName: '1 号机', regionCode: '420103' };
/** makeCase's applicant 张三, 420102199001010010, as the kiosk masks the card read for the clerk. */
const zhangSan = { cardType: 'resident', maskedName: '张*', maskedIdNumber: '4201**********0010', source: 'card' } as const;
const chenXiaoxin = { cardType: 'resident', maskedName: '陈*欣', maskedIdNumber: '4201**********0029', source: 'card' } as const;

describe.each(databaseKinds)('远程帮办 on the record on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let neighbour: TestTerminal;
  const signed: Record<string, SignedIn> = {};
  const who = (name: string): SignedIn => signed[name] ?? expect.unreachable(`${name} is not signed in`);

  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform, jiangan);
    neighbour = await enrollTerminal(platform, jiangan2);
    await enrollTerminal(platform, jianghan);
    for (const [name, region] of [['jiangan.clerk', '420102'], ['jiangan.clerk2', '420102'], ['jianghan.clerk', '420103']] as const) {
      await makeAccount(platform, name, 'clerk', region);
      signed[name] = await signIn(platform, name);
    }
  });
  afterAll(() => platform.close());

  /** A call from `from`, with the card read `identity`, taken by jiangan.clerk; checked unless told not to. */
  async function call(from: TestTerminal, identity: RemoteIdentity | null, checked = true): Promise<string> {
    const id = uuidv7();
    expect((await signedFetch(platform, from, '/v1/remote-calls', { body: JSON.stringify({ id, item: null, identity }) })).status).toBe(200);
    expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/accept`, { body: {} })).status).toBe(200);
    if (checked) expect((await as(platform, who('jiangan.clerk'), `/v1/console/remote-calls/${id}/identity-checked`, { body: {} })).status).toBe(200);
    return id;
  }

  async function upload(cases: CaseUpload[]): Promise<string[]> {
    const res = await signedFetch(platform, terminal, '/v1/cases', { body: JSON.stringify({ cases }) });
    expect(res.status).toBe(200);
    return caseBatchReplySchema.parse(await res.json()).stored;
  }

  const linkOf = async (caseId: string) => (await platform.db.query<{ link: string | null }>('SELECT remote_call_id AS link FROM cases WHERE id = $1', [caseId])).rows[0]?.link;
  const checksOf = async (caseNumber: string) =>
    (await platform.db.query<{ actor: string; detail: { call: string } }>("SELECT actor, detail FROM audit_log WHERE action = 'case.remote_identity' AND target = $1", [caseNumber])).rows;

  it("records the clerk's check with the case of the citizen checked: on the case's timeline and once in the audit log", async () => {
    const id = await call(terminal, zhangSan);
    const checked = makeCase(terminal, { remoteCallId: id });
    expect(await upload([checked])).toEqual([checked.id]);
    expect(await linkOf(checked.id)).toBe(id);
    const status = caseStatusReplySchema.parse(await (await signedFetch(platform, terminal, `/v1/cases/${checked.caseNumber}`, { method: 'GET' })).json());
    expect(status.timeline.map((step) => step.label)).toContain('远程核验：jiangan.clerk');
    // The reply was lost and the kiosk sends the batch again: stored once, recorded once.
    expect(await upload([checked])).toEqual([checked.id]);
    expect(await checksOf(checked.caseNumber)).toEqual([{ actor: 'jiangan.clerk', detail: expect.objectContaining({ call: id }) }]);
  });

  it('stores, unlinked and unrecorded, a case naming a forged call, another terminal\'s, an unchecked one or one of another person', async () => {
    const naming = [uuidv7(), await call(neighbour, zhangSan), await call(terminal, zhangSan, false), await call(terminal, chenXiaoxin), await call(terminal, null, false)];
    const cases = naming.map((remoteCallId) => makeCase(terminal, { remoteCallId }));
    expect(await upload(cases)).toEqual(cases.map((c) => c.id));
    for (const c of cases) {
      expect(await linkOf(c.id), c.remoteCallId).toBeNull();
      expect(await checksOf(c.caseNumber)).toEqual([]);
    }
    const plain = makeCase(terminal);
    expect(await upload([plain])).toEqual([plain.id]);
    expect(await linkOf(plain.id)).toBeNull();
  });

  describe('numbers to call back (待回电)', () => {
    const at = () => new Date().toISOString();
    const item = { code: 'WH-RS-002', name: '社会保障卡补领' };
    const requests = { afterCall: uuidv7(), offline: uuidv7(), forgedCall: uuidv7() };
    const list = async (name: string) => callbackListReplySchema.parse(await (await as(platform, who(name), '/v1/console/callbacks')).json()).callbacks;
    const listed = async (name: string, id: string) => (await list(name)).find((c) => c.id === id);

    it('come up in the help calls\' queue once each, however often sent; a call id not the terminal\'s is dropped, the number kept', async () => {
      const unanswered = uuidv7();
      expect((await signedFetch(platform, terminal, '/v1/remote-calls', { body: JSON.stringify({ id: unanswered, item, identity: null }) })).status).toBe(200);
      expect((await signedFetch(platform, terminal, `/v1/remote-calls/${unanswered}/end`, { body: JSON.stringify({ by: 'unanswered' }) })).status).toBe(200);
      const othersCall = await call(neighbour, null, false);
      const items = [
        { id: requests.afterCall, at: at(), phone: '13800138000', call: unanswered, item },
        { id: requests.offline, at: at(), phone: '13912345678' },
        { id: requests.forgedCall, at: at(), phone: '13700001111', call: othersCall },
      ];
      for (let sent = 0; sent < 2; sent += 1) {
        const res = await signedFetch(platform, terminal, '/v1/help-calls', { body: JSON.stringify({ items }) });
        expect(await res.json()).toEqual({ stored: items.map((i) => i.id) });
      }
      const { rows } = await platform.db.query<{ id: string; call: string | null }>('SELECT id, call_id AS call FROM callback_requests WHERE id = ANY($1::uuid[]) ORDER BY id', [items.map((i) => i.id)]);
      expect(rows).toEqual(
        [
          { id: requests.afterCall, call: unanswered },
          { id: requests.offline, call: null },
          { id: requests.forgedCall, call: null },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
      const bad = await signedFetch(platform, terminal, '/v1/help-calls', { body: JSON.stringify({ items: [{ id: uuidv7(), at: at(), phone: '1234' }] }) });
      expect(bad.status).toBe(400);
    });

    it('are listed masked to the clerks of the region only, whole to the clerk who takes one, and leave the list once called back', async () => {
      expect(await listed('jiangan.clerk', requests.afterCall)).toMatchObject({ phone: '138****8000', afterCall: true, item, takenBy: null, terminalName: '1 号机' });
      expect(await listed('jiangan.clerk', requests.offline)).toMatchObject({ phone: '139****5678', afterCall: false, item: null });
      expect(await listed('jianghan.clerk', requests.afterCall)).toBeUndefined();
      await expectError(await as(platform, who('jianghan.clerk'), `/v1/console/callbacks/${requests.afterCall}/take`, { body: {} }), 403, 'forbidden');
      await expectError(await as(platform, who('jiangan.clerk'), `/v1/console/callbacks/${requests.afterCall}/called-back`, { body: {} }), 409, 'callback_not_taken');

      expect((await as(platform, who('jiangan.clerk'), `/v1/console/callbacks/${requests.afterCall}/take`, { body: {} })).status).toBe(200);
      expect(await listed('jiangan.clerk', requests.afterCall)).toMatchObject({ phone: '13800138000', takenBy: 'jiangan.clerk' });
      expect(await listed('jiangan.clerk2', requests.afterCall)).toMatchObject({ phone: '138****8000', takenBy: 'jiangan.clerk' });
      await expectError(await as(platform, who('jiangan.clerk2'), `/v1/console/callbacks/${requests.afterCall}/take`, { body: {} }), 409, 'callback_taken');
      await expectError(await as(platform, who('jiangan.clerk2'), `/v1/console/callbacks/${requests.afterCall}/called-back`, { body: {} }), 409, 'callback_taken');

      expect((await as(platform, who('jiangan.clerk'), `/v1/console/callbacks/${requests.afterCall}/called-back`, { body: {} })).status).toBe(200);
      expect(await listed('jiangan.clerk', requests.afterCall)).toBeUndefined();
      expect(await listed('jiangan.clerk', requests.offline)).toBeDefined();
      const { rows } = await platform.db.query<{ action: string; entry: string }>(
        "SELECT action, row_to_json(audit_log)::text AS entry FROM audit_log WHERE target = $1 ORDER BY id",
        [requests.afterCall],
      );
      expect(rows.map((r) => r.action)).toEqual(['callback.taken', 'callback.called_back']);
      for (const row of rows) expect(row.entry).not.toContain('13800138000');
    });
  });
});
