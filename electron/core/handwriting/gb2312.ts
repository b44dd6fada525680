import iconv from 'iconv-lite';

/** GB2312's two levels of Chinese characters: rows 0xB0–0xD7 (3755, by reading) and 0xD8–0xF7 (3008, by radical). */
const levelRows = { 1: [0xb0, 0xd7], 2: [0xd8, 0xf7] } as const;
export type Gb2312Level = keyof typeof levelRows;

const han = /^\p{Script=Han}$/u;

/** The characters of one level, in GB2312's order (decoded from their code ranges). */
export function gb2312Characters(level: Gb2312Level): string[] {
  const [firstRow, lastRow] = levelRows[level];
  const characters: string[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const character = iconv.decode(Buffer.from([row, cell]), 'gb2312');
      if (han.test(character)) characters.push(character);
    }
  }
  return characters;
}

/** The level a character is in, or undefined when GB2312 lacks it (a GBK-only character, say). */
export function gb2312Level(character: string): Gb2312Level | undefined {
  const bytes = iconv.encode(character, 'gb2312');
  const [row = 0, cell = 0] = bytes;
  // iconv-lite's gb2312 is GBK: a cell below 0xA1 (赟 is 0xDA53) is GBK's extension, not GB2312.
  if (bytes.length !== 2 || cell < 0xa1 || iconv.decode(bytes, 'gb2312') !== character) return undefined;
  if (row >= levelRows[1][0] && row <= levelRows[1][1]) return 1;
  if (row >= levelRows[2][0] && row <= levelRows[2][1]) return 2;
  return undefined;
}
