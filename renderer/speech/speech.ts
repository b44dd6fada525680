import { groupCaseNumber } from '../api.js';

/** The BCP 47 tag a voice must have for each UI language. */
const voiceLanguage = { zh: 'zh', en: 'en' } as const;
export type SpeechLanguage = keyof typeof voiceLanguage;

/** Slightly slower than the default: the listener may be old, and a lobby is noisy. */
const rate = 0.9;

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

// Chromium loads its voice list on the first request; asking now means it is there by the
// time a citizen reaches the first spoken prompt.
synthesis()?.getVoices();

function voiceFor(speech: SpeechSynthesis, language: SpeechLanguage): SpeechSynthesisVoice | undefined {
  const wanted = voiceLanguage[language];
  // Some Linux engines name languages zh_CN rather than zh-CN.
  return speech.getVoices().find((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith(wanted));
}

/**
 * Says `text` aloud in `language`, cutting off whatever was being said (a prompt about a screen
 * the citizen has left is noise), at `volume` (0 to 1). Where the platform has no speech, or no voice for the
 * language, it does nothing: the same words are on the screen.
 */
export function speak(text: string, language: SpeechLanguage, volume = 1): void {
  const speech = synthesis();
  if (!speech) return;
  const voice = voiceFor(speech, language);
  if (!voice) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // By language, not by voice object: the platform picks its default voice for it.
  utterance.lang = voice.lang;
  utterance.rate = rate;
  utterance.volume = volume;
  speech.speak(utterance);
}

/** Stops speaking at once: the session is over, the next citizen must not hear the last one's. */
export function hush(): void {
  synthesis()?.cancel();
}

/**
 * A case number as a voice should read it: character by character, in the chunks the screen
 * shows, with a pause between chunks, so the listener can write it down.
 */
export function spellOut(caseNumber: string, pause: string): string {
  return groupCaseNumber(caseNumber)
    .map((chunk) => [...chunk].join(' '))
    .join(pause);
}
