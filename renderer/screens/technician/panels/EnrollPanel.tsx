import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError, PresentedPlatform, ScanMeaning } from '../../../api.js';
import { KeyboardInput } from '../../../keyboard/KeyboardInput.js';
import { useScans } from '../../../scanner/use-scans.js';
import { useAction } from '../../../transport/use-action.js';
import { Both } from '../Both.js';
import { Fact } from '../Fact.js';
import { useTechnician } from '../technician-context.js';

/** The core's refusal in both languages with what to do: a technician may read either. */
function Refusal({ error, testId }: { error: KioskError; testId: string }) {
  return (
    <div className="technician-error" role="alert" data-testid={testId}>
      <span lang="zh-CN">
        {error.message}
        {error.hint && `：${error.hint}`}
      </span>
      <span lang="en">
        {error.en.message}
        {error.en.hint && `: ${error.en.hint}`}
      </span>
    </div>
  );
}

/** What the platform presented: the certificate to hold against the admin's fingerprint. */
function Presented({ presented }: { presented: PresentedPlatform }) {
  if (presented.kind === 'loopback') {
    return (
      <p className="technician-now" data-testid="platform-presented" data-kind="loopback">
        <Both word="loopbackPlatform" />
      </p>
    );
  }
  return (
    <dl className="technician-facts" data-testid="platform-presented" data-kind="tls">
      <Fact label="certificateSha256" testId="certificate-sha256">
        <code className="fingerprint">{presented.sha256}</code>
      </Fact>
      <Fact label="certificateSubject" testId="certificate-subject">{presented.subject}</Fact>
      <Fact label="certificateIssuer">{presented.issuer}</Fact>
      <Fact label="certificateValidTo">{presented.validTo}</Fact>
    </dl>
  );
}

/**
 * 注册: an unenrolled terminal enrolled from its own screen. The address and token typed or
 * scanned; the platform's certificate shown first, and the terminal enrolls only when the
 * technician confirms it. Who the terminal became (hall, region) comes from the platform's reply;
 * it serves as that terminal from the core's next start.
 */
export function EnrollPanel() {
  const { t } = useTranslation('technician');
  const { call } = useTechnician();
  const [platformUrl, setPlatformUrl] = useState('');
  const [token, setToken] = useState('');
  const [scanned, setScanned] = useState(false);
  const check = useCallback(() => call('technician.platformCertificate', { platformUrl }), [call, platformUrl]);
  const [presented, startCheck] = useAction(check);
  // What was checked holds for that address only: another address is checked before it enrolls.
  const [checkedUrl, setCheckedUrl] = useState('');
  const shown = presented.state === 'done' && checkedUrl === platformUrl ? presented.value : undefined;
  const sha256 = shown?.kind === 'tls' ? shown.sha256 : undefined;
  const enrollNow = useCallback(() => call('technician.enroll', { platformUrl, token, ...(sha256 !== undefined && { certificateSha256: sha256 }) }), [call, platformUrl, token, sha256]);
  const [enrolled, startEnroll] = useAction(enrollNow);
  const [restart, startRestart] = useAction(useCallback(() => call('technician.restart', {}), [call]));
  // The admin's QR fills both fields; the certificate is checked again for the new address.
  const onScan = useCallback((meaning: ScanMeaning) => {
    if (meaning.kind !== 'enrollment') return;
    setPlatformUrl(meaning.platformUrl);
    setToken(meaning.token);
    setScanned(true);
  }, []);
  useScans(onScan, enrolled.state !== 'done');
  const typed = (set: (value: string) => void) => (value: string) => {
    set(value);
    setScanned(false);
  };
  if (enrolled.state === 'done') {
    const { terminalName, terminalCode, hallName, regionCode } = enrolled.value;
    return (
      <div className="technician-panel-body" data-testid="panel-enroll">
        <p className="technician-now" role="status" data-testid="enrolled">
          <Both word="enrolledAs" values={{ terminalName, terminalCode }} />
        </p>
        <dl className="technician-facts">
          <Fact label="hallLabel" testId="enrolled-hall">{hallName}</Fact>
          <Fact label="regionLabel" testId="enrolled-region">{regionCode}</Fact>
        </dl>
        <button type="button" className="technician-action" data-testid="enroll-restart" disabled={restart.state !== 'idle'} onClick={() => startRestart()}>
          <Both word={restart.state === 'idle' ? 'serveAsEnrolled' : 'restarting'} />
        </button>
      </div>
    );
  }
  return (
    <div className="technician-panel-body enroll-form" data-testid="panel-enroll">
      <p className="hint">
        <Both word="enrollIntro" />
      </p>
      <label htmlFor="enroll-platform">
        <Both word="platformAddress" />
      </label>
      <KeyboardInput id="enroll-platform" layout="path" label={t('platformAddress')} placeholder={t('platformAddressHint')} value={platformUrl} onChange={typed(setPlatformUrl)} className="text-input" testId="enroll-platform" />
      <label htmlFor="enroll-token">
        <Both word="enrollToken" />
      </label>
      <KeyboardInput id="enroll-token" layout="path" label={t('enrollToken')} value={token} onChange={typed(setToken)} className="text-input" testId="enroll-token" />
      {scanned && (
        <p className="fact fact-ok" data-testid="enroll-scanned">
          <Both word="enrollScanned" />
        </p>
      )}
      <button type="button" className="technician-action" data-testid="check-platform" disabled={platformUrl === '' || presented.state === 'busy'} onClick={() => {
          setCheckedUrl(platformUrl);
          startCheck();
        }}>
        <Both word="checkPlatform" />
      </button>
      {presented.state === 'failed' && checkedUrl === platformUrl && <Refusal error={presented.error} testId="enroll-refusal" />}
      {shown && (
        <>
          <Presented presented={shown} />
          <button type="button" className="technician-action" data-testid="confirm-enroll" disabled={token === '' || enrolled.state === 'busy'} onClick={() => startEnroll()}>
            <Both word={enrolled.state === 'busy' ? 'enrolling' : shown.kind === 'tls' ? 'confirmEnroll' : 'enrollLoopback'} />
          </button>
        </>
      )}
      {enrolled.state === 'failed' && <Refusal error={enrolled.error} testId="enroll-refusal" />}
    </div>
  );
}
