import { useTranslation } from 'react-i18next';
import type { CameraFailure } from './camera-state.js';

/** What the material allows instead of a photo: 容缺, or the citizen's e-certificate (免提交). */
export type OtherWays = { owe?: () => void; certificate?: () => void };

type FailedProps = { reason: CameraFailure; onRetry: () => void; onCancel: () => void; ways: OtherWays };

const messageKey = { missing: 'cameraMissing', busy: 'cameraBusy', refused: 'cameraRefused' } as const;

/**
 * The camera cannot be used: one message saying why, then what the citizen can do instead:
 * the e-certificate or 容缺 where the material allows them, the counter always, or another try.
 */
export function CameraFailed({ reason, onRetry, onCancel, ways }: FailedProps) {
  const { t } = useTranslation('materials');
  return (
    <div className="camera-failed" data-testid="camera-failed">
      <p className="camera-failed-message" data-testid="camera-message" role="alert">
        {t(messageKey[reason])}
      </p>
      <p className="camera-hint">{t('cameraInstead')}</p>
      <ul className="camera-ways">
        {ways.certificate && <li>{t('cameraCertificateWay')}</li>}
        {ways.owe && <li>{t('cameraOweWay')}</li>}
        <li data-testid="camera-counter">{t('cameraCounterWay')}</li>
      </ul>
      <div className="camera-actions">
        {ways.certificate && (
          <button type="button" className="primary" data-testid="camera-certificate" onClick={ways.certificate}>
            {t('useCertificate')}
          </button>
        )}
        {ways.owe && (
          <button type="button" className="primary" data-testid="camera-owe" onClick={ways.owe}>
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
