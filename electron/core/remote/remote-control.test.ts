import { describe, expect, it } from 'vitest';
import type { KioskStatus } from '../../api/values.js';
import { kioskCore } from '../../../tests/support/kiosk-core.js';
import { RemoteConfigRecord } from './remote-config-record.js';
import { startRemoteControl } from './remote-control.js';

const callId = '019ae0f0-0000-7000-8000-000000000001';
const answered = { platformTime: new Date().toISOString(), config: { heartbeatIntervalSeconds: 60, retentionDays: 30 }, commands: [], helpComing: { callId, by: 'A017', at: new Date().toISOString() } };

/** The remote side of a kiosk with no config, recording what the screen was told of help coming. */
function remote() {
  const told: KioskStatus['helpComing'][] = [];
  const popular: (readonly string[])[] = [];
  const control = startRemoteControl({
    runner: { receive: async () => undefined },
    configRecord: new RemoteConfigRecord(kioskCore().db),
    applyConfig: () => undefined,
    popularHeard: (codes) => popular.push(codes),
    helpComingChanged: (coming) => told.push(coming),
    beatNow: () => undefined,
  });
  return { control, told, popular };
}

describe('the answer to a help call on the kiosk', () => {
  it('tells the screen who is coming to the call made here', () => {
    const { control, told } = remote();
    control.helpCalled(callId);
    control.heard(answered);
    expect(told).toEqual([{ by: 'A017', at: answered.helpComing.at }]);
    control.stop();
  });

  it('forgets who was coming once the citizen withdraws the call, and shows no later answer to it', () => {
    const { control, told } = remote();
    control.helpCalled(callId);
    control.heard(answered);
    control.helpCancelled(callId);
    control.heard(answered);
    expect(told).toEqual([{ by: 'A017', at: answered.helpComing.at }, null]);
    control.stop();
  });
});

describe('the region’s 热门事项 on the kiosk', () => {
  it('takes the list a reply brings, and keeps the last one when a reply (an older platform) brings none', () => {
    const { control, popular } = remote();
    control.heard({ ...answered, popularItems: ['WH-RS-001', 'WH-MZ-003'] });
    control.heard(answered);
    expect(popular).toEqual([['WH-RS-001', 'WH-MZ-003']]);
    control.stop();
  });
});
