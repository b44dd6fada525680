export const guide = {
  zh: {
    loading: '正在打开办事指南……',
    printReceipt: '打印小票',
    printA4: '保存为 A4 文件',
    printing: '正在打印……',
    printed: '办事指南已打印，请从出纸口取走',
    notPrinted: '未能打印（{{problem}}），请用手机拍下本页或到服务台索取',
    saved: 'A4 办事指南已生成，可到服务台打印',
    back: '看其他事项',
    applyHere: '在本机办理',
  },
  en: {
    loading: 'Opening the guide…',
    printReceipt: 'Print a slip',
    printA4: 'Save as an A4 document',
    printing: 'Printing…',
    printed: 'The guide is printed; please take it from the slot',
    notPrinted: 'Could not print ({{problem}}); take a photo of this page or ask at the service desk',
    saved: 'The A4 guide is ready; the service desk can print it for you',
    back: 'Other services',
    applyHere: 'Apply at this kiosk',
  },
} as const;
