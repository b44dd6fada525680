/**
 * A card read as the plain JSON record `tongban device read-id` prints: the field names are a
 * contract scripts depend on (issue 3), so they are spelled here once and not derived from the
 * decoder's internal names.
 */
import type { IdCardRead } from './reader.js';
import { IdCardError } from './status.js';
import type { ForeignerText, HkMoTwText, ResidentText } from './text.js';

interface CommonRecord {
  /** The Chinese name (empty on a foreigner's card that has none; see nameEn). */
  name: string;
  /** GB/T 2261.1 1 and 2; null for 0 (unknown) and 9 (not stated). */
  sex: 'M' | 'F' | null;
  birthDate: string;
  validFrom: string;
  /** null: 长期, no end date. */
  validUntil: string | null;
  photo: { format: 'wlt'; base64: string };
  warnings: string[];
}

export interface ResidentRecord extends CommonRecord {
  type: 'resident';
  /** As printed on the card's face: "回", not "回族". */
  ethnicity: string;
  ethnicityCode: string;
  address: string;
  idNumber: string;
  issuer: string;
}

export interface ForeignerRecord extends CommonRecord {
  type: 'foreign-permanent-resident';
  nameEn: string;
  nationality: string;
  permitNumber: string;
  cardVersion: '2017' | '2023';
  /** 2017 cards only. */
  issuerCode?: string;
}

export interface HkMoTwRecord extends CommonRecord {
  type: 'hk-macao-taiwan-resident';
  address: string;
  idNumber: string;
  issuer: string;
  passNumber: string;
  issueCount: string;
}

export type IdCardRecord = ResidentRecord | ForeignerRecord | HkMoTwRecord;

const SW3_UNKNOWN_CARD_TYPE = 0x40;

export function cardRecord(read: IdCardRead): IdCardRecord {
  switch (read.cardType) {
    case 'resident':
      return residentRecord(read, common(read, read.name));
    case 'foreigner':
      return foreignerRecord(read, common(read, read.chineseName));
    case 'hkmotw':
      return hkMoTwRecord(read, common(read, read.name));
    case 'unknown':
      // The marker is a layout tag, not personal data, so it may be named in the message.
      throw new IdCardError(SW3_UNKNOWN_CARD_TYPE, {
        zh: '无法识别的证件类型',
        en: `card type marker U+${read.marker.charCodeAt(0).toString(16).padStart(4, '0')} is not one this driver knows`,
      });
  }
}

function common(read: IdCardRead & { sexCode: string; birthDate: string; validFrom: string; validUntil: string | null }, name: string): CommonRecord {
  return {
    name,
    sex: read.sexCode === '1' ? 'M' : read.sexCode === '2' ? 'F' : null,
    birthDate: read.birthDate,
    validFrom: read.validFrom,
    validUntil: read.validUntil,
    photo: { format: 'wlt', base64: read.photoWlt.toString('base64') },
    warnings: read.warnings,
  };
}

function residentRecord(text: ResidentText, base: CommonRecord): ResidentRecord {
  return {
    type: 'resident', ...base,
    ethnicity: text.ethnicity.replace(/族$/u, ''), ethnicityCode: text.ethnicityCode,
    address: text.address, idNumber: text.idNumber, issuer: text.issuer,
  };
}

function foreignerRecord(text: ForeignerText, base: CommonRecord): ForeignerRecord {
  return {
    type: 'foreign-permanent-resident', ...base,
    nameEn: text.englishName, nationality: text.nationality, permitNumber: text.idNumber, cardVersion: text.edition,
    ...(text.edition === '2017' ? { issuerCode: text.issuerCode ?? '' } : {}),
  };
}

function hkMoTwRecord(text: HkMoTwText, base: CommonRecord): HkMoTwRecord {
  return {
    type: 'hk-macao-taiwan-resident', ...base,
    address: text.address, idNumber: text.idNumber, issuer: text.issuer,
    passNumber: text.passNumber, issueCount: text.issueCount,
  };
}
