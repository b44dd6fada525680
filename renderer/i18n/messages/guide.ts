export const guide = {
  zh: {
    loading: '正在打开办事指南……',
    printReceipt: '打印小票',
    printing: '正在打印……',
    printed: '办事指南已打印，请从出纸口取走',
    notPrinted: '未能打印（{{problem}}），请用手机拍下本页或到服务台索取',
    back: '看其他事项',
    applyHere: '在本机办理',
  },
  en: {
    loading: 'Opening the guide…',
    printReceipt: 'Print a slip',
    printing: 'Printing…',
    printed: 'The guide is printed; please take it from the slot',
    notPrinted: 'Could not print ({{problem}}); take a photo of this page or ask at the service desk',
    back: 'Other services',
    applyHere: 'Apply at this kiosk',
  },
} as const;
