import { useTranslation } from 'react-i18next';
import type { TechnicianState } from '../../../api.js';
import { Both } from '../Both.js';
import { Fact } from '../Fact.js';
import { useTechnician } from '../technician-context.js';

/** Why the terminal is out of service, in a technician's words; the devices named in Chinese. */
function Reason({ service }: { service: TechnicianState['service'] }) {
  const { i18n } = useTranslation();
  if (service.state !== 'outOfService') return null;
  const devices = (service.devices ?? []).map((device) => i18n.getFixedT('zh', 'technician')(`device_${device}`)).join('、');
  return (
    <Fact label="reasonLabel" testId="technician-reason">
      <Both word={service.reason} values={{ devices }} />
    </Fact>
  );
}

/** 状态: the lifecycle state and its reason, and which terminal this is. No citizen's data. */
export function StatePanel() {
  const { state } = useTechnician();
  const { terminal } = state;
  return (
    <dl className="technician-facts" data-testid="technician-state">
      <Fact label="stateLabel" testId="technician-service-state" state={state.service.state}>
        <Both word={state.service.state} />
      </Fact>
      <Reason service={state.service} />
      <Fact label="terminalLabel">
        {terminal.terminalName} ({terminal.terminalCode})
      </Fact>
      <Fact label="hallLabel">{terminal.hallName}</Fact>
      <Fact label="regionLabel">{terminal.regionCode}</Fact>
    </dl>
  );
}
