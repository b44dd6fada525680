import type { Database } from '../db/database.js';
import { alertKinds, type AlertKind, type DeviceEvent, type Heartbeat } from '../protocol/index.js';
import type { Terminal } from '../terminals/lookup.js';
import { deviceCondition, heartbeatConditions, skewSeconds } from './detect.js';
import { reconcileAlerts } from './raise.js';
import { rulesFor } from './rules.js';

const deviceKinds: readonly AlertKind[] = ['paper_low', 'paper_out', 'device_fault'];

/**
 * A heartbeat says the whole state of a terminal: it raises what it shows and clears the rest
 * (offline too: the terminal is beating). One sample is kept for the terminal page's chart.
 */
export async function watchHeartbeat(db: Database, terminal: Terminal, beat: Heartbeat): Promise<void> {
  const receivedAt = new Date();
  const { rules } = await rulesFor(db, terminal.regionCode);
  const seen = heartbeatConditions(beat, rules, receivedAt);
  const faults = Object.values(beat.health).filter((device) => !device.ok).length;
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO heartbeat_samples (terminal_id, received_at, outbox_depth, skew_seconds, faults) VALUES ($1, $2, $3, $4, $5)', [
      terminal.id,
      receivedAt,
      beat.outbox.depth,
      skewSeconds(beat, receivedAt),
      faults,
    ]);
    await reconcileAlerts(tx, terminal.id, alertKinds, seen);
  });
}

/** A device event says one device's state: the latest per device in the batch raises or clears its alerts. */
export async function watchDeviceEvents(db: Database, terminal: Terminal, events: readonly DeviceEvent[]): Promise<void> {
  const latest = new Map<string, DeviceEvent>();
  for (const event of [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) latest.set(event.device, event);
  const { rules } = await rulesFor(db, terminal.regionCode);
  await db.transaction(async (tx) => {
    for (const [device, event] of latest) {
      const state = event.detail === undefined ? { ok: event.state !== 'fault' } : { ok: event.state !== 'fault', detail: event.detail };
      const condition = deviceCondition(device, state, rules);
      await reconcileAlerts(tx, terminal.id, deviceKinds, condition ? [condition] : [], device);
    }
  });
}
