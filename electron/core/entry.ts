import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { KioskError } from '../api/kiosk-error.js';
import { toCoreSchema, type ToCore } from '../api/process.js';
import { parentChannel } from './channel.js';
import { coreConfigSchema } from './config/core-config.js';
import { dispatch } from './dispatch.js';
import { redact } from './log/redact.js';
import { RotatingLog } from './log/rotating-log.js';
import { openKiosk, type RunningKiosk } from './open-kiosk.js';
import { ShellScreen } from './remote/shell-screen.js';

/**
 * The core process: started by the shell, configured by its first message, then answering
 * requests until told to shut down. It owns the store; nothing else writes it.
 */
const channel = parentChannel();
let logFile: RotatingLog | undefined;
// To the shell's stderr and, once the data folder is known, to DATA/logs/core.log for technicians.
const log = (line: string) => {
  process.stderr.write(`[core] ${redact(line)}\n`);
  logFile?.write(line);
};
let kiosk: RunningKiosk | undefined;
const screen = new ShellScreen((message) => channel.send(message));

/** package.json's version: entry.js runs from dist/electron/core/ (in a package, inside app.asar), three folders below it. */
function appVersion(): string | undefined {
  try {
    return z.object({ version: z.string().max(40) }).parse(JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))).version;
  } catch {
    return undefined;
  }
}

async function start(rawConfig: unknown, technicianSession: boolean): Promise<void> {
  const config = coreConfigSchema.parse(rawConfig);
  logFile = new RotatingLog(config.dataDir);
  log('core starting');
  // After the reply: the restart message leaves once the handler's answer has been sent.
  kiosk = await openKiosk(config, log, {
    requestRestart: (keepTechnician = false) => setImmediate(() => channel.send({ type: 'restart', keepTechnician })),
    appVersion: appVersion(),
    technicianSession,
    captureScreen: () => screen.capture(),
  });
  kiosk.onStatus((status) => channel.send({ type: 'event', event: 'kiosk.status', payload: status }));
  kiosk.onScan((scan) => channel.send({ type: 'event', event: 'scanner.scan', payload: scan }));
  channel.send({ type: 'ready' });
}

async function handle(message: ToCore): Promise<void> {
  if (message.type === 'start') {
    await start(message.config, message.technicianSession).catch((error: unknown) => {
      channel.send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
      process.exitCode = 1;
      setImmediate(() => process.exit());
    });
  } else if (message.type === 'screenCaptured') {
    screen.answered(message.id, message.capture);
  } else if (message.type === 'shutdown') {
    await kiosk?.close();
    process.exit(0);
  } else if (!kiosk) {
    const notReady = new KioskError({ code: 'INTERNAL', message: '终端正在启动，请稍候', en: { message: 'The terminal is starting; one moment please' } });
    channel.send({ type: 'reply', id: message.id, envelope: { ok: false, error: notReady.toJSON() } });
  } else {
    channel.send({ type: 'reply', id: message.id, envelope: await dispatch(kiosk.handlers, message.name, message.payload, log) });
  }
}

// A shell that died without saying goodbye (SIGKILL) must not leave a core holding the store.
process.on('disconnect', () => {
  void (kiosk?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});

channel.onMessage((raw) => {
  const parsed = toCoreSchema.safeParse(raw);
  if (!parsed.success) return log('ignored a malformed message from the shell');
  void handle(parsed.data);
});
