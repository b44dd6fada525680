import type { TerminalListReply, TerminalSummary } from '../../platform/protocol/admin.js';
import { onlineState, onlineStates, type OnlineState } from './online-state.js';

export interface FleetRow extends TerminalSummary {
  state: OnlineState;
}

export const fleetSorts = ['code', 'lastSeen', 'outbox'] as const;
export type FleetSort = (typeof fleetSorts)[number];

export interface FleetQuery {
  regionPrefix: string;
  state: OnlineState | 'all';
  /** 'behind': only the terminals that run an older remote config than the platform sends them. */
  config: 'all' | 'behind';
  sort: FleetSort;
  /** From 0. */
  page: number;
}

/** A page of rows a browser draws at once without a pause, whatever the size of the fleet. */
export const pageSize = 100;

export interface FleetView {
  rows: FleetRow[];
  /** Rows that match the filter, on every page. */
  matching: number;
  pages: number;
  /** Which page is shown: the asked one, or the last when the filter left fewer. */
  page: number;
  /** Over the whole list, not the filter: the fleet at a glance. */
  counts: Record<OnlineState, number>;
}

const compare: Record<FleetSort, (a: FleetRow, b: FleetRow) => number> = {
  code: (a, b) => a.code.localeCompare(b.code),
  // Never heard from sorts first: the longest silent of all.
  lastSeen: (a, b) => (a.lastHeartbeatAt ?? '').localeCompare(b.lastHeartbeatAt ?? '') || a.code.localeCompare(b.code),
  outbox: (a, b) => (b.outboxDepth ?? 0) - (a.outboxDepth ?? 0) || a.code.localeCompare(b.code),
};

/**
 * A terminal that has beaten but runs an older remote config than the one it is sent (or never
 * said which it runs, while one is set). A terminal never heard from is offline, not behind.
 */
export function configBehind(t: TerminalSummary): boolean {
  return t.lastHeartbeatAt !== null && (t.configVersion ?? 0) < t.currentConfigVersion;
}

/** The terminals as the fleet page shows them: each with its state, filtered, sorted, one page. */
export function fleetView(reply: TerminalListReply, query: FleetQuery): FleetView {
  const all = reply.terminals.map((t) => ({ ...t, state: onlineState(t.lastHeartbeatAt, reply.platformTime, reply.heartbeatIntervalSeconds) }));
  const counts = Object.fromEntries(onlineStates.map((s) => [s, all.filter((t) => t.state === s).length])) as Record<OnlineState, number>;
  const prefix = query.regionPrefix.trim();
  const matches = (t: FleetRow) => t.regionCode.startsWith(prefix) && (query.state === 'all' || t.state === query.state) && (query.config === 'all' || configBehind(t));
  const matching = all.filter(matches).sort(compare[query.sort]);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(0, query.page), pages - 1);
  return { rows: matching.slice(page * pageSize, (page + 1) * pageSize), matching: matching.length, pages, page, counts };
}
