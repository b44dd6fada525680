import { useCallback, useMemo, useState } from 'react';
import { KioskError, technicianIdleSeconds, type TechnicianState, type UnlockReply } from '../../api.js';
import { countdownSeconds, useIdle } from '../../idle/use-idle.js';
import { formatClock } from '../../ui/format.js';
import { KeyboardDock } from '../../keyboard/Keyboard.js';
import { KeyboardProvider } from '../../keyboard/KeyboardContext.js';
import { useKiosk } from '../../transport/context.js';
import { Both } from './Both.js';
import { PinPad } from './PinPad.js';
import { technicianPanels } from './panels.js';
import { Technician, type TechnicianContext } from './technician-context.js';
import './technician.css';

type Phase = { name: 'pin'; notice?: UnlockReply | 'sessionEnded' } | { name: 'open'; state: TechnicianState };

/** What the PIN pad says after a try that did not unlock. */
function Notice({ notice }: { notice: UnlockReply | 'sessionEnded' | undefined }) {
  if (notice === undefined || (notice !== 'sessionEnded' && notice.outcome === 'unlocked')) return null;
  const said =
    notice === 'sessionEnded' ? <Both word="sessionEnded" />
    : notice.outcome === 'wrongPin' ? <Both word="wrongPin" values={{ count: notice.triesLeft }} />
    : notice.outcome === 'lockedOut' ? <Both word="lockedOut" values={{ until: formatClock(new Date(notice.until)) }} />
    : <Both word="noPin" />;
  return (
    <p className="technician-error" role="alert" data-testid="pin-notice">
      {said}
    </p>
  );
}

/**
 * Technician mode: the PIN, then the tabs. The core keeps the session (the screen only follows
 * it): a request it refuses as locked brings the PIN pad back. Two minutes untouched, or 退出,
 * ends it and returns to the citizens' home screen.
 */
export function TechnicianMode({ onExit }: { onExit: () => void }) {
  const kiosk = useKiosk();
  const [phase, setPhase] = useState<Phase>({ name: 'pin' });
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState(technicianPanels[0]?.id);
  const exit = useCallback(() => {
    kiosk.invoke('technician.lock', {}).catch(() => undefined);
    onExit();
  }, [kiosk, onExit]);
  // useIdle asks, then counts down: started that much earlier, it ends exactly at the technician's limit.
  useIdle(true, technicianIdleSeconds - countdownSeconds, exit);

  const unlock = (pin: string) => {
    setBusy(true);
    kiosk
      .invoke('technician.unlock', { pin })
      .then(async (reply) => setPhase(reply.outcome === 'unlocked' ? { name: 'open', state: await kiosk.invoke('technician.state', {}) } : { name: 'pin', notice: reply }))
      .catch(() => setPhase({ name: 'pin', notice: 'sessionEnded' }))
      .finally(() => setBusy(false));
  };

  const context = useMemo<TechnicianContext | null>(() => {
    if (phase.name !== 'open') return null;
    return {
      state: phase.state,
      setState: (state) => setPhase({ name: 'open', state }),
      call: (name, payload) =>
        kiosk.invoke(name, payload).catch((error: unknown) => {
          if (error instanceof KioskError && error.code === 'TECHNICIAN_LOCKED') setPhase({ name: 'pin', notice: 'sessionEnded' });
          throw error;
        }),
    };
  }, [phase, kiosk]);

  const Panel = technicianPanels.find((panel) => panel.id === tab)?.Panel;
  return (
    <div className="kiosk technician" data-testid="technician-mode">
      <header className="technician-bar">
        <h1>
          <Both word="title" />
        </h1>
        <button type="button" className="technician-exit" data-testid="technician-exit" onClick={exit}>
          <Both word="exit" />
        </button>
      </header>
      {context === null ? (
        <main className="content technician-pin">
          <Notice notice={phase.name === 'pin' ? phase.notice : undefined} />
          <PinPad busy={busy} onSubmit={unlock} />
        </main>
      ) : (
        // The logs panel types a USB stick's folder on the on-screen keyboard.
        <Technician.Provider value={context}>
          <KeyboardProvider>
            <nav className="technician-tabs" role="tablist">
              {technicianPanels.filter((panel) => panel.shownWhen?.(context.state) ?? true).map((panel) => (
                <button key={panel.id} type="button" role="tab" aria-selected={panel.id === tab} data-testid={`technician-tab-${panel.id}`} onClick={() => setTab(panel.id)}>
                  <Both word={panel.title} />
                </button>
              ))}
            </nav>
            <main className="content technician-panel" role="tabpanel">
              {Panel && <Panel />}
            </main>
            <KeyboardDock />
          </KeyboardProvider>
        </Technician.Provider>
      )}
    </div>
  );
}
