import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { helpCallListReplySchema, type HelpCallSummary } from '../../platform/protocol/admin.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { useLoad } from '../shell/use-load.js';

/** Says who is going to a terminal that called for help; the first answer stands. */
function AnswerForm({ call, onAnswered }: { call: HelpCallSummary; onAnswered(): void }) {
  const { t } = useTranslation('help');
  const { api } = useSession();
  const [by, setBy] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.post(`/v1/admin/help-calls/${encodeURIComponent(call.id)}/answer`, { by: by.trim() }, helpCallAnswerReply);
      onAnswered();
    });
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        {t('staffNumber')}
        <input required maxLength={40} value={by} onChange={(e) => setBy(e.target.value)} data-testid="staff-number" />
      </label>
      <button type="submit" className="primary small" disabled={busy} data-testid="answer">
        {t('answer')}
      </button>
      <Refusal error={error} />
    </form>
  );
}

/** Withdrawn first: staff must not walk to an empty terminal, whoever answered before. */
function CallStatus({ call, onAnswered }: { call: HelpCallSummary; onAnswered(): void }) {
  const { t } = useTranslation('help');
  if (call.cancelledAt) return <span data-testid="help-cancelled">{t('cancelled')}</span>;
  if (call.answered) return <>{t('answeredBy', { by: call.answered.by })}</>;
  return <AnswerForm call={call} onAnswered={onAnswered} />;
}

const helpCallAnswerReply = helpCallListReplySchema.shape.calls.element.pick({ answered: true });

export function HelpCallsPage() {
  const { t } = useTranslation('help');
  const { api } = useSession();
  const load = useCallback(() => api.get('/v1/admin/help-calls', helpCallListReplySchema), [api]);
  const { data, error, reload } = useLoad(load);
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <Refusal error={error} />
      {data && data.calls.length === 0 && <p>{t('none')}</p>}
      {data && data.calls.length > 0 && (
        <table className="table" data-testid="help-table">
          <TableHead labels={[t('received'), t('terminal'), t('hall'), t('reason'), t('status')]} />
          <tbody>
            {data.calls.map((call) => (
              <tr key={call.id} data-testid="help-row">
                <td className="mono">{formatTime(call.at)}</td>
                <td>
                  {call.terminalName} <span className="mono">{call.terminalCode}</span>
                </td>
                <td>{call.hallName}</td>
                <td>{t(`reason_${call.reason}`)}</td>
                <td>
                  <CallStatus call={call} onAnswered={reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
