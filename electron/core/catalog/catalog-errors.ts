import { refusal, type KioskError } from '../../api/kiosk-error.js';

/** What a citizen hears when the catalog cannot offer what was chosen. */
export const catalogErrors = {
  unknownItem: (): KioskError =>
    refusal(
      'UNKNOWN_ITEM',
      { zh: '该事项暂不能在本机办理', en: 'This service cannot be applied for at this terminal' },
      { zh: '请返回重新选择事项', en: 'Please go back and choose another' },
    ),
  /** A 一件事 whose items define one field two ways: the catalog is at fault, not the citizen. */
  conflictingField: (key: string): KioskError =>
    refusal(
      'INTERNAL',
      { zh: `一件事中的“${key}”在各事项中定义不一致`, en: `The services of this life event define "${key}" differently` },
      { zh: '请联系工作人员', en: 'Please ask the staff' },
    ),
};
