import type { AlertKind, AlertRules, Heartbeat } from '../protocol/index.js';

/** A condition seen now on one terminal: what kind, on what (a device, or ''), in a technician's words. */
export interface Condition {
  kind: AlertKind;
  subject: string;
  detail: string;
}

export interface DeviceState {
  ok: boolean;
  detail?: string;
}

// The kiosk's printer watch and the ESC/POS and IPP drivers say paper trouble in these words.
const paperOut = /缺纸|paper end|paper out|media-empty/i;
const paperLow = /纸将尽|near end|media-low/i;

/** The alert a device's state calls for under the rules, if any. */
export function deviceCondition(device: string, state: DeviceState, rules: AlertRules): Condition | undefined {
  const detail = state.detail ?? '';
  if (rules.paper.on && paperOut.test(detail)) return { kind: 'paper_out', subject: device, detail };
  if (rules.paper.on && state.ok && paperLow.test(detail)) return { kind: 'paper_low', subject: device, detail };
  if (rules.deviceFault.on && !state.ok) return { kind: 'device_fault', subject: device, detail };
  return undefined;
}

const minutesSince = (iso: string | null, now: Date): number => (iso === null ? 0 : (now.getTime() - Date.parse(iso)) / 60_000);

/** The terminal's clock minus the platform's, in seconds, as the heartbeat shows it. */
export const skewSeconds = (beat: Heartbeat, receivedAt: Date): number => (Date.parse(beat.sentAt) - receivedAt.getTime()) / 1000;

/**
 * Every condition a heartbeat shows under the rules. Offline is not among them: a terminal that
 * beats is not offline (the sweep raises that one).
 */
export function heartbeatConditions(beat: Heartbeat, rules: AlertRules, receivedAt: Date): Condition[] {
  const found: Condition[] = [];
  for (const [device, state] of Object.entries(beat.health)) {
    const condition = deviceCondition(device, state, rules);
    if (condition) found.push(condition);
  }
  const { outbox, catalog } = beat;
  const waiting = minutesSince(outbox.oldestWaitingAt, receivedAt);
  if (rules.outboxStuck.on && ((outbox.stuck ?? 0) > 0 || waiting > rules.outboxStuck.minutes)) {
    found.push({ kind: 'outbox_stuck', subject: '', detail: `${outbox.depth} waiting, ${outbox.stuck ?? 0} stuck, oldest ${Math.round(waiting)} min` });
  }
  if (rules.catalogRefused.on && catalog?.refused) {
    found.push({ kind: 'catalog_refused', subject: '', detail: `v${catalog.refused.version}: ${catalog.refused.reason} ${catalog.refused.detail}`.trim() });
  }
  const skew = skewSeconds(beat, receivedAt);
  if (rules.clockSkew.on && Math.abs(skew) > rules.clockSkew.seconds) {
    found.push({ kind: 'clock_skew', subject: '', detail: `${Math.round(skew)} s` });
  }
  return found;
}
