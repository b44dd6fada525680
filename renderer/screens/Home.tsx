import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskStatus } from '../api.js';
import type { Action } from '../flow/flow.js';
import { Clock } from '../ui/Clock.js';
import './home.css';

/** Only what works today is offered: a tile that says 即将开放 is a dead end for a citizen. */
interface HomeProps {
  status: KioskStatus | null;
  dispatch: Dispatch<Action>;
  elderly: boolean;
  onElderly: (on: boolean) => void;
}

type TileName = 'apply' | 'lifeEvents' | 'query' | 'guides' | 'review' | 'help';

/** In reading order; each tile's words are `<name>` and `<name>Note` in the home namespace. */
const tiles: readonly { name: TileName; action: Action; icon: string }[] = [
  { name: 'apply', action: { type: 'apply' }, icon: '✎' },
  { name: 'lifeEvents', action: { type: 'apply', list: 'lifeEvents' }, icon: '◎' },
  { name: 'query', action: { type: 'query' }, icon: '⌕' },
  { name: 'guides', action: { type: 'guides' }, icon: '☰' },
  { name: 'review', action: { type: 'rate-mine' }, icon: '☺' },
  { name: 'help', action: { type: 'help' }, icon: '☎' },
];

const announcements = ['announcement1', 'announcement2', 'announcement3'] as const;

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
      <div className="home-tiles">
        {tiles.map(({ name, action, icon }) => (
          <button key={name} type="button" className={`tile home-tile home-tile-${name}`} data-testid={`home-${name}`} onClick={() => dispatch(action)}>
            <span className="home-tile-icon" aria-hidden="true">
              {icon}
            </span>
            <span className="tile-name">{t(name)}</span>
            <span className="tile-note">{t(`${name}Note`)}</span>
          </button>
        ))}
      </div>
      <section className="announcements" aria-labelledby="announcements-title" data-testid="announcements">
        <h2 id="announcements-title">{t('announcements')}</h2>
        <ul>
          {announcements.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
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
