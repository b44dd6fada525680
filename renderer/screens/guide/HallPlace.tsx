import { useTranslation } from 'react-i18next';
import { useRequest } from '../../transport/context.js';
import { QrCode } from '../../../ui-shared/QrCode.js';

/**
 * 在哪里办: the item's hall, floor and window beside a photo of the hall, and a QR code the
 * citizen's phone opens as navigation to it. From the catalog, so offline too; nothing where the
 * catalog names no place.
 */
export function HallPlace({ itemCode }: { itemCode: string }) {
  const { t } = useTranslation('guide');
  const place = useRequest('catalog.place', { itemCode });
  if (place.state !== 'ready' || place.value === null) return null;
  const { hall, address, floor, window, photo, navigationUrl } = place.value;
  return (
    <section className="hall-place" data-testid="hall-place" aria-labelledby="hall-place-title">
      <h2 id="hall-place-title">{t('placeTitle')}</h2>
      <div className="hall-place-body">
        {photo && <img className="hall-place-photo" src={photo} alt={t('placePhoto', { hall })} data-testid="hall-photo" />}
        <div className="hall-place-facts">
          <p className="hall-place-hall">{hall}</p>
          <dl>
          <dt>{t('placeFloor')}</dt>
          <dd data-testid="hall-floor">{floor}</dd>
          <dt>{t('placeWindow')}</dt>
          <dd data-testid="hall-window">{window}</dd>
          <dt>{t('placeAddress')}</dt>
          <dd>{address}</dd>
          </dl>
        </div>
        <figure className="hall-place-qr">
          <span data-testid="hall-qr" data-payload={navigationUrl}>
            <QrCode value={navigationUrl} label={t('placeScan', { hall })} className="hall-qr" />
          </span>
          <figcaption>{t('placeScan', { hall })}</figcaption>
        </figure>
      </div>
      {/* Where a scroll to the place ends: below it, so the place sits above the guide's sticky bar. */}
      <div className="hall-place-end" data-testid="hall-place-end" />
    </section>
  );
}
