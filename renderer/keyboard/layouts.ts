/**
 * Which keys a field gets. Chosen from the field's kind and, until the catalog says more, its
 * key: a key ending in phone/mobile gets the phone pad, one ending in idNumber the ID pad.
 */
export type KeyboardLayout =
  | 'pinyin' // Chinese by pinyin, with ABC and 123 a tap away: names, addresses
  | 'code' // digits and capital letters: case numbers
  | 'id' // digits and X: 身份证号码 (GB 11643's check character may be X)
  | 'phone' // digits
  | 'number' // digits
  | 'date' // digits and "-"
  | 'path'; // lower-case letters, digits and / - _ . : a folder such as /media/usb, a platform's address

type FieldLike = { key: string; kind: string };

export function layoutForField(field: FieldLike): KeyboardLayout {
  if (field.kind === 'idNumber' || /idNumber$/i.test(field.key)) return 'id';
  if (field.kind === 'phone' || /(phone|mobile)$/i.test(field.key)) return 'phone';
  if (field.kind === 'number') return 'number';
  if (field.kind === 'date') return 'date';
  return 'pinyin';
}

/** The most a layout may type: an ID number has 18 characters, a mobile number 11. */
export function maxLengthOf(layout: KeyboardLayout): number {
  switch (layout) {
    case 'id':
      return 18;
    case 'phone':
      return 11;
    case 'date':
      return 10;
    default:
      return 100;
  }
}
