import { refusal, type KioskError } from '../../api/kiosk-error.js';

/** What went wrong with a card read, in words a citizen at the reader can act on. */
export const cardErrors = {
  unsupportedCard: (): KioskError =>
    refusal(
      'CARD_UNREADABLE',
      { zh: '本机暂不支持这种证件', en: 'This terminal cannot read this kind of card' },
      { zh: '请使用居民身份证、居住证或永久居留身份证', en: 'Please use a resident ID card, residence permit or permanent residence ID card' },
    ),
  /** No card was placed before the wait ran out. */
  noCard: (): KioskError =>
    refusal(
      'CARD_TIMEOUT',
      { zh: '没有读到身份证', en: 'No ID card was read' },
      { zh: '请把身份证平放在感应区，不要移动，然后点“重试”', en: 'Lay the card flat on the reader, keep it still, then tap "Try again"' },
    ),
  /** The reader is unplugged or does not answer. */
  readerAway: (): KioskError =>
    refusal(
      'READER_UNAVAILABLE',
      { zh: '读卡器暂时无法使用', en: 'The card reader is not working just now' },
      { zh: '请联系工作人员，或改用其他方式办理', en: 'Please ask the staff, or use another way' },
    ),
  misread: (): KioskError =>
    refusal(
      'CARD_UNREADABLE',
      { zh: '身份证读取失败', en: 'The ID card could not be read' },
      { zh: '请拿起身份证重新放好后点“重试”', en: 'Lift the card, place it again, then tap "Try again"' },
    ),
};
