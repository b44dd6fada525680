import { useTranslation } from 'react-i18next';
import type { CameraFailure } from './camera-state.js';

type FailedProps = { reason: CameraFailure; onRetry: () => void; onCancel: () => void; onOwe: (() => void) | undefined };

const messageKey = { missing: 'cameraMissing', busy: 'cameraBusy', refused: 'cameraRefused' } as const;

/**
 * The camera cannot be used: one message saying why, then what the citizen can do instead:
 * 容缺 where the material allows it, the counter always, or another try.
 */
export function CameraFailed({ reason, onRetry, onCancel, onOwe }: FailedProps) {
  const { t } = useTranslation('materials');
  return (
    <div className="camera-failed" data-testid="camera-failed">
      <p className="camera-failed-message" data-testid="camera-message" role="alert">
        {t(messageKey[reason])}
      </p>
      <p className="camera-hint">{t('cameraInstead')}</p>
      <ul className="camera-ways">
        {onOwe && <li>{t('cameraOweWay')}</li>}
        <li data-testid="camera-counter">{t('cameraCounterWay')}</li>
      </ul>
      <div className="camera-actions">
        {onOwe && (
          <button type="button" className="primary" data-testid="camera-owe" onClick={onOwe}>
            {t('owe')}
          </button>
        )}
        <button type="button" className="secondary" data-testid="camera-retry" onClick={onRetry}>
          {t('cameraRetry')}
        </button>
        <button type="button" className="secondary" data-testid="camera-cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
