import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyOf } from '../../api.js';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { BookingCard } from './BookingCard.js';
import { MyBookings } from './MyBookings.js';
import { SlotPicker } from './SlotPicker.js';
import './appointments.css';

type Booked = ReplyOf<'appointments.book'>;
type Step = { name: 'mine' } | { name: 'items' } | { name: 'slots'; itemCode: string } | { name: 'booked'; booking: Booked };

/**
 * 预约: a card-identified citizen starts at their bookings (to cancel one, or book anew); one who
 * typed their number books only. Every step asks the platform, so offline each says so plainly.
 */
export function Appointments({ mine }: { mine: boolean }) {
  const [step, setStep] = useState<Step>(mine ? { name: 'mine' } : { name: 'items' });
  switch (step.name) {
    case 'mine':
      return <MyBookings onNew={() => setStep({ name: 'items' })} />;
    case 'items':
      return <BookableItems onPick={(itemCode) => setStep({ name: 'slots', itemCode })} />;
    case 'slots':
      return <SlotPicker itemCode={step.itemCode} onBooked={(booking) => setStep({ name: 'booked', booking })} />;
    case 'booked':
      return <Booked booking={step.booking} {...(mine && { onMine: () => setStep({ name: 'mine' }) })} />;
  }
}

function BookableItems({ onPick }: { onPick: (itemCode: string) => void }) {
  const { t } = useTranslation('appointments');
  const [attempt, setAttempt] = useState(0);
  const services = useRequest('hall.services', {}, attempt);
  const groups = services.state === 'ready' ? services.value.groups.filter((g) => g.bookable && g.items.length > 0) : [];
  return (
    <section className="screen appointments">
      <h1>{t('title')}</h1>
      {services.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {services.state === 'failed' && <ErrorPanel error={services.error} testId="appointments-error" onRetry={() => setAttempt((n) => n + 1)} />}
      {services.state === 'ready' && <p className="lead">{groups.length > 0 ? t('pickItem') : t('noBookable')}</p>}
      {groups.map((group) => (
        <div key={group.code} className="booking-group">
          <h2>{group.name}</h2>
          <ul className="item-list">
            {group.items.map((item) => (
              <li key={item.code}>
                <button type="button" className="item-button" data-testid={`book-item-${item.code}`} onClick={() => onPick(item.code)}>
                  <span className="item-name">{item.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Booked({ booking, onMine }: { booking: Booked; onMine?: () => void }) {
  const { t } = useTranslation('appointments');
  return (
    <section className="screen appointments" data-testid="booked">
      <h1>{t('bookedTitle')}</h1>
      <BookingCard booking={booking} withQr />
      <p className={booking.receipt.printed ? 'lead' : 'lead warn'} data-testid="booking-printed">
        {booking.receipt.printed ? t('slipPrinted') : t('slipNotPrinted')}
      </p>
      <p className="lead">{t('bookedHint')}</p>
      {onMine && (
        <button type="button" className="secondary" data-testid="booked-mine" onClick={onMine}>
          {t('mineBack')}
        </button>
      )}
    </section>
  );
}
