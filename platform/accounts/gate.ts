import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { cookieOf } from '../http/cookies.js';
import { HttpError } from '../http/http-error.js';
import { csrfHeader, sessionCookie, type Account } from '../protocol/index.js';
import { may, type Action } from './may.js';
import { resumeSession, type OpenSession } from './sessions.js';
import { tokenActorName } from './store.js';

/** Who a request acts as, and the cookie session it came with (none for the bearer token). */
export interface Actor {
  account: Account;
  session?: OpenSession;
  sourceIp: string;
}

/** GET and HEAD read; everything else changes state and must prove it comes from the console page. */
const readOnly = new Set(['GET', 'HEAD']);

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** The synchronizer-token check: the header must equal this session's token, compared in constant time. */
function requireCsrf(request: FastifyRequest, session: OpenSession): void {
  if (readOnly.has(request.method)) return;
  const given = request.headers[csrfHeader];
  if (typeof given !== 'string' || !timingSafeEqual(digest(given), digest(session.csrfToken))) {
    throw new HttpError(403, 'csrf', '请求缺少有效的防伪令牌，请刷新控制台页面后重试 / the x-csrf-token header is missing or not this session\'s; reload the console page and retry');
  }
}

export class AdminGate {
  /** The bearer token acts as an admin of the whole province the platform serves. */
  private readonly tokenAccount: Account;

  constructor(
    private readonly db: Database,
    private readonly adminToken: string,
    province: string,
  ) {
    this.tokenAccount = { name: tokenActorName, role: 'admin', regionCode: province };
  }

  /** The province the token acts for: the region of what concerns no narrower one (a login under an unknown name). */
  get provinceRegion(): string {
    return this.tokenAccount.regionCode;
  }

  /** The console session the cookie names, or 401. CSRF is checked for state-changing methods. */
  async session(request: FastifyRequest): Promise<Actor & { session: OpenSession }> {
    const id = cookieOf(request, sessionCookie);
    const session = id === undefined ? undefined : await resumeSession(this.db, id);
    if (!session) throw new HttpError(401, 'not_signed_in', '未登录或登录已过期，请重新登录 / not signed in, or the session expired: sign in again');
    requireCsrf(request, session);
    return { account: session.account, session, sourceIp: request.ip };
  }

  /** The bearer token when the request has an authorization header, else the cookie session. */
  async actor(request: FastifyRequest): Promise<Actor> {
    if (request.headers.authorization === undefined && cookieOf(request, sessionCookie) !== undefined) return this.session(request);
    requireAdmin(request, this.adminToken);
    return { account: this.tokenAccount, sourceIp: request.ip };
  }

  /** The actor, refused with 403 unless may() lets them do this in `regionCode` (default: their own region). */
  async authorize(request: FastifyRequest, action: Action, regionCode?: string): Promise<Actor> {
    const actor = await this.actor(request);
    permit(actor, action, regionCode ?? actor.account.regionCode);
    return actor;
  }
}

/** A 403 unless may() lets the actor do this in the region. */
export function permit({ account }: Actor, action: Action, regionCode: string): void {
  if (may(account, action, regionCode)) return;
  throw new HttpError(
    403,
    'forbidden',
    `账号 ${account.name}（${account.role}，${account.regionCode}）无权在 ${regionCode} 执行 ${action}，请联系该地区的管理员 / ${account.role} ${account.name} of region ${account.regionCode} may not do ${action} in region ${regionCode}; ask an admin of that region`,
  );
}
