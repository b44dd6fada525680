import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceTest } from '../../../api.js';
import { useKiosk, useRequest } from '../../../transport/context.js';
import { useAction } from '../../../transport/use-action.js';
import { useWedgeScan } from '../../../scanner/use-wedge-scan.js';
import { CheckList } from './CheckList.js';
import { DeviceRoles } from './DeviceRoles.js';
import { Panel } from './Panel.js';

const tests: readonly { test: DeviceTest; label: 'testReadCard' | 'testPrintReceipt' | 'testPrintA4' | 'testScanCode' }[] = [
  { test: 'readCard', label: 'testReadCard' },
  { test: 'printReceipt', label: 'testPrintReceipt' },
  { test: 'printA4', label: 'testPrintA4' },
  { test: 'scanCode', label: 'testScanCode' },
];

/** 设备: ports and HID devices found, each role's port and baud (changed by taps), and a test per role in words. */
export function DevicesPanel() {
  const { t } = useTranslation('technician');
  const [attempt, setAttempt] = useState(0);
  const loaded = useRequest('technician.devices', {}, attempt);
  const settings = useRequest('technician.deviceSettings', {}, attempt);
  const again = useCallback(() => setAttempt((n) => n + 1), []);
  return (
    <Panel title={t('devicesTitle')} testId="panel-devices" loaded={loaded} onAgain={again}>
      {({ checks }) => (
        <>
          <CheckList checks={checks} />
          {settings.state === 'ready' && <DeviceRoles settings={settings.value} onApplied={again} />}
          <div className="device-tests">
            {tests.map(({ test, label }) => (
              <DeviceTestButton key={test} test={test} label={t(label)} />
            ))}
          </div>
        </>
      )}
    </Panel>
  );
}

function DeviceTestButton({ test, label }: { test: DeviceTest; label: string }) {
  const { t } = useTranslation('technician');
  const kiosk = useKiosk();
  const run = useCallback(() => kiosk.invoke('technician.testDevice', { test }), [kiosk, test]);
  const [outcome, start] = useAction(run);
  // A keyboard wedge types into the page: while its test waits, what it types goes to the core's desk.
  useWedgeScan((text) => void kiosk.invoke('scan.wedge', { text: text.slice(0, 4000) }).catch(() => undefined), test === 'scanCode' && outcome.state === 'busy');
  return (
    <div className="device-test">
      <button type="button" className="primary" data-testid={`test-${test}`} disabled={outcome.state === 'busy'} onClick={() => start()}>
        {outcome.state === 'busy' ? t('testing') : label}
      </button>
      {outcome.state === 'done' && <CheckList checks={[outcome.value]} />}
      {outcome.state === 'failed' && <CheckList checks={[{ id: `test.${test}`, ok: false, words: { zh: outcome.error.message, en: outcome.error.en.message }, detail: {} }]} />}
    </div>
  );
}
