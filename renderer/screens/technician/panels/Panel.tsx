import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../../../transport/context.js';
import { ErrorPanel } from '../../../ui/ErrorPanel.js';
import './panels.css';

type Props<T> = {
  title: string;
  testId: string;
  loaded: Loaded<T>;
  /** 重新检测: the checks run again, from the start. */
  onAgain: () => void;
  children: (value: T) => ReactNode;
};

/** One technician panel: its title, its checks once they are in, and a button to run them again. */
export function Panel<T>({ title, testId, loaded, onAgain, children }: Props<T>) {
  const { t } = useTranslation('technician');
  return (
    <section className="screen technician-panel" data-testid={testId} aria-busy={loaded.state === 'loading'}>
      <header className="technician-panel-header">
        <h1>{title}</h1>
        <button type="button" className="secondary" data-testid="check-again" disabled={loaded.state === 'loading'} onClick={onAgain}>
          {t('again')}
        </button>
      </header>
      {loaded.state === 'loading' && <p className="waiting">{t('checking')}</p>}
      {loaded.state === 'failed' && <ErrorPanel error={loaded.error} onRetry={onAgain} />}
      {loaded.state === 'ready' && children(loaded.value)}
    </section>
  );
}
