/** A kiosk.status as the core sends it: an enrolled terminal in service, nobody at the screen. */
export const sampleKioskStatus = {
  terminalName: '1号机',
  hallName: '江岸区政务服务中心',
  online: true,
  waitingUploads: 0,
  sync: { oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0, stuck: 0, clockSkewMs: null },
  demo: false,
  service: { state: 'inService' as const },
  serviceHours: null,
  idleSeconds: 60,
  appCodeSignIn: true,
  citizenPresent: false,
  screen: { announcements: [], speech: true, volume: 100, elderModeByDefault: false },
  helpComing: null,
};
