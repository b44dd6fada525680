import { useTranslation } from 'react-i18next';
import type { TechnicianState } from '../../../api.js';
import { Both } from '../Both.js';
import { useTechnician } from '../technician-context.js';

/** Why the terminal is out of service, in a technician's words; the devices named in both languages. */
function Reason({ service }: { service: TechnicianState['service'] }) {
  const { i18n } = useTranslation();
  if (service.state !== 'outOfService') return null;
  const devices = (service.devices ?? []).map((device) => i18n.getFixedT('zh', 'technician')(`device_${device}`)).join('、');
  return (
    <div className="technician-fact" data-testid="technician-reason">
      <dt>
        <Both word="reasonLabel" />
      </dt>
      <dd>
        <Both word={service.reason} values={{ devices }} />
      </dd>
    </div>
  );
}

/** 状态: the lifecycle state and its reason, and which terminal this is. No citizen's data. */
export function StatePanel() {
  const { state } = useTechnician();
  const { terminal } = state;
  return (
    <dl className="technician-facts" data-testid="technician-state">
      <div className="technician-fact">
        <dt>
          <Both word="stateLabel" />
        </dt>
        <dd data-testid="technician-service-state" data-state={state.service.state}>
          <Both word={state.service.state} />
        </dd>
      </div>
      <Reason service={state.service} />
      <div className="technician-fact">
        <dt>
          <Both word="terminalLabel" />
        </dt>
        <dd>
          {terminal.terminalName} ({terminal.terminalCode})
        </dd>
      </div>
      <div className="technician-fact">
        <dt>
          <Both word="hallLabel" />
        </dt>
        <dd>{terminal.hallName}</dd>
      </div>
      <div className="technician-fact">
        <dt>
          <Both word="regionLabel" />
        </dt>
        <dd>{terminal.regionCode}</dd>
      </div>
    </dl>
  );
}
