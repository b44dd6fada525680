export const done = {
  zh: {
    title: '申请已受理',
    caseLabel: '办件编号（请记下或保存回执）',
    acceptedAt: '受理时间：{{time}}',
    bundleCases: '本次共受理 {{count}} 件，各有办件编号：',
    qrNote: '没有回执时，可用手机拍下此二维码保存办件编号',
    queryCase: '查询此件',
    rateCase: '评价本次服务',
    finish: '完成',
  },
  en: {
    title: 'Application accepted',
    caseLabel: 'Case number (note it down or keep the receipt)',
    acceptedAt: 'Accepted at {{time}}',
    bundleCases_one: '{{count}} case was accepted, with its own number:',
    bundleCases_other: '{{count}} cases were accepted, each with its own number:',
    qrNote: 'No receipt? Take a photo of this QR code to keep the case number',
    queryCase: 'Track this case',
    rateCase: 'Rate this service',
    finish: 'Finish',
  },
} as const;
