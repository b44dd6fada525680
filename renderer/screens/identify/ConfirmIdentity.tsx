import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityView } from '../../api.js';
import { useKiosk } from '../../transport/context.js';
import type { Action, TypedEntry } from '../../flow/flow.js';
import { Benefits } from './Benefits.js';

/** The words of each way in: the title, the lead, and what it does not open (none for a card). */
const wordsBySource = {
  card: { title: 'confirmCardTitle', lead: 'confirmCardLead', note: undefined, back: 'notMeReread' },
  typed: { title: 'confirmTypedTitle', lead: 'confirmTypedCheck', note: 'typedNote', back: 'changeTyped' },
  appCode: { title: 'confirmAppCodeTitle', lead: 'confirmTypedLead', note: 'appCodeNote', back: 'notMe' },
} as const satisfies Record<IdentityView['source'], { title: string; lead: string; note: string | undefined; back: string }>;

/**
 * A card's or a code's identity is masked: the screen faces a lobby, and the renderer never
 * holds those values. What the citizen typed a moment ago is shown in full, so a slip can be
 * seen and corrected with 修改 before it goes on every form. An identity without a card says so,
 * and what it cannot open, before the citizen goes on.
 */
export function ConfirmIdentity({ identity, typed, dispatch }: { identity: IdentityView; typed?: TypedEntry; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const words = wordsBySource[identity.source];
  const kiosk = useKiosk();
  // The wrong person's identity leaves the core at once, and the card on the reader with it:
  // only a card placed again is read, never the one that was just refused.
  const notConfirmed = (): void => {
    void kiosk
      .invoke('session.end', {})
      .catch(() => undefined)
      .then(() => dispatch({ type: 'not-confirmed' }));
  };
  return (
    <section className="screen confirm">
      <h1>{t(words.title)}</h1>
      <p className="lead">{t(words.lead)}</p>
      <dl className="identity-card">
        <dt>{t('nameTerm')}</dt>
        <dd data-testid="identity-name">{typed?.name ?? identity.maskedName}</dd>
        <dt>{t('idTerm')}</dt>
        <dd data-testid="identity-id">{typed ? groupedIdNumber(typed.idNumber) : identity.maskedIdNumber}</dd>
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
      <button type="button" className="secondary" data-testid="identity-back" onClick={notConfirmed}>
        {t(words.back)}
      </button>
    </section>
  );
}

/** 6-8-4 as printed on the card (region, birth date, sequence and check), easy to compare. */
function groupedIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14)}`;
}
