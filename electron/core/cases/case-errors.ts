import { refusal, type KioskError } from '../../api/kiosk-error.js';

/**
 * What a citizen hears when a case cannot be shown, printed or saved, in both languages. Another
 * person's case and one this terminal never held read alike: a case number is no secret.
 */
export const caseErrors = {
  notFound: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '没有找到这个办件', en: 'No case with this number was found' },
      {
        zh: '请核对回执上的办件编号；刚在其他终端提交的办件可能需要稍后才能查到',
        en: 'Check the number on the receipt; a case just submitted at another terminal may take a while to appear',
      },
    ),
  notYours: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '只能打印本人在本终端办理的申请表', en: 'Only your own forms from this terminal can be printed' },
      { zh: '请核对办件编号，或到服务台办理', en: 'Check the case number, or ask at the service desk' },
    ),
  answersCleared: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '该办件的填报内容已按规定从本终端清除', en: 'What was entered for this case has been cleared from this terminal, as the rules require' },
      { zh: '可到服务台查询', en: 'Ask at the service desk' },
    ),
  notPrintedHere: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '本终端没有这个办件的回执', en: 'This terminal has no receipt for this case' },
      {
        zh: '回执只能在受理该办件的终端补打；也可凭办件编号到服务台领取',
        en: 'A receipt can be reprinted only at the terminal that accepted the case; or ask at the service desk with the case number',
      },
    ),
  noReceiptUnderWay: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '没有正在打印回执的这个办件', en: 'No receipt is being printed for this case' },
      { zh: '可在“查询打印”中查看进度或补打回执', en: 'See its progress or reprint its receipt under "Track & print"' },
    ),
  /** The store refused the write; the error's class (never its message, which may hold answers) helps a technician. */
  notSaved: (error: unknown): KioskError => {
    const kind = error instanceof Error ? error.name : 'error';
    return refusal(
      'STORE_FAILURE',
      { zh: '办件未能保存，请重试', en: 'The application could not be saved; please try again' },
      { zh: `若再次失败请联系工作人员 (${kind})`, en: `If it fails again, please ask the staff (${kind})` },
    );
  },
};
