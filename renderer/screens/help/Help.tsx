import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { Hotline } from '../../ui/Hotline.js';

/**
 * 呼叫帮办: the call goes out as the screen opens (the tile was the request), and the 12345
 * hotline stays on screen large whatever happens, for when no one is in the hall.
 */
export function Help() {
  const { t } = useTranslation('help');
  const [attempt, setAttempt] = useState(0);
  const call = useRequest('help.call', { reason: 'citizen_request' }, attempt);
  return (
    <section className="screen help">
      <h1>{t('title')}</h1>
      <div data-testid="help-state" aria-live="polite">
        {call.state === 'loading' && <p className="waiting">{t('calling')}</p>}
        {call.state === 'ready' && (
          <p className={call.value.upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'}>
            {call.value.upload === 'uploaded' ? t('sent') : t('waiting')}
          </p>
        )}
        {call.state === 'failed' && <ErrorPanel error={call.error} onRetry={() => setAttempt((n) => n + 1)} />}
      </div>
      <Hotline />
    </section>
  );
}
