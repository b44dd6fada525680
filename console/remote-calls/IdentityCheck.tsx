import { useTranslation } from 'react-i18next';
import type { RemoteIdentity } from '../../platform/protocol/index.js';
import { Refusal } from '../shell/Refusal.js';
import { useAction } from '../shell/use-action.js';
import { CardPhotoView } from './CardPhotoView.js';
import type { CardPhoto } from './use-screen-channel.js';

/**
 * 远程身份核验: the card read as the kiosk shows it (masked), beside the live picture, and the
 * clerk's word that they match. The card photo needs the terminal's licensed WLT decoder; the
 * kiosk sends it over the call's data channel, peer to peer, so the platform never receives it.
 */
export function IdentityCheck({ identity, checkedBy, onCheck, cardPhoto = null }: { identity: RemoteIdentity | null; checkedBy: string | null; onCheck(): Promise<void>; cardPhoto?: CardPhoto | null }) {
  const { t } = useTranslation('remote');
  const { busy, error, run } = useAction();
  if (!identity) return <p data-testid="clerk-identity-none">{t('identityNone')}</p>;
  return (
    <dl className="clerk-identity" data-testid="clerk-identity">
      <dt>{t('cardType')}</dt>
      <dd>{t(`cardType_${identity.cardType}`)}</dd>
      <dt>{t('name')}</dt>
      <dd data-testid="clerk-identity-name">{identity.maskedName}</dd>
      <dt>{t('idNumber')}</dt>
      <dd className="mono" data-testid="clerk-identity-number">{identity.maskedIdNumber}</dd>
      <dt>{t('source')}</dt>
      <dd>{t(`source_${identity.source}`)}</dd>
      <dt>{t('photo')}</dt>
      <dd>
        <CardPhotoView photo={cardPhoto} />
      </dd>
      <dd className="clerk-identity-action">
        {checkedBy ? (
          <strong data-testid="clerk-identity-checked">{t('identityCheckedBy', { clerk: checkedBy })}</strong>
        ) : (
          <button type="button" className="primary small" disabled={busy} data-testid="clerk-check-identity" onClick={() => void run(onCheck)}>
            {t('checkIdentity')}
          </button>
        )}
        <Refusal error={error} />
      </dd>
    </dl>
  );
}
