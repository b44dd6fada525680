import { maxScreenshotBytes, type DiagnosticsReport } from '../../../platform/protocol/commands.js';
import type { ScreenCapture } from '../../api/process.js';
import type { Heartbeat } from '../../../platform/protocol/heartbeat.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { TerminalLifecycle } from '../lifecycle/terminal-lifecycle.js';
import type { Session } from '../session/session.js';
import type { Outbox } from '../sync/outbox.js';
import type { CommandActions, Ran } from './command-runner.js';

/** Enough of the log to see what led up to a fault, small enough for one request. */
const reportedLogLines = 200;

export interface CommandFacilities {
  lifecycle: Pick<TerminalLifecycle, 'setMaintenance' | 'state'>;
  session: Pick<Session, 'isOpen'>;
  diagnostics: Pick<Diagnostics, 'logs' | 'rollBackCatalog'>;
  outbox: Pick<Outbox, 'health'>;
  /** Each device's health now, as the heartbeat carries it. */
  health: () => Heartbeat['health'];
  /** Fetches the newest catalog meant for this terminal now; resolves with the version it runs after. */
  reloadCatalog: () => Promise<number>;
  /** Switches the kiosk to the catalog the store now holds as current. */
  catalogChanged: () => void;
  /** Starts the core again; undefined where the host cannot (an in-process test). */
  restart: (() => void) | undefined;
  /** The screen as it shows now, taken by the shell; undefined where no shell shows the page (an in-process test). */
  captureScreen: (() => Promise<ScreenCapture>) | undefined;
}

const done = (detail: string): Ran => ({ outcome: 'done', detail });
const failed = (detail: string): Ran => ({ outcome: 'failed', detail });

function report(f: CommandFacilities): DiagnosticsReport {
  // Lines come out of the log already stripped of ID numbers, names and phones (log/redact.ts).
  const { depth, deadLetters, oldestWaitingAt } = f.outbox.health();
  const state = f.lifecycle.state();
  const lifecycle = state.state === 'outOfService' ? `${state.state} (${state.reason})` : state.state;
  return { logLines: f.diagnostics.logs(reportedLogLines).lines, health: f.health(), outbox: { depth, deadLetters, oldestWaitingAt }, lifecycle };
}

const citizenAtScreen = failed('有市民正在使用，未截图 / a citizen is using the terminal; no screenshot taken');

async function screenshot(f: CommandFacilities): Promise<Ran> {
  // A citizen's name and ID number may be on the screen: nothing of it leaves the terminal.
  if (f.session.isOpen()) return citizenAtScreen;
  if (!f.captureScreen) return failed('未截图：本终端的宿主不显示页面 / no screenshot taken: this host shows no page');
  const shot = await f.captureScreen();
  // The shell's words are whole: why it took none, in both languages.
  if (!shot.ok) return failed(shot.reason);
  // Someone may have sat down while the picture was taken: then it is dropped, unseen.
  if (f.session.isOpen()) return citizenAtScreen;
  if (Buffer.byteLength(shot.png, 'base64') > maxScreenshotBytes) return failed('未截图：截图过大，无法上传 / no screenshot taken: the picture is too large to upload');
  return { ...done('已截图并上传 / screenshot taken and uploaded'), screenshot: { png: shot.png } };
}

/** What each command does on this terminal, in words the operator reads in the console. */
export function commandActions(f: CommandFacilities): CommandActions {
  return {
    restart: async () => {
      const restart = f.restart;
      if (!restart) return failed('本终端的宿主无法重启核心 / this host cannot restart the core');
      return { ...done('终端正在重启 / the terminal is restarting'), afterAck: restart };
    },
    'catalog.reload': async () => {
      const version = await f.reloadCatalog();
      return done(`已向平台查询，事项清单现为第 ${version} 版 / asked the platform; the catalog is now version ${version}`);
    },
    'catalog.rollback': async () => {
      const { from, to } = f.diagnostics.rollBackCatalog();
      f.catalogChanged();
      return done(`事项清单已从第 ${from} 版回退到第 ${to} 版 / catalog rolled back from version ${from} to ${to}`);
    },
    'maintenance.enter': async () => {
      f.lifecycle.setMaintenance(true);
      return done('终端已进入维护状态，暂停受理 / the terminal is in maintenance and takes no citizens');
    },
    'maintenance.leave': async () => {
      f.lifecycle.setMaintenance(false);
      return done(`终端已退出维护状态，现为 ${f.lifecycle.state().state} / maintenance over; the terminal is now ${f.lifecycle.state().state}`);
    },
    'diagnostics.upload': async () => ({ ...done('诊断信息已上传（日志已去除个人信息）/ diagnostics uploaded (personal data removed from the logs)'), diagnostics: report(f) }),
    screenshot: () => screenshot(f),
  };
}
