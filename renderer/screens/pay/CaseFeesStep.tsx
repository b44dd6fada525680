import { useTranslation } from 'react-i18next';
import { yuanSign, type CaseFeesView } from '../../api.js';

type Props = { fees: CaseFeesView; starting: boolean; onStart: (fee: number) => void };

/** A case's fees as the platform holds them: each paid or with its button; one is paid at a time. */
export function CaseFeesStep({ fees, starting, onStart }: Props) {
  const { t } = useTranslation('pay');
  const due = fees.fees.find((fee) => !fee.paid);
  return (
    <>
      <dl className="pay-notice" data-testid="pay-case-fees">
        <dt>{t('caseNumber')}</dt>
        <dd>{fees.caseNumber}</dd>
        <dt>{t('caseItem')}</dt>
        <dd>{fees.itemName}</dd>
        {fees.fees.map((fee) => (
          <div key={fee.fee} className="pay-fee-row">
            <dt>{fee.name}</dt>
            <dd className="pay-amount" data-testid="pay-amount">
              {yuanSign(fee.amountFen)} {fee.paid && <span className="fact fact-ok">{t('feePaid')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {due ? (
        <button type="button" className="primary main-action" data-testid="pay-start" disabled={starting} onClick={() => onStart(due.fee)}>
          {starting ? t('starting') : t('start')}
        </button>
      ) : (
        <p className="fact fact-ok" data-testid="pay-paid-already">
          {fees.fees.length === 0 ? t('noFees') : t('feesPaid')}
        </p>
      )}
    </>
  );
}
