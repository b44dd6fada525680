import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { rolloutReplySchema, type RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { adoptionGroups } from './adoption-groups.js';
import { RolloutControls } from './RolloutControls.js';
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

/** One version: its stage and state, adoption by canaries and county, who refused it and why, and its buttons. */
export function RolloutDetail({ version, scope, onChanged }: { version: number; scope: string; onChanged(): void }) {
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
          <RolloutControls reply={data} scope={scope} onChanged={changed} />
          <Groups reply={data} />
          <Refusals reply={data} />
        </>
      )}
    </section>
  );
}
