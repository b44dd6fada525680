import { useTranslation } from 'react-i18next';
import { yuanSign, type NoticeView } from '../../api.js';

/** What the notice asks for, as printed on it; the payer masked by the 非税 system. */
export function NoticeFacts({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation('pay');
  return (
    <dl className="pay-notice" data-testid="pay-notice">
      <dt>{t('item')}</dt>
      <dd>{notice.itemName}</dd>
      <dt>{t('payee')}</dt>
      <dd>{notice.payee}</dd>
      <dt>{t('payer')}</dt>
      <dd>{notice.payerMasked}</dd>
      <dt>{t('dueBy')}</dt>
      <dd>{notice.dueBy}</dd>
      <dt>{t('amount')}</dt>
      <dd className="pay-amount" data-testid="pay-amount">
        {yuanSign(notice.amountFen)}
      </dd>
    </dl>
  );
}
