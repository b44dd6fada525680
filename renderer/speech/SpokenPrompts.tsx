import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenSettings } from '../api.js';
import type { Screen } from '../flow/flow.js';
import { countdownSeconds, type IdleState } from '../idle/use-idle.js';
import { hush, speak, spellOut, type SpeechLanguage } from './speech.js';

/**
 * The prompts a citizen who cannot read the screen well most needs to hear: where to put the
 * card, the question before the session is wiped, and the case number to keep. Renders nothing.
 * The platform may turn speech off or down for a hall (remote config): a quiet reading room.
 */
export function SpokenPrompts({ screen, idle, voice }: { screen: Screen; idle: IdleState; voice: Pick<ScreenSettings, 'speech' | 'volume'> | null }) {
  const { t, i18n } = useTranslation('a11y');
  const language: SpeechLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const caseNumber = screen.name === 'done' ? screen.result.caseNumber : '';
  const atHome = screen.name === 'home';
  useEffect(() => {
    if (atHome) hush();
  }, [atHome]);
  const on = voice?.speech ?? true;
  const volume = (voice?.volume ?? 100) / 100;
  useSayWhen(on && screen.name === 'identify', t('speakIdentify'), language, volume);
  useSayWhen(on && caseNumber !== '', t('speakCaseNumber', { number: spellOut(caseNumber, t('speakPause')) }), language, volume);
  // The question is asked with the full countdown left; the number on screen keeps counting.
  useSayWhen(on && idle.phase === 'asking', t('speakIdle', { seconds: countdownSeconds }), language, volume);
  return null;
}

/** Speaks when `when` turns true, and again if the citizen switches language meanwhile. */
function useSayWhen(when: boolean, text: string, language: SpeechLanguage, volume: number): void {
  useEffect(() => {
    if (when) speak(text, language, volume);
  }, [when, text, language, volume]);
}
