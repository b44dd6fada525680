import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../api.js';
import { formatClock } from '../../ui/format.js';

/** The number as large as the screen allows, as on the ticket: windows, people ahead, marks. */
export function TicketPanel({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation('appointments');
  return (
    <section className="screen appointments ticket" data-testid="ticket">
      <p className="ticket-label">{t('yourNumber')}</p>
      <p className="ticket-number" data-testid="ticket-number">
        {ticket.number}
      </p>
      <p className="ticket-marks">
        {ticket.bookedFor && <span className="ticket-mark" data-testid="ticket-booked">{t('booked')} {formatClock(new Date(ticket.bookedFor))}</span>}
        {ticket.elder && <span className="ticket-mark">{t('elder')}</span>}
      </p>
      <p className="ticket-group">
        {ticket.groupName} · {t('windows', { windows: ticket.windows.join(', ') })}
      </p>
      <p className="ticket-ahead" data-testid="ticket-ahead">
        {t('ahead', { count: ticket.peopleAhead })}
      </p>
      <p className={ticket.receipt.printed ? 'lead' : 'lead warn'} data-testid="ticket-printed">
        {ticket.receipt.printed ? t('printed') : t('notPrinted')}
      </p>
    </section>
  );
}
