import { refusal, type KioskError } from '../../api/kiosk-error.js';

/** Why the session cannot do what was asked, and how the citizen identifies to go on. */
export const sessionErrors = {
  noIdentity: (): KioskError =>
    refusal(
      'NO_IDENTITY',
      { zh: '请先刷身份证确认身份', en: 'Please place your ID card first' },
      { zh: '返回后将身份证放在感应区', en: 'Go back and put the card on the reader' },
    ),
  typedOpensNothing: (): KioskError =>
    refusal(
      'NO_IDENTITY',
      { zh: '手动输入身份证号时不能查看个人信息', en: 'Personal records cannot be shown for a typed ID number' },
      { zh: '请返回首页，刷身份证或扫鄂汇办码后再试', en: 'Go back to the start and place your ID card, or scan your 鄂汇办 code' },
    ),
  identifiedAnotherWay: (): KioskError =>
    refusal(
      'NO_IDENTITY',
      { zh: '读卡前已用其他方式确认身份，本次读卡未使用', en: 'You were already identified another way; this card read was not used' },
      { zh: '如需改用身份证，请返回首页重新开始', en: 'To use your ID card instead, go back to the start' },
    ),
};
