import { describe, expect, it } from 'vitest';
import type { TerminalListReply, TerminalSummary } from '../../platform/protocol/admin.js';
import { fleetView, pageSize, type FleetQuery } from './fleet-view.js';
import { onlineState } from './online-state.js';

const now = '2026-12-02T08:00:00.000Z';
const ago = (seconds: number) => new Date(Date.parse(now) - seconds * 1000).toISOString();

function terminal(n: number, lastHeartbeatAt: string | null, regionCode = '420102'): TerminalSummary {
  const code = `T${String(n).padStart(5, '0')}`;
  return { id: code, code, name: `${n} 号机`, hallName: '大厅', regionCode, enrolledAt: now, revokedAt: null, lastHeartbeatAt, outboxDepth: n % 7, versions: null, health: null, configVersion: null, currentConfigVersion: 0 };
}

const query: FleetQuery = { regionPrefix: '', state: 'all', config: 'all', sort: 'code', page: 0 };

describe('online state', () => {
  it('is online within two heartbeat intervals, late within ten, offline after or never heard from', () => {
    expect(onlineState(ago(119), now, 60)).toBe('online');
    expect(onlineState(ago(121), now, 60)).toBe('late');
    expect(onlineState(ago(600), now, 60)).toBe('late');
    expect(onlineState(ago(601), now, 60)).toBe('offline');
    expect(onlineState(null, now, 60)).toBe('offline');
  });

  it('reads the age against the interval the platform sets', () => {
    expect(onlineState(ago(500), now, 300)).toBe('online');
  });
});

describe('the fleet page view', () => {
  // 3,000 terminals: a province's fleet, a third in each state, two districts.
  const fleet: TerminalListReply = {
    platformTime: now,
    heartbeatIntervalSeconds: 60,
    terminals: Array.from({ length: 3000 }, (_, n) => terminal(3000 - n, [ago(30), ago(300), null][n % 3] ?? null, n % 2 ? '420102' : '420103')),
  };

  it('shows one page of a 3,000-terminal fleet at a time, sorted by code, and counts the whole fleet', () => {
    const view = fleetView(fleet, query);
    expect(view.rows).toHaveLength(pageSize);
    expect(view.pages).toBe(30);
    expect(view.rows[0]?.code).toBe('T00001');
    expect(view.counts).toEqual({ online: 1000, late: 1000, offline: 1000 });
    expect(fleetView(fleet, { ...query, page: 29 }).rows.at(-1)?.code).toBe('T03000');
  });

  it('filters by region prefix and by state together', () => {
    const view = fleetView(fleet, { ...query, regionPrefix: '420103', state: 'late' });
    expect(view.rows.every((r) => r.regionCode === '420103' && r.state === 'late')).toBe(true);
    expect(view.matching).toBe(500);
  });

  it('sorts the longest silent first, never heard from before all', () => {
    const rows = fleetView(fleet, { ...query, sort: 'lastSeen' }).rows;
    expect(rows[0]?.lastHeartbeatAt).toBeNull();
  });

  it('keeps the last page when a filter leaves fewer pages than the one shown', () => {
    const view = fleetView(fleet, { ...query, regionPrefix: '420103', page: 29 });
    expect(view.page).toBe(14);
    expect(view.rows).toHaveLength(pageSize);
  });

  it('keeps to the terminals behind the remote config when asked: heard from, and running an older version than they are sent', () => {
    const beat = (n: number, configVersion: number | null, currentConfigVersion: number, lastHeartbeatAt: string | null = ago(30)) => ({ ...terminal(n, lastHeartbeatAt), configVersion, currentConfigVersion });
    const reply: TerminalListReply = {
      platformTime: now,
      heartbeatIntervalSeconds: 60,
      terminals: [beat(1, 7, 7), beat(2, 5, 7), beat(3, null, 7), beat(4, null, 0), beat(5, 5, 7, null), beat(6, 9, 8)],
    };
    expect(fleetView(reply, { ...query, config: 'behind' }).rows.map((r) => r.code)).toEqual(['T00002', 'T00003']);
    expect(fleetView(reply, query).matching).toBe(6);
  });
});
