import type { DeviceEvent } from '../../../platform/protocol/events.js';
import type { EventStore } from '../feedback/event-store.js';

/** As the heartbeat carries it: ok with a detail is a warning (paper near end), it works but wants a look. */
export interface DeviceHealth {
  ok: boolean;
  detail?: string;
}

/** A device whose health is not known yet (its port still opening) is left out, not called faulty. */
export type DeviceSample = Record<string, DeviceHealth | undefined>;

function stateOf(health: DeviceHealth): DeviceEvent['state'] {
  if (!health.ok) return 'fault';
  return health.detail === undefined ? 'ok' : 'warning';
}

/**
 * Turns device health, sampled now and then, into device events: one when a device's state
 * (ok, warning, fault) changes, not one per sample, so a reader unplugged all night is one fault.
 * Devices start as ok: a fault present at start-up is reported at the first sample that knows it.
 */
export function watchDevices(
  events: Pick<EventStore, 'deviceEvent'>,
  sample: () => DeviceSample,
  onRecorded: () => void = () => undefined,
): () => Record<string, DeviceHealth> {
  const last = new Map<string, DeviceEvent['state']>();
  return () => {
    const known: Record<string, DeviceHealth> = {};
    for (const [device, health] of Object.entries(sample())) {
      if (health === undefined) continue;
      known[device] = health;
      const state = stateOf(health);
      if ((last.get(device) ?? 'ok') === state) continue;
      last.set(device, state);
      events.deviceEvent({
        device: device.slice(0, 40),
        state,
        ...(health.detail === undefined ? {} : { detail: health.detail.slice(0, 500) }),
      });
      onRecorded();
    }
    return known;
  };
}
