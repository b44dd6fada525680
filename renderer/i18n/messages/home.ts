export const home = {
  zh: {
    title: '政务服务自助终端',
    subtitle: '24小时为您服务，请点击您要办的事',
    demo: '（演示）',
    apply: '我要办',
    applyNote: '刷身份证，申请办理事项',
    query: '查询办件',
    queryNote: '输入办件编号，查看办理进度',
    elderlyOn: '长者模式已开启：字更大，时间更宽裕（点此关闭）',
    elderlyOff: '长者模式：字更大，时间更宽裕',
  },
  en: {
    title: 'Government Self-Service Terminal',
    subtitle: 'Open 24 hours. Tap what you need to do',
    demo: ' (demo)',
    apply: 'Apply',
    applyNote: 'Tap your ID card and apply for a service',
    query: 'Track an application',
    queryNote: 'Enter a case number to see its progress',
    elderlyOn: 'Large mode is on: bigger text, more time (tap to turn off)',
    elderlyOff: 'Large mode: bigger text, more time',
  },
} as const;
