import { useEffect, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Purpose, TypedEntry } from '../../flow/flow.js';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { AppCodeSignIn } from './AppCodeSignIn.js';
import { TypedIdentity } from './TypedIdentity.js';

/**
 * The card read starts when the screen opens; 重试 starts a new one. Meanwhile the scanner takes
 * the 鄂汇办 code, which the province vouches for as it does for a card, on a terminal holding the
 * province's keys (elsewhere the code panel is not shown: every scan would be refused). Applying also accepts the
 * ID number typed by hand; seeing one's own cases does not (an ID number is no secret). The card
 * read keeps going while the citizen types: a card placed meanwhile still identifies them.
 */
export function Identify({ purpose, appCode, typed, dispatch }: { purpose: Purpose; appCode: boolean; typed?: TypedEntry; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const [attempt, setAttempt] = useState(0);
  // Back from 修改 on the confirm screen: straight to what was typed, to correct it.
  const [typing, setTyping] = useState(typed !== undefined);
  const read = useRequest('identity.read', { timeoutMs: 30_000 }, attempt);
  useEffect(() => {
    if (read.state === 'ready') dispatch({ type: 'identified', identity: read.value });
  }, [read, dispatch]);

  if (typing) return <TypedIdentity dispatch={dispatch} initial={typed} onCancel={() => setTyping(false)} />;
  return (
    <section className="screen identify">
      <h1>{t('title')}</h1>
      {/* The card stops on the reader once the read failed: motion would say "still reading". */}
      <div className={read.state === 'failed' ? 'reader-scene reader-stopped' : 'reader-scene'} aria-hidden="true">
        <div className="reader-card">
          <span className="reader-card-chip" />
        </div>
        <div className="reader-pad">{t('readerPad')}</div>
      </div>
      <div data-testid="identify-status" className="identify-status" aria-live="polite">
        {read.state === 'failed' ? (
          <ErrorPanel error={read.error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <p className="waiting">{t('reading')}</p>
        )}
      </div>
      {appCode && <AppCodeSignIn dispatch={dispatch} />}
      {(purpose === 'items' || purpose === 'lifeEvents' || purpose === 'book') && (
        <button type="button" className="secondary identify-typed" data-testid="identify-typed" onClick={() => setTyping(true)}>
          {t('typeInstead')}
        </button>
      )}
    </section>
  );
}
