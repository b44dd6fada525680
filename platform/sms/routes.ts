import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { HttpError, type RequestLog } from '../http/http-error.js';
import { parseInput } from '../http/input.js';
import { authenticateTerminal } from '../http/terminal-auth.js';
import { smsConfirmRequestSchema, smsSubscribeRequestSchema, smsVerificationParamsSchema, type SmsCodeSent, type SmsConfirmed } from '../protocol/index.js';
import { ownsCaseNumber } from '../terminals/lookup.js';
import { maskMobileNumber } from '../../standards/mobile-number.js';
import { notifyStatus } from './notify.js';
import type { SmsProvider } from './provider.js';
import { codeLifetimeMs, confirmCode, newVerification } from './verification.js';

/** A gateway's error may quote the number: only its kind is logged. */
export const smsFailed = (log: RequestLog) => (error: unknown) => log(`sms notice not sent: ${error instanceof Error ? error.name : 'error'}`);

const gatewayDown = () => new HttpError(503, 'sms_unavailable', '短信暂时无法发送，请稍后再试 / the SMS gateway is unavailable: try again later');

/**
 * 短信通知: a terminal asks for a code to be sent to the citizen's phone for one of its own cases,
 * then passes on the code the citizen typed; a right code subscribes the number to the case.
 */
export function smsRoutes(app: FastifyInstance, db: Database, sms: SmsProvider, log: RequestLog): void {
  app.post('/v1/sms/verifications', async (request): Promise<SmsCodeSent> => {
    const terminal = await authenticateTerminal(db, request);
    const body = parseBody(smsSubscribeRequestSchema, request);
    if (!ownsCaseNumber(terminal, body.caseNumber)) throw new HttpError(403, 'case_number_not_this_terminal', '办件不是本终端受理的 / this case was not accepted on this terminal');
    const sent = await newVerification(db, terminal.id, body, new Date());
    const minutes = codeLifetimeMs / 60_000;
    await sms.send({ phone: body.phone, text: `【通办】验证码 ${sent.code}，${minutes} 分钟内有效，用于接收办件 ${body.caseNumber} 的进度短信。如非本人操作请忽略。` }).catch((error: unknown) => {
      log(`sms code for ${maskMobileNumber(body.phone)} not sent: ${error instanceof Error ? error.name : 'error'}`);
      throw gatewayDown();
    });
    return { verificationId: sent.id, phoneMasked: maskMobileNumber(body.phone), expiresAt: sent.expiresAt.toISOString() };
  });

  app.post('/v1/sms/verifications/:id/confirm', async (request): Promise<SmsConfirmed> => {
    const terminal = await authenticateTerminal(db, request);
    const { id } = parseInput(smsVerificationParamsSchema, request.params, 'bad_verification_id');
    const { code } = parseBody(smsConfirmRequestSchema, request);
    const subscribed = await confirmCode(db, terminal.id, id, code, new Date());
    // A case already at the platform: its status now, so the citizen knows the messages come.
    await notifyStatus(db, sms, [subscribed.caseNumber], 'received', smsFailed(log));
    return { subscribed: true, phoneMasked: maskMobileNumber(subscribed.phone) };
  });
}
