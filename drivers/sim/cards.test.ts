import { describe, expect, it } from 'vitest';
import { checkIdNumber } from '../../standards/id-number.js';
import { decodeText, encodeText } from '../idcard/text.js';
import { CHEN_XIAOXIN, DEMO_CARDS, LAI_KAYAN } from './cards.js';

describe('demo cards', () => {
  it.each(DEMO_CARDS.map((card) => [card.text.cardType, card] as const))('%s card survives the wire unchanged', (_, card) => {
    expect(decodeText(encodeText(card.text))).toEqual({ text: card.text, warnings: [] });
    expect(card.photoWlt).toHaveLength(1024);
  });

  it('every ID number has a correct check digit', () => {
    for (const { text } of DEMO_CARDS) {
      // The 2017 foreigner's permit number is not a GB 11643 number.
      if (text.cardType === 'foreigner' && text.edition === '2017') expect(text.idNumber).toMatch(/^[A-Z]{3}\d{12}$/);
      else if (text.cardType !== 'unknown') expect(checkIdNumber(text.idNumber)).toBe(true);
    }
  });

  it('has the cards other parts of tongban expect', () => {
    expect(CHEN_XIAOXIN.text).toMatchObject({ name: '陈晓欣', sex: '女', ethnicity: '汉族' });
    // GB 11643: the 17th digit is even for a woman, so the number agrees with the card's sex.
    expect(CHEN_XIAOXIN.text.cardType === 'resident' && CHEN_XIAOXIN.text.idNumber).toMatch(/^4201\d{12}[02468][0-9X]$/);
    expect(LAI_KAYAN.text.cardType === 'hkmotw' && LAI_KAYAN.text.idNumber).toMatch(/^810000/);
  });
});
