import { useAction } from '../../../transport/use-action.js';
import { Both } from '../Both.js';
import { Failure } from '../Fact.js';
import { useTechnician } from '../technician-context.js';

/** 重启: the core starts again (the window stays); technician mode ends with it, as the session lives in the core. */
export function RestartPanel() {
  const { call } = useTechnician();
  const [outcome, restart] = useAction(() => call('technician.restart', {}));
  return (
    <div className="technician-panel-body">
      <button type="button" className="technician-action" data-testid="restart" disabled={outcome.state !== 'idle' && outcome.state !== 'failed'} onClick={() => restart()}>
        <Both word="restart" />
      </button>
      {outcome.state === 'done' && (
        <p className="technician-now" role="status" data-testid="restart-state">
          <Both word="restarting" />
        </p>
      )}
      {outcome.state === 'failed' && <Failure error={outcome.error} />}
    </div>
  );
}
