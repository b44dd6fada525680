import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../../transport/context.js';
import { CheckList } from './CheckList.js';
import { Panel } from './Panel.js';

/** 网络检测: the platform reachable, its certificate the pinned one, its clock against ours. */
export function NetworkPanel() {
  const { t } = useTranslation('technician');
  const [attempt, setAttempt] = useState(0);
  const loaded = useRequest('technician.network', {}, attempt);
  return (
    <Panel title={t('networkTitle')} testId="panel-network" loaded={loaded} onAgain={() => setAttempt((n) => n + 1)}>
      {({ checks }) => <CheckList checks={checks} />}
    </Panel>
  );
}
