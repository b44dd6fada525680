import { caseStatusWords } from '../../api.js';

/** Plain words for states the core names in code: a case's status, its upload, its receipt. */
export const labels = {
  zh: {
    accepted_on_terminal: caseStatusWords.accepted_on_terminal.zh,
    received_by_platform: caseStatusWords.received_by_platform.zh,
    uploaded: '已上报至政务服务平台',
    waiting: '网络恢复后将自动上报，无需再次办理',
    uploading: '正在上报至政务服务平台…',
    receiptPrinting: '正在打印回执，请稍候…',
    receiptPrinted: '回执已打印，请从出纸口取走回执',
    receiptFailed: '回执未能打印（{{problem}}）。您可在“查询打印”中补打，或到服务台领取',
    receiptFailedUnknown: '回执未能打印。您可在“查询打印”中补打，或到服务台领取',
    paperOut: '打印机缺纸',
    coverOpen: '打印机纸仓未关好',
    unavailable: '打印机暂时无法使用',
    interrupted: '打印中断，回执可能不完整',
    fault: '打印机故障',
  },
  en: {
    accepted_on_terminal: caseStatusWords.accepted_on_terminal.en,
    received_by_platform: caseStatusWords.received_by_platform.en,
    uploaded: 'Sent to the government service platform',
    waiting: 'It is sent automatically when the network is back; you need not apply again',
    uploading: 'Sending to the government service platform…',
    receiptPrinting: 'Printing your receipt, one moment…',
    receiptPrinted: 'Your receipt is printed; please take it from the slot',
    receiptFailed: 'The receipt could not be printed ({{problem}}). Reprint it under "Track & print", or ask at the service desk',
    receiptFailedUnknown: 'The receipt could not be printed. Reprint it under "Track & print", or ask at the service desk',
    paperOut: 'the printer is out of paper',
    coverOpen: 'the printer cover is open',
    unavailable: 'the printer is not working just now',
    interrupted: 'printing stopped part way; the receipt may be incomplete',
    fault: 'printer fault',
  },
} as const;
