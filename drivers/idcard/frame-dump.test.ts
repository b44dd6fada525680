import { describe, expect, it } from 'vitest';
import { XIANG_JIANGUO } from '../sim/cards.js';
import { APPENDED_ADDRESS_SIZE, COMMANDS, joinBlocks } from './commands.js';
import { dumpFrame } from './frame-dump.js';
import { encodeReply, encodeRequest } from './frame.js';
import { encodeText } from './text.js';

const card = XIANG_JIANGUO;
const text = card.text.cardType === 'resident' ? card.text : undefined;

/** Every way a name, number, address or photo could show up in a hex or text log line. */
function leaks(line: string): string[] {
  const secrets = [text?.name, text?.idNumber, text?.address, text?.idNumber.slice(0, 6)].filter((s): s is string => !!s);
  const forms = secrets.flatMap((s) => [s, Buffer.from(s, 'utf16le').toString('hex'), Buffer.from(s).toString('hex')]);
  const spaced = line.replaceAll(' ', '');
  const photoRun = card.photoWlt.subarray(100, 108).toString('hex');
  return [...forms, photoRun].filter((form) => line.includes(form) || spaced.includes(form));
}

describe('dumpFrame', () => {
  it('shows a request whole', () => {
    expect(dumpFrame(encodeRequest(COMMANDS.findCard.command, COMMANDS.findCard.parameter), 'request')).toBe(
      'request aa aa aa 96 69 00 03 | 20 01 | no data | checksum ok',
    );
  });

  it('shows the card data of a text, photo and fingerprint reply only as block sizes', () => {
    const fingerprint = card.fingerprint ?? Buffer.alloc(0);
    const reply = encodeReply(0x90, joinBlocks([encodeText(card.text), card.photoWlt, fingerprint]));
    const line = dumpFrame(reply, 'reply');
    expect(line).toBe('reply aa aa aa 96 69 09 0a | 00 00 90 | text 256 B redacted, photo 1024 B redacted, fingerprint 1024 B redacted | checksum ok');
    expect(leaks(line)).toEqual([]);
  });

  it('redacts an appended address and a reply cut off after its header', () => {
    const address = Buffer.from((text?.address ?? '').padEnd(APPENDED_ADDRESS_SIZE / 2, ' '), 'utf16le');
    const reply = encodeReply(0x90, address);
    expect(dumpFrame(reply, 'reply')).toContain('| 70 B redacted |');
    const cut = encodeReply(0x90, joinBlocks([encodeText(card.text), card.photoWlt])).subarray(0, 40);
    const line = dumpFrame(cut, 'reply');
    expect(line).toBe('reply 40 B, not a whole frame: aa aa aa 96 69 05 08 00 00 90…');
    expect(leaks(line)).toEqual([]);
  });

  it('says when a checksum is wrong', () => {
    const reply = encodeReply(0x9f, Buffer.alloc(4));
    reply.writeUInt8((reply.at(-1) ?? 0) ^ 0xff, reply.length - 1);
    expect(dumpFrame(reply, 'reply')).toBe('reply aa aa aa 96 69 00 08 | 00 00 9f | 00 00 00 00 | checksum BAD');
  });
});
