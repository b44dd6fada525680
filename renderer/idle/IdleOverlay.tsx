import type { IdleState } from './use-idle.js';

/**
 * The question a shared screen must ask before it forgets someone: large, announced to screen
 * readers, one obvious answer. A touch anywhere also counts as "still here".
 */
export function IdleOverlay({ state }: { state: IdleState }) {
  if (state.phase !== 'asking') return null;
  return (
    <div className="idle-overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" data-testid="idle-overlay">
      <div className="idle-box">
        <h2 id="idle-title">您还在办理吗？</h2>
        <p aria-live="assertive">
          <span className="idle-seconds" data-testid="idle-seconds">{state.secondsLeft}</span> 秒后将清除您的信息并返回首页
        </p>
        <button type="button" className="primary" data-testid="idle-continue">
          继续办理
        </button>
      </div>
    </div>
  );
}
