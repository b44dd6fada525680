import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Screen } from '../flow/flow.js';
import { countdownSeconds, type IdleState } from '../idle/use-idle.js';
import { hush, speak, spellOut, type SpeechLanguage } from './speech.js';

/**
 * The prompts a citizen who cannot read the screen well most needs to hear: where to put the
 * card, the question before the session is wiped, and the case number to keep. Renders nothing.
 */
export function SpokenPrompts({ screen, idle }: { screen: Screen; idle: IdleState }) {
  const { t, i18n } = useTranslation('a11y');
  const language: SpeechLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const caseNumber = screen.name === 'done' ? screen.result.caseNumber : '';
  const atHome = screen.name === 'home';
  useEffect(() => {
    if (atHome) hush();
  }, [atHome]);
  useSayWhen(screen.name === 'identify', t('speakIdentify'), language);
  useSayWhen(caseNumber !== '', t('speakCaseNumber', { number: spellOut(caseNumber, t('speakPause')) }), language);
  // The question is asked with the full countdown left; the number on screen keeps counting.
  useSayWhen(idle.phase === 'asking', t('speakIdle', { seconds: countdownSeconds }), language);
  return null;
}

/** Speaks when `when` turns true, and again if the citizen switches language meanwhile. */
function useSayWhen(when: boolean, text: string, language: SpeechLanguage): void {
  useEffect(() => {
    if (when) speak(text, language);
  }, [when, text, language]);
}
