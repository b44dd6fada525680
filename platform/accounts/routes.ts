import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { parseBody } from '../http/body.js';
import { sessionCookieHeader } from '../http/cookies.js';
import { HttpError } from '../http/http-error.js';
import { loginRequestSchema, sessionCookie, type Account, type AuditAction, type SessionReply } from '../protocol/index.js';
import type { AdminGate } from './gate.js';
import { clearFailures, lockedUntil, lockout, recordFailure } from './lockout.js';
import { hashPassword, verifyPassword } from './password.js';
import { endSession, startSession } from './sessions.js';
import { findAccount, type StoredAccount } from './store.js';

/** One answer for an unknown name and a wrong password: the reply must not say which names exist. */
const wrongLogin = () => new HttpError(401, 'wrong_login', '账号或密码错误 / wrong name or password');

function lockedReply(reply: FastifyReply, until: Date): HttpError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  reply.header('retry-after', String(seconds));
  const at = until.toISOString();
  return new HttpError(
    423,
    'locked',
    `密码连续错误 ${lockout.failures} 次，此账号已锁定至 ${at}（重启平台不会解锁）/ ${lockout.failures} wrong passwords within ${lockout.windowMinutes} minutes: this name is locked until ${at}, and a platform restart does not lift it`,
  );
}

interface ConsoleRouteOptions {
  db: Database;
  gate: AdminGate;
  /** The platform serves TLS, so the cookie is marked Secure. */
  secure: boolean;
}

export function consoleAccountRoutes(app: FastifyInstance, { db, gate, secure }: ConsoleRouteOptions): void {
  // A hash to check unknown names against, so they take as long to refuse as a wrong password.
  const decoy = hashPassword('not a password anyone has');

  const record = (request: FastifyRequest, action: AuditAction, name: string, account: Account | undefined, detail?: Record<string, unknown>) =>
    audit(db, { actor: { name, role: account?.role ?? null }, sourceIp: request.ip, action, regionCode: account?.regionCode ?? gate.provinceRegion, ...(detail && { detail }) });

  async function passwordMatches(account: StoredAccount | undefined, password: string): Promise<boolean> {
    return (await verifyPassword(password, account?.passwordHash ?? (await decoy))) && account !== undefined;
  }

  app.post('/v1/console/login', async (request, reply): Promise<SessionReply> => {
    const { name, password } = parseBody(loginRequestSchema, request);
    const account = await findAccount(db, name);
    const locked = await lockedUntil(db, name);
    if (locked) {
      await record(request, 'login.locked', name, account);
      throw lockedReply(reply, locked);
    }
    if (!(await passwordMatches(account, password)) || !account) {
      const until = await recordFailure(db, name);
      await record(request, 'login.failed', name, account, until ? { lockedUntil: until.toISOString() } : undefined);
      throw until ? lockedReply(reply, until) : wrongLogin();
    }
    await clearFailures(db, name);
    const session = await startSession(db, account.id);
    const { name: accountName, role, regionCode } = account;
    await record(request, 'login.ok', accountName, account);
    reply.header('set-cookie', sessionCookieHeader(sessionCookie, session.id, { secure }));
    return { account: { name: accountName, role, regionCode }, csrfToken: session.csrfToken };
  });

  app.post('/v1/console/logout', async (request, reply) => {
    const { account, session } = await gate.session(request);
    await endSession(db, session.idHash);
    await record(request, 'logout', account.name, account);
    reply.header('set-cookie', sessionCookieHeader(sessionCookie, '', { secure, maxAgeSeconds: 0 }));
    return reply.code(204).send();
  });

  app.get('/v1/console/me', async (request): Promise<SessionReply> => {
    const { account, session } = await gate.session(request);
    return { account, csrfToken: session.csrfToken };
  });
}
