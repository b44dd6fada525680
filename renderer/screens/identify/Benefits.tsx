import { useTranslation } from 'react-i18next';
import { useRequest } from '../../transport/context.js';
import './benefits.css';

/**
 * 免申即享: what the citizen is already due, told before anything else is asked of them. Says
 * nothing when nothing is due or the lookup failed: a citizen must not wait or worry for it.
 */
export function Benefits() {
  const { t } = useTranslation('confirm');
  const due = useRequest('benefits.due', {});
  if (due.state === 'loading') return <p className="waiting">{t('benefitsLoading')}</p>;
  if (due.state === 'failed' || due.value.benefits.length === 0) return null;
  return (
    <section className="benefits" data-testid="benefits" aria-labelledby="benefits-title">
      <h2 id="benefits-title">{t('benefitsTitle')}</h2>
      <ul>
        {due.value.benefits.map((benefit) => (
          <li key={benefit.code} data-testid={`benefit-${benefit.code}`}>
            <span className="benefit-name">{benefit.name}</span>
            <span className="benefit-notice">{benefit.notice}</span>
            <span className="benefit-department">{benefit.department}</span>
          </li>
        ))}
      </ul>
      <p className="benefit-note">{t('benefitsNoAction')}</p>
      {!due.value.certificatesChecked && <p className="benefit-note">{t('benefitsPartial')}</p>}
    </section>
  );
}
