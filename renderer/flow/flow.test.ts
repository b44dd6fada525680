import { describe, expect, it } from 'vitest';
import { flow, initialScreen, type Screen, type SubmitResult } from './flow.js';

const identity = { cardType: 'resident', maskedName: '张*', maskedIdNumber: '4201**********0010', source: 'card' } as const;
const item = { code: 'WH-RS-001', name: '城乡居民基本养老保险参保登记', department: '人社局', promisedDays: 1 };
const result: SubmitResult = {
  caseNumber: 'WH00012026112300017K',
  cases: [{ caseNumber: 'WH00012026112300017K', itemCode: 'WH-RS-001', itemName: '城乡居民基本养老保险参保登记' }],
  acceptedAt: '2026-11-23T09:00:00+08:00',
  upload: 'waiting',
  receipt: { printed: true },
};

describe('flow', () => {
  it('walks the first citizen path from home to done', () => {
    let screen: Screen = initialScreen;
    screen = flow(screen, { type: 'apply' });
    screen = flow(screen, { type: 'identified', identity });
    screen = flow(screen, { type: 'confirmed' });
    screen = flow(screen, { type: 'chose-item', item });
    screen = flow(screen, { type: 'submitted', itemName: item.name, result });
    expect(screen).toEqual({ name: 'done', itemName: item.name, result });
    expect(flow(screen, { type: 'query', caseNumber: result.caseNumber })).toEqual({
      name: 'query',
      caseNumber: result.caseNumber,
    });
  });

  it('ignores a late card read after the citizen went home', () => {
    expect(flow(initialScreen, { type: 'identified', identity })).toBe(initialScreen);
  });

  it('forgets the identity when going home', () => {
    const form: Screen = { name: 'form', identity, item };
    expect(flow(form, { type: 'home' })).toEqual({ name: 'home' });
  });

  it('identifies from the query screen to list the citizen own cases, then opens one', () => {
    let screen: Screen = { name: 'query', caseNumber: '' };
    screen = flow(screen, { type: 'my-cases' });
    expect(screen).toEqual({ name: 'identify', purpose: 'my-cases' });
    screen = flow(screen, { type: 'identified', identity });
    screen = flow(screen, { type: 'confirmed' });
    expect(screen).toEqual({ name: 'my-cases' });
    expect(flow(screen, { type: 'query', caseNumber: result.caseNumber })).toEqual({ name: 'query', caseNumber: result.caseNumber });
  });
});
