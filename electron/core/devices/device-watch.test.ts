/**
 * Device health as the heartbeat and the device events see it, from the drivers against their
 * simulators: the printer asked while idle (never during a job), the reader's first open awaited.
 * No timers: the tests call poll() and wait for the session's own events.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdCardSession, type IdCardSessionEvents } from '../../../drivers/idcard/session.js';
import { ReceiptPrinter } from '../../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt } from '../../../drivers/printer/receipt.js';
import { CHEN_XIAOXIN } from '../../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../../drivers/sim/idcard-sim.js';
import { PrinterSimulator, type PrintedReceipt } from '../../../drivers/sim/printer-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import { CardWaiter } from './card-waiter.js';
import { PrinterWatch } from '../print/printer-watch.js';
import { openStore } from '../store/open-store.js';
import { Vault } from '../store/vault.js';
import { watchDevices, type DeviceSample } from './device-watch.js';
import { EventStore } from '../feedback/event-store.js';

/** The device events waiting in the outbox, as the platform will receive them. */
function eventStore() {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'tongban-device-watch-')), 'kiosk.sqlite'));
  const events = new EventStore(db, new Vault(randomBytes(32)));
  const queued = () =>
    db
      .prepare<[], { id: string }>("SELECT events.id FROM events JOIN outbox ON outbox.event_id = events.id WHERE kind = 'device_event' ORDER BY events.occurred_at, events.id")
      .all()
      .map(({ id }) => events.item(id).item);
  return { events, queued };
}

const DLE_EOT = Buffer.from([0x10, 0x04]);

function count(haystack: Buffer, needle: Buffer): number {
  let found = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found++;
  return found;
}

function printerRig() {
  const [host, device] = memoryPair('printer');
  const sent: Buffer[] = [];
  host.onData(() => undefined);
  const sim = new PrinterSimulator(device, { paper: 58 });
  device.onData((chunk) => sent.push(Buffer.from(chunk)));
  const { events, queued } = eventStore();
  let sample: () => DeviceSample = () => ({});
  const watch = new PrinterWatch(new ReceiptPrinter(host, { statusTimeoutMs: 1000 }), () => void sample());
  sample = watchDevices(events, () => ({ printer: watch.health() }));
  return { sim, watch, queued, sent: () => Buffer.concat(sent) };
}

describe('the printer watched while idle', () => {
  it('reports paper near end after a poll, as one warning event, and not again while it stays', async () => {
    const { sim, watch, queued } = printerRig();
    await watch.poll();
    expect(watch.health()).toEqual({ ok: true });
    sim.setState({ paperNearEnd: true });
    await watch.poll();
    expect(watch.health()).toEqual({ ok: true, detail: expect.stringMatching(/纸将尽.*paper near end/) });
    await watch.poll();
    expect(queued()).toEqual([expect.objectContaining({ device: 'printer', state: 'warning', detail: expect.stringMatching(/paper near end/) })]);
  });

  it('reports a printer that stopped answering as a fault before any job fails', async () => {
    const { sim, watch, queued } = printerRig();
    sim.setState({ coverOpen: true });
    await watch.poll();
    expect(watch.health()).toMatchObject({ ok: false, detail: expect.stringMatching(/cover open/) });
    expect(queued()).toMatchObject([{ device: 'printer', state: 'fault' }]);
  });

  it('sends no status query during a job: a poll asked for then is skipped', async () => {
    const { sim, watch, sent } = printerRig();
    const { bytes } = encodeReceipt(parseReceipt({ blocks: [{ type: 'title', text: '受理回执' }] }), { paper: 58, encoding: 'gb18030' });
    const printed = new Promise<PrintedReceipt>((resolve) => sim.onReceipt(resolve));
    const job = watch.print(bytes);
    await watch.poll();
    await job;
    // The job's own four queries before and four after; the capture up to the cut holds the job's
    // four, then the job's bytes with no query inside them.
    expect(count(sent(), DLE_EOT)).toBe(8);
    const receipt = await printed;
    expect(receipt.bytes.subarray(-bytes.length).equals(bytes)).toBe(true);
    expect(count(receipt.bytes, DLE_EOT)).toBe(4);
  });

  it('polls at start and on each tick of its interval until stopped', async () => {
    const { watch, sent } = printerRig();
    let tick: () => void = () => undefined;
    let stopped = false;
    const stop = watch.start(30_000, (everyMs, poll) => {
      expect(everyMs).toBe(30_000);
      tick = poll;
      return () => void (stopped = true);
    });
    await watch.poll();
    expect(count(sent(), DLE_EOT)).toBe(4);
    tick();
    await watch.poll();
    expect(count(sent(), DLE_EOT)).toBe(8);
    stop();
    expect(stopped).toBe(true);
  });
});

function next<E extends keyof IdCardSessionEvents>(session: IdCardSession, event: E): Promise<void> {
  return new Promise((resolve) => {
    const off = session.on(event, () => {
      off();
      resolve();
    });
  });
}

describe('the reader watched from start', () => {
  it('reports no "not connected" fault for a reader that opens fine', async () => {
    const [host, device] = memoryPair('idcard');
    new IdCardSimulator(device, { card: CHEN_XIAOXIN });
    const session = new IdCardSession({ open: async () => host });
    const reader = new CardWaiter(session);
    const { events, queued } = eventStore();
    const sample = watchDevices(events, () => ({ idcard: reader.health() }));
    const connected = next(session, 'connected');
    session.start();
    // A heartbeat while the port is still opening: not known yet, so neither sent nor a fault.
    expect(sample()).toEqual({});
    await connected;
    expect(sample()).toEqual({ idcard: { ok: true } });
    await session.stop();
    expect(queued()).toEqual([]);
  });

  it('reports the fault once the first open attempt has failed', async () => {
    const session = new IdCardSession({ open: () => Promise.reject(new Error('ENOENT /dev/ttyUSB0')), reconnectInitialMs: 60_000 });
    const reader = new CardWaiter(session);
    session.on('error', () => undefined);
    const { events, queued } = eventStore();
    const sample = watchDevices(events, () => ({ idcard: reader.health() }));
    const failed = next(session, 'openFailed');
    session.start();
    expect(sample()).toEqual({});
    await failed;
    expect(sample()).toEqual({ idcard: { ok: false, detail: expect.stringMatching(/读卡器未连接/) } });
    await session.stop();
    expect(queued()).toMatchObject([{ device: 'idcard', state: 'fault' }]);
  });
});
