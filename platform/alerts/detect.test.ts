import { describe, expect, it } from 'vitest';
import type { Heartbeat } from '../protocol/index.js';
import { deviceCondition, heartbeatConditions } from './detect.js';
import { defaultAlertRules } from './rules.js';

const now = new Date('2026-12-02T06:00:00.000Z');
const beat = (overrides: Partial<Heartbeat> = {}): Heartbeat => ({
  sentAt: now.toISOString(),
  versions: {},
  health: {},
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
  ...overrides,
});
const kinds = (b: Heartbeat, rules = defaultAlertRules) => heartbeatConditions(b, rules, now).map((c) => c.kind);

describe('what a heartbeat or device state raises', () => {
  it.each([
    [{ ok: false, detail: '缺纸停止 stopped by paper end; 缺纸 paper end' }, 'paper_out'],
    [{ ok: false, detail: 'media-empty' }, 'paper_out'],
    [{ ok: true, detail: '纸将尽，请准备更换纸卷 / paper near end: have a new roll ready' }, 'paper_low'],
    [{ ok: false, detail: '纸仓盖打开 cover open' }, 'device_fault'],
    [{ ok: false }, 'device_fault'],
    [{ ok: true }, undefined],
  ])('printer %j: %s', (state, kind) => {
    expect(deviceCondition('printer', state, defaultAlertRules)?.kind).toBe(kind);
  });

  it('raises nothing for a rule switched off', () => {
    const rules = { ...defaultAlertRules, paper: { on: false }, deviceFault: { on: false } };
    expect(deviceCondition('printer', { ok: false, detail: '缺纸' }, rules)).toBeUndefined();
  });

  it('takes an outbox as stuck when items keep failing or the oldest waited past the rule', () => {
    const waiting = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
    expect(kinds(beat({ outbox: { depth: 1, oldestWaitingAt: waiting(59), lastSuccessAt: null, deadLetters: 0 } }))).toEqual([]);
    expect(kinds(beat({ outbox: { depth: 1, oldestWaitingAt: waiting(61), lastSuccessAt: null, deadLetters: 0 } }))).toEqual(['outbox_stuck']);
    expect(kinds(beat({ outbox: { depth: 1, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0, stuck: 1 } }))).toEqual(['outbox_stuck']);
  });

  it('takes a clock as skewed past the rule either way', () => {
    const sent = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
    expect(kinds(beat({ sentAt: sent(119) }))).toEqual([]);
    expect(kinds(beat({ sentAt: sent(121) }))).toEqual(['clock_skew']);
    expect(kinds(beat({ sentAt: sent(-121) }))).toEqual(['clock_skew']);
  });

  it('raises catalog refused while the terminal reports a refused bundle', () => {
    expect(kinds(beat({ catalog: { installedVersion: 3 } }))).toEqual([]);
    expect(kinds(beat({ catalog: { installedVersion: 3, refused: { version: 4, reason: 'expired', detail: '' } } }))).toEqual(['catalog_refused']);
  });
});
