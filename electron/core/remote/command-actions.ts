import type { DiagnosticsReport } from '../../../platform/protocol/commands.js';
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
    screenshot: async () => {
      // A citizen's name and ID number may be on the screen: nothing of it leaves the terminal.
      if (f.session.isOpen()) return failed('有市民正在办理业务，未截屏，请稍后再试 / a citizen session is open; no screenshot taken, try again later');
      // The browser host's page has no capture API that works unattended (getDisplayMedia asks a
      // person to pick the screen); Electron's webContents.capturePage could, but is not wired here.
      return failed(
        '本终端不能远程截屏：浏览器宿主的页面没有无人值守的截屏接口，Electron 外壳的截屏尚未接入此指令 / no screenshot taken: in the browser host the page has no capture API that works unattended, and the Electron shell\'s capture is not wired to this command yet',
      );
    },
  };
}
