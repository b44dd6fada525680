import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppCodeRefusal } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { useAppCodeScans } from '../../scanner/scan-claims.js';
import { useKiosk } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';

/** Each refusal in words that say what to do next. */
const refusalKeys = {
  unavailable: 'appCodeUnavailable',
  malformed: 'appCodeMalformed',
  forged: 'appCodeForged',
  expired: 'appCodeExpired',
  notYetValid: 'appCodeNotYetValid',
  used: 'appCodeUsed',
  badIdNumber: 'appCodeBadIdNumber',
} as const satisfies Record<AppCodeRefusal, string>;

/**
 * 扫鄂汇办码: the citizen holds the app's 亮码 to the scanner (any kind: the app's scan router
 * hands 鄂汇办 codes here); nothing to tap first. Codes are taken as long as this part of the identify screen shows;
 * a second scan while one is checked is dropped.
 */
export function AppCodeSignIn({ dispatch }: { dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('identify');
  const kiosk = useKiosk();
  const check = useCallback((code: string) => kiosk.invoke('identity.appCode', { code }), [kiosk]);
  const [outcome, start] = useAction(check);
  useAppCodeScans(start);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.state === 'done' && outcome.value.accepted) dispatch({ type: 'identified', identity: outcome.value.identity });
    // A refusal must be seen where the citizen stands: in 长者模式 on a landscape screen it falls below the fold.
    else if (outcome.state === 'done' || outcome.state === 'failed') status.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome, dispatch]);

  return (
    <section className="app-code" data-testid="app-code" aria-labelledby="app-code-title">
      <PhoneWithCode />
      <div className="app-code-words">
        <h2 id="app-code-title">{t('appCodeTitle')}</h2>
        <p className="app-code-hint">{t('appCodeHint')}</p>
      </div>
      <div ref={status} className="app-code-status" data-testid="app-code-status" aria-live="polite">
        {outcome.state === 'busy' && <p className="waiting">{t('appCodeChecking')}</p>}
        {outcome.state === 'done' && !outcome.value.accepted && (
          <div className="error-panel" role="alert" data-testid="app-code-error">
            <p className="error-message">{t(refusalKeys[outcome.value.refusal])}</p>
          </div>
        )}
        {outcome.state === 'failed' && <ErrorPanel error={outcome.error} testId="app-code-error" />}
      </div>
    </section>
  );
}

/** Where a QR code's three corner squares sit on the drawn phone screen, and its data cells. */
const finders = [
  [22, 50],
  [63, 50],
  [22, 105],
] as const;
const dataCells = [
  [68, 110],
  [83, 110],
  [75, 125],
  [90, 135],
  [68, 140],
] as const;

/** A phone showing a code: what to hold up, for a citizen who does not read the hint. */
function PhoneWithCode() {
  return (
    <svg className="app-code-phone" viewBox="0 0 120 200" aria-hidden="true">
      <rect x="4" y="4" width="112" height="192" rx="16" className="app-code-phone-body" />
      <rect x="14" y="30" width="92" height="140" rx="6" className="app-code-phone-screen" />
      {finders.map(([x, y]) => (
        <g key={`${x}-${y}`} transform={`translate(${x} ${y})`}>
          <rect width="35" height="35" className="app-code-phone-cell" />
          <rect x="5" y="5" width="25" height="25" className="app-code-phone-screen" />
          <rect x="10" y="10" width="15" height="15" className="app-code-phone-cell" />
        </g>
      ))}
      {dataCells.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="10" height="10" className="app-code-phone-cell" />
      ))}
    </svg>
  );
}
