import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyboardInput } from '../../../keyboard/KeyboardInput.js';
import { useKiosk, useRequest } from '../../../transport/context.js';
import { useAction } from '../../../transport/use-action.js';
import { ActionOutcome } from './ActionOutcome.js';
import { Panel } from './Panel.js';

/** What a technician reads on screen; the export carries the whole log. */
const shownLines = 200;

/** 运行日志: the newest lines, personal data already removed, and an export to a USB stick's folder. */
export function LogsPanel() {
  const { t } = useTranslation('technician');
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const [folder, setFolder] = useState('/media/usb');
  const loaded = useRequest('technician.logs', { lines: shownLines }, attempt);
  const exportLog = useCallback(() => kiosk.invoke('technician.exportLogs', { folder }), [kiosk, folder]);
  const [outcome, start] = useAction(exportLog);
  return (
    <Panel title={t('logsTitle')} testId="panel-logs" loaded={loaded} onAgain={() => setAttempt((n) => n + 1)}>
      {({ lines }) => (
        <>
          <div className="log-export">
            <label htmlFor="log-folder">{t('exportFolder')}</label>
            <p className="hint">{t('exportHint')}</p>
            <KeyboardInput id="log-folder" layout="path" label={t('exportFolder')} value={folder} onChange={setFolder} className="text-input" testId="log-folder" />
            <button type="button" className="primary" data-testid="log-export" disabled={outcome.state === 'busy' || folder === ''} onClick={() => start()}>
              {t('export')}
            </button>
            <ActionOutcome outcome={outcome} testId="log-export-outcome" done={({ path }) => t('exported', { path })} />
          </div>
          <h2>{lines.length === 0 ? t('noLog') : t('logLines', { count: lines.length })}</h2>
          <pre className="log-lines" data-testid="log-lines">
            {lines.join('\n')}
          </pre>
        </>
      )}
    </Panel>
  );
}
