import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rolloutSchema, type Rollout, type RolloutReply } from '../../platform/protocol/catalog-rollout.js';
import { writtenRegionCode } from '../../standards/region-code.js';
import { ConfirmDialog } from '../shell/ConfirmDialog.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { widenChoices, type WidenTarget } from './widen-choices.js';

const keyOf = (target: WidenTarget) => (target.stage === 'all' ? 'all' : target.regionCode);

/** Asks where to widen a version to: every terminal there is offered it at its next heartbeat. */
export function WidenDialog({ reply, scope, onClose, onWidened }: { reply: RolloutReply; scope: string; onClose(): void; onWidened(rollout: Rollout): void }) {
  const { t } = useTranslation('rollouts');
  const { api } = useSession();
  const action = useAction();
  const choices = widenChoices(reply, scope);
  const [chosen, setChosen] = useState(keyOf(choices[0] ?? { stage: 'all' }));
  const widen = () =>
    action.run(async () => {
      const target = choices.find((choice) => keyOf(choice) === chosen) ?? { stage: 'all' };
      onWidened(await api.post(`/v1/admin/catalog/rollouts/${reply.rollout.version}`, target, rolloutSchema));
    });
  return (
    <ConfirmDialog testId="widen-dialog" title={t('widenTitle', { version: reply.rollout.version })} confirm={t('widen')} tone="primary" action={action} onConfirm={() => void widen()} onClose={onClose}>
      <fieldset className="choices">
        <legend>{t('widenLead')}</legend>
        {choices.map((choice) => (
          <label key={keyOf(choice)}>
            <input type="radio" name="widen-to" value={keyOf(choice)} checked={chosen === keyOf(choice)} onChange={() => setChosen(keyOf(choice))} data-testid={`widen-to-${keyOf(choice)}`} />
            {choice.stage === 'all' ? t('widenAll', { scope: writtenRegionCode(scope) }) : t('widenRegion', { region: writtenRegionCode(choice.regionCode) })}
          </label>
        ))}
      </fieldset>
    </ConfirmDialog>
  );
}
