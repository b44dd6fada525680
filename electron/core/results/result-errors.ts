import { refusal, type KioskError } from '../../api/kiosk-error.js';

/** Why a 证明 cannot be printed on the spot now, and what the citizen can do. */
export const resultErrors = {
  needsNetwork: (): KioskError =>
    refusal(
      'NEEDS_NETWORK',
      { zh: '需要联网才能打印此证明，本终端现在连不上政务服务平台', en: 'This document needs the network to print, and the terminal is offline now' },
      { zh: '请稍后再试，或到服务窗口办理，咨询 12345', en: 'Try again later, or ask at a service window; hotline 12345' },
    ),
  cardNeeded: (): KioskError =>
    refusal(
      'NO_IDENTITY',
      { zh: '打印证明需刷本人身份证', en: 'Printing a document needs your own ID card on the reader' },
      { zh: '请返回首页，把身份证放在感应区后再试', en: 'Go back to the start and place your ID card on the reader' },
    ),
  staleCardRead: (): KioskError =>
    refusal(
      'NO_IDENTITY',
      { zh: '读卡已超过两分钟，为保护您的信息需重新刷身份证', en: 'Your card was read more than two minutes ago; to protect your data, please read it again' },
      { zh: '请返回首页，重新刷身份证', en: 'Go back to the start and place your ID card again' },
    ),
  noRecord: (itemName: string): KioskError =>
    refusal(
      'NO_RECORD',
      { zh: `主管部门没有您的相关记录，无法打印“${itemName}”`, en: `The department holds no record of you for "${itemName}"` },
      { zh: '如有疑问请到服务窗口咨询，或拨打 12345', en: 'Ask at a service window, or call 12345' },
    ),
  notYours: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '只能再次打印本人的证明', en: 'Only your own document can be printed again' },
      { zh: '请刷本人身份证后重新打印', en: 'Place your own ID card and print it anew' },
    ),
  noPrinter: (): KioskError =>
    refusal(
      'PRINTER_UNAVAILABLE',
      { zh: '本终端没有 A4 打印机，不能打印证明', en: 'This terminal has no A4 printer to print documents' },
      { zh: '请到有 A4 打印机的自助终端或服务窗口办理', en: 'Use a terminal with an A4 printer, or a service window' },
    ),
};
