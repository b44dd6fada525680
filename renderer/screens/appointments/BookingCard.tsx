import { useTranslation } from 'react-i18next';
import { QrCode } from '../../../ui-shared/QrCode.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import type { BookingView } from '../../api.js';
import { formatClock, formatDay } from '../../ui/format.js';

/** One booking: what, where, when, and with `withQr` the code the hall's terminal scans to check in. */
export function BookingCard({ booking, withQr = false }: { booking: BookingView; withQr?: boolean }) {
  const { t, i18n } = useTranslation('appointments');
  const start = new Date(booking.startsAt);
  return (
    <div className="booking-card" data-testid={`booking-${booking.code}`}>
      <p className="booking-item">{booking.itemName}</p>
      <p className="booking-when" data-testid="booking-when">
        {formatDay(start, languageOf(i18n.language))} {formatClock(start)}
      </p>
      <p className="booking-where">
        {booking.hallName} · {booking.groupName}
      </p>
      <p className="booking-code">
        {t('code')} <strong data-testid="booking-code">{booking.code}</strong>
      </p>
      {withQr && <QrCode value={booking.qr} label={t('code')} className="booking-qr" testId="booking-qr" size={200} />}
    </div>
  );
}
