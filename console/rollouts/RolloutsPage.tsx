import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolloutListReplySchema } from '../../platform/protocol/catalog-rollout.js';
import { writtenRegionCode } from '../../standards/region-code.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { RolloutDetail } from './RolloutDetail.js';
import { useStageWords } from './stage-words.js';

/** The newest catalog versions with their adoption in the account's region; one opened below with its buttons. */
export function RolloutsPage() {
  const { t } = useTranslation('rollouts');
  const { api } = useSession();
  const stageWords = useStageWords();
  const load = useCallback(() => api.get('/v1/admin/catalog/rollouts', rolloutListReplySchema), [api]);
  const { data, error, reload } = useLoad(load);
  const [chosen, setChosen] = useState<number | null>(null);
  const opened = data?.rollouts.find(({ rollout }) => rollout.version === chosen) ?? data?.rollouts[0];
  const version = opened?.rollout.version ?? null;
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <Refusal error={error} />
      {data?.rollouts.length === 0 && <p>{t('none')}</p>}
      {data && data.rollouts.length > 0 && (
        <table className="table" data-testid="rollout-table">
          <TableHead labels={[t('version'), t('scope'), t('published'), t('stage'), t('state'), t('installed'), t('refused'), t('waiting')]} />
          <tbody>
            {data.rollouts.map(({ rollout, scope, publishedAt, counts }) => (
              <tr key={rollout.version} data-testid="rollout-row" aria-current={rollout.version === version ? 'true' : undefined}>
                <td>
                  <button type="button" className="secondary small" aria-label={t('open', { version: rollout.version })} onClick={() => setChosen(rollout.version)} data-testid="rollout-open">
                    {rollout.version}
                  </button>
                </td>
                <td className="mono">{writtenRegionCode(scope)}</td>
                <td className="mono">{formatTime(publishedAt)}</td>
                <td>{stageWords(rollout)}</td>
                <td className={`rollout-${rollout.state}`}>{t(`state_${rollout.state}`)}</td>
                <td className="number">{counts.installed}</td>
                <td className={counts.refused > 0 ? 'number fault' : 'number'}>{counts.refused}</td>
                <td className="number">{counts.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {opened && <RolloutDetail key={opened.rollout.version} version={opened.rollout.version} scope={opened.scope} onChanged={reload} />}
    </main>
  );
}
