/** What the kiosk says aloud (speech/), for citizens who cannot read the screen well. */
export const a11y = {
  zh: {
    speakIdentify: '请将身份证放在感应区',
    speakIdle: '您还在办理吗？{{seconds}}秒后将清除您的信息并返回首页。如需继续，请点击屏幕。',
    speakCaseNumber: '申请已受理。您的办件编号是：{{number}}。请保存好回执。',
    speakPause: '，',
  },
  en: {
    speakIdentify: 'Please place your ID card on the reader',
    speakIdle: 'Are you still there? In {{seconds}} seconds your information is cleared and the screen returns home. Touch the screen to continue.',
    speakCaseNumber: 'Your application is accepted. Your case number is: {{number}}. Please keep your receipt.',
    speakPause: ', ',
  },
} as const;
