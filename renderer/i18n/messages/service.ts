/** The screen of a terminal that takes no one (DESIGN.md, terminal lifecycle): shown in both languages at once. */
export const service = {
  zh: {
    title: '本终端暂停服务',
    body: '请到服务窗口办理，或拨打政务服务便民热线咨询。给您带来不便，敬请谅解。',
    reasonLabel: '暂停原因（供技术人员）：',
    noTrustedCatalog: '本终端尚未安装经签名的事项清单',
    coreRestarting: '终端服务反复退出，正在自动重新启动',
  },
  en: {
    title: 'This terminal is out of service',
    body: 'Please go to a service counter, or ring the government service hotline. We are sorry for the trouble.',
    reasonLabel: 'Reason (for technicians): ',
    noTrustedCatalog: 'no signed item catalog is installed on this terminal',
    coreRestarting: 'the terminal service keeps exiting and is being restarted automatically; see the system log',
  },
} as const;
