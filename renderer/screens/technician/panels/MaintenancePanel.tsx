import { useAction } from '../../../transport/use-action.js';
import { Both } from '../Both.js';
import { Failure } from '../Fact.js';
import { useTechnician } from '../technician-context.js';

/** 维护: citizens see the maintenance screen while it is on, across restarts, until it is turned off. */
export function MaintenancePanel() {
  const { state, setState, call } = useTechnician();
  const [outcome, toggle] = useAction(async () => setState(await call('technician.maintenance', { on: !state.maintenance })));
  return (
    <div className="technician-panel-body">
      <p className="technician-now" data-testid="maintenance-state">
        <Both word={state.maintenance ? 'maintenanceIsOn' : 'maintenanceIsOff'} />
      </p>
      <button type="button" className="technician-action" data-testid="maintenance-toggle" disabled={outcome.state === 'busy'} onClick={() => toggle()}>
        <Both word={state.maintenance ? 'maintenanceOff' : 'maintenanceOn'} />
      </button>
      {outcome.state === 'failed' && <Failure error={outcome.error} />}
    </div>
  );
}
