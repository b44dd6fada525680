import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanSign, type CaseFeesView, type KioskError, type NoticeView, type PaymentView } from '../../api.js';
import { useKiosk } from '../../transport/context.js';
import { toKioskError } from '../../transport/unavailable.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { QrCode } from '../../../ui-shared/QrCode.js';
import { CaseFeesStep } from './CaseFeesStep.js';
import { NoticeFacts } from './NoticeFacts.js';
import { PaymentOutcome } from './PaymentOutcome.js';
import { PayEntry } from './PayEntry.js';
import './pay.css';

/** How often the screen asks how a payment stands; the platform asks the provider when its notification is late. */
const askEveryMs = 2000;

type Phase =
  | { name: 'resuming' }
  | { name: 'enter' }
  | { name: 'asking' }
  | { name: 'notice'; notice: NoticeView; starting: boolean }
  | { name: 'fees'; fees: CaseFeesView; starting: boolean }
  | { name: 'paying'; payment: PaymentView; resumed: boolean; cancelling: boolean }
  | { name: 'done'; payment: PaymentView; resumed: boolean };

/** A scanned notice's number, or a case's number handed in from its confirmation: each looked up at once. */
type Props = { noticeNumber: string; caseNumber: string; online: boolean; onFinish: () => void };

/**
 * 缴费 (online only): a 非税 notice by its number (typed or scanned), or the fees of a case by its
 * case number (from its confirmation, or typed later), what it asks, a QR code the
 * citizen pays with their phone, the wait (cancellable), the outcome and its receipt. A payment
 * begun before a restart is shown again, as it ended, before anything else.
 */
export function Pay({ noticeNumber, caseNumber, online, onFinish }: Props) {
  const { t } = useTranslation('pay');
  const kiosk = useKiosk();
  const [phase, setPhase] = useState<Phase>({ name: 'resuming' });
  const [error, setError] = useState<KioskError | null>(null);

  const attempt = useCallback(async <T,>(work: () => Promise<T>, then: (value: T) => Phase, otherwise: Phase): Promise<void> => {
    setError(null);
    try {
      setPhase(then(await work()));
    } catch (failure) {
      setError(toKioskError(failure));
      setPhase(otherwise);
    }
  }, []);
  const settled = (payment: PaymentView, resumed: boolean): Phase =>
    payment.state === 'pending' ? { name: 'paying', payment, resumed, cancelling: false } : { name: 'done', payment, resumed };
  const lookUpNotice = useCallback(
    (number: string) => {
      setPhase({ name: 'asking' });
      void attempt(() => kiosk.invoke('payment.notice', { noticeNumber: number }), (notice) => ({ name: 'notice', notice, starting: false }), { name: 'enter' });
    },
    [attempt, kiosk],
  );
  const lookUpCase = useCallback(
    (number: string) => {
      setPhase({ name: 'asking' });
      void attempt(() => kiosk.invoke('payment.caseFees', { caseNumber: number }), (fees) => ({ name: 'fees', fees, starting: false }), { name: 'enter' });
    },
    [attempt, kiosk],
  );

  useEffect(() => {
    if (!online) return;
    void attempt(
      () => kiosk.invoke('payment.unfinished', {}),
      (payment) => (payment ? settled(payment, true) : { name: 'enter' }),
      { name: 'enter' },
    ).then(() => {
      if (caseNumber !== '') lookUpCase(caseNumber);
      else if (noticeNumber !== '') lookUpNotice(noticeNumber);
    });
    // Once, as the screen opens: a scanned number is looked up after any unfinished payment is known.
  }, []);

  const pending = phase.name === 'paying' && !phase.cancelling ? phase.payment.orderId : null;
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      kiosk.invoke('payment.status', { orderId: pending }).then(
        (payment) => payment.state !== 'pending' && setPhase({ name: 'done', payment, resumed: false }),
        () => undefined,
      );
    }, askEveryMs);
    return () => clearInterval(timer);
  }, [pending, kiosk]);

  if (!online) {
    return (
      <section className="screen pay">
        <h1>{t('title')}</h1>
        <p className="fact fact-warn" role="status" data-testid="pay-offline">
          {t('offline')}
        </p>
      </section>
    );
  }

  const start = (notice: NoticeView): void => {
    setPhase({ name: 'notice', notice, starting: true });
    void attempt(() => kiosk.invoke('payment.start', { noticeNumber: notice.noticeNumber }), (payment) => settled(payment, false), { name: 'notice', notice, starting: false });
  };
  const startFee = (fees: CaseFeesView, fee: number): void => {
    setPhase({ name: 'fees', fees, starting: true });
    void attempt(() => kiosk.invoke('payment.start', { caseFee: { caseNumber: fees.caseNumber, fee } }), (payment) => settled(payment, false), { name: 'fees', fees, starting: false });
  };
  const cancel = (payment: PaymentView): void => {
    setPhase({ name: 'paying', payment, resumed: false, cancelling: true });
    void attempt(() => kiosk.invoke('payment.cancel', { orderId: payment.orderId }), (view) => settled(view, false), { name: 'paying', payment, resumed: false, cancelling: false });
  };
  const finish = (payment: PaymentView): void => {
    void kiosk.invoke('payment.dismiss', { orderId: payment.orderId }).catch(() => undefined);
    onFinish();
  };
  const again = (payment: PaymentView): void => {
    void kiosk.invoke('payment.dismiss', { orderId: payment.orderId }).catch(() => undefined);
    if (payment.caseFee) lookUpCase(payment.caseFee.caseNumber);
    else if (payment.noticeNumber) lookUpNotice(payment.noticeNumber);
  };

  const entering = phase.name === 'enter' || phase.name === 'asking';
  return (
    <section className="screen pay">
      <h1>{t('title')}</h1>
      {entering && <PayEntry by={caseNumber !== '' ? 'case' : 'notice'} caseNumber={caseNumber} noticeNumber={noticeNumber} asking={phase.name === 'asking'} onNotice={lookUpNotice} onCase={lookUpCase} />}
      {error && <ErrorPanel error={error} testId="pay-error" />}
      {phase.name === 'fees' && <CaseFeesStep fees={phase.fees} starting={phase.starting} onStart={(fee) => startFee(phase.fees, fee)} />}
      {phase.name === 'notice' && <NoticeStep notice={phase.notice} starting={phase.starting} onStart={() => start(phase.notice)} />}
      {(phase.name === 'paying' || phase.name === 'done') && phase.resumed && <p className="lead">{t('resumed')}</p>}
      {phase.name === 'paying' && <Waiting payment={phase.payment} cancelling={phase.cancelling} onCancel={() => cancel(phase.payment)} />}
      {phase.name === 'done' && <PaymentOutcome payment={phase.payment} onAgain={() => again(phase.payment)} onFinish={() => finish(phase.payment)} />}
    </section>
  );
}

function NoticeStep({ notice, starting, onStart }: { notice: NoticeView; starting: boolean; onStart: () => void }) {
  const { t } = useTranslation('pay');
  return (
    <>
      <NoticeFacts notice={notice} />
      {notice.paid ? (
        <p className="fact fact-ok" data-testid="pay-paid-already">
          {t('paidAlready')}
        </p>
      ) : (
        <button type="button" className="primary main-action" data-testid="pay-start" disabled={starting} onClick={onStart}>
          {starting ? t('starting') : t('start')}
        </button>
      )}
    </>
  );
}

function Waiting({ payment, cancelling, onCancel }: { payment: PaymentView; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation('pay');
  return (
    <div className="pay-qr-box">
      <p className="lead">{payment.itemName}</p>
      <p className="pay-amount">{yuanSign(payment.amountFen)}</p>
      <p className="lead">{t('scanToPay')}</p>
      <span className="pay-qr-slot" data-testid="pay-qr" data-payload={payment.qrPayload}>
        <QrCode value={payment.qrPayload} label={t('scanToPay')} className="pay-qr" />
      </span>
      <p className="fact fact-wait" role="status" data-testid="pay-waiting">
        {t('waiting')}
      </p>
      <button type="button" className="secondary main-action" data-testid="pay-cancel" disabled={cancelling} onClick={onCancel}>
        {cancelling ? t('cancelling') : t('cancel')}
      </button>
    </div>
  );
}
