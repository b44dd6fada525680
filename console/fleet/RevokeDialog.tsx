import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import type { FleetRow } from './fleet-view.js';

/** Asks before revoking: a revoked terminal stops serving until a technician enrolls it again. */
export function RevokeDialog({ terminal, onClose, onRevoked }: { terminal: FleetRow; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation('fleet');
  const { t: common } = useTranslation();
  const { api } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const { busy, error, run } = useAction();
  useEffect(() => dialog.current?.showModal(), []);

  const revoke = () =>
    run(async () => {
      await api.post(`/v1/admin/terminals/${encodeURIComponent(terminal.id)}/revoke`, {});
      onRevoked();
    });

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="revoke-title" onClose={onClose} data-testid="revoke-dialog">
      <h2 id="revoke-title">{t('revokeTitle', { code: terminal.code })}</h2>
      <p>{t('revokeLead', { name: terminal.name, hall: terminal.hallName })}</p>
      <Refusal error={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {common('cancel')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void revoke()} data-testid="revoke-confirm">
          {t('revokeConfirm')}
        </button>
      </div>
    </dialog>
  );
}
