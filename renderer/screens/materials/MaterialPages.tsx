import { useTranslation } from 'react-i18next';
import type { MaterialView } from '../../api.js';
import { CameraCapture } from '../../camera/CameraCapture.js';
import { capturePage } from '../../camera/camera.js';
import { addPage, cameraClosed, canAddPage, deletePage, pageTaken, retakePage } from '../../flow/material-pages.js';
import type { CapturedChoice, MaterialChoice } from '../../flow/materials.js';

type PagesProps = {
  material: MaterialView;
  choice: CapturedChoice;
  /** Undefined: no choice left (the only page deleted, the camera closed before any photo). */
  onChange: (choice: MaterialChoice | undefined) => void;
};

/** The pages taken so far, each with 重拍 and 删除; the camera for the one being taken; 再拍一页. */
export function MaterialPages({ material, choice, onChange }: PagesProps) {
  const { t } = useTranslation('materials');
  const id = material.key;
  const shooting = choice.camera;
  const ways = {
    ...(material.necessity === 'owed' ? { owe: () => onChange({ way: 'owed' }) } : {}),
    ...(material.certificate ? { certificate: () => onChange({ way: 'certificate' }) } : {}),
  };
  return (
    <div className="material-pages">
      {choice.pages.length > 0 && (
        <ol className="page-list">
          {choice.pages.map((jpeg, i) => (
            // Keyed by place: a page is its position, and a retake keeps it.
            <li key={i} className={shooting === i ? 'page page-retaking' : 'page'}>
              <img src={`data:image/jpeg;base64,${jpeg}`} alt={t('pageAlt', { name: material.name, n: i + 1 })} data-testid={`material-${id}-page-${i + 1}`} />
              <span className="page-number">{t('pageNumber', { n: i + 1 })}</span>
              <div className="page-actions">
                <button type="button" className="secondary" data-testid={`material-${id}-retake-${i + 1}`} disabled={shooting !== null} onClick={() => onChange(retakePage(choice, i))}>
                  {t('retake')}
                </button>
                <button type="button" className="secondary" data-testid={`material-${id}-delete-${i + 1}`} disabled={shooting !== null} onClick={() => onChange(deletePage(choice, i))}>
                  {t('deletePage')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {shooting !== null && (
        <CameraCapture
          title={t(shooting < choice.pages.length ? 'retakeTitle' : 'shootTitle', { n: shooting + 1 })}
          onShot={(video) => onChange(pageTaken(choice, capturePage(video)))}
          onCancel={() => onChange(cameraClosed(choice))}
          ways={ways}
        />
      )}
      {canAddPage(choice) && choice.pages.length > 0 && (
        <button type="button" className="secondary" data-testid={`material-${id}-add-page`} onClick={() => onChange(addPage(choice))}>
          {t('addPage')}
        </button>
      )}
    </div>
  );
}
