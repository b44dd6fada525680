import { useTranslation } from 'react-i18next';
import type { CardPhoto } from './use-screen-channel.js';

const reasons = { noDecoder: 'photoNoDecoder', noCard: 'photoNoCard', undecodable: 'photoUndecodable' } as const;

/** The card photo the kiosk's decoder gave, named with the decoder; or plainly why there is none. */
export function CardPhotoView({ photo }: { photo: CardPhoto | null }) {
  const { t } = useTranslation('remoteScreen');
  if (!photo) return <span data-testid="clerk-card-photo-waiting">{t('photoWaiting')}</span>;
  if (!photo.photo) return <span data-testid="clerk-card-photo-none">{t(reasons[photo.reason ?? 'noCard'])}</span>;
  return (
    <figure className="clerk-identity-figure">
      <img className="clerk-identity-photo" src={`data:${photo.photo.mime};base64,${photo.photo.base64}`} alt={t('photoAlt')} data-testid="clerk-card-photo" />
      <figcaption>{t('photoDecoder', { decoder: photo.photo.decoder })}</figcaption>
    </figure>
  );
}
