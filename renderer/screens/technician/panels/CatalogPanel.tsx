import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useRequest } from '../../../transport/context.js';
import { useAction } from '../../../transport/use-action.js';
import { ActionOutcome } from './ActionOutcome.js';
import { CheckList } from './CheckList.js';
import { Panel } from './Panel.js';

/** 事项清单: the installed version and its source; a rollback only where the store keeps the previous one. */
export function CatalogPanel() {
  const { t } = useTranslation('technician');
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const again = () => setAttempt((n) => n + 1);
  const loaded = useRequest('technician.catalog', {}, attempt);
  const rollBack = useCallback(async () => {
    const done = await kiosk.invoke('technician.rollBackCatalog', {});
    setAttempt((n) => n + 1);
    return done;
  }, [kiosk]);
  const [outcome, start] = useAction(rollBack);
  return (
    <Panel title={t('catalogTitle')} testId="panel-catalog" loaded={loaded} onAgain={again}>
      {({ checks, previousVersion }) => (
        <>
          <CheckList checks={checks} />
          {previousVersion !== null && (
            <button type="button" className="primary" data-testid="roll-back" disabled={outcome.state === 'busy'} onClick={() => start()}>
              {t('rollBack', { version: previousVersion })}
            </button>
          )}
          <ActionOutcome outcome={outcome} testId="roll-back-outcome" done={(value) => t('rolledBack', value)} />
        </>
      )}
    </Panel>
  );
}
