import Fastify, { type FastifyInstance } from 'fastify';
import { regionCodePattern, regionLevel } from '../standards/region-code.js';
import { AdminGate } from './accounts/gate.js';
import { consoleAccountRoutes } from './accounts/routes.js';
import { adminHelpCallRoutes } from './admin/help-calls.js';
import { terminalHistoryRoutes } from './admin/terminal-history.js';
import { adminTerminalRoutes } from './admin/terminals.js';
import { AlertPush } from './alerts/push.js';
import { alertRoutes } from './alerts/routes.js';
import { alertStreamRoutes } from './alerts/stream.js';
import { startOfflineSweep } from './alerts/sweep.js';
import { auditRoutes } from './audit/routes.js';
import { hallAdminRoutes } from './appointments/admin-routes.js';
import { appointmentRoutes } from './appointments/routes.js';
import { commandRoutes } from './commands/routes.js';
import { caseRoutes } from './cases/routes.js';
import { catalogRoutes } from './catalog/routes.js';
import { consolePageRoutes } from './console-page/routes.js';
import type { Database } from './db/database.js';
import { enrollmentRoutes } from './enrollment/routes.js';
import { certificateRoutes } from './certificates/routes.js';
import { defaultVerifyRateLimit, documentRoutes } from './documents/routes.js';
import type { DocumentProvider } from './documents/provider.js';
import { eventRoutes } from './fleet/events.js';
import { figureRoutes } from './figures/routes.js';
import { materialRoutes } from './materials/routes.js';
import type { PaymentsConfig } from './payments/payments.js';
import { paymentRoutes, paymentsOffRoutes } from './payments/routes.js';
import { defaultFleetConfig, heartbeatRoutes, type FleetConfig } from './fleet/heartbeats.js';
import { keepRawJsonBodies } from './http/body.js';
import { installErrorReplies, type RequestLog } from './http/http-error.js';
import { defaultRateLimit, installRateLimit, type RateLimit } from './http/rate-limit.js';
import type { CatalogTrust, HealthReply } from './protocol/index.js';
import { remoteConfigRoutes } from './remote-config/routes.js';
import { callbackRoutes } from './remote-calls/callback-routes.js';
import { clerkRemoteCallRoutes } from './remote-calls/clerk-routes.js';
import { terminalRemoteCallRoutes } from './remote-calls/terminal-routes.js';
import type { TurnConfig } from './remote-calls/turn.js';
import { RemoteCallWake } from './remote-calls/wake.js';
import type { CallingSystem } from './queue/calling-system.js';
import { defaultQueueRules, type QueueRules } from './queue/queue-rules.js';
import { startCallLoop } from './queue/call-loop.js';
import { queueRoutes } from './queue/routes.js';
import { SimulatedCallingSystem } from './queue/simulated-calling.js';
import type { SmsProvider } from './sms/provider.js';
import { smsRoutes } from './sms/routes.js';
import { updateRoutes } from './updates/routes.js';

export interface PlatformOptions {
  db: Database;
  /** 0, the default, picks a free port. */
  port?: number;
  /** Default 127.0.0.1: listening on other interfaces is a deliberate choice. */
  host?: string;
  /** Bearer token for /v1/admin routes; at least 16 characters. It acts as an admin of `province`. */
  adminToken: string;
  /** The province the platform serves, e.g. 420000 (Hubei, the default): the bearer token's region. */
  province?: string;
  /** Where a 500 is reported (method, route, error kind); default stderr. */
  log?: RequestLog;
  /** Per terminal and instance; default 5/s with bursts of 60. */
  rateLimit?: RateLimit;
  /** What heartbeats hand back to terminals. */
  fleet?: FleetConfig;
  /** The catalog signing keys and threshold terminals are told to trust at enrollment; none by default. */
  catalogTrust?: CatalogTrust;
  /** PEM certificate (its chain after it) and key: HTTPS. Cases carry names and ID numbers. */
  tls?: { cert: string; key: string };
  /** The kiosk's app updates, a folder per channel (platform/updates/routes.ts); none: no updates served. */
  updatesDir?: string;
  /** The built fleet console (dist/console), served under /console/; absent, no console is served. */
  consoleDir?: string;
  /** How often terminals silent past their offline rule are looked for (platform/alerts/sweep.ts); default 60. */
  alertSweepSeconds?: number;
  /** The departments' systems that issue 证明 printed on the spot (the demo's simulator); none: no documents. */
  documents?: DocumentProvider;
  /** The address phones and terminals reach the platform at, put in a printed document's QR code and the enrollment QR; default: the one the caller used. */
  publicUrl?: string;
  /** Per caller address on the public `GET /v1/verify/{code}`; default 1/s with bursts of 10. */
  verifyRateLimit?: RateLimit;
  /** Who is called first at the halls' windows (长者, 预约); default defaultQueueRules. */
  queueRules?: QueueRules;
  /** The halls' calling system; default the simulated one in the platform's database. */
  calling?: CallingSystem;
  /** The demo's windows call the next number of each group this often (platform/queue/call-loop.ts); absent: only admins call. */
  queueCallSeconds?: number;
  /** 缴费: the payment provider and the 非税 system; absent, no payment routes are served. */
  payments?: PaymentsConfig;
  /** 短信通知: the SMS gateway for case progress messages (the demo's writes a file); absent, no SMS routes are served. */
  sms?: SmsProvider;
  /** 远程帮办's TURN servers (coturn, use-auth-secret); absent, calls get no relay. */
  turn?: TurnConfig;
}

export interface RunningPlatform {
  /** e.g. http://127.0.0.1:41234 (https:// with tls), no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** A case batch of 100 with long answers fits; anything larger is refused before parsing. */
const bodyLimit = 1024 * 1024;

/** The province of the policy tongban was built for (seeds/: Hubei). */
const defaultProvince = '420000';

const stderrLog: RequestLog = (line) => process.stderr.write(`tongban platform: ${line}\n`);

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  if (options.adminToken.length < 16) throw new TypeError('adminToken must be at least 16 characters');
  const province = options.province ?? defaultProvince;
  if (!regionCodePattern.test(province) || regionLevel(province) !== 'province') throw new TypeError(`province must be a province's code such as 420000, not ${province}`);
  // The logger stays off: request logs would carry applicants' names and ID numbers.
  // Routes take the plain instance: an HTTPS server answers them the same way.
  const app: FastifyInstance = options.tls ? Fastify({ logger: false, bodyLimit, https: options.tls }) : Fastify({ logger: false, bodyLimit });
  const fleet = options.fleet ?? defaultFleetConfig;
  keepRawJsonBodies(app, bodyLimit);
  installErrorReplies(app, options.log ?? stderrLog);
  app.get('/v1/health', async (): Promise<HealthReply> => ({ ok: true, time: new Date().toISOString() }));
  if (options.updatesDir !== undefined) updateRoutes(app, options.updatesDir);
  const gate = new AdminGate(options.db, options.adminToken, province);
  consoleAccountRoutes(app, { db: options.db, gate, secure: options.tls !== undefined });
  auditRoutes(app, options.db, gate);
  enrollmentRoutes(app, options.db, gate, { catalogTrust: options.catalogTrust, publicUrl: options.publicUrl });
  const log = options.log ?? stderrLog;
  caseRoutes(app, options.db, options.sms && { provider: options.sms, log });
  if (options.sms) smsRoutes(app, options.db, options.sms, log);
  await catalogRoutes(app, options.db, { gate, catalogTrust: options.catalogTrust });
  installRateLimit(app, options.rateLimit ?? defaultRateLimit);
  heartbeatRoutes(app, options.db, fleet);
  eventRoutes(app, options.db);
  certificateRoutes(app, options.db);
  documentRoutes(app, options.db, { provider: options.documents, publicUrl: options.publicUrl, verifyRateLimit: options.verifyRateLimit ?? defaultVerifyRateLimit });
  materialRoutes(app, options.db);
  adminTerminalRoutes(app, options.db, gate, fleet);
  terminalHistoryRoutes(app, options.db, gate, fleet);
  adminHelpCallRoutes(app, options.db, gate);
  alertRoutes(app, options.db, gate);
  figureRoutes(app, options.db, gate);
  const push = await AlertPush.start(options.db);
  alertStreamRoutes(app, options.db, gate, push);
  commandRoutes(app, options.db, gate);
  remoteConfigRoutes(app, options.db, gate);
  const calling = options.calling ?? new SimulatedCallingSystem(options.db);
  appointmentRoutes(app, options.db, calling);
  queueRoutes(app, options.db, calling, options.queueRules ?? defaultQueueRules);
  hallAdminRoutes(app, options.db, gate, calling);
  if (options.payments) paymentRoutes(app, options.db, gate, options.payments);
  else paymentsOffRoutes(app);
  const wake = await RemoteCallWake.start(options.db);
  // A long poll must not hold the closing platform open.
  app.addHook('preClose', (done) => {
    wake.wakeAll();
    done();
  });
  terminalRemoteCallRoutes(app, options.db, wake, options.turn);
  clerkRemoteCallRoutes(app, options.db, gate, wake, options.turn);
  callbackRoutes(app, options.db, gate);
  if (options.consoleDir !== undefined) consolePageRoutes(app, options.consoleDir);
  const stopSweep = startOfflineSweep(options.db, options.alertSweepSeconds ?? 60, (error) => log(`offline alert sweep failed: ${String(error)}`));
  const stopCalling = options.queueCallSeconds === undefined ? () => undefined : startCallLoop(options.db, calling, options.queueCallSeconds, (error) => log(`queue call loop failed: ${String(error)}`));
  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return {
    url,
    async close() {
      stopSweep();
      stopCalling();
      await app.close();
      await push.close();
      await wake.close();
    },
  };
}
