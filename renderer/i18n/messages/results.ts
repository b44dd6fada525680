/** 证明打印: documents a department issues at once, printed on A4 for the card-identified citizen. */
export const results = {
  zh: {
    title: '证明打印',
    lead: '请选择要打印的证明。打印件带“自助终端打印”水印和防伪二维码，办事单位扫码即可核验真伪。',
    offline: '需要联网才能打印此证明。本终端现在连不上政务服务平台，请稍后再试，或到服务窗口办理。',
    loading: '正在读取可打印的证明……',
    printNow: '当场打印',
    fetching: '正在向主管部门调取，请稍候……',
  },
  en: {
    title: 'Print certificates',
    lead: 'Choose the document to print. It carries a "printed at a self-service terminal" watermark and a QR code that anyone receiving it can scan to check it is genuine.',
    offline: 'This document needs the network to print. The terminal cannot reach the government service platform now; try again later, or ask at a service window.',
    loading: 'Loading the documents you can print…',
    printNow: 'Printed at once',
    fetching: 'Fetching it from the department, please wait…',
  },
} as const;
