import { describe, expect, it } from 'vitest';
import { flow, initialScreen, type Screen, type SubmitResult } from './flow.js';

const identity = { cardType: 'resident', maskedName: '张*', maskedIdNumber: '4201**********0010', source: 'card' } as const;
const item = { code: 'WH-RS-001', name: '城乡居民基本养老保险参保登记', department: '人社局', promisedDays: 1 };
const result: SubmitResult = {
  caseNumber: 'WH00012026112300017K',
  cases: [{ caseNumber: 'WH00012026112300017K', itemCode: 'WH-RS-001', itemName: '城乡居民基本养老保险参保登记' }],
  acceptedAt: '2026-11-23T09:00:00+08:00',
};

describe('flow', () => {
  it('walks the first citizen path from home to done', () => {
    let screen: Screen = initialScreen;
    screen = flow(screen, { type: 'apply' });
    screen = flow(screen, { type: 'identified', identity });
    screen = flow(screen, { type: 'confirmed' });
    screen = flow(screen, { type: 'chose-item', item });
    screen = flow(screen, { type: 'answered', answers: { 'pension.grade': '500' } });
    expect(screen).toEqual({ name: 'materials', identity, item, list: 'items', answers: { 'pension.grade': '500' } });
    screen = flow(screen, { type: 'submitted', itemName: item.name, result });
    expect(screen).toEqual({ name: 'done', itemName: item.name, result });
    expect(flow(screen, { type: 'query', caseNumber: result.caseNumber })).toEqual({
      name: 'query',
      caseNumber: result.caseNumber,
    });
  });

  it('keeps what a citizen typed only until they confirm it, and offers it again on 修改', () => {
    const typed = { idNumber: '420103199003120029', name: '陈晓欣' };
    const typedIdentity = { ...identity, source: 'typed' } as const;
    let screen: Screen = flow(initialScreen, { type: 'apply', list: 'lifeEvents' });
    screen = flow(screen, { type: 'identified', identity: typedIdentity, typed });
    expect(screen).toEqual({ name: 'confirm', identity: typedIdentity, list: 'lifeEvents', typed });
    expect(flow(screen, { type: 'not-confirmed' })).toEqual({ name: 'identify', purpose: 'lifeEvents', typed });
    expect(flow(screen, { type: 'confirmed' })).toEqual({ name: 'items', identity: typedIdentity, list: 'lifeEvents' });
  });

  it('keeps a form\'s answers when the citizen looks at another item or goes back from the materials', () => {
    const other = { ...item, code: 'WH-RS-002', name: '社会保障卡补领' };
    let screen: Screen = flow(flow(flow(initialScreen, { type: 'apply' }), { type: 'identified', identity }), { type: 'confirmed' });
    screen = flow(screen, { type: 'chose-item', item });
    screen = flow(screen, { type: 'back-to-items', answers: { 'pension.grade': '500' } });
    screen = flow(screen, { type: 'chose-item', item: other });
    screen = flow(screen, { type: 'back-to-items', answers: { 'delivery.method': 'post' } });
    screen = flow(screen, { type: 'chose-item', item });
    expect(screen).toMatchObject({ name: 'form', item, drafts: { [item.code]: { 'pension.grade': '500' }, [other.code]: { 'delivery.method': 'post' } } });
    screen = flow(screen, { type: 'answered', answers: { 'pension.grade': '600' } });
    screen = flow(screen, { type: 'back-to-form' });
    expect(screen).toMatchObject({ name: 'form', item, atCheck: true, drafts: { [item.code]: { 'pension.grade': '600' } } });
    expect(flow(screen, { type: 'home' })).toEqual(initialScreen);
  });

  it('keeps the 一件事 list from the tile through identification and back from the form', () => {
    let screen: Screen = flow(initialScreen, { type: 'apply', list: 'lifeEvents' });
    screen = flow(screen, { type: 'identified', identity });
    screen = flow(screen, { type: 'confirmed' });
    expect(screen).toEqual({ name: 'items', identity, list: 'lifeEvents' });
    screen = flow(screen, { type: 'chose-item', item });
    expect(flow(screen, { type: 'back-to-items' })).toEqual({ name: 'items', identity, list: 'lifeEvents' });
  });

  it('opens a guide without a card, and goes back to the guide list', () => {
    const guides = flow(initialScreen, { type: 'guides' });
    const guide = flow(guides, { type: 'chose-item', item });
    expect(guide).toEqual({ name: 'guide', item });
    expect(flow(guide, { type: 'back-to-items' })).toEqual({ name: 'guides' });
  });

  it('rates a case from the done screen, or from the citizen\'s own cases after the card', () => {
    const done: Screen = { name: 'done', itemName: item.name, result };
    const review = { name: 'review', caseNumber: result.caseNumber, itemName: item.name };
    expect(flow(done, { type: 'rate', caseNumber: result.caseNumber, itemName: item.name })).toEqual(review);
    let screen = flow(initialScreen, { type: 'rate-mine' });
    screen = flow(screen, { type: 'identified', identity });
    expect(screen).toEqual({ name: 'myCases', then: 'rate' });
    expect(flow(screen, { type: 'query', caseNumber: result.caseNumber })).toBe(screen);
    expect(flow(screen, { type: 'rate', caseNumber: result.caseNumber, itemName: item.name })).toEqual(review);
  });

  it('opens a scanned receipt\'s case or a scanned item\'s guide from any screen with no form open', () => {
    const guides: Screen = { name: 'guides' };
    expect(flow(guides, { type: 'scanned-receipt', caseNumber: result.caseNumber })).toEqual({ name: 'query', caseNumber: result.caseNumber });
    expect(flow({ name: 'help' }, { type: 'scanned-item', item })).toEqual({ name: 'guide', item });
    const form: Screen = { name: 'form', identity, item, list: 'items' };
    expect(flow(form, { type: 'scanned-receipt', caseNumber: result.caseNumber })).toBe(form);
    expect(flow(form, { type: 'scanned-item', item })).toBe(form);
  });

  it('applies for a guide\'s item here: identify, confirm, then straight to its form, and 修改 keeps the item', () => {
    let screen = flow({ name: 'guide', item }, { type: 'apply-here' });
    expect(screen).toEqual({ name: 'identify', purpose: 'items', item });
    screen = flow(screen, { type: 'identified', identity });
    expect(flow(screen, { type: 'not-confirmed' })).toEqual({ name: 'identify', purpose: 'items', item });
    expect(flow(screen, { type: 'confirmed' })).toEqual({ name: 'form', identity, item, list: 'items' });
  });

  it('calls for help from home, and from guided help when it found nothing', () => {
    expect(flow(initialScreen, { type: 'help' })).toEqual({ name: 'help' });
    expect(flow({ name: 'ask' }, { type: 'help' })).toEqual({ name: 'help' });
    expect(flow({ name: 'guides' }, { type: 'help' })).toEqual({ name: 'guides' });
  });

  it('leads from 问一问 to a situation and back, to an item\'s guide, or to a 一件事 after the card', () => {
    const ask = flow(initialScreen, { type: 'ask' });
    expect(ask).toEqual({ name: 'ask' });
    const situation = flow(ask, { type: 'situation', code: 'QJ-SHOP' });
    expect(situation).toEqual({ name: 'situation', code: 'QJ-SHOP' });
    expect(flow(situation, { type: 'ask' })).toEqual({ name: 'ask' });
    expect(flow(situation, { type: 'chose-item', item })).toEqual({ name: 'guide', item });
    const event = { ...item, code: 'YJS-KBCYD' };
    expect(flow(ask, { type: 'apply-event', item: event })).toEqual({ name: 'identify', purpose: 'lifeEvents', item: event });
    expect(flow({ name: 'guides' }, { type: 'apply-event', item: event })).toEqual({ name: 'guides' });
  });

  it('opens 缴费 from home, and for a scanned notice unless a form or a payment is open', () => {
    expect(flow(initialScreen, { type: 'pay' })).toEqual({ name: 'pay', noticeNumber: '' });
    expect(flow({ name: 'guides' }, { type: 'pay' })).toEqual({ name: 'guides' });
    expect(flow({ name: 'help' }, { type: 'scanned-notice', noticeNumber: '42010025030100000017' })).toEqual({ name: 'pay', noticeNumber: '42010025030100000017' });
    const paying = { name: 'pay', noticeNumber: '' } as const;
    expect(flow(paying, { type: 'scanned-notice', noticeNumber: '42010025030100000017' })).toBe(paying);
  });

  it('hands a confirmed case to 缴费 as a case number, never as a notice number', () => {
    const done: Screen = { name: 'done', itemName: item.name, result };
    expect(flow(done, { type: 'pay-fees', caseNumber: result.caseNumber })).toEqual({ name: 'pay', noticeNumber: '', caseNumber: result.caseNumber });
  });

  it('ignores a late card read after the citizen went home', () => {
    expect(flow(initialScreen, { type: 'identified', identity })).toBe(initialScreen);
  });

  it('submits only from the materials step, where the materials are chosen', () => {
    const form: Screen = { name: 'form', identity, item, list: 'items' };
    expect(flow(form, { type: 'submitted', itemName: item.name, result })).toBe(form);
  });

  it('forgets the identity when going home', () => {
    const form: Screen = { name: 'form', identity, item, list: 'items' };
    expect(flow(form, { type: 'home' })).toEqual({ name: 'home' });
  });

  it('identifies from the query screen to list the citizen own cases, then opens one', () => {
    let screen: Screen = { name: 'query', caseNumber: '' };
    screen = flow(screen, { type: 'my-cases' });
    expect(screen).toEqual({ name: 'identify', purpose: 'follow' });
    screen = flow(screen, { type: 'identified', identity });
    expect(screen).toEqual({ name: 'myCases', then: 'query' });
    expect(flow(screen, { type: 'query', caseNumber: result.caseNumber })).toEqual({ name: 'query', caseNumber: result.caseNumber, fromMine: true });
  });
});

describe('a case opened from 我的办件', () => {
  it('goes back to that list, and only from there', () => {
    const mine: Screen = { name: 'myCases', then: 'query' };
    const opened = flow(mine, { type: 'query', caseNumber: 'WH00012026112300001X' });
    expect(opened).toEqual({ name: 'query', caseNumber: 'WH00012026112300001X', fromMine: true });
    expect(flow(opened, { type: 'back-to-my-cases' })).toEqual(mine);
    const typed = flow({ name: 'home' }, { type: 'query' });
    expect(flow(typed, { type: 'back-to-my-cases' })).toBe(typed);
  });

  it('takes 证明打印 from home through the card to the documents, and a 证明 found among the items there too', () => {
    const identify = flow(initialScreen, { type: 'results' });
    expect(identify).toEqual({ name: 'identify', purpose: 'results' });
    expect(flow(identify, { type: 'identified', identity })).toEqual({ name: 'results' });
    const items: Screen = { name: 'items', identity, list: 'items' };
    expect(flow(items, { type: 'chose-item', item: { ...item, onTheSpot: true } })).toEqual({ name: 'results' });
  });

  it('opens 预约 after identifying, with the bookings list only for a card, and 签到 from 取号 back to 取号', () => {
    const booking = flow(initialScreen, { type: 'appointments' });
    expect(booking).toEqual({ name: 'identify', purpose: 'book' });
    expect(flow(booking, { type: 'identified', identity })).toEqual({ name: 'appointments', mine: true });
    expect(flow(booking, { type: 'identified', identity: { ...identity, source: 'typed' } })).toEqual({ name: 'appointments', mine: false });
    const queue = flow(initialScreen, { type: 'queue' });
    expect(queue).toEqual({ name: 'queue' });
    const checkIn = flow(queue, { type: 'check-in' });
    expect(checkIn).toEqual({ name: 'identify', purpose: 'checkIn' });
    expect(flow(checkIn, { type: 'identified', identity })).toEqual({ name: 'queue', checkIn: true });
  });

  it('checks a scanned booking in from any screen but a form being filled', () => {
    expect(flow({ name: 'guides' }, { type: 'scanned-booking', code: 'VSXA88K3FK' })).toEqual({ name: 'queue', checkIn: true, code: 'VSXA88K3FK' });
    const form: Screen = { name: 'form', identity, item, list: 'items' };
    expect(flow(form, { type: 'scanned-booking', code: 'VSXA88K3FK' })).toBe(form);
  });
});
