import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolloutReplySchema, rolloutSchema, type RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { useLoad } from '../shell/use-load.js';
import { adoptionGroups } from './adoption-groups.js';
import { useStageWords } from './stage-words.js';

function Groups({ reply }: { reply: RolloutReply }) {
  const { t } = useTranslation('rollouts');
  return (
    <table className="table" data-testid="adoption-groups">
      <caption>{t('byGroup')}</caption>
      <TableHead labels={[t('group'), t('installed'), t('refused'), t('waiting'), t('total')]} />
      <tbody>
        {adoptionGroups(reply).map((g) => (
          <tr key={g.group} data-testid="adoption-group">
            <td>{g.group === 'canary' ? t('group_canary') : <span className="mono">{g.group}</span>}</td>
            <td className="number">{g.installed}</td>
            <td className={g.refused > 0 ? 'number fault' : 'number'}>{g.refused}</td>
            <td className="number">{g.waiting}</td>
            <td className="number">{g.installed + g.refused + g.waiting}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Refusals({ reply }: { reply: RolloutReply }) {
  const { t } = useTranslation('rollouts');
  const refused = reply.terminals.filter((terminal) => terminal.refused !== null);
  if (refused.length === 0) return null;
  return (
    <table className="table" data-testid="refused-terminals">
      <caption>{t('refusedTitle')}</caption>
      <TableHead labels={[t('terminal'), t('region'), t('reason')]} />
      <tbody>
        {refused.map((terminal) => (
          <tr key={terminal.terminalId} data-testid="refused-terminal">
            <td className="mono">{terminal.terminalCode}</td>
            <td className="mono">{terminal.regionCode}</td>
            <td>
              {terminal.refused && t(`reason_${terminal.refused.reason}`)}
              <div className="muted">{terminal.refused?.detail}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Pause and continue for admins (the platform audits each); the others are told they only read. */
function Controls({ reply, onChanged }: { reply: RolloutReply; onChanged(): void }) {
  const { t } = useTranslation('rollouts');
  const { api, account } = useSession();
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState('');
  const { rollout } = reply;
  if (account.role !== 'admin') return <p className="muted" data-testid="rollout-read-only">{t('readOnly')}</p>;
  if (rollout.state === 'rolled_back') return null;
  const move = rollout.state === 'active' ? 'pause' : 'continue';
  const act = () =>
    run(async () => {
      const moved = await api.post(`/v1/admin/catalog/rollouts/${rollout.version}/${move}`, {}, rolloutSchema);
      setNotice(t(moved.state === 'paused' ? 'paused' : 'continued', { version: moved.version }));
      onChanged();
    });
  return (
    <div className="rollout-controls">
      <button type="button" className={move === 'pause' ? 'danger' : 'primary'} disabled={busy} onClick={() => void act()} data-testid={`rollout-${move}`}>
        {t(move)}
      </button>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Refusal error={error} />
    </div>
  );
}

/** One version: its stage and state, adoption by canaries and county, who refused it and why, and its buttons. */
export function RolloutDetail({ version, onChanged }: { version: number; onChanged(): void }) {
  const { t } = useTranslation('rollouts');
  const { api } = useSession();
  const stageWords = useStageWords();
  const load = useCallback(() => api.get(`/v1/admin/catalog/rollouts/${version}`, rolloutReplySchema), [api, version]);
  const { data, error, reload } = useLoad(load);
  const changed = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  return (
    <section className="panel rollout-detail" aria-labelledby="rollout-title" data-testid="rollout-detail">
      <h2 id="rollout-title">{t('detailTitle', { version })}</h2>
      <Refusal error={error} />
      {data && (
        <>
          <p data-testid="rollout-stage">{t('detailLead', { stage: stageWords(data.rollout), state: t(`state_${data.rollout.state}`) })}</p>
          {data.rollout.rollbackOf !== null && <p>{t('rollbackOf', { version: data.rollout.rollbackOf })}</p>}
          <Controls reply={data} onChanged={changed} />
          <Groups reply={data} />
          <Refusals reply={data} />
        </>
      )}
    </section>
  );
}
