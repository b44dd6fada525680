import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Screen } from '../flow/flow.js';
import { countdownSeconds, type IdleState } from '../idle/use-idle.js';
import { hush, speak, spellOut, type SpeechLanguage } from './speech.js';
import type { Voice } from './voice.js';

type PromptKey = 'promptConfirm' | 'promptItems' | 'promptForm' | 'promptMaterials' | 'promptQuery' | 'promptGuides' | 'promptMyCases' | 'promptReview';

/** In 长者模式 each of these screens says what to do on it as it opens. */
const screenPrompts: Partial<Record<Screen['name'], PromptKey>> = {
  confirm: 'promptConfirm',
  items: 'promptItems',
  form: 'promptForm',
  materials: 'promptMaterials',
  query: 'promptQuery',
  guides: 'promptGuides',
  myCases: 'promptMyCases',
  review: 'promptReview',
};

type Props = { screen: Screen; idle: IdleState; voice: Voice; elderly: boolean };

/**
 * The prompts a citizen who cannot read the screen well most needs to hear: where to put the
 * card, the question before the session is wiped, and the case number to keep; in 长者模式 also
 * what to do on each screen. Renders nothing. `voice` is the hall's setting (remote config: a
 * quiet reading room) until the citizen changes it with 声音 (SpeechControl).
 */
export function SpokenPrompts({ screen, idle, voice, elderly }: Props) {
  const { t, i18n } = useTranslation('a11y');
  const language: SpeechLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const caseNumber = screen.name === 'done' ? screen.result.caseNumber : '';
  const atHome = screen.name === 'home';
  useEffect(() => {
    if (atHome || !voice.speech) hush();
  }, [atHome, voice.speech]);
  const on = voice.speech;
  const volume = voice.volume / 100;
  const screenPrompt = elderly ? screenPrompts[screen.name] : undefined;
  useSayWhen(on && screenPrompt !== undefined, screenPrompt ? t(screenPrompt) : '', language, volume);
  useSayWhen(on && screen.name === 'identify', t('speakIdentify'), language, volume);
  useSayWhen(on && caseNumber !== '', t('speakCaseNumber', { number: spellOut(caseNumber, t('speakPause')) }), language, volume);
  // The question is asked with the full countdown left; the number on screen keeps counting.
  useSayWhen(on && idle.phase === 'asking', t('speakIdle', { seconds: countdownSeconds }), language, volume);
  return null;
}

/**
 * Speaks when `when` turns true, and again if the citizen switches language meanwhile. A change
 * of volume alone does not repeat it: the panel lets the citizen hear the new level.
 */
function useSayWhen(when: boolean, text: string, language: SpeechLanguage, volume: number): void {
  useEffect(() => {
    if (when) speak(text, language, volume);
  }, [when, text, language]);
}
