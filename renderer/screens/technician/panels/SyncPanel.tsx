import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadLetterView } from '../../../api.js';
import { useKiosk, useRequest } from '../../../transport/context.js';
import { useAction } from '../../../transport/use-action.js';
import { ActionOutcome } from './ActionOutcome.js';
import { CheckList } from './CheckList.js';
import { Panel } from './Panel.js';

/** 数据上传: the outbox in words, and each item the platform refused with a way to send it again. */
export function SyncPanel() {
  const { t } = useTranslation('technician');
  const [attempt, setAttempt] = useState(0);
  const again = () => setAttempt((n) => n + 1);
  const loaded = useRequest('technician.sync', {}, attempt);
  return (
    <Panel title={t('syncTitle')} testId="panel-sync" loaded={loaded} onAgain={again}>
      {({ checks, deadLetters }) => (
        <>
          <CheckList checks={checks} />
          <h2>{t('deadLetters')}</h2>
          {deadLetters.length === 0 ? (
            <p data-testid="dead-letters-none">{t('noDeadLetters')}</p>
          ) : (
            <ul className="dead-letters">
              {deadLetters.map((letter) => (
                <DeadLetter key={letter.id} letter={letter} onResent={again} />
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}

function DeadLetter({ letter, onResent }: { letter: DeadLetterView; onResent: () => void }) {
  const { t } = useTranslation('technician');
  const kiosk = useKiosk();
  const resend = useCallback(async () => {
    const reply = await kiosk.invoke('technician.resendDeadLetter', { id: letter.id });
    onResent();
    return reply;
  }, [kiosk, letter.id, onResent]);
  const [outcome, start] = useAction(resend);
  return (
    <li className="dead-letter" data-testid={`dead-letter-${letter.id}`}>
      <p>
        <strong>{t(`deadLetterKind_${letter.kind}`)}</strong> · HTTP {letter.httpStatus} · {letter.failedAt.slice(0, 16).replace('T', ' ')}
      </p>
      <p className="dead-letter-reason">{letter.reason}</p>
      <button type="button" className="primary" data-testid={`resend-${letter.id}`} disabled={outcome.state === 'busy'} onClick={() => start()}>
        {t('resend')}
      </button>
      <ActionOutcome outcome={outcome} testId={`resend-outcome-${letter.id}`} done={() => t('resent')} />
    </li>
  );
}
