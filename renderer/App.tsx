/*
 * data-testids for the e2e tests (stable; change them only with the tests):
 *   every screen but Home: go-home (返回首页, ends the session)
 *   any screen:     offline-banner (only while kiosk.status.online is false), language (中文 / English),
 *                   speech (声音) opens speech-panel: speech-toggle, volume-down, volume-level, volume-up, speech-close
 *   Home:           home-apply (我要办), home-lifeEvents (一件事), home-query (查询打印), home-guides (办事指南),
 *                   home-review (好差评), home-help (呼叫帮办), home-elderly, announcements,
 *                   home-results (证明打印)
 *   Identify:       identify-status (waiting text, or the error); retry (重试) inside it on error;
 *                   identify-typed (手动输入身份证号, when applying) opens: typed-id, typed-id-next,
 *                   typed-id-error, typed-name, typed-submit, typed-error, typed-cancel
 *   Confirm:        identity-name, identity-id, identity-typed (only for a typed identity), identity-continue;
 *                   benefits (免申即享, only when some are due), benefit-<code>
 *   Item list:      item-<code> (e.g. item-WH-RS-001); retry on a load error
 *   Form:           form-progress (步骤 n/total), bundle-parts, bundle-part-<code> (一件事 only),
 *                   certificates-unavailable, field-<key> (the <input> of a text field, the
 *                   radiogroup of a choice field, the locked box of a prefilled field),
 *                   option-<key>-<value> (one choice button), field-error-<key>, form-errors (the
 *                   page's error summary), error-link-<key> (in it), form-next, form-prev, form-back
 *                   (first page only); check page: check-answers, answer-<key>, change-<key>,
 *                   submit (on to materials)
 *   Materials:      material-<key> (one material), material-<key>-certificate | -capture | -owe (its ways),
 *                   material-<key>-deadline (容缺's deadline), material-<key>-status, material-<key>-photo,
 *                   material-<key>-retake, camera, camera-video, camera-shoot, camera-cancel,
 *                   commitment-text, signature-canvas, signature-clear, signature-confirm,
 *                   signature-done, signature-image, signature-again, materials-errors, submit-error,
 *                   materials-submit
 *   Done:           case-number (text is the plain number), receipt-state, upload-state,
 *                   query-case (查询此件), rate-case (评价本次服务), finish (完成, ends the session),
 *                   form-a4 (the filled form on A4, as guide-a4 below); 短信通知: sms-open, then sms-signup with
 *                   sms-phone, sms-send, then sms-code, sms-confirm, sms-resend; sms-error; sms-subscribed
 *   Guide:          guide-body, guide-print (receipt), guide-print-state, guide-back, guide-a4: the A4
 *                   guide: guide-a4-pages (counting), guide-a4-no-printer, guide-a4-button (with the
 *                   page count), guide-a4-state (queued, printing page n of N, sheets to take, or why
 *                   not), guide-a4-again (the same document after a stop), guide-a4-error
 *   My cases:       my-cases, my-case-<caseNumber> (to rate: disabled once rated), my-cases-none, my-cases-error
 *   Review:         level-<非常满意…非常不满意>, review-reasons, reason-<reason>, reason-missing,
 *                   review-comment, review-submit, review-error, review-thanks, review-upload, review-finish
 *   Ask (问一问):     home-ask; situation-<code> (a common situation), ask-input, ask-submit, ask-result:
 *                   ask-hits with entry-<code>, or ask-unknown with ask-help and hotline
 *   Situation:      situation-question (answer-<n>), situation-prev, situation-back, situation-outcome
 *                   (situation-items with entry-<code>, situation-materials)
 *   Help:           help-state (checking, help-unstaffed, help-confirm with help-reason-*, help-cancel,
 *                   help-confirm-call, then sent or waiting), hotline
 *   Query:          query-input, query-submit, query-status, query-expected (the promised day), query-timeline,
 *                   query-error, query-mine (我的办件, by card), query-back-mine (back to that list, when
 *                   opened from it), print-slip / print-slip-state, reprint / reprint-state; from 我的办件 also
 *                   短信通知 (sms-open ..., as on Done)
 *   Results:        results, results-offline (only while offline), result-<code> (one document):
 *                   result-<code>-print, result-<code>-state (fetching, then the A4 job as guide-a4-state),
 *                   result-<code>-again, result-<code>-error
 *   Pay (缴费):     pay-offline (instead of the rest while offline), pay-by-notice / pay-by-case (which field),
 *                   pay-notice-input or pay-case-input, pay-input-shape (not a number of that kind), pay-submit, pay-error, pay-notice,
 *                   pay-amount, pay-paid-already, pay-start, pay-qr (data-payload: the QR's text), pay-waiting,
 *                   pay-cancel, pay-result (data-state: paid, declined, closed), pay-receipt / pay-receipt-state,
 *                   pay-again, pay-finish
 *   Idle question:  idle-overlay, idle-seconds, idle-continue
 *   Not in service: out-of-service (instead of every other screen, both languages; data-state is the
 *                   lifecycle state: outOfService, maintenance, outOfHours, unenrolled), hall-hours,
 *                   hotline, out-of-service-reason (out of service only)
 *   Technician:     five taps on no control in the top-right corner within 3 s open technician-mode:
 *                   pin-display, key-0…key-9, key-done, pin-notice, technician-exit, technician-tab-<id>,
 *                   technician-state, technician-service-state, technician-reason, maintenance-state,
 *                   maintenance-toggle, restart, restart-state
 *   预约 / 取号:     home-appointments, home-queue; appointments-error, my-bookings, bookings-none,
 *                   booking-<code>, cancel-<code>, new-booking, book-item-<code>, day-<date>, day-closed,
 *                   slot-<HH:MM>, book-confirm, book-error, booked, booking-code, booking-qr, booked-mine;
 *                   queue-group-<code>, queue-check-in, queue-error, ticket, ticket-number,
 *                   ticket-booked, ticket-ahead, ticket-printed
 */
import { Suspense, useCallback, useEffect, useLayoutEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flow, formOpen, initialScreen, type Screen, type Action } from './flow/flow.js';
import { useKioskStatus } from './flow/use-status.js';
import { Home } from './screens/home/Home.js';
import { ServiceNotice, type Closed } from './screens/service/ServiceNotice.js';
import { useCornerTaps } from './screens/technician/use-corner-taps.js';
import { ScanClaims } from './scanner/scan-claims.js';
import { DiskFullBanner } from './screens/service/DiskFullBanner.js';
import { useScanRouter } from './scanner/use-scan-router.js';
import { IdleOverlay } from './idle/IdleOverlay.js';
import { ConfirmIdentity, Done, Form, Guide, Help, Identify, ItemList, Materials, MyCases, Query, Results, Review, TechnicianMode, preloadScreens } from './lazy-screens.js';
import { Ask, Situation } from './lazy-screens.js';
import { Appointments, Queue } from './lazy-screens.js';
import { Pay } from './lazy-screens.js';
import { LeaveDialog } from './ui/LeaveDialog.js';
import { KeyboardProvider } from './keyboard/KeyboardContext.js';
import { KeyboardSlot } from './keyboard/KeyboardSlot.js';
import { useIdle } from './idle/use-idle.js';
import { afterPaint } from './perf/after-paint.js';
import { useTouchToScreenTiming } from './perf/touch-timing.js';
import { SpokenPrompts } from './speech/SpokenPrompts.js';
import { SpeechControl } from './speech/SpeechControl.js';
import { voiceFor, type Voice } from './speech/voice.js';
import { RemoteAskButton } from './remote-window/RemoteAskButton.js';
import { RemoteDock } from './remote-window/RemoteDock.js';
import { RemoteWindowContext, useRemoteWindowState } from './remote-window/remote-window-context.js';
import { useKiosk } from './transport/context.js';
import type { KioskStatus, ServiceState } from './api.js';
import type { Dispatch } from 'react';

/** Until the core says otherwise (kiosk.status), the default of a lobby terminal. */
const defaultIdleSeconds = 60;
/** Older citizens read and tap more slowly: twice the time before "are you still here?". */
const elderlyIdleFactor = 2;

/** The scanners' codes reach every citizen screen: one router for the whole app (use-scan-router.ts). */
export function App() {
  return (
    <ScanClaims>
      <Kiosk />
    </ScanClaims>
  );
}

function Kiosk() {
  const kiosk = useKiosk();
  const status = useKioskStatus();
  const [screen, dispatch] = useReducer(flow, initialScreen);
  // The core forgets the card data on session.end; if that call fails the core's own idle
  // timeout still ends it, so the citizen is never kept on a screen waiting for it.
  // Where the platform makes 长者模式 the default (remote config), each visit starts in it.
  const elderlyByDefault = status?.screen.elderModeByDefault ?? false;
  const [elderly, setElderly] = useState(elderlyByDefault);
  useEffect(() => setElderly(elderlyByDefault), [elderlyByDefault]);
  const [leaving, setLeaving] = useState(false);
  // 声音 as this citizen set it; null: the hall's setting (remote config).
  const [chosenVoice, setChosenVoice] = useState<Voice | null>(null);
  const voice = voiceFor(chosenVoice, status?.screen ?? null);
  const { t, i18n } = useTranslation();
  const remoteWindow = useRemoteWindowState();
  const closeRemote = remoteWindow.close;
  const leave = useCallback(() => {
    kiosk.invoke('session.end', {}).catch(() => undefined);
    closeRemote();
    setLeaving(false);
    dispatch({ type: 'home' });
  }, [kiosk, closeRemote]);
  // 长者模式, the language and the keyboard's choices belong to the citizen at the screen: 返回首页 keeps
  // them for another errand; the next person (after the idle question, or 完成) starts from the defaults.
  const [visit, setVisit] = useState(0);
  const endVisit = useCallback(() => {
    leave();
    setVisit((n) => n + 1);
    setElderly(elderlyByDefault);
    setChosenVoice(null);
    void i18n.changeLanguage('zh');
  }, [leave, i18n, elderlyByDefault]);
  const goHome = useCallback(() => (formOpen(screen) ? setLeaving(true) : leave()), [screen, leave]);
  // Before the frame is drawn, so the page's language never lags its words (a screen reader reads both).
  useLayoutEffect(() => {
    document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  }, [i18n.language]);
  const idleSeconds = (status?.idleSeconds ?? defaultIdleSeconds) * (elderly ? elderlyIdleFactor : 1);
  const [technician, setTechnician] = useState(false);
  // Whoever stood here is sent home first: technician mode never sits on a citizen's session.
  const openTechnician = useCallback(() => {
    endVisit();
    setTechnician(true);
  }, [endVisit]);
  const closeTechnician = useCallback(() => setTechnician(false), []);
  useCornerTaps(openTechnician);
  const personal = elderly || i18n.language === 'en';
  // A citizen on a video call touches nothing for minutes: no idle question under the call.
  const idle = useIdle((screen.name !== 'home' || personal) && !technician && remoteWindow.item === undefined, idleSeconds, endVisit);
  useTouchToScreenTiming(screen.name);
  // The other screens are parsed while the citizen reads the home, not before it is drawn.
  useEffect(() => afterPaint(preloadScreens), []);
  const closed = status !== null && isClosed(status.service);
  const scanNotice = useScanRouter(screen, dispatch, !technician && !closed);

  if (technician) {
    return (
      <Suspense fallback={null}>
        <TechnicianMode onExit={closeTechnician} />
      </Suspense>
    );
  }
  if (status && isClosed(status.service)) {
    return (
      <div className="kiosk" data-testid="kiosk-root">
        <main className="content">
          <ServiceNotice service={status.service} hours={status.serviceHours} />
        </main>
      </div>
    );
  }
  return (
    <div className={elderly ? 'kiosk elderly' : 'kiosk'} data-testid="kiosk-root">
      <RemoteWindowContext.Provider value={remoteWindow}>
      <KeyboardProvider visit={visit}>
        {/* aria-live, not role="status": a role makes the banner's corner a control, and a
            technician's five taps there must open technician mode on a terminal that is offline. */}
        {status?.online === false && (
          <div className="offline-banner" aria-live="polite" data-testid="offline-banner">
            {t('offline')}
          </div>
        )}
        {status?.service.state === 'diskFull' && <DiskFullBanner />}
        {scanNotice && (
          <div className="scan-notice" role="status" data-testid="scan-notice">
            {t(scanNotice)}
          </div>
        )}
        <nav className="topbar">
          {screen.name !== 'home' && (
            <button type="button" className="go-home" data-testid="go-home" onClick={goHome}>
              <span aria-hidden="true">⌂</span> {t('goHome')}
            </button>
          )}
          {(screen.name === 'form' || screen.name === 'materials') && <RemoteAskButton item={{ code: screen.item.code, name: screen.item.name }} />}
          <SpeechControl voice={voice} onVoice={setChosenVoice} />
          <LanguageSwitch />
        </nav>
        {/* key: each screen starts fresh, so a half-filled form never reappears for someone else */}
        <main className="content" key={screen.name}>
          <Suspense fallback={null}>
            <CurrentScreen screen={screen} status={status} dispatch={dispatch} goHome={endVisit} elderly={elderly} onElderly={setElderly} />
          </Suspense>
        </main>
        {remoteWindow.item !== undefined && <RemoteDock item={remoteWindow.item} onClose={remoteWindow.close} />}
        {/* After <main> in the column: the content shrinks above the keyboard instead of under it. */}
        <KeyboardSlot />
      </KeyboardProvider>
      </RemoteWindowContext.Provider>
      {leaving && <LeaveDialog onStay={() => setLeaving(false)} onLeave={leave} />}
      <IdleOverlay state={idle} />
      <SpokenPrompts screen={screen} idle={idle} voice={voice} elderly={elderly} />
    </div>
  );
}

function isClosed(service: ServiceState): service is Closed {
  return service.state !== 'demo' && service.state !== 'inService' && service.state !== 'diskFull';
}


type CurrentProps = {
  screen: Screen;
  status: KioskStatus | null;
  dispatch: Dispatch<Action>;
  goHome: () => void;
  elderly: boolean;
  onElderly: (on: boolean) => void;
};

function CurrentScreen({ screen, status, dispatch, goHome, elderly, onElderly }: CurrentProps) {
  switch (screen.name) {
    case 'home':
      return <Home status={status} dispatch={dispatch} elderly={elderly} onElderly={onElderly} />;
    case 'identify':
      return <Identify purpose={screen.purpose} appCode={status?.appCodeSignIn === true} typed={screen.typed} dispatch={dispatch} />;
    case 'confirm':
      return <ConfirmIdentity identity={screen.identity} typed={screen.typed} dispatch={dispatch} />;
    case 'items':
      return <ItemList dispatch={dispatch} list={screen.list} />;
    case 'form':
      return <Form item={screen.item} draft={screen.drafts?.[screen.item.code]} atCheck={screen.atCheck} dispatch={dispatch} />;
    case 'materials':
      return <Materials item={screen.item} answers={screen.answers} dispatch={dispatch} />;
    case 'done':
      return <Done itemName={screen.itemName} result={screen.result} dispatch={dispatch} onFinish={goHome} />;
    case 'query':
      return <Query caseNumber={screen.caseNumber} fromMine={screen.fromMine === true} dispatch={dispatch} />;
    case 'guides':
      return <ItemList dispatch={dispatch} list="guides" />;
    case 'guide':
      return <Guide item={screen.item} dispatch={dispatch} />;
    case 'myCases':
      return <MyCases then={screen.then} dispatch={dispatch} />;
    case 'review':
      return <Review caseNumber={screen.caseNumber} itemName={screen.itemName} onFinish={goHome} />;
    case 'help':
      return <Help onLeave={goHome} helpComing={status?.helpComing ?? null} />;
    case 'results':
      return <Results online={status?.online !== false} />;
    case 'ask':
      return <Ask dispatch={dispatch} />;
    case 'situation':
      return <Situation code={screen.code} dispatch={dispatch} />;
    case 'appointments':
      return <Appointments mine={screen.mine} />;
    case 'queue':
      return <Queue checkIn={screen.checkIn === true} {...(screen.code !== undefined && { code: screen.code })} dispatch={dispatch} />;
    case 'pay':
      return <Pay noticeNumber={screen.noticeNumber} caseNumber={screen.caseNumber ?? ''} online={status?.online !== false} onFinish={goHome} />;
  }
}

/**
 * Names the other language in its own script, so a visitor who reads no Chinese finds it; that
 * visible word is also its accessible name (WCAG 2.5.3: a voice user says what they see).
 */
function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh' : 'en';
  return (
    <button type="button" className="language" data-testid="language" lang={other === 'en' ? 'en' : 'zh-CN'} onClick={() => void i18n.changeLanguage(other)}>
      {t('language')}
    </button>
  );
}
