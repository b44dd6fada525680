import { useCallback, useEffect, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../flow/flow.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { TicketPanel } from './TicketPanel.js';
import './appointments.css';

/**
 * 取号: a service group's number for whoever walks in, or, after a card read or with the booking's
 * scanned `code`, today's booking checked in (`checkIn`), called before walk-ins. The ticket prints; the screen shows it too.
 */
export function Queue({ checkIn, code, dispatch }: { checkIn: boolean; code?: string; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('appointments');
  const kiosk = useKiosk();
  const take = useCallback((groupCode: string) => kiosk.invoke('queue.take', { groupCode }), [kiosk]);
  const checkInNow = useCallback(() => kiosk.invoke('queue.checkIn', code === undefined ? {} : { code }), [kiosk, code]);
  const [taken, takeNumber] = useAction(take);
  const [checked, checkInStart] = useAction(checkInNow);
  useEffect(() => {
    if (checkIn) checkInStart();
  }, [checkIn, checkInStart]);
  const outcome = checkIn ? checked : taken;
  if (outcome.state === 'done') return <TicketPanel ticket={outcome.value} />;
  return (
    <section className="screen appointments queue">
      <h1>{t('queueTitle')}</h1>
      {outcome.state === 'busy' && <p className="waiting">{checkIn ? t('checkingIn') : t('taking')}</p>}
      {outcome.state === 'failed' && <ErrorPanel error={outcome.error} testId="queue-error" />}
      {!checkIn && <Groups onTake={takeNumber} busy={outcome.state === 'busy'} dispatch={dispatch} />}
    </section>
  );
}

function Groups({ onTake, busy, dispatch }: { onTake: (groupCode: string) => void; busy: boolean; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('appointments');
  const [attempt, setAttempt] = useState(0);
  const services = useRequest('hall.services', {}, attempt);
  if (services.state === 'loading') return <p className="waiting">{t('loading')}</p>;
  if (services.state === 'failed') return <ErrorPanel error={services.error} testId="queue-error" onRetry={() => setAttempt((n) => n + 1)} />;
  return (
    <>
      <button type="button" className="primary queue-check-in" data-testid="queue-check-in" onClick={() => dispatch({ type: 'check-in' })}>
        {t('haveBooking')}
      </button>
      <p className="lead">{t('pickGroup')}</p>
      <div className="group-grid">
        {services.value.groups.map((group) => (
          <button key={group.code} type="button" className="tile group-tile" data-testid={`queue-group-${group.code}`} disabled={busy} onClick={() => onTake(group.code)}>
            <span className="tile-name">{group.name}</span>
            <span className="tile-note">{t('waiting', { count: group.waiting })}</span>
          </button>
        ))}
      </div>
    </>
  );
}
