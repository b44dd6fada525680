import { useEffect, useState, type Dispatch } from 'react';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';

/** The card read starts when the screen opens; 重试 starts a new one. */
export function Identify({ dispatch }: { dispatch: Dispatch<Action> }) {
  const [attempt, setAttempt] = useState(0);
  const read = useRequest('identity.read', { timeoutMs: 30_000 }, attempt);
  useEffect(() => {
    if (read.state === 'ready') dispatch({ type: 'identified', identity: read.value });
  }, [read, dispatch]);

  return (
    <section className="screen identify">
      <h1>请将身份证放在感应区</h1>
      {/* The card stops on the reader once the read failed: motion would say "still reading". */}
      <div className={read.state === 'failed' ? 'reader-scene reader-stopped' : 'reader-scene'} aria-hidden="true">
        <div className="reader-card">
          <span className="reader-card-chip" />
        </div>
        <div className="reader-pad">感应区</div>
      </div>
      <div data-testid="identify-status" className="identify-status" aria-live="polite">
        {read.state === 'failed' ? (
          <ErrorPanel error={read.error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <p className="waiting">正在读取，请放好身份证不要移动……</p>
        )}
      </div>
    </section>
  );
}
