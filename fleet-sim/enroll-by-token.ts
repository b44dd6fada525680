import { generateKeyPairSync } from 'node:crypto';
import {
  enrollmentTokenReplySchema,
  enrollReplySchema,
  platformErrorSchema,
  type EnrollmentTokenRequest,
  type EnrollReply,
} from '../platform/protocol/index.js';
import type { TerminalCredential } from './signed-post.js';

export interface EnrolledTerminal extends TerminalCredential {
  code: string;
}

/** What the platform said, in its own words when it sent any, for the one line on stderr. */
async function refused(res: Response, zh: string, en: string): Promise<Error> {
  const said = platformErrorSchema.safeParse(await res.json().catch(() => undefined));
  const why = said.success ? said.data.message : `HTTP ${res.status}`;
  return new Error(`平台拒绝了${zh}，请核对平台地址与管理令牌 / the platform refused ${en}; check its address and the admin token: ${why}`);
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  try {
    return await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  } catch (error) {
    const why = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`无法连接平台，请核对平台地址并确认平台已启动 / cannot reach the platform at ${new URL(url).origin}; check the address and that it runs: ${why}`);
  }
}

/**
 * Enrolls one terminal the way a technician does: a one-time token made through the admin API for
 * its hall and region, then `POST /v1/enroll` with a key pair of its own.
 */
export async function enrollByToken(platformUrl: string, adminToken: string, hall: EnrollmentTokenRequest): Promise<EnrolledTerminal> {
  const made = await postJson(`${platformUrl}/v1/admin/enrollment-tokens`, hall, { authorization: `Bearer ${adminToken}` });
  if (made.status !== 201) throw await refused(made, '生成注册码', 'an enrollment token');
  const { token } = enrollmentTokenReplySchema.parse(await made.json());
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const res = await postJson(`${platformUrl}/v1/enroll`, { token, publicKey: spki });
  if (res.status !== 200) throw await refused(res, '终端注册', 'the enrollment');
  const reply: EnrollReply = enrollReplySchema.parse(await res.json());
  return { id: reply.terminalId, code: reply.terminalCode, privateKey };
}
