import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { Benefits } from './Benefits.js';

/** The words of each way in: the title, the lead, and what it does not open (none for a card). */
const wordsBySource = {
  card: { title: 'confirmCardTitle', lead: 'confirmCardLead', note: undefined },
  typed: { title: 'confirmTypedTitle', lead: 'confirmTypedLead', note: 'typedNote' },
  appCode: { title: 'confirmAppCodeTitle', lead: 'confirmTypedLead', note: 'appCodeNote' },
} as const satisfies Record<IdentityView['source'], { title: string; lead: string; note: string | undefined }>;

/**
 * Masked on purpose: the screen faces a lobby, and the renderer never holds the full values.
 * An identity without a card says so, and what it cannot open, before the citizen goes on.
 */
export function ConfirmIdentity({ identity, dispatch }: { identity: IdentityView; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const words = wordsBySource[identity.source];
  return (
    <section className="screen confirm">
      <h1>{t(words.title)}</h1>
      <p className="lead">{t(words.lead)}</p>
      <dl className="identity-card">
        <dt>{t('nameTerm')}</dt>
        <dd data-testid="identity-name">{identity.maskedName}</dd>
        <dt>{t('idTerm')}</dt>
        <dd data-testid="identity-id">{identity.maskedIdNumber}</dd>
      </dl>
      <Benefits />
      {words.note && (
        <p className="fact fact-wait" data-testid={`identity-${identity.source}`}>
          {t(words.note)}
        </p>
      )}
      <button type="button" className="primary main-action" data-testid="identity-continue" onClick={() => dispatch({ type: 'confirmed' })}>
        {t('confirmContinue')}
      </button>
    </section>
  );
}
