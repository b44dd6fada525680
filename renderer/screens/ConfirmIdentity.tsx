import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../api.js';
import type { Action } from '../flow/flow.js';
import { Benefits } from './Benefits.js';

/** Masked on purpose: the screen faces a lobby, and the renderer never holds the full values. */
export function ConfirmIdentity({ identity, dispatch }: { identity: IdentityView; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('confirm');
  return (
    <section className="screen confirm">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <dl className="identity-card">
        <dt>{t('name')}</dt>
        <dd data-testid="identity-name">{identity.maskedName}</dd>
        <dt>{t('idNumber')}</dt>
        <dd data-testid="identity-id">{identity.maskedIdNumber}</dd>
      </dl>
      <Benefits />
      <button
        type="button"
        className="primary main-action"
        data-testid="identity-continue"
        onClick={() => dispatch({ type: 'confirmed' })}
      >
        {t('continue')}
      </button>
    </section>
  );
}
