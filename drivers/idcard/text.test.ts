import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter } from '../../standards/id-number.js';
import { ETHNICITY } from './codes.js';
import { CardTextError, decodeText, encodeText } from './text.js';

/** One fixed-width field as the card stores it: UCS-2 LE, space padded. */
function field(value: string, bytes: number): Buffer {
  return Buffer.from(value.padEnd(bytes / 2, ' '), 'utf16le');
}

function block(...fields: [string, number][]): Buffer {
  const built = Buffer.concat(fields.map(([value, bytes]) => field(value, bytes)));
  expect(built.length).toBe(256);
  return built;
}

const residentHead: [string, number][] = [
  ['陈晓欣', 30], ['2', 2], ['01', 4], ['19900312', 16], ['湖北省武汉市江汉区建设大道568号', 70],
  ['420103199003120010', 36], ['武汉市公安局江汉分局', 30], ['20150312', 16],
];

describe('decodeText', () => {
  it('reads a resident card', () => {
    const raw = block(...residentHead, ['20350312', 16], ['', 36]);
    const { text, warnings } = decodeText(raw);
    expect(text).toEqual({
      cardType: 'resident', name: '陈晓欣', sexCode: '2', sex: '女', ethnicityCode: '01', ethnicity: '汉族',
      birthDate: '1990-03-12', address: '湖北省武汉市江汉区建设大道568号', idNumber: '420103199003120010',
      issuer: '武汉市公安局江汉分局', validFrom: '2015-03-12', validUntil: '2035-03-12',
    });
    expect(warnings).toEqual([]);
    expect(encodeText(text)).toEqual(raw);
  });

  it('reads 长期 as no end date', () => {
    const { text } = decodeText(block(...residentHead, ['长期', 16], ['', 36]));
    expect(text.cardType === 'resident' && text.validUntil).toBeNull();
  });

  it('warns, without the number, when the check digit is wrong', () => {
    const head = residentHead.map(([value, bytes]): [string, number] => [value === '420103199003120010' ? '420103199003120011' : value, bytes]);
    const { text, warnings } = decodeText(block(...head, ['20350312', 16], ['', 36]));
    expect(text.cardType).toBe('resident');
    expect(warnings).toEqual([
      '身份号码校验位不符，证件可能损坏或伪造 / ID number check digit does not match: card may be damaged or forged',
    ]);
  });

  it('warns on unknown codes and impossible dates, and keeps what the card says', () => {
    const head: [string, number][] = [['王五', 30], ['7', 2], ['66', 4], ['19900231', 16], ...residentHead.slice(4)];
    const { text, warnings } = decodeText(block(...head, ['20350312', 16], ['', 36]));
    expect(text).toMatchObject({ sex: '7', ethnicity: '66', birthDate: '19900231' });
    expect(warnings).toEqual([
      '未知性别代码 / unknown sex code "7" (GB/T 2261.1)',
      '未知民族代码 / unknown ethnicity code "66" (GB/T 3304)',
      '出生日期无效 / invalid birth date "19900231"',
    ]);
  });

  it('reads a Hong Kong, Macao and Taiwan residence permit', () => {
    const raw = block(
      ['黎嘉欣', 30], ['2', 2], ['', 4], ['19920415', 16], ['湖北省武汉市武昌区中北路108号', 70],
      ['810000199204150281', 36], ['武汉市公安局武昌分局', 30], ['20210901', 16], ['20260901', 16],
      ['H12345678', 18], ['01', 4], ['', 6], ['J', 2], ['', 6],
    );
    const { text, warnings } = decodeText(raw);
    expect(text).toEqual({
      cardType: 'hkmotw', name: '黎嘉欣', sexCode: '2', sex: '女', birthDate: '1992-04-15',
      address: '湖北省武汉市武昌区中北路108号', idNumber: '810000199204150281', issuer: '武汉市公安局武昌分局',
      validFrom: '2021-09-01', validUntil: '2026-09-01', passNumber: 'H12345678', issueCount: '01',
    });
    expect(warnings).toEqual([]);
    expect(encodeText(text)).toEqual(raw);
  });

  it('reads a 2017 foreigner permanent residence card', () => {
    const raw = block(
      ['ZHANG, WEI JOHN', 120], ['1', 2], ['USA110078061503', 30], ['USA', 6], ['张伟', 30],
      ['20170601', 16], ['20270601', 16], ['19780615', 16], ['02', 4], ['1100', 8], ['I', 2], ['', 6],
    );
    const { text, warnings } = decodeText(raw);
    expect(text).toEqual({
      cardType: 'foreigner', edition: '2017', name: '张伟', chineseName: '张伟', englishName: 'ZHANG, WEI JOHN',
      sexCode: '1', sex: '男', nationality: 'USA', idNumber: 'USA110078061503', birthDate: '1978-06-15',
      validFrom: '2017-06-01', validUntil: '2027-06-01', cardVersion: '02', issuerCode: '1100', renewalCount: null,
    });
    expect(warnings).toEqual([]);
    expect(encodeText(text)).toEqual(raw);
  });

  it('reads a 2023 foreigner card, joining the English name across its two fields', () => {
    const longName = 'WOLFESCHLEGELSTEINHAUSENBERGER, HUBERT BLAINE';
    const raw = block(
      ['', 30], ['1', 2], ['01', 4], ['19700101', 16], [longName.slice(0, 35), 70], ['942826197001010034', 36],
      ['', 30], ['20240101', 16], ['20340101', 16], [longName.slice(35), 22], ['DEU', 6], ['Y', 2], ['', 6],
    );
    const { text, warnings } = decodeText(raw);
    expect(text).toMatchObject({
      cardType: 'foreigner', edition: '2023', name: longName, chineseName: '', englishName: longName,
      nationality: 'DEU', idNumber: '942826197001010034', renewalCount: '01', cardVersion: null,
    });
    expect(warnings).toEqual([]);
    expect(encodeText(text)).toEqual(raw);
  });

  it('does not guess at an unknown card type', () => {
    const raw = block(...residentHead, ['20350312', 16], ['', 28], ['Q', 2], ['', 6]);
    const { text, warnings } = decodeText(raw);
    expect(text).toEqual({ cardType: 'unknown', marker: 'Q', raw });
    expect(warnings).toEqual(['未知证件类型标识 / unknown card type marker U+0051']);
  });

  it('trims NUL padding as it trims spaces, and keeps a name character beyond the BMP', () => {
    const name = Buffer.from('陈𠮷欣'.padEnd(15, '\0'), 'utf16le');
    const raw = block(...residentHead, ['20350312', 16], ['', 36]);
    name.copy(raw, 0);
    expect(decodeText(raw).text).toMatchObject({ name: '陈𠮷欣', idNumber: '420103199003120010' });
  });

  it.each([
    ['a lone surrogate', '陈\ud842欣'],
    ['a NUL inside the text', '陈\0晓欣'],
    ['a control character', '陈\x1b[2J'],
  ])('refuses a name holding %s as a bad read, naming the field but not the value', (_, name) => {
    const raw = block([name, 30], ...residentHead.slice(1), ['20350312', 16], ['', 36]);
    const error = ((): unknown => {
      try {
        return decodeText(raw);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CardTextError);
    expect(error).toMatchObject({ code: 0x41, field: 'name', zh: '读卡数据有误，请重新放置身份证' });
    expect(String((error as Error).message)).not.toContain('陈');
  });

  it('refuses a control character in any text field, not only the name', () => {
    const head = residentHead.map(([value, bytes]): [string, number] => [value === '武汉市公安局江汉分局' ? '武汉市\x07公安局' : value, bytes]);
    expect(() => decodeText(block(...head, ['20350312', 16], ['', 36]))).toThrow(/card field "issuer"/);
  });

  it('refuses a block of the wrong size', () => {
    expect(() => decodeText(Buffer.alloc(255))).toThrow(/256 bytes, got 255/);
  });
});

describe('checkIdNumber', () => {
  it.each(['420103199003120010', '11010519491231002X', '11010519491231002x', '810000199204150281'])('accepts %s', (id) => {
    expect(checkIdNumber(id)).toBe(true);
  });

  it.each(['420103199003120011', '110105194912310021', '42010319900312001', '4201031990031200100', 'A20103199003120010'])(
    'refuses %s',
    (id) => expect(checkIdNumber(id)).toBe(false),
  );

  it('computes the check character of the standard example', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });
});

describe('code tables', () => {
  it('has the 56 ethnic groups of GB/T 3304 and the two extra codes', () => {
    expect(ETHNICITY.size).toBe(58);
    expect([ETHNICITY.get('01'), ETHNICITY.get('15'), ETHNICITY.get('56'), ETHNICITY.get('98')]).toEqual([
      '汉族', '土家族', '基诺族', '外国血统中国籍人士',
    ]);
  });
});
