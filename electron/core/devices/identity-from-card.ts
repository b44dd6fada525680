import type { IdCardRead } from '../../../drivers/idcard/reader.js';
import { CardWaitTimeoutError, IdCardError } from '../../../drivers/idcard/status.js';
import { KioskError } from '../../api/errors.js';
import type { Identity } from '../session/session.js';

/** What a card says about its holder, as the session keeps it. */
export function identityFromCard(card: IdCardRead): Identity {
  if (card.cardType === 'unknown') {
    throw new KioskError({
      code: 'CARD_UNREADABLE',
      message: '本机暂不支持这种证件',
      hint: '请使用居民身份证、居住证或永久居留身份证',
      en: { message: 'This terminal cannot read this kind of card', hint: 'Please use a resident ID card, residence permit or permanent residence ID card' },
    });
  }
  return { cardType: card.cardType, name: card.name, idNumber: card.idNumber, source: 'card' };
}

/** No card was placed before the wait ran out. */
export function noCard(): KioskError {
  return new KioskError({
    code: 'CARD_TIMEOUT',
    message: '没有读到身份证',
    hint: '请把身份证平放在感应区，不要移动，然后点“重试”',
    en: { message: 'No ID card was read', hint: 'Lay the card flat on the reader, keep it still, then tap "Try again"' },
  });
}

/** The reader is unplugged or does not answer. */
export function readerAway(): KioskError {
  return new KioskError({
    code: 'READER_UNAVAILABLE',
    message: '读卡器暂时无法使用',
    hint: '请联系工作人员，或改用其他方式办理',
    en: { message: 'The card reader is not working just now', hint: 'Please ask the staff, or use another way' },
  });
}

/** Driver failures in words a citizen can act on: a closed port or a silent reader is the reader away. */
export function cardErrorForCitizen(error: unknown): KioskError {
  if (error instanceof KioskError) return error;
  if (error instanceof CardWaitTimeoutError) return noCard();
  if (error instanceof IdCardError) {
    return new KioskError({
      code: 'CARD_UNREADABLE',
      message: '身份证读取失败',
      hint: '请拿起身份证重新放好后点“重试”',
      en: { message: 'The ID card could not be read', hint: 'Lift the card, place it again, then tap "Try again"' },
    });
  }
  return readerAway();
}
