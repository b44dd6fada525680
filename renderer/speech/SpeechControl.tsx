import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speak, type SpeechLanguage } from './speech.js';
import { canGoLouder, canGoQuieter, louder, quieter, type Voice } from './voice.js';

type Props = { voice: Voice; onVoice: (voice: Voice) => void };

/**
 * 声音 in the top bar of every screen: reading aloud on or off, and how loud, for this citizen's
 * visit (App.tsx resets it when the visit ends). The setting opens in a panel of large buttons
 * rather than sitting in the bar, which has room only for words a citizen reads at a glance.
 */
export function SpeechControl({ voice, onVoice }: Props) {
  const { t } = useTranslation('a11y');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="speech-button" data-testid="speech" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <SpeakerIcon on={voice.speech} /> {voice.speech ? t('soundOn') : t('soundOff')}
      </button>
      {open && <SpeechPanel voice={voice} onVoice={onVoice} onClose={() => setOpen(false)} />}
    </>
  );
}

function SpeechPanel({ voice, onVoice, onClose }: Props & { onClose: () => void }) {
  const { t, i18n } = useTranslation('a11y');
  const language: SpeechLanguage = i18n.language === 'en' ? 'en' : 'zh';
  // The citizen hears the new level at once, so they can judge it rather than read a number.
  const choose = (next: Voice) => {
    onVoice(next);
    if (next.speech) speak(t('speakSample'), language, next.volume / 100);
  };
  return (
    <div className="dialog-overlay" role="dialog" aria-modal="true" aria-labelledby="speech-title" data-testid="speech-panel">
      <div className="dialog-box speech-panel">
        <h2 id="speech-title">{t('soundTitle')}</h2>
        <button type="button" className={voice.speech ? 'speech-toggle on' : 'speech-toggle'} aria-pressed={voice.speech} data-testid="speech-toggle" onClick={() => choose({ ...voice, speech: !voice.speech })}>
          {voice.speech ? t('readingOn') : t('readingOff')}
        </button>
        <div className="volume-row" role="group" aria-label={t('volume')}>
          <button type="button" className="secondary" data-testid="volume-down" disabled={!voice.speech || !canGoQuieter(voice)} onClick={() => choose(quieter(voice))}>
            {t('quieter')}
          </button>
          <output className="volume-level" data-testid="volume-level" aria-live="polite">
            {t('volumeLevel', { percent: voice.volume })}
          </output>
          <button type="button" className="secondary" data-testid="volume-up" disabled={!voice.speech || !canGoLouder(voice)} onClick={() => choose(louder(voice))}>
            {t('louder')}
          </button>
        </div>
        <button type="button" className="primary" data-testid="speech-close" onClick={onClose}>
          {t('soundDone')}
        </button>
      </div>
    </div>
  );
}

/** Drawn, not a font's emoji: a kiosk image may lack the symbol fonts (as TileIcon). */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg className="speaker-icon" viewBox="0 0 100 100" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth={8} strokeLinecap="round" strokeLinejoin="round">
        <path d="M12 38h18l24-20v64l-24-20h-18z" />
        {on ? <path d="M68 34a22 22 0 0 1 0 32M78 22a38 38 0 0 1 0 56" /> : <path d="M68 36l24 28M92 36l-24 28" />}
      </g>
    </svg>
  );
}
