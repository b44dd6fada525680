import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../api.js';
import type { Action } from '../flow/flow.js';
import { Benefits } from './Benefits.js';

/**
 * Masked on purpose: the screen faces a lobby, and the renderer never holds the full values.
 * A typed identity says so, and what it cannot open, before the citizen goes on.
 */
export function ConfirmIdentity({ identity, dispatch }: { identity: IdentityView; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const typed = identity.source === 'typed';
  return (
    <section className="screen confirm">
      <h1>{typed ? t('confirmTypedTitle') : t('confirmCardTitle')}</h1>
      <p className="lead">{typed ? t('confirmTypedLead') : t('confirmCardLead')}</p>
      <dl className="identity-card">
        <dt>{t('nameTerm')}</dt>
        <dd data-testid="identity-name">{identity.maskedName}</dd>
        <dt>{t('idTerm')}</dt>
        <dd data-testid="identity-id">{identity.maskedIdNumber}</dd>
      </dl>
      <Benefits />
      {typed && (
        <p className="fact fact-wait" data-testid="identity-typed">
          {t('typedNote')}
        </p>
      )}
      <button type="button" className="primary main-action" data-testid="identity-continue" onClick={() => dispatch({ type: 'confirmed' })}>
        {t('confirmContinue')}
      </button>
    </section>
  );
}
