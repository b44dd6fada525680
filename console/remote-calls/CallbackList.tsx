import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { callbackListReplySchema, type CallbackSummary } from '../../platform/protocol/index.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { useLoad } from '../shell/use-load.js';

/** A number left is less pressing than a citizen waiting on screen: asked again less often. */
const refreshMs = 10_000;

function CallbackAction({ callback, clerk, onDone }: { callback: CallbackSummary; clerk: string; onDone(): void }) {
  const { t } = useTranslation('remote');
  const { api } = useSession();
  const action = useAction();
  const mine = callback.takenBy === clerk;
  const step = mine ? 'called-back' : 'take';
  const run = () => action.run(async () => {
    await api.post(`/v1/console/callbacks/${callback.id}/${step}`, {});
    onDone();
  });
  if (callback.takenBy !== null && !mine) return <span>{t('takenBy', { clerk: callback.takenBy })}</span>;
  return (
    <>
      <button type="button" className={mine ? 'primary small' : 'secondary small'} disabled={action.busy} data-testid={mine ? 'callback-done' : 'callback-take'} onClick={() => void run()}>
        {t(mine ? 'calledBack' : 'takeCallback')}
      </button>
      <Refusal error={action.error} />
    </>
  );
}

/** 待回电: numbers citizens left when no clerk could be reached, masked until a clerk takes one. */
export function CallbackList({ clerk }: { clerk: string }) {
  const { t } = useTranslation('remote');
  const { api } = useSession();
  const load = useCallback(() => api.get('/v1/console/callbacks', callbackListReplySchema), [api]);
  const { data, error, reload } = useLoad(load);
  useEffect(() => {
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [reload]);
  const callbacks = data?.callbacks ?? [];
  return (
    <section data-testid="callbacks">
      <h2>{t('callbacks')}</h2>
      <Refusal error={error} />
      {data && callbacks.length === 0 && <p data-testid="callbacks-none">{t('callbacksNone')}</p>}
      {callbacks.length > 0 && (
        <table className="table" data-testid="callback-table">
          <TableHead labels={[t('asked'), t('terminal'), t('item'), t('callbackPhone'), t('status')]} />
          <tbody>
            {callbacks.map((callback) => (
              <tr key={callback.id} data-testid="callback-row">
                <td className="mono">{formatTime(callback.askedAt)}</td>
                <td>
                  {callback.hallName} {callback.terminalName} <span className="mono">{callback.terminalCode}</span>
                </td>
                <td>{callback.item ? callback.item.name : t('noItem')}</td>
                <td className="mono" data-testid="callback-phone">
                  {callback.phone}
                  <span className="muted"> {t(callback.afterCall ? 'afterCall' : 'leftOffline')}</span>
                </td>
                <td>
                  <CallbackAction callback={callback} clerk={clerk} onDone={reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
