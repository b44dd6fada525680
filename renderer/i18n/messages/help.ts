export const help = {
  zh: {
    title: '呼叫帮办',
    calling: '正在呼叫工作人员……',
    sent: '已通知大厅工作人员，请在此稍候，工作人员马上过来。',
    waiting: '呼叫已记录，网络恢复后立即通知工作人员。您也可以拨打下面的热线。',
    hotlineLabel: '政务服务便民热线',
    hotline: '12345',
    hotlineNote: '24小时接听咨询、求助和投诉',
  },
  en: {
    title: 'Call for help',
    calling: 'Calling the staff…',
    sent: 'The hall staff have been told. Please wait here; someone is coming.',
    waiting: 'Your call is recorded and reaches the staff as soon as the network is back. You can also ring the hotline below.',
    hotlineLabel: 'Government service hotline',
    hotline: '12345',
    hotlineNote: 'Answered 24 hours, for questions, help and complaints',
  },
} as const;
