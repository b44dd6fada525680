import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandKinds, commandListReplySchema, type CommandKind, type CommandSummary } from '../../platform/protocol/commands.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { TableHead } from '../shell/TableHead.js';
import { useAction } from '../shell/use-action.js';
import { useLoad } from '../shell/use-load.js';
import { screenshotSrc } from './ScreenshotPanel.js';

/** While a command waits, the list asks again this often: the answer comes with the terminal's next heartbeat. */
const pollMs = 2000;

interface Target {
  id: string;
  code: string;
}

/** A terminal's commands: send one (operators and admins), and each one's state as the terminal answered it. */
export function CommandsDialog({ terminal, onClose }: { terminal: Target; onClose(): void }) {
  const { t } = useTranslation('commands');
  const { api, account } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const path = `/v1/admin/terminals/${encodeURIComponent(terminal.id)}/commands`;
  const load = useCallback(() => api.get(path, commandListReplySchema), [api, path]);
  const { data, error, reload } = useLoad(load);
  const pending = data?.commands.some((c) => c.state === 'pending') ?? false;
  useEffect(() => dialog.current?.showModal(), []);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [pending, reload]);

  return (
    <dialog ref={dialog} className="dialog dialog-wide" aria-labelledby="commands-title" onClose={onClose} data-testid="commands-dialog">
      <h2 id="commands-title">{t('title', { code: terminal.code })}</h2>
      <p>{t('lead')}</p>
      {account.role === 'auditor' ? <p>{t('readOnly')}</p> : <SendCommand path={path} onSent={reload} />}
      <Refusal error={error} />
      {data && data.commands.length === 0 && <p>{t('none')}</p>}
      {data && data.commands.length > 0 && <CommandTable terminalId={terminal.id} commands={data.commands} />}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={reload}>
          {t('refresh')}
        </button>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}

function SendCommand({ path, onSent }: { path: string; onSent(): void }) {
  const { t } = useTranslation('commands');
  const { api } = useSession();
  const [kind, setKind] = useState<CommandKind>('diagnostics.upload');
  const [minutes, setMinutes] = useState(60);
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAction();
  const send = () =>
    run(async () => {
      setSent(false);
      await api.post(path, { kind, expiresInMinutes: minutes });
      setSent(true);
      onSent();
    });
  return (
    <div className="filters">
      <label>
        {t('kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as CommandKind)} data-testid="command-kind">
          {commandKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('expires')}
        <input type="number" min={1} max={10080} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} data-testid="command-expires" />
      </label>
      <button type="button" className="primary" disabled={busy} onClick={() => void send()} data-testid="command-send">
        {t('send')}
      </button>
      {sent && (
        <p className="notice" role="status">
          {t('sent')}
        </p>
      )}
      <Refusal error={error} />
    </div>
  );
}

const columns = ['col_kind', 'col_state', 'col_sentBy', 'col_sentAt', 'col_ackedAt', 'col_detail'] as const;

function CommandTable({ terminalId, commands }: { terminalId: string; commands: CommandSummary[] }) {
  const { t } = useTranslation('commands');
  return (
    <table className="table" data-testid="command-list">
      <TableHead labels={columns.map((c) => t(c))} />
      <tbody>
        {commands.map((c) => (
          <tr key={c.id} data-testid="command-row" data-state={c.state}>
            <td>{t(`kind_${c.kind}`)}</td>
            <td>
              <span className={`state command-${c.state}`}>{t(`state_${c.state}`)}</span>
            </td>
            <td>{c.sentBy}</td>
            <td className="mono">{formatTime(c.sentAt)}</td>
            <td className="mono">{formatTime(c.ackedAt)}</td>
            <td>
              {c.detail ?? '—'}
              {c.diagnostics && <Diagnostics report={c.diagnostics} />}
              {c.screenshot && (
                <a href={screenshotSrc(terminalId, c.id)} target="_blank" rel="noreferrer">
                  {t('screenshotOpen')}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Diagnostics({ report }: { report: NonNullable<CommandSummary['diagnostics']> }) {
  const { t } = useTranslation('commands');
  return (
    <details>
      <summary>{t('diagnostics')}</summary>
      <p>{t('diagnosticsLead', { ...report.outbox, lifecycle: report.lifecycle })}</p>
      <pre className="log">{report.logLines.join('\n')}</pre>
    </details>
  );
}
