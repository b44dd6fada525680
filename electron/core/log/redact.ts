/**
 * Personal data out of a line of text before a technician reads, exports or logs it: ID numbers
 * (GB 11643's 18 characters and the old 15 digits), mobile and landline numbers, and the value of
 * any field whose name says it holds a person (a card read's name, an address, a number). A log
 * line is written by code that should never have put these there; this is the net below it.
 */

/** Not inside a longer run of digits or letters: a case number's 13 digits are not a person. */
const alone = (pattern: string) => `(?<![0-9A-Za-z])${pattern}(?![0-9A-Za-z])`;

const idNumber = new RegExp(alone('(?:\\d{17}[\\dXx]|\\d{15})'), 'g');
/** 138 0013 8000, 138-0013-8000, +86 13800138000. */
const mobile = new RegExp(alone('(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}'), 'g');
/** 027-8765 4321, (027) 87654321, 02787654321. */
const landline = new RegExp(alone('(?:\\(0\\d{2,3}\\)|0\\d{2,3})[ -]?\\d{3,4}[ -]?\\d{4}'), 'g');

/** Field names, in code and on forms, whose value is a person's. */
const personalKeys = [
  'name',
  'fullName',
  'applicantName',
  'partyName',
  'holderName',
  'chineseName',
  'englishName',
  'address',
  'idNumber',
  'phone',
  'mobile',
  '姓名',
  '申请人',
  '住址',
  '地址',
  '身份证号',
  '身份证号码',
  '联系电话',
  '手机',
];
// "name": "陈晓欣", name=陈晓欣, 姓名：陈晓欣, 'name': 'ZHANG, SAN' — the value quoted or up to the next delimiter.
const personalField = new RegExp(
  `((?<![\\w])["']?(?:${personalKeys.join('|')})["']?\\s*[:=：]\\s*)(?:"[^"]*"|'[^']*'|[^,，;；\\s}\\])]+)`,
  'gi',
);

export function redact(line: string): string {
  return line
    .replace(personalField, '$1[已删除/redacted]')
    .replace(idNumber, '[身份证号/id-number]')
    .replace(mobile, '[电话/phone]')
    .replace(landline, '[电话/phone]');
}
