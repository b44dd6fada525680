import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskStatus } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { Clock } from '../../ui/Clock.js';
import { TileIcon } from '../../ui/TileIcon.js';
import './home.css';

/** Only what works today is offered: a tile that says 即将开放 is a dead end for a citizen. */
interface HomeProps {
  status: KioskStatus | null;
  dispatch: Dispatch<Action>;
  elderly: boolean;
  onElderly: (on: boolean) => void;
}

type TileName = 'apply' | 'lifeEvents' | 'query' | 'guides' | 'review' | 'help' | 'results' | 'appointments' | 'queue' | 'pay' | 'ask';

/** In reading order; each tile's words are `<name>` and `<name>Note` in the home namespace. */
const tiles: readonly { name: TileName; action: Action }[] = [
  { name: 'apply', action: { type: 'apply' } },
  { name: 'lifeEvents', action: { type: 'apply', list: 'lifeEvents' } },
  { name: 'query', action: { type: 'query' } },
  { name: 'guides', action: { type: 'guides' } },
  { name: 'review', action: { type: 'rate-mine' } },
  { name: 'help', action: { type: 'help' } },
  { name: 'results', action: { type: 'results' } },
  { name: 'appointments', action: { type: 'appointments' } },
  { name: 'queue', action: { type: 'queue' } },
  { name: 'pay', action: { type: 'pay' } },
  { name: 'ask', action: { type: 'ask' } },
];

const announcements = ['announcement1', 'announcement2', 'announcement3'] as const;

export function Home({ status, dispatch, elderly, onElderly }: HomeProps) {
  const { t, i18n } = useTranslation('home');
  // The hall's own announcements (remote config) replace the built-in ones.
  const remote = status?.screen.announcements ?? [];
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
      {elderly && <ElderlyToggle elderly={elderly} onElderly={onElderly} />}
      <div className="home-tiles">
        {tiles.map(({ name, action }) => (
          <button key={name} type="button" className={`tile home-tile home-tile-${name}`} data-testid={`home-${name}`} onClick={() => dispatch(action)}>
            <TileIcon name={name} />
            <span className="tile-name">{t(name)}</span>
            <span className="tile-note">{t(`${name}Note`)}</span>
          </button>
        ))}
      </div>
      <div className="home-footer">
        <section className="announcements" aria-labelledby="announcements-title" data-testid="announcements">
          <h2 id="announcements-title">{t('announcements')}</h2>
          <ul>
            {remote.length > 0
              ? remote.map((line) => <li key={line.zh}>{i18n.language === 'en' ? line.en : line.zh}</li>)
              : announcements.map((key) => <li key={key}>{t(key)}</li>)}
          </ul>
        </section>
        {!elderly && <ElderlyToggle elderly={elderly} onElderly={onElderly} />}
      </div>
    </div>
  );
}

/**
 * Off, it waits at the foot of the home; on, it moves above the tiles, because at 长者模式's size
 * the foot is below the fold and whoever turned it on should find how to turn it off.
 */
function ElderlyToggle({ elderly, onElderly }: Pick<HomeProps, 'elderly' | 'onElderly'>) {
  const { t } = useTranslation('home');
  return (
    <button type="button" className={elderly ? 'elderly-toggle on' : 'elderly-toggle'} aria-pressed={elderly} data-testid="home-elderly" onClick={() => onElderly(!elderly)}>
      {elderly ? t('elderlyOn') : t('elderlyOff')}
    </button>
  );
}
