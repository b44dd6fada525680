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

  it('is open from the card until the screen ends it or it idles out, and asking keeps nobody in', () => {
    let now = 0;
    const session = new Session(60_000, () => now);
    expect(session.isOpen()).toBe(false);
    session.identify(chen);
    now = 59_000;
    expect(session.isOpen()).toBe(true);
    now = 61_000;
    expect(session.isOpen()).toBe(false);
    session.identify(chen);
    session.end();
    expect(session.isOpen()).toBe(false);
  });

  it('opens nothing private to an identity typed on the screen', () => {
    const session = new Session(60_000);
    expect(session.identify({ ...chen, source: 'typed' }).source).toBe('typed');
    expect(() => session.verified()).toThrow(/手动输入身份证号/);
    expect(session.cardReadAt()).toBeUndefined();
  });

  it('opens the citizen own things to a 鄂汇办 code, but tells the platform of no card read', () => {
    const session = new Session(60_000);
    expect(session.identify({ ...chen, source: 'appCode' }).source).toBe('appCode');
    expect(session.verified().idNumber).toBe(chen.idNumber);
    expect(session.cardReadAt()).toBeUndefined();
  });

  it('does not let a card read that began before a typed or code sign-in replace it', () => {
    const session = new Session(60_000);
    const beforeCode = session.mark();
    session.identify({ ...chen, source: 'appCode' });
    expect(() => session.identifyAfterRead(beforeCode, { ...chen, name: '李明', idNumber: '110101199003070019' })).toThrow(/已用其他方式确认身份/);
    expect(session.current().name).toBe('陈晓欣');
    session.end();
    expect(session.identifyAfterRead(beforeCode, chen).source).toBe('card');
  });

  it('lets two reads of the same card both stand: the screen’s and one a screen left behind', () => {
    const session = new Session(60_000);
    const abandoned = session.mark();
    const current = session.mark();
    expect(session.identifyAfterRead(current, chen).source).toBe('card');
    expect(session.identifyAfterRead(abandoned, chen).source).toBe('card');
  });

  it('dates a card read, for the platform to judge it fresh', () => {
    const session = new Session(60_000, () => 1_000);
    session.identify(chen);
    expect(session.cardReadAt()).toEqual(new Date(1_000));
  });

  it("keeps a remote clerk's check only for a call this citizen asked, and never for the next citizen", () => {
    const session = new Session(60_000);
    session.askedRemote('call-before-anyone');
    session.identify(chen);
    session.remoteChecked('call-before-anyone');
    expect(session.remoteCheckedCall()).toBeUndefined();
    session.askedRemote('call-1');
    expect(session.remoteCheckedCall()).toBeUndefined();
    session.remoteChecked('call-1');
    expect(session.remoteCheckedCall()).toBe('call-1');
    session.end();
    expect(session.remoteCheckedCall()).toBeUndefined();
    session.identify({ ...chen, name: '李建国', idNumber: '420102198507150031' });
    session.remoteChecked('call-1');
    expect(session.remoteCheckedCall()).toBeUndefined();
  });
});
