import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MaterialView } from '../../api.js';
import { CameraCapture } from '../../camera/CameraCapture.js';
import { isComplete, type MaterialChoice } from '../../flow/materials.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { formatDay } from '../../ui/format.js';

type CardProps = {
  material: MaterialView;
  choice: MaterialChoice | undefined;
  missing: boolean;
  onChoose: (choice: MaterialChoice) => void;
  /** Back to no choice at all, as when the camera is closed without a photo. */
  onClear: () => void;
};

const necessityKey = { required: 'required', owed: 'owedAllowed', optional: 'optional' } as const;

/** One material: the ways it may be satisfied as big buttons, and where it stands in plain words. */
export function MaterialCard({ material, choice, missing, onChoose, onClear }: CardProps) {
  const { t, i18n } = useTranslation('materials');
  const owedBy = material.owed && { days: material.owed.workingDays, date: formatDay(new Date(`${material.owed.dueBy}T12:00:00+08:00`), languageOf(i18n.language)) };
  const id = material.key;
  return (
    <div className={missing ? 'material field-missing' : 'material'} data-testid={`material-${id}`}>
      <div className="material-head">
        <span className="material-name">{material.name}</span>
        <span className={`material-need material-need-${material.necessity}`}>{t(necessityKey[material.necessity])}</span>
      </div>
      {material.note && <p className="material-note">{material.note}</p>}
      {owedBy && <p className="material-note" data-testid={`material-${id}-deadline`}>{t('owedRule', owedBy)}</p>}
      <div className="choices" role="radiogroup" aria-label={material.name}>
        {material.certificate && (
          <Way on={choice?.way === 'certificate'} testId={`material-${id}-certificate`} onClick={() => onChoose({ way: 'certificate' })}>
            {t('useCertificate')}
          </Way>
        )}
        <Way on={choice?.way === 'captured'} testId={`material-${id}-capture`} onClick={() => onChoose({ way: 'captured', jpegBase64: null })}>
          {t('capture')}
        </Way>
        {material.necessity === 'owed' && (
          <Way on={choice?.way === 'owed'} testId={`material-${id}-owe`} onClick={() => onChoose({ way: 'owed' })}>
            {t('owe')}
          </Way>
        )}
      </div>
      {material.certificate && choice?.way === 'certificate' && <p className="material-found">{t('certificateFound', { name: material.certificate.name })}</p>}
      {choice?.way === 'captured' && <Photo material={material} jpegBase64={choice.jpegBase64} onChoose={onChoose} onCancel={onClear} />}
      <p className={`material-status${isComplete(choice) ? ' material-status-ok' : ''}`} data-testid={`material-${id}-status`} role="status">
        {statusText(t, choice, owedBy)}
      </p>
    </div>
  );
}

function Way({ on, testId, onClick, children }: { on: boolean; testId: string; onClick: () => void; children: string }) {
  return (
    <button type="button" role="radio" aria-checked={on} className={on ? 'choice choice-on' : 'choice'} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}

type PhotoProps = { material: MaterialView; jpegBase64: string | null; onChoose: (choice: MaterialChoice) => void; onCancel: () => void };

function Photo({ material, jpegBase64, onChoose, onCancel }: PhotoProps) {
  const { t } = useTranslation('materials');
  if (jpegBase64 === null) {
    return <CameraCapture onCaptured={(jpeg) => onChoose({ way: 'captured', jpegBase64: jpeg })} onCancel={onCancel} />;
  }
  return (
    <div className="material-photo">
      <img src={`data:image/jpeg;base64,${jpegBase64}`} alt={t('photoAlt', { name: material.name })} data-testid={`material-${material.key}-photo`} />
      <button type="button" className="secondary" data-testid={`material-${material.key}-retake`} onClick={() => onChoose({ way: 'captured', jpegBase64: null })}>
        {t('retake')}
      </button>
    </div>
  );
}

function statusText(t: TFunction<'materials'>, choice: MaterialChoice | undefined, owedBy: { days: number; date: string } | null): string {
  if (!choice) return t('statusNone');
  if (choice.way === 'certificate') return t('statusCertificate');
  if (choice.way === 'captured') return t(choice.jpegBase64 === null ? 'statusCapturePending' : 'statusCaptured');
  return owedBy ? t('statusOwed', owedBy) : t('statusNone');
}
