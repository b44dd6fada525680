import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MaterialView } from '../../api.js';
import { startCapture } from '../../flow/material-pages.js';
import { isComplete, type MaterialChoice } from '../../flow/materials.js';
import { languageOf } from '../../../ui-shared/i18n/language.js';
import { formatDay } from '../../ui/format.js';
import { MaterialPages } from './MaterialPages.js';

type CardProps = {
  material: MaterialView;
  choice: MaterialChoice | undefined;
  missing: boolean;
  /** Undefined: back to no choice at all, as when the camera is closed without a photo. */
  onChoose: (choice: MaterialChoice | undefined) => void;
};

const necessityKey = { required: 'required', owed: 'owedAllowed', optional: 'optional' } as const;

/** One material: the ways it may be satisfied as big buttons, and where it stands in plain words. */
export function MaterialCard({ material, choice, missing, onChoose }: CardProps) {
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
        <Way on={choice?.way === 'captured'} testId={`material-${id}-capture`} onClick={() => choice?.way !== 'captured' && onChoose(startCapture())}>
          {t('capture')}
        </Way>
        {material.necessity === 'owed' && (
          <Way on={choice?.way === 'owed'} testId={`material-${id}-owe`} onClick={() => onChoose({ way: 'owed' })}>
            {t('owe')}
          </Way>
        )}
      </div>
      {material.certificate && choice?.way === 'certificate' && <p className="material-found">{t('certificateFound', { name: material.certificate.name })}</p>}
      {choice?.way === 'captured' && <MaterialPages material={material} choice={choice} onChange={onChoose} />}
      {/* While the camera takes the first page, its own box says where things stand: one message, not two. */}
      {!(choice?.way === 'captured' && choice.pages.length === 0) && (
        <p className={`material-status${isComplete(choice) ? ' material-status-ok' : ''}`} data-testid={`material-${id}-status`} role="status">
          {statusText(t, choice, owedBy)}
        </p>
      )}
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

function statusText(t: TFunction<'materials'>, choice: MaterialChoice | undefined, owedBy: { days: number; date: string } | null): string {
  if (!choice) return t('statusNone');
  if (choice.way === 'certificate') return t('statusCertificate');
  if (choice.way === 'captured') return t('statusCaptured', { count: choice.pages.length });
  return owedBy ? t('statusOwed', owedBy) : t('statusNone');
}
