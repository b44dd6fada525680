import { describe, expect, it } from 'vitest';
import { Session } from './session.js';

const chen = { cardType: 'resident' as const, name: '陈晓欣', idNumber: '420103199003120029', source: 'card' as const };

describe('the citizen session', () => {
  it('shows only the masked identity', () => {
    expect(new Session(60_000).identify(chen)).toEqual({ cardType: 'resident', maskedName: '陈*欣', maskedIdNumber: '4201**********0029', source: 'card' });
  });

  it('forgets the card when the screen ends the session', () => {
    const session = new Session(60_000);
    session.identify(chen);
    session.end();
    expect(() => session.current()).toThrow(/请先刷身份证/);
  });

  it('forgets the card by itself after the idle limit, even if the screen never said goodbye', () => {
    let now = 0;
    const session = new Session(105_000, () => now);
    session.identify(chen);
    now = 100_000;
    expect(session.current().name).toBe('陈晓欣');
    now = 206_000;
    expect(() => session.current()).toThrow(/请先刷身份证/);
  });

  it('opens nothing that needs a card read to an identity typed on the screen', () => {
    const session = new Session(60_000);
    expect(session.identify({ ...chen, source: 'typed' }).source).toBe('typed');
    expect(() => session.cardReadAt()).toThrow(/手动输入身份证号/);
  });
});
