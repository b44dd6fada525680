import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandAck, CommandKind, RemoteCommand } from '../../../platform/protocol/commands.js';
import { migrate } from '../store/migrate.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';
import { CommandRecord } from './command-record.js';
import { CommandRunner, type CommandActions, type Ran } from './command-runner.js';

const now = new Date('2026-12-02T08:00:00.000Z');
const later = new Date(now.getTime() + 3_600_000).toISOString();
const command = (kind: CommandKind, id: string, expiresAt = later): RemoteCommand => ({ id, kind, expiresAt });
const ids = ['0193a1b2-0000-7000-8000-000000000001', '0193a1b2-0000-7000-8000-000000000002', '0193a1b2-0000-7000-8000-000000000003'] as const;

function harness(options: { send?: (ack: CommandAck) => Promise<void>; actions?: Partial<CommandActions> } = {}) {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  const runs: CommandKind[] = [];
  const sent: CommandAck[] = [];
  const events: string[] = [];
  const ran = (kind: CommandKind, result: Ran = { outcome: 'done' }) => async () => {
    runs.push(kind);
    return result;
  };
  const actions: CommandActions = {
    restart: ran('restart', { outcome: 'done', afterAck: () => events.push('restarted') }),
    'catalog.reload': ran('catalog.reload'),
    'catalog.rollback': ran('catalog.rollback'),
    'maintenance.enter': ran('maintenance.enter'),
    'maintenance.leave': ran('maintenance.leave'),
    'diagnostics.upload': ran('diagnostics.upload'),
    screenshot: ran('screenshot'),
    ...options.actions,
  };
  const send =
    options.send ??
    (async (ack: CommandAck) => {
      sent.push(ack);
      events.push(`ack ${ack.outcome}`);
    });
  const record = new CommandRecord(db);
  const runner = new CommandRunner({ record, actions, acknowledge: send, log: () => undefined, clock: () => now });
  return { db, runs, sent, events, record, runner };
}

describe('remote commands on the kiosk', () => {
  it('runs a command once however often the heartbeat reply brings it, and acknowledges it once', async () => {
    const { runner, runs, sent } = harness();
    const reply = [command('maintenance.enter', ids[0])];
    await runner.receive(reply, now);
    await runner.receive(reply, now);
    expect(runs).toEqual(['maintenance.enter']);
    // The platform sent it again, so it lacks the outcome: the outcome goes again, the command does not run.
    expect(sent).toEqual([{ id: ids[0], outcome: 'done' }, { id: ids[0], outcome: 'done' }]);
  });

  it('does not run a command that expired by the platform\'s clock, whatever the terminal\'s says', async () => {
    const { runner, runs, sent } = harness();
    await runner.receive([command('restart', ids[0], new Date(now.getTime() + 1000).toISOString())], new Date(now.getTime() + 2000));
    expect(runs).toEqual([]);
    expect(sent).toEqual([{ id: ids[0], outcome: 'expired', detail: expect.stringContaining('expired') }]);
  });

  it('restarts only after the outcome has gone up', async () => {
    const { runner, events } = harness();
    await runner.receive([command('restart', ids[0])], now);
    expect(events).toEqual(['ack done', 'restarted']);
  });

  it('keeps an outcome the platform could not take and sends it with the next reply, without running again', async () => {
    let line = false;
    const sent: CommandAck[] = [];
    const { runner, runs } = harness({
      send: async (ack) => {
        if (!line) throw new PlatformUnavailableError('connection refused');
        sent.push(ack);
      },
    });
    await runner.receive([command('catalog.reload', ids[0])], now);
    expect(sent).toEqual([]);
    line = true;
    await runner.receive([command('catalog.reload', ids[0])], now);
    expect(runs).toEqual(['catalog.reload']);
    expect(sent.map((a) => a.id)).toEqual([ids[0]]);
  });

  it('sends a screenshot with its outcome and keeps no copy of the picture once the platform has it', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUg==';
    let line = false;
    const { runner, sent, db } = harness({
      actions: { screenshot: async () => ({ outcome: 'done', screenshot: { png } }) },
      send: async (ack) => {
        if (!line) throw new PlatformUnavailableError('down');
        sent.push(ack);
      },
    });
    const kept = () => db.prepare('SELECT screenshot FROM remote_commands').all();
    await runner.receive([command('screenshot', ids[0])], now);
    expect(kept()).toEqual([{ screenshot: png }]);
    line = true;
    await runner.receive([], now);
    expect(sent).toEqual([{ id: ids[0], outcome: 'done', screenshot: { png } }]);
    expect(kept()).toEqual([{ screenshot: null }]);
  });

  it('drops an acknowledgement the platform refuses for good instead of sending it forever', async () => {
    const tries: string[] = [];
    const { runner } = harness({
      send: async (ack) => {
        tries.push(ack.id);
        throw new PlatformRefusedError(404, 'no_such_command');
      },
    });
    await runner.receive([command('screenshot', ids[0])], now);
    await runner.receive([], now);
    await runner.receive([], now);
    expect(tries).toEqual([ids[0]]);
  });

  it('reports an action that threw as failed in both languages, and one cut off by a crash as failed, never run again', async () => {
    const { runner, sent, record, runs } = harness({
      actions: {
        'catalog.rollback': async () => {
          throw Object.assign(new Error('没有保留上一版事项清单，无法回退'), { en: { message: 'No previous catalog is kept' } });
        },
      },
    });
    await runner.receive([command('catalog.rollback', ids[0])], now);
    expect(sent[0]).toEqual({ id: ids[0], outcome: 'failed', detail: '没有保留上一版事项清单，无法回退 / No previous catalog is kept' });
    // The core died between taking the command and settling it.
    record.claim(command('diagnostics.upload', ids[1]), now);
    await runner.receive([command('diagnostics.upload', ids[1])], now);
    expect(runs).toEqual([]);
    expect(sent[1]).toMatchObject({ id: ids[1], outcome: 'failed', detail: expect.stringContaining('restarted') });
  });
});
