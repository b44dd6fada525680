import { describe, expect, it } from 'vitest';
import { caseBatchReplySchema, caseStatusReplySchema, type CaseUpload } from '../../../platform/protocol/index.js';
import { countCases, databaseKinds, expectPlatformError, makeCase, signedFetch, twoTerminals, type TestTerminal } from './harness.js';

// Each case runs on PGlite and on a real PostgreSQL server: the same SQL must hold on both.
describe.each(databaseKinds)('on %s', (kind) => {
  const on = twoTerminals(kind);

  const upload = (as: TestTerminal, cases: CaseUpload[], options = {}) =>
    signedFetch(on.platform, as, '/v1/cases', { body: JSON.stringify({ cases }), ...options });

  describe('POST /v1/cases', () => {
    it('stores a signed batch and acknowledges every id', async () => {
      const cases = [makeCase(on.terminal), makeCase(on.terminal)];
      const res = await upload(on.terminal, cases);
      expect(res.status).toBe(200);
      expect(caseBatchReplySchema.parse(await res.json()).stored).toEqual(cases.map((c) => c.id));
      const { rows } = await on.platform.db.query<{ applicant_name: string; terminal_id: string; answers: unknown }>(
        'SELECT applicant_name, terminal_id, answers FROM cases WHERE id = $1',
        [cases[0]?.id],
      );
      expect(rows[0]).toEqual({ applicant_name: '张三', terminal_id: on.terminal.terminalId, answers: cases[0]?.answers });
    });

    it('acknowledges the same ids when a batch is resent, one row each', async () => {
      const cases = [makeCase(on.terminal), makeCase(on.terminal)];
      const first = caseBatchReplySchema.parse(await (await upload(on.terminal, cases)).json());
      const again = await upload(on.terminal, cases);
      expect(again.status).toBe(200);
      expect(caseBatchReplySchema.parse(await again.json()).stored).toEqual(first.stored);
      expect(await countCases(on.platform.db, first.stored)).toBe(2);
    });

    it('acknowledges a batch partly stored before, storing only the new case', async () => {
      const old = makeCase(on.terminal);
      await upload(on.terminal, [old]);
      const fresh = makeCase(on.terminal);
      const res = await upload(on.terminal, [old, fresh]);
      expect(caseBatchReplySchema.parse(await res.json()).stored).toEqual([old.id, fresh.id]);
      expect(await countCases(on.platform.db, [old.id, fresh.id])).toBe(2);
    });

    it('refuses a wrong signature with 401 and stores nothing', async () => {
      const c = makeCase(on.terminal);
      const tampered = JSON.stringify({ cases: [c] });
      const res = await signedFetch(on.platform, on.terminal, '/v1/cases', { body: tampered, signedBody: tampered.replace('张三', '李四') });
      await expectPlatformError(res, 401, 'bad_signature');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });

    it("refuses a request signed with one terminal's key under another's id", async () => {
      const c = makeCase(on.other);
      await expectPlatformError(await upload(on.terminal, [c], { claimId: on.other.terminalId }), 401, 'bad_signature');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });

    it('refuses a request without signature headers', async () => {
      const c = makeCase(on.terminal);
      const res = await fetch(`${on.platform.url}/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cases: [c] }),
      });
      await expectPlatformError(res, 401, 'unsigned');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });

    it('refuses an unknown terminal id and a time outside the allowed skew', async () => {
      const c = makeCase(on.terminal);
      const unknownId = '00000000-0000-4000-8000-000000000000';
      await expectPlatformError(await upload(on.terminal, [c], { claimId: unknownId }), 401, 'unknown_terminal');
      await expectPlatformError(await upload(on.terminal, [c], { time: '2020-01-01T00:00:00Z' }), 401, 'clock_skew');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });

    it('refuses a malformed body with 400 and stores nothing', async () => {
      const c = makeCase(on.terminal);
      const bad = { ...c, applicant: { name: '张三' } };
      await expectPlatformError(await upload(on.terminal, [bad as CaseUpload]), 400, 'bad_request');
      await expectPlatformError(await signedFetch(on.platform, on.terminal, '/v1/cases', { body: '{"cases":[' }), 400, 'bad_json');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });

    it('refuses a case number held by another case id with 409, storing none of the batch', async () => {
      const held = makeCase(on.terminal);
      await upload(on.terminal, [held]);
      const fresh = makeCase(on.terminal);
      const clash = makeCase(on.terminal, { caseNumber: held.caseNumber });
      await expectPlatformError(await upload(on.terminal, [fresh, clash]), 409, 'case_number_taken');
      expect(await countCases(on.platform.db, [fresh.id, clash.id])).toBe(0);
    });

    it('refuses two ids with one case number in a batch', async () => {
      const a = makeCase(on.terminal);
      const b = makeCase(on.terminal, { caseNumber: a.caseNumber });
      await expectPlatformError(await upload(on.terminal, [a, b]), 409, 'case_number_taken');
      expect(await countCases(on.platform.db, [a.id, b.id])).toBe(0);
    });

    it("never overwrites a case another terminal sent under the same id", async () => {
      const mine = makeCase(on.terminal);
      await upload(on.terminal, [mine]);
      const copy = makeCase(on.other, { id: mine.id });
      await expectPlatformError(await upload(on.other, [copy]), 409, 'case_id_taken');
      const { rows } = await on.platform.db.query<{ terminal_id: string; case_number: string }>(
        'SELECT terminal_id, case_number FROM cases WHERE id = $1',
        [mine.id],
      );
      expect(rows).toEqual([{ terminal_id: on.terminal.terminalId, case_number: mine.caseNumber }]);
    });

    it("refuses a case number made under another terminal's code", async () => {
      const c = makeCase(on.other);
      await expectPlatformError(await upload(on.terminal, [c]), 400, 'case_number_not_this_terminal');
      expect(await countCases(on.platform.db, [c.id])).toBe(0);
    });
  });

  describe('GET /v1/cases/:caseNumber', () => {
    it('answers the status timeline of a stored case', async () => {
      const c = makeCase(on.terminal);
      await upload(on.terminal, [c]);
      const res = await signedFetch(on.platform, on.other, `/v1/cases/${c.caseNumber}`);
      expect(res.status).toBe(200);
      const status = caseStatusReplySchema.parse(await res.json());
      expect(status).toMatchObject({ caseNumber: c.caseNumber, itemName: c.itemName, status: 'received' });
      expect(Date.parse(status.acceptedAt)).toBe(Date.parse(c.acceptedAt));
      expect(status.timeline).toEqual([
        { at: status.acceptedAt, label: '终端受理' },
        { at: status.receivedAt, label: '平台已接收' },
      ]);
      expect(JSON.stringify(status)).not.toContain(c.applicant.idNumber);
    });

    it('answers 404 for an unknown number', async () => {
      const res = await signedFetch(on.platform, on.terminal, `/v1/cases/${on.terminal.terminalCode}20250301999999`);
      await expectPlatformError(res, 404, 'case_not_found');
    });

    it('refuses an unsigned query, and a query string that was not signed', async () => {
      const c = makeCase(on.terminal);
      await upload(on.terminal, [c]);
      await expectPlatformError(await fetch(`${on.platform.url}/v1/cases/${c.caseNumber}`), 401, 'unsigned');
      const res = await signedFetch(on.platform, on.terminal, `/v1/cases/${c.caseNumber}?x=1`, {
        signedPath: `/v1/cases/${c.caseNumber}`,
      });
      await expectPlatformError(res, 401, 'bad_signature');
    });
  });
});
