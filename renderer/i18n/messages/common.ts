/** Words every screen shares: navigation, the banner, the idle question, errors' buttons. */
export const common = {
  zh: {
    goHome: '返回首页',
    back: '上一步',
    retry: '重试',
    offline: '网络中断：您仍可办理，材料将在网络恢复后自动上传',
    idleTitle: '您还在办理吗？',
    idleCountdown: '<n>{{seconds}}</n> 秒后将清除您的信息并返回首页',
    idleContinue: '继续办理',
    unreachableTitle: '终端服务暂时不可用',
    unreachableLead: '请稍后再试或联系工作人员',
    language: 'English',
  },
  en: {
    goHome: 'Home',
    back: 'Back',
    retry: 'Try again',
    offline: 'No network: you can still apply; your application is sent when the network is back',
    idleTitle: 'Are you still there?',
    idleCountdown: 'In <n>{{seconds}}</n> seconds your information is cleared and the screen returns home',
    idleContinue: 'Continue',
    unreachableTitle: 'The terminal service is unavailable',
    unreachableLead: 'Please try again later or ask the staff',
    language: '中文',
  },
} as const;
