import { useTranslation } from 'react-i18next';
import { useRemoteWindow } from './remote-window-context.js';
import type { RemoteItem } from './use-remote-call.js';

/** 远程视频帮办: on 呼叫帮办 and above every form, with the item the citizen is on. */
export function RemoteAskButton({ item, className = 'remote-ask' }: { item: RemoteItem; className?: string }) {
  const { t } = useTranslation('remote');
  const { item: open, ask } = useRemoteWindow();
  return (
    <button type="button" className={className} data-testid="remote-ask" disabled={open !== undefined} onClick={() => ask(item)}>
      <span aria-hidden="true">☎</span> {t('ask')}
    </button>
  );
}
