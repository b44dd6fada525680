import { refusal, type KioskError } from '../../api/kiosk-error.js';

/** Why a review was not taken, and what the citizen can do instead. */
export const feedbackErrors = {
  notCaseHere: (): KioskError =>
    refusal(
      'CASE_NOT_FOUND',
      { zh: '本终端没有这个办件', en: 'This terminal has no such case' },
      { zh: '只能评价在本终端办理的办件；请核对办件编号', en: 'Only cases from this terminal can be rated; check the case number' },
    ),
  alreadyReviewed: (): KioskError =>
    refusal(
      'ALREADY_REVIEWED',
      { zh: '该办件已经评价过了，每个办件只能评价一次', en: 'This case has already been rated; each case is rated once' },
      { zh: '感谢您的评价；如有其他意见，请呼叫工作人员', en: 'Thank you; for anything else, please call the staff' },
    ),
  noSuchCall: (): KioskError =>
    refusal(
      'BAD_REQUEST',
      { zh: '本终端没有这次呼叫', en: 'This terminal has no such help call' },
      { zh: '如仍需帮助，请重新呼叫或拨打 12345', en: 'If you still need help, call again or ring 12345' },
    ),
};
