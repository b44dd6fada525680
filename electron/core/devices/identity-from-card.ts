import type { IdCardRead } from '../../../drivers/idcard/reader.js';
import { CardWaitTimeoutError, IdCardError } from '../../../drivers/idcard/status.js';
import { KioskError } from '../../api/kiosk-error.js';
import type { Identity } from '../session/session.js';
import { cardErrors } from './card-errors.js';

/** What a card says about its holder, as the session keeps it. */
export function identityFromCard(card: IdCardRead): Identity {
  if (card.cardType === 'unknown') throw cardErrors.unsupportedCard();
  return { cardType: card.cardType, name: card.name, idNumber: card.idNumber, source: 'card', photoWlt: card.photoWlt };
}

/** Driver failures in words a citizen can act on: a closed port or a silent reader is the reader away. */
export function cardErrorForCitizen(error: unknown): KioskError {
  if (error instanceof KioskError) return error;
  if (error instanceof CardWaitTimeoutError) return cardErrors.noCard();
  if (error instanceof IdCardError) return cardErrors.misread();
  return cardErrors.readerAway();
}
