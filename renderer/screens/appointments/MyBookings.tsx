import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { BookingCard } from './BookingCard.js';

/** 我的预约: the card holder's bookings from today on, each live one with 取消预约. */
export function MyBookings({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation('appointments');
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const mine = useRequest('appointments.mine', {}, attempt);
  const cancelOne = useCallback(async (id: string) => {
    await kiosk.invoke('appointments.cancel', { id });
    setAttempt((n) => n + 1);
  }, [kiosk]);
  const [cancelling, cancel] = useAction(cancelOne);
  return (
    <section className="screen appointments">
      <h1>{t('mineTitle')}</h1>
      {mine.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {mine.state === 'failed' && <ErrorPanel error={mine.error} testId="appointments-error" onRetry={() => setAttempt((n) => n + 1)} />}
      {cancelling.state === 'failed' && <ErrorPanel error={cancelling.error} testId="cancel-error" />}
      {mine.state === 'ready' && mine.value.length === 0 && <p className="lead" data-testid="bookings-none">{t('mineNone')}</p>}
      {mine.state === 'ready' && (
        <ul className="booking-list" data-testid="my-bookings">
          {mine.value.map((booking) => (
            <li key={booking.id}>
              <BookingCard booking={booking} />
              {booking.status === 'booked' ? (
                <button type="button" className="secondary" data-testid={`cancel-${booking.code}`} disabled={cancelling.state === 'busy'} onClick={() => cancel(booking.id)}>
                  {t('cancel')}
                </button>
              ) : (
                <span className="booking-status">{booking.status === 'cancelled' ? t('cancelled') : t('checkedIn')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {mine.state !== 'loading' && (
        <button type="button" className="primary" data-testid="new-booking" onClick={onNew}>
          {t('newBooking')}
        </button>
      )}
    </section>
  );
}
