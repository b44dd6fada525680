import { useTranslation } from 'react-i18next';
import { yuanSign, type PaymentView } from '../../api.js';
import { useKiosk } from '../../transport/context.js';
import { PrintAction } from '../query/PrintAction.js';

type Props = { payment: PaymentView; onAgain: () => void; onFinish: () => void };

/** How the payment ended, in words: paid (with its receipt to print), or why nothing was charged. */
export function PaymentOutcome({ payment, onAgain, onFinish }: Props) {
  const { t } = useTranslation('pay');
  const kiosk = useKiosk();
  const paid = payment.state === 'paid';
  const words = { paid: 'paid', declined: 'declined', closed: 'closed', refunded: 'refunded', pending: 'waiting' } as const;
  const notes = { paid: 'paidNote', declined: 'declinedNote', closed: 'closedNote', refunded: 'refundedNote', pending: 'waiting' } as const;
  return (
    <div className="pay-outcome">
      <div className={paid ? 'fact fact-ok' : 'fact fact-warn'} role="status" data-testid="pay-result" data-state={payment.state}>
        <p>{t(words[payment.state])}</p>
        <p>{t(notes[payment.state], { amount: yuanSign(payment.amountFen) })}</p>
      </div>
      {paid && (
        <PrintAction testId="pay-receipt" label={t('receipt')} printedWords={t('receiptPrinted')} print={() => kiosk.invoke('payment.receipt', { orderId: payment.orderId })} />
      )}
      <div className="pay-actions">
        {(payment.state === 'declined' || payment.state === 'closed') && (
          <button type="button" className="secondary" data-testid="pay-again" onClick={onAgain}>
            {t('again')}
          </button>
        )}
        <button type="button" className="primary" data-testid="pay-finish" onClick={onFinish}>
          {t('finish')}
        </button>
      </div>
    </div>
  );
}
