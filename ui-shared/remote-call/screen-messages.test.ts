import { describe, expect, it, vi } from 'vitest';
import { encodeScreenMessage, maxMessageBytes, parseClerkMessage, parseKioskMessage } from './screen-messages.js';

describe('the screen channel messages', () => {
  it('takes well-formed messages from each side', () => {
    const screen = { type: 'screen', html: '<div>表单</div>', scrolls: [120], spaces: [{ width: 1080, height: 600 }], width: 1080, height: 1920, fields: [{ id: 'input-phone', label: '联系电话', rect: { x: 0.1, y: 0.2, width: 0.5, height: 0.05 }, masked: true }], shown: false };
    expect(parseKioskMessage(encodeScreenMessage(screen as never))).toEqual(screen);
    expect(parseClerkMessage(JSON.stringify({ type: 'point', x: 0.5, y: 1 }))).toEqual({ type: 'point', x: 0.5, y: 1 });
    expect(parseClerkMessage(JSON.stringify({ type: 'fill', request: 'r-1', field: 'input-phone', value: '13812345678' }))).not.toBeNull();
  });

  it('drops, with one log line each and no throw, what is malformed, unknown, out of range or too large', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = [
      'not json',
      JSON.stringify({ type: 'point', x: 2, y: 0 }),
      JSON.stringify({ type: 'point', x: 0, y: 0, extra: 1 }),
      JSON.stringify({ type: 'eval', code: 'x()' }),
      JSON.stringify({ type: 'fill', request: 'r', field: 'input-phone"><script>', value: '1' }),
      JSON.stringify({ type: 'fill', request: 'r', field: 'input-phone', value: '1\u0000\u001b' }),
      JSON.stringify({ type: 'fill', request: 'r', field: 'input-phone', value: '' }),
      JSON.stringify({ type: 'point', x: 0, y: 0, pad: 'x'.repeat(maxMessageBytes) }),
      new ArrayBuffer(8),
    ];
    for (const message of bad) expect(parseClerkMessage(message)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(bad.length);
    // The log says what kind of message went, never what it carried.
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/script|x\(\)/);
    warn.mockRestore();
  });

  it('refuses a kiosk message the clerk must not act on: too large in bytes, a screen too wide, a photo that is not base64', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Well formed, but 300 KB in UTF-8: more than a channel message may carry.
    expect(parseKioskMessage(JSON.stringify({ type: 'style', css: '汉'.repeat(100_000) }))).toBeNull();
    expect(parseKioskMessage(JSON.stringify({ type: 'style', css: '汉'.repeat(10_000) }))).not.toBeNull();
    expect(parseKioskMessage(JSON.stringify({ type: 'screen', html: '', scrolls: [], spaces: [], width: 0, height: 1, fields: [], shown: false }))).toBeNull();
    expect(parseKioskMessage(JSON.stringify({ type: 'cardPhoto', photo: { mime: 'image/png', base64: '"><img onerror=x>', decoder: 'sim' }, reason: null }))).toBeNull();
    expect(parseKioskMessage(JSON.stringify({ type: 'cardPhoto', photo: { mime: 'text/html', base64: 'AA==', decoder: 'sim' }, reason: null }))).toBeNull();
    warn.mockRestore();
  });

  it('does not encode a message larger than the other side takes', () => {
    expect(encodeScreenMessage({ type: 'style', css: '汉'.repeat(maxMessageBytes / 2) })).toBeNull();
    expect(encodeScreenMessage({ type: 'point', x: 0, y: 0 })).toBe('{"type":"point","x":0,"y":0}');
  });
});
