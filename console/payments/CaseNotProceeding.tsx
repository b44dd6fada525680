import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatusReplySchema, type CaseStatusReply } from '../../platform/protocol/cases.js';
import { notProceedingKinds, notProceedingReplySchema, yuanText, type NotProceedingKind } from '../../platform/protocol/payments.js';
import { caseNumberShape, groupCaseNumber, normalizeCaseNumber } from '../../standards/case-number.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

/**
 * 办件查看 and 不予受理 / 终止办理 (admins): a case's fees and whether each is paid, and its mark. Marked
 * once, with a reason the citizen reads when they query the case; its paid fees go back as it is set.
 */
export function CaseNotProceeding() {
  const { t } = useTranslation('payments');
  const { api } = useSession();
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<NotProceedingKind>('rejected');
  const [reason, setReason] = useState('');
  const [held, setHeld] = useState<CaseStatusReply | null>(null);
  const [refundedNow, setRefundedNow] = useState<number | null>(null);
  const [misTyped, setMisTyped] = useState(false);
  const { busy, error, run } = useAction();
  // Typed as the receipt groups it (WH0001 2026 1123 00017 K) or run together; one that cannot be a case number is not sent.
  const look = (event: FormEvent) => {
    event.preventDefault();
    const caseNumber = normalizeCaseNumber(typed);
    setMisTyped(!caseNumberShape.test(caseNumber));
    if (!caseNumberShape.test(caseNumber)) return;
    void run(async () => {
      setRefundedNow(null);
      setHeld(await api.get(`/v1/admin/cases/${caseNumber}`, caseStatusReplySchema));
    });
  };
  const mark = (event: FormEvent) => {
    event.preventDefault();
    if (!held) return;
    void run(async () => {
      const reply = await api.post(`/v1/admin/cases/${held.caseNumber}/not-proceeding`, { kind, reason }, notProceedingReplySchema);
      setRefundedNow(reply.refundedFen);
      setHeld(await api.get(`/v1/admin/cases/${held.caseNumber}`, caseStatusReplySchema));
    });
  };
  return (
    <section className="panel">
      <h2>{t('caseTitle')}</h2>
      <p>{t('caseLead')}</p>
      <form className="filters" onSubmit={look}>
        <label>
          {t('caseNumber')}
          <input className="mono case-number-input" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="WH0001 2026 1123 00017 K" data-testid="case-number" />
        </label>
        <button type="submit" className="secondary" disabled={busy} data-testid="case-look">
          {t('caseLook')}
        </button>
      </form>
      {misTyped && (
        <p className="refusal" role="alert" data-testid="case-number-shape">
          {t('caseNumberShape')}
        </p>
      )}
      <Refusal error={error} />
      {held && <CaseFacts held={held} refundedNow={refundedNow} />}
      {held && !held.notProceeding && (
        <form className="filters" onSubmit={mark}>
          <label>
            {t('markKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as NotProceedingKind)} data-testid="mark-kind">
              {notProceedingKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`mark_${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('markReason')}
            <input className="reason-input" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('markReasonHint')} data-testid="mark-reason" />
          </label>
          <button type="submit" className="primary" disabled={busy} data-testid="mark-submit">
            {t('markSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}

function CaseFacts({ held, refundedNow }: { held: CaseStatusReply; refundedNow: number | null }) {
  const { t } = useTranslation('payments');
  const mark = held.notProceeding;
  return (
    <div data-testid="case-view">
      <p>
        <span className="mono">{groupCaseNumber(held.caseNumber).join(' ')}</span> · {held.itemName}
      </p>
      <ul>
        {(held.fees ?? []).map((fee) => (
          <li key={fee.fee}>{t(fee.paid ? 'feePaid' : 'feeUnpaid', { name: fee.name, amount: yuanText(fee.amountFen) })}</li>
        ))}
      </ul>
      {mark && (
        <p className="notice" data-testid="case-mark">
          {t('marked', { kind: t(`mark_${mark.kind}`), reason: mark.reason, amount: yuanText(mark.refundedFen) })}
          {refundedNow !== null && ` ${t('refundedNow', { amount: yuanText(refundedNow) })}`}
        </p>
      )}
    </div>
  );
}
