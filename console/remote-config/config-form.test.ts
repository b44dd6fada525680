import { describe, expect, it } from 'vitest';
import { formOf, settingsOf } from './config-form.js';

describe('the remote config form', () => {
  it('sends only what is set here, and reads back what it sent', () => {
    const form = { ...formOf({}), idleSeconds: '90', speech: 'off' as const, announcements: '今日升级 | Upgrade today\n\n只有中文' };
    const settings = settingsOf(form);
    expect(settings).toEqual({ idleSeconds: 90, speech: false, announcements: [{ zh: '今日升级', en: 'Upgrade today' }, { zh: '只有中文', en: '只有中文' }] });
    expect(settingsOf(formOf(settings))).toEqual(settings);
  });

  it('tells "round the clock" (null) from "as the region above says" (absent)', () => {
    expect(settingsOf({ ...formOf({}), hours: 'always' })).toEqual({ serviceHours: null });
    expect(settingsOf(formOf({}))).toEqual({});
    expect(settingsOf({ ...formOf({}), hours: 'hours', opens: '08:30', closes: '18:00' }).serviceHours).toEqual({ opens: '08:30', closes: '18:00', days: [1, 2, 3, 4, 5, 6, 7] });
  });
});
