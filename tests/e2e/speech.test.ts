import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { applyForItem, identifyWithCard } from '../support/citizen-steps.js';
import { expectText, portrait, shootLayouts, useKiosk } from './harness.js';

interface Spoken {
  text: string;
  lang: string;
}

/**
 * Headless Chromium has no voices: the platform lacks speech. This stands in for a platform that
 * has voices for `languages` and records what the page asks it to say; the kiosk's own speech
 * module runs unchanged. `languages` null: no speechSynthesis at all.
 */
function platformSpeech(languages: string[] | null): void {
  const record: Said = { spoken: [], volumes: [], cancels: 0 };
  Object.defineProperty(globalThis, 'said', { value: record });
  const engine = languages && {
    getVoices: () => languages.map((lang) => ({ lang, name: `voice ${lang}`, default: false, localService: true, voiceURI: lang })),
    speak: (utterance: Spoken & { volume: number }) => {
      record.spoken.push({ text: utterance.text, lang: utterance.lang });
      record.volumes.push(utterance.volume);
    },
    cancel: () => {
      record.cancels += 1;
    },
  };
  Object.defineProperty(globalThis, 'speechSynthesis', { value: engine ?? undefined, configurable: true });
}

interface Said {
  spoken: Spoken[];
  /** The volume of each of `spoken`, 0 to 1. */
  volumes: number[];
  cancels: number;
}

function said(page: Page): Promise<Said> {
  return page.evaluate<Said>('said');
}

async function spoken(page: Page): Promise<Spoken[]> {
  return (await said(page)).spoken;
}

async function cancels(page: Page): Promise<number> {
  return (await said(page)).cancels;
}

async function lastSaid(page: Page): Promise<Spoken | undefined> {
  return (await spoken(page)).at(-1);
}

async function openPage(browser: Browser, demo: RunningDemo, languages: string[] | null): Promise<Page> {
  const page = await browser.newPage({ viewport: portrait });
  await page.addInitScript(platformSpeech, languages);
  await page.clock.install();
  await page.goto(demo.kioskUrl ?? '');
  return page;
}

describe('spoken prompts, in Chromium through the browser host', () => {
  const kiosk = useKiosk('speech');

  it('says where to put the card, the case number to keep, and the idle question, in Chinese', async () => {
    const page = await openPage(kiosk.browser, kiosk.demo, ['zh-CN', 'en-US']);
    await identifyWithCard(page, kiosk.demo);
    expect(await spoken(page)).toEqual([{ text: '请将身份证放在感应区', lang: 'zh-CN' }]);
    await applyForItem(page);
    const caseNumber = (await page.getByTestId('case-number').innerText()).replace(/\s/g, '');
    // Read out character by character, so it can be written down as it is heard.
    await expect.poll(async () => (await lastSaid(page))?.text.replace(/[\s，]/g, '')).toContain(caseNumber);
    expect((await lastSaid(page))?.text).toContain(`${caseNumber.slice(0, 6).split('').join(' ')}，`);
    await page.clock.fastForward(61_000);
    await page.getByTestId('idle-overlay').waitFor();
    await expect.poll(() => lastSaid(page)).toEqual({ text: '您还在办理吗？15秒后将清除您的信息并返回首页。如需继续，请点击屏幕。', lang: 'zh-CN' });
    const before = await cancels(page);
    await page.clock.fastForward(16_000);
    await page.getByTestId('home-apply').waitFor();
    // Back home for the next citizen: the last one's words stop (in the effect after the home is drawn).
    await expect.poll(() => cancels(page)).toBeGreaterThan(before);
    await page.close();
  });

  it('speaks English when the citizen switched to English', async () => {
    const page = await openPage(kiosk.browser, kiosk.demo, ['zh-CN', 'en-US']);
    await page.getByTestId('language').click();
    await page.getByTestId('home-apply').click();
    await expect.poll(() => lastSaid(page)).toEqual({ text: 'Please place your ID card on the reader', lang: 'en-US' });
    await page.close();
  });

  for (const [lacking, languages] of [
    ['no Chinese voice', ['en-US']],
    ['no speechSynthesis at all', null],
  ] as const) {
    it(`says nothing, and works as before, where the platform has ${lacking}`, async () => {
      const page = await openPage(kiosk.browser, kiosk.demo, languages === null ? null : [...languages]);
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.getByTestId('home-apply').click();
      await page.getByTestId('identify-status').waitFor();
      await page.clock.fastForward(61_000);
      await page.getByTestId('idle-overlay').waitFor();
      expect(await spoken(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.getByTestId('idle-continue').click();
      await page.getByTestId('go-home').click();
      await page.close();
    });
  }

  it('in 长者模式 says what to do on each screen; 声音 turns it down and off for this visit only', async () => {
    const page = await openPage(kiosk.browser, kiosk.demo, ['zh-CN', 'en-US']);
    await expectText(page.getByTestId('speech'), '声音 开');
    await page.getByTestId('home-elderly').click();
    await identifyWithCard(page, kiosk.demo);
    await expect.poll(() => lastSaid(page)).toEqual({ text: '请核对您的姓名和身份证号', lang: 'zh-CN' });

    await page.getByTestId('speech').click();
    await shootLayouts(page, 'speech-panel-elderly', page.getByTestId('speech-panel'));
    await page.getByTestId('volume-down').click();
    await page.getByTestId('volume-down').click();
    await expectText(page.getByTestId('volume-level'), '音量 60%');
    // The citizen hears the level they chose.
    expect(await lastSaid(page)).toEqual({ text: '现在的音量是这样', lang: 'zh-CN' });
    expect((await said(page)).volumes.at(-1)).toBeCloseTo(0.6);
    await page.getByTestId('speech-close').click();
    await page.getByTestId('identity-continue').click();
    await expect.poll(() => lastSaid(page)).toEqual({ text: '请选择要办理的事项', lang: 'zh-CN' });
    expect((await said(page)).volumes.at(-1)).toBeCloseTo(0.6);

    await page.getByTestId('speech').click();
    await page.getByTestId('speech-toggle').click();
    await page.getByTestId('speech-close').click();
    await expectText(page.getByTestId('speech'), '声音 关');
    const before = (await spoken(page)).length;
    // 返回首页 keeps the citizen's settings for another errand: the next screen stays silent.
    await page.getByTestId('go-home').click();
    await page.getByTestId('home-query').click();
    await page.getByTestId('query-input').waitFor();
    await expectText(page.getByTestId('speech'), '声音 关');
    expect(await spoken(page)).toHaveLength(before);

    // The visit ends (the idle question unanswered): the next citizen hears prompts again.
    await page.clock.fastForward(121_000);
    await page.getByTestId('idle-overlay').waitFor();
    await page.clock.fastForward(16_000);
    await page.getByTestId('home-apply').waitFor();
    await expectText(page.getByTestId('speech'), '声音 开');
    await page.close();
  });

  it('names the control in English too', async () => {
    const page = await openPage(kiosk.browser, kiosk.demo, ['zh-CN', 'en-US']);
    await page.getByTestId('language').click();
    await expectText(page.getByTestId('speech'), 'Sound on');
    await page.getByTestId('speech').click();
    await expectText(page.getByTestId('volume-level'), 'Volume 100%');
    await shootLayouts(page, 'speech-panel-en', page.getByTestId('speech-panel'));
    await page.getByTestId('speech-close').click();
    await page.close();
  });
});
