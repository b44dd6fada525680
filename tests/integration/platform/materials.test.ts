// Material chunks: only under the terminal's own cases, and a chunk number has one spelling.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { materialChunkReplySchema } from '../../../platform/protocol/index.js';
import { databaseKinds, expectPlatformError, makeCase, signedFetch, twoTerminals, type TestTerminal } from './harness.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Chunk {
  materialId: string;
  caseNumber: string;
  /** As written in the path. */
  n: string;
  /** As written in the query. */
  of: string;
  bytes: Buffer;
}

describe.each(databaseKinds)('material chunks on %s', (kind) => {
  const on = twoTerminals(kind);

  function put(as: TestTerminal, chunk: Chunk): Promise<Response> {
    const query = new URLSearchParams({ case: chunk.caseNumber, of: chunk.of, sha256: sha256(chunk.bytes), material: sha256(chunk.bytes) });
    return signedFetch(on.platform, as, `/v1/materials/${chunk.materialId}/chunks/${chunk.n}?${query.toString()}`, { method: 'PUT', body: chunk.bytes });
  }

  const chunkOf = (as: TestTerminal, overrides: Partial<Chunk> = {}): Chunk => ({
    materialId: uuidv7(),
    caseNumber: makeCase(as).caseNumber,
    n: '0',
    of: '1',
    bytes: Buffer.from('一张身份证复印件的图像'),
    ...overrides,
  });

  async function stored(): Promise<unknown> {
    const { rows } = await on.platform.db.query('SELECT (SELECT count(*)::int FROM materials) AS materials, (SELECT count(*)::int FROM material_chunks) AS chunks');
    return rows[0];
  }

  it('stores a chunk under the terminal own case and says when the material is whole', async () => {
    const res = await put(on.terminal, chunkOf(on.terminal));
    expect(res.status).toBe(200);
    expect(materialChunkReplySchema.parse(await res.json())).toMatchObject({ n: 0, complete: true });
  });

  it("refuses a chunk for another terminal's case, storing nothing", async () => {
    const before = await stored();
    await expectPlatformError(await put(on.terminal, chunkOf(on.other)), 403, 'case_not_this_terminal');
    expect(await stored()).toEqual(before);
  });

  it.each(['0x0', '%20', '%200', '0%20', '+0', '-0', '00', '01', '1e0', '0.0', '0b0', '256', '99999999999'])(
    'refuses chunk number %s, naming it, storing nothing',
    async (n) => {
      const before = await stored();
      await expectPlatformError(await put(on.terminal, chunkOf(on.terminal, { n, of: '2' })), 400, 'bad_chunk_request', 'n');
      expect(await stored()).toEqual(before);
    },
  );

  it.each(['0x1', ' 1', '+1', '01', '1e0', '1.0', '0', '257'])('refuses a chunk count of %s, naming it', async (of) => {
    const before = await stored();
    await expectPlatformError(await put(on.terminal, chunkOf(on.terminal, { of })), 400, 'bad_chunk_request', 'of');
    expect(await stored()).toEqual(before);
  });

  it('still takes the last chunk of the largest material', async () => {
    const res = await put(on.terminal, chunkOf(on.terminal, { n: '255', of: '256' }));
    expect(res.status).toBe(200);
    expect(materialChunkReplySchema.parse(await res.json())).toMatchObject({ n: 255, complete: false });
  });
});
