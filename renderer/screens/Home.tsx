import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskStatus } from '../api.js';
import type { Action } from '../flow/flow.js';
import { Clock } from '../ui/Clock.js';

/** Only what works today is offered: a tile that says 即将开放 is a dead end for a citizen. */
interface HomeProps {
  status: KioskStatus | null;
  dispatch: Dispatch<Action>;
  elderly: boolean;
  onElderly: (on: boolean) => void;
}

export function Home({ status, dispatch, elderly, onElderly }: HomeProps) {
  const { t } = useTranslation('home');
  return (
    <div className="home">
      <header className="home-header">
        <div className="home-place">
          <p className="hall-name">{status?.hallName ?? ' '}</p>
          <p className="terminal-name">{status ? `${status.terminalName}${status.demo ? t('demo') : ''}` : ' '}</p>
        </div>
        <Clock />
      </header>
      <h1 className="home-title">{t('title')}</h1>
      <p className="home-subtitle">{t('subtitle')}</p>
      <div className="tiles">
        <button type="button" className="tile tile-main" data-testid="home-apply" onClick={() => dispatch({ type: 'apply' })}>
          <span className="tile-name">{t('apply')}</span>
          <span className="tile-note">{t('applyNote')}</span>
        </button>
        <button type="button" className="tile" data-testid="home-query" onClick={() => dispatch({ type: 'query' })}>
          <span className="tile-name">{t('query')}</span>
          <span className="tile-note">{t('queryNote')}</span>
        </button>
      </div>
      <button
        type="button"
        className={elderly ? 'elderly-toggle on' : 'elderly-toggle'}
        aria-pressed={elderly}
        data-testid="home-elderly"
        onClick={() => onElderly(!elderly)}
      >
        {elderly ? t('elderlyOn') : t('elderlyOff')}
      </button>
    </div>
  );
}
