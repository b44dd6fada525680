/**
 * SW3, the status byte of every SAM reply, with what a technician (or, for card problems, a
 * citizen) can do about it. SW1 SW2 are always 00 00 on the readers we know of.
 */

export const SW3_SUCCESS = 0x90;
export const SW3_CARD_FOUND = 0x9f;
export const SW3_CHECKSUM_ERROR = 0x10;
export const SW3_LENGTH_ERROR = 0x11;
export const SW3_COMMAND_ERROR = 0x21;
export const SW3_UNKNOWN_COMMAND = 0x24;
export const SW3_READ_FAILED = 0x41;
export const SW3_NO_CARD = 0x80;
export const SW3_SELECT_FAILED = 0x81;
export const SW3_NO_CONTENT = 0x91;

const messages: ReadonlyMap<number, readonly [zh: string, en: string]> = new Map([
  // Success codes too: a 9F where a 90 is due (or the reverse) is still worth naming.
  [0x90, ['操作成功', 'success']],
  [0x9f, ['已找到身份证', 'card found']],
  [0x10, ['读卡器收到的数据校验和错误', 'reader received a frame with a bad checksum: check the cable and baud rate']],
  [0x11, ['读卡器收到的数据长度错误', 'reader received a frame with a bad length: check the baud rate']],
  [0x21, ['读卡器命令错误', 'reader rejected the command or its parameter: driver and reader firmware disagree']],
  [0x23, ['越权操作', 'operation not authorised by the SAM: the reader may be locked; contact the vendor']],
  [0x24, ['无法识别的命令', 'reader does not recognise this command: firmware too old or not a SAM reader']],
  [0x31, ['卡认证机具失败', 'card failed to authenticate the SAM: card may be forged or damaged']],
  [0x32, ['机具认证卡失败', 'SAM failed to authenticate the card: card may be forged or damaged']],
  [0x33, ['信息验证错误', 'card data failed verification: card may be forged or damaged']],
  [0x40, ['无法识别的卡类型', 'card type not recognised: not a second-generation ID card']],
  [0x41, ['读卡失败，请重新放置身份证', 'card read failed: ask the citizen to place the card flat and keep it still']],
  [0x47, ['取随机数失败', 'card failed to produce a random number: retry; replace the card if it persists']],
  [0x60, ['SAM模块自检失败', 'SAM self-test failed: reset the reader; replace the SAM module if it persists']],
  [0x66, ['SAM模块未经授权', 'SAM module not authorised: it cannot read cards; contact the vendor']],
  [0x80, ['未找到身份证，请将身份证放在读卡区', 'no card found: place the card on the reader']],
  [0x81, ['选卡失败，请重新放置身份证', 'card select failed: lift the card and place it again']],
  [0x91, ['卡中无此项内容', 'no such content on the card (e.g. no appended address or fingerprint)']],
]);

export class IdCardError extends Error {
  override readonly name: string = 'IdCardError';
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: number,
    detail?: { zh: string; en: string },
  ) {
    const [zh, en] = detail ? [detail.zh, detail.en] : describe(code);
    super(`${zh} / ${en} (SW3=0x${code.toString(16).padStart(2, '0').toUpperCase()})`);
    this.zh = zh;
    this.en = en;
  }
}

/** No card appeared (or none could be read) before the caller's deadline; carries the last status. */
export class CardWaitTimeoutError extends IdCardError {
  override readonly name = 'CardWaitTimeoutError';
  constructor(
    readonly timeoutMs: number,
    readonly lastStatus: IdCardError,
  ) {
    super(lastStatus.code, { zh: lastStatus.zh, en: `${lastStatus.en} (waited ${timeoutMs} ms)` });
  }
}

/** The reader sent nothing back, so there is no SW3 to report. */
export class ReaderTimeoutError extends Error {
  override readonly name = 'ReaderTimeoutError';
  readonly zh = '读卡器无应答';
  readonly en: string;

  constructor(
    readonly timeoutMs: number,
    readonly port: string,
  ) {
    const en = `reader did not answer in ${timeoutMs} ms on ${port}: check cable and power`;
    super(`读卡器无应答 / ${en}`);
    this.en = en;
  }
}

/** A reply that parses as a frame but not as the protocol: a wrong device or firmware. */
export class ReaderProtocolError extends Error {
  override readonly name = 'ReaderProtocolError';
  constructor(detail: string) {
    super(`读卡器应答格式错误 / malformed reply from reader: ${detail}`);
  }
}

export function isSuccess(sw3: number): boolean {
  return sw3 === SW3_SUCCESS || sw3 === SW3_CARD_FOUND;
}

function describe(code: number): readonly [string, string] {
  const known = messages.get(code);
  if (known) return known;
  const hex = code.toString(16).padStart(2, '0').toUpperCase();
  return ['读卡器返回未知状态', `reader returned unknown status 0x${hex}: see the reader vendor's manual`];
}
