import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../shell/ConfirmDialog.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import type { FleetRow } from './fleet-view.js';

/** Asks before revoking: a revoked terminal stops serving until a technician enrolls it again. */
export function RevokeDialog({ terminal, onClose, onRevoked }: { terminal: FleetRow; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation('fleet');
  const { api } = useSession();
  const action = useAction();
  const revoke = () =>
    action.run(async () => {
      await api.post(`/v1/admin/terminals/${encodeURIComponent(terminal.id)}/revoke`, {});
      onRevoked();
    });
  return (
    <ConfirmDialog testId="revoke-dialog" title={t('revokeTitle', { code: terminal.code })} confirm={t('revokeConfirm')} tone="danger" action={action} onConfirm={() => void revoke()} onClose={onClose}>
      <p>{t('revokeLead', { name: terminal.name, hall: terminal.hallName })}</p>
    </ConfirmDialog>
  );
}
