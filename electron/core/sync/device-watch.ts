import type { EventStore } from './event-store.js';

export interface DeviceHealth {
  ok: boolean;
  detail?: string;
}

/**
 * Turns device health, sampled now and then, into device events: one when a device goes faulty
 * and one when it recovers, not one per sample, so a reader unplugged all night is one fault.
 * Devices start as ok: a fault present at start-up is reported at the first sample.
 */
export function watchDevices(
  events: EventStore,
  sample: () => Record<string, DeviceHealth>,
  onRecorded: () => void = () => undefined,
): () => Record<string, DeviceHealth> {
  const lastOk = new Map<string, boolean>();
  return () => {
    const now = sample();
    for (const [device, health] of Object.entries(now)) {
      if ((lastOk.get(device) ?? true) === health.ok) continue;
      lastOk.set(device, health.ok);
      events.deviceEvent({
        device: device.slice(0, 40),
        state: health.ok ? 'ok' : 'fault',
        ...(health.detail === undefined ? {} : { detail: health.detail.slice(0, 500) }),
      });
      onRecorded();
    }
    return now;
  };
}
