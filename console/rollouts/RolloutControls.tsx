import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolloutSchema, type RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { regionCovers, writtenRegionCode } from '../../standards/region-code.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { RecallDialog } from './RecallDialog.js';
import { WidenDialog } from './WidenDialog.js';
import { widenChoices } from './widen-choices.js';

/**
 * Pause or continue, widen and roll back, for an admin whose region covers the version's scope
 * (the platform refuses anyone else, and audits each); the others are told they only read.
 */
export function RolloutControls({ reply, scope, onChanged }: { reply: RolloutReply; scope: string; onChanged(): void }) {
  const { t } = useTranslation('rollouts');
  const { api, account } = useSession();
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState<'widen' | 'recall' | null>(null);
  const { rollout } = reply;
  if (account.role !== 'admin') return <p className="muted" data-testid="rollout-read-only">{t('readOnly')}</p>;
  if (!regionCovers(account.regionCode, scope)) return <p className="muted" data-testid="rollout-read-only">{t('outsideRegion', { scope: writtenRegionCode(scope) })}</p>;
  const move = rollout.state === 'active' ? 'pause' : 'continue';
  const done = (words: string) => {
    setAsking(null);
    setNotice(words);
    onChanged();
  };
  const act = () =>
    run(async () => {
      const moved = await api.post(`/v1/admin/catalog/rollouts/${rollout.version}/${move}`, {}, rolloutSchema);
      done(t(moved.state === 'paused' ? 'paused' : 'continued', { version: moved.version }));
    });
  const status = notice && (
    <p className="notice" role="status">
      {notice}
    </p>
  );
  if (rollout.state === 'rolled_back') return status || null;
  return (
    <div className="rollout-controls">
      <button type="button" className={move === 'pause' ? 'danger' : 'primary'} disabled={busy} onClick={() => void act()} data-testid={`rollout-${move}`}>
        {t(move)}
      </button>
      {widenChoices(reply, scope).length > 0 && (
        <button type="button" className="primary" onClick={() => setAsking('widen')} data-testid="rollout-widen">
          {t('widen')}
        </button>
      )}
      <button type="button" className="danger" onClick={() => setAsking('recall')} data-testid="rollout-recall">
        {t('recall')}
      </button>
      {status}
      <Refusal error={error} />
      {asking === 'widen' && <WidenDialog reply={reply} scope={scope} onClose={() => setAsking(null)} onWidened={(moved) => done(t('widened', { version: moved.version }))} />}
      {asking === 'recall' && <RecallDialog reply={reply} onClose={() => setAsking(null)} onRecalled={(recalled) => done(t('recalled', { version: recalled.rollout.version, count: recalled.terminals.length }))} />}
    </div>
  );
}
