import { useTranslation } from 'react-i18next';
import { recallReplySchema, type RecallReply, type RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { ConfirmDialog } from '../shell/ConfirmDialog.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';

/**
 * Asks before rolling a version back: it is offered to no terminal again, and each one running it
 * goes back to the catalog it kept. Nothing is signed, so no key is needed.
 */
export function RecallDialog({ reply, onClose, onRecalled }: { reply: RolloutReply; onClose(): void; onRecalled(done: RecallReply): void }) {
  const { t } = useTranslation('rollouts');
  const { api } = useSession();
  const action = useAction();
  const { version } = reply.rollout;
  const recall = () => action.run(async () => onRecalled(await api.post(`/v1/admin/catalog/rollouts/${version}/recall`, {}, recallReplySchema)));
  return (
    <ConfirmDialog testId="recall-dialog" title={t('recallTitle', { version })} confirm={t('recall')} tone="danger" action={action} onConfirm={() => void recall()} onClose={onClose}>
      <p>{t('recallLead', { version, count: reply.counts.installed })}</p>
    </ConfirmDialog>
  );
}
