import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Refusal } from './Refusal.js';
import type { Action } from './use-action.js';

export interface ConfirmDialogProps {
  /** The dialog's test id, ending -dialog; its confirm button's ends -confirm instead. */
  testId: string;
  title: string;
  /** The confirm button's words; `danger` for what cannot be undone. */
  confirm: string;
  tone: 'primary' | 'danger';
  action: Action;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal that asks before an admin action: what it will do, cancel, and the action, which shows its refusal. */
export function ConfirmDialog({ testId, title, confirm, tone, action, onConfirm, onClose, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const titleId = `${testId}-title`;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <Refusal error={action.error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('cancel')}
        </button>
        <button type="button" className={tone} disabled={action.busy} onClick={onConfirm} data-testid={`${testId.replace(/-dialog$/, '')}-confirm`}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
