import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseRefundSchema, yuanText, type CaseRefund } from '../../platform/protocol/payments.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

/**
 * 办件退费 (admins): a case that cannot proceed gets every fee it paid back, once; asked again it
 * gives back nothing more, which the reply says.
 */
export function CaseRefundForm() {
  const { t } = useTranslation('payments');
  const { api } = useSession();
  const [caseNumber, setCaseNumber] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<CaseRefund | null>(null);
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone(await api.post(`/v1/admin/cases/${encodeURIComponent(caseNumber.trim())}/refund-fees`, { reason }, caseRefundSchema));
    });
  };
  return (
    <section className="panel">
      <h2>{t('refundTitle')}</h2>
      <p>{t('refundLead')}</p>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('refundCase')}
          <input value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} data-testid="refund-case" />
        </label>
        <label>
          {t('refundReason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="refund-reason" />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="refund-submit">
          {t('refundSubmit')}
        </button>
      </form>
      <Refusal error={error} />
      {done && (
        <p data-testid="refund-done">{t('refundDone', { caseNumber: done.caseNumber, amount: yuanText(done.refundedFen), count: done.orders.filter((o) => o.state === 'refunded').length })}</p>
      )}
    </section>
  );
}
