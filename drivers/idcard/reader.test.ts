import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, DEMO_CARDS, EMILY_SMITH, LAI_KAYAN, XIANG_JIANGUO } from '../sim/cards.js';
import { DEFAULT_SAM_ID, IdCardSimulator, type IdCardSimulatorOptions, type SimCard } from '../sim/idcard-sim.js';
import { memoryPair } from '../transport/memory.js';
import type { ByteTransport } from '../transport/transport.js';
import {
  FrameChecksumError, FrameParser, PREAMBLE, encodeReply, encodeRequest, parseReply, type ParseEvent,
} from './frame.js';
import { IdCardReader } from './reader.js';
import type { CardText } from './text.js';
import { CardWaitTimeoutError, IdCardError, ReaderTimeoutError } from './status.js';
import { CardTextError } from './text.js';

/** Wraps the device end: splits every write into small pieces and reports each one's length. */
function device(inner: ByteTransport, pieceSize: number, onWrite: (bytes: number) => void = () => undefined): ByteTransport {
  return {
    description: inner.description,
    async write(data) {
      for (let offset = 0; offset < data.length; offset += pieceSize) {
        await inner.write(data.subarray(offset, offset + pieceSize));
      }
      onWrite(data.length);
    },
    onData: (listener) => inner.onData(listener),
    onClose: (listener) => inner.onClose(listener),
    close: () => inner.close(),
  };
}

function setup(options: IdCardSimulatorOptions = { card: CHEN_XIAOXIN }, pieceSize = 4096) {
  const [host, deviceEnd] = memoryPair('idcard');
  const simulator = new IdCardSimulator(device(deviceEnd, pieceSize), options);
  const reader = new IdCardReader(host, { commandTimeoutMs: 5000 });
  return { reader, simulator, host, deviceEnd };
}

describe('IdCardReader against the simulator', () => {
  it('resets the SAM, reports its status and reads its id', async () => {
    const { reader } = setup();
    await expect(reader.resetSam()).resolves.toBeUndefined();
    await expect(reader.samStatus()).resolves.toBeUndefined();
    await expect(reader.samId()).resolves.toBe(DEFAULT_SAM_ID);
    await reader.close();
  });

  it('reads a card whose 1288-byte reply arrives in 7-byte pieces', async () => {
    const { reader } = setup({ card: CHEN_XIAOXIN }, 7);
    const read = await reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 });
    expect(read).toEqual({ ...CHEN_XIAOXIN.text, photoWlt: CHEN_XIAOXIN.photoWlt, warnings: [], retries: 0 });
    await reader.close();
  });

  it.each(DEMO_CARDS.map((card) => [card.text.cardType, card] as const))('reads the demo %s card', async (_, card) => {
    const { reader, simulator } = setup({});
    simulator.placeCard(card);
    const read = await reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 });
    expect(read).toEqual({ ...card.text, photoWlt: card.photoWlt, warnings: [], retries: 0 });
    await reader.close();
  });

  it('runs find, select and each read command', async () => {
    const { reader } = setup({ card: XIANG_JIANGUO });
    await expect(reader.findCard()).resolves.toBe(true);
    await reader.selectCard();
    const read = await reader.readTextPhotoFingerprint();
    expect(read).toMatchObject({ cardType: 'resident', name: '向建国', validUntil: null });
    expect(read.fingerprint).toEqual(XIANG_JIANGUO.fingerprint);
    await expect(reader.readAppendedAddress()).resolves.toBe('湖北省武汉市洪山区关山大道1号');
    await reader.close();
  });

  it('reports a card without an appended address or fingerprint as 0x91', async () => {
    const { reader } = setup({ card: EMILY_SMITH });
    await reader.findCard();
    await reader.selectCard();
    await expect(reader.readAppendedAddress()).rejects.toMatchObject({ code: 0x91 });
    await expect(reader.readTextPhotoFingerprint()).rejects.toThrow('卡中无此项内容 / no such content on the card');
    await reader.close();
  });

  it('finds the card on the N-th poll and loses it on the poll after a read', async () => {
    const { reader } = setup({ card: LAI_KAYAN, presentAfterPolls: 3 });
    const polls = async (count: number) => {
      const found: boolean[] = [];
      for (let i = 0; i < count; i++) found.push(await reader.findCard());
      return found;
    };
    expect(await polls(3)).toEqual([false, false, true]);
    await reader.selectCard();
    await reader.readTextPhoto();
    expect(await polls(4)).toEqual([false, false, false, true]);
    await reader.close();
  });

  it('gives up on an empty reader with the reader\'s own message', async () => {
    const { reader } = setup({});
    const error = await reader.readCard({ timeoutMs: 50, pollIntervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardWaitTimeoutError);
    expect(error).toMatchObject({ code: 0x80 });
    expect((error as Error).message).toBe(
      '未找到身份证，请将身份证放在读卡区 / no card found: place the card on the reader (waited 50 ms) (SW3=0x80)',
    );
    await reader.close();
  });

  it('stops polling when the caller aborts', async () => {
    const [host, deviceEnd] = memoryPair('idcard');
    const controller = new AbortController();
    new IdCardSimulator(device(deviceEnd, 4096, () => controller.abort(new Error('citizen pressed back'))));
    const reader = new IdCardReader(host);
    const reading = reader.readCard({ timeoutMs: 60_000, pollIntervalMs: 60_000, signal: controller.signal });
    await expect(reading).rejects.toThrow('citizen pressed back');
    await reader.close();
  });

  it('reports an unknown command and a bad parameter by their status', async () => {
    const { reader } = setup();
    const unknown = await reader.transact(0x99, 0x01).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(IdCardError);
    expect((unknown as Error).message).toBe(
      '无法识别的命令 / reader does not recognise this command: firmware too old or not a SAM reader (SW3=0x24)',
    );
    await expect(reader.transact(0x20, 0x07)).rejects.toMatchObject({ code: 0x21 });
    await expect(reader.samId()).resolves.toBe(DEFAULT_SAM_ID);
    await reader.close();
  });

  it('refuses to read before a card is selected', async () => {
    const { reader } = setup({});
    await expect(reader.selectCard()).rejects.toMatchObject({ code: 0x81 });
    await expect(reader.readTextPhoto()).rejects.toMatchObject({ code: 0x41 });
    await reader.close();
  });
});

describe('IdCardReader when things go wrong', () => {
  it('fails the pending command at once when the reader is unplugged', async () => {
    const [host, deviceEnd] = memoryPair('idcard');
    const reader = new IdCardReader(host);
    deviceEnd.onData(() => void deviceEnd.close());
    await expect(reader.samId()).rejects.toThrow('设备连接已断开 / device connection closed: idcard (host end)');
    await expect(reader.samStatus()).rejects.toThrow('设备连接已断开');
  });

  it('says the reader did not answer when nothing comes back', async () => {
    const [host] = memoryPair('idcard');
    const reader = new IdCardReader(host, { commandTimeoutMs: 20 });
    const error = await reader.samStatus().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderTimeoutError);
    expect((error as Error).message).toBe(
      '读卡器无应答 / reader did not answer in 20 ms on idcard (host end): check cable and power',
    );
    await reader.close();
  });

  it('reads again once when the card reply arrives with a bad checksum, and says so', async () => {
    const { reader } = setup({ card: CHEN_XIAOXIN, faults: ['bad-checksum-once'] });
    const read = await reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 });
    expect(read).toEqual({ ...CHEN_XIAOXIN.text, photoWlt: CHEN_XIAOXIN.photoWlt, warnings: [], retries: 1 });
    await reader.close();
  });

  it('gives up with the checksum error when the read again is garbled too', async () => {
    const { reader } = setup({ card: CHEN_XIAOXIN, faults: ['bad-checksum'] });
    await expect(reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 })).rejects.toBeInstanceOf(FrameChecksumError);
    await reader.close();
  });

  it('refuses a card text holding a lone surrogate as a bad read, and reads again', async () => {
    const garbled: SimCard = { ...CHEN_XIAOXIN, text: { ...CHEN_XIAOXIN.text, name: '陈\ud842欣' } as CardText };
    const [host, deviceEnd] = memoryPair('idcard');
    const simulator = new IdCardSimulator(
      // The citizen's card reads cleanly the second time: the simulator holds it once the bad text went out.
      device(deviceEnd, 4096, (bytes) => {
        if (bytes > 1000) simulator.placeCard(CHEN_XIAOXIN);
      }),
      { card: garbled },
    );
    const reader = new IdCardReader(host);
    const read = await reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 });
    expect(read).toMatchObject({ name: '陈晓欣', retries: 1 });
    await reader.close();
  });

  it('fails with the card text error when the text is bad on the read again too', async () => {
    const nul: SimCard = { ...CHEN_XIAOXIN, text: { ...CHEN_XIAOXIN.text, name: '陈\0晓欣' } as CardText };
    const { reader } = setup({ card: nul });
    await expect(reader.readCard({ timeoutMs: 5000, pollIntervalMs: 0 })).rejects.toBeInstanceOf(CardTextError);
    await reader.close();
  });

  it('reports a corrupted reply as a checksum error', async () => {
    const [host, deviceEnd] = memoryPair('idcard');
    const reader = new IdCardReader(host);
    const corrupted = encodeReply(0x90);
    corrupted.writeUInt8(0xff ^ corrupted.readUInt8(corrupted.length - 1), corrupted.length - 1);
    deviceEnd.onData(() => void deviceEnd.write(corrupted));
    await expect(reader.samStatus()).rejects.toBeInstanceOf(FrameChecksumError);
    await reader.close();
  });
});

describe('IdCardSimulator on the wire', () => {
  /** Sends raw bytes to a simulator and returns the status of its first reply. */
  async function firstStatus(bytes: Buffer): Promise<number | undefined> {
    const [host, deviceEnd] = memoryPair('idcard');
    new IdCardSimulator(deviceEnd);
    const parser = new FrameParser();
    const reply = new Promise<ParseEvent>((resolve) => host.onData((chunk) => parser.push(chunk).forEach(resolve)));
    await host.write(bytes);
    const event = await reply;
    await host.close();
    return event.kind === 'frame' ? parseReply(event.body)?.sw3 : undefined;
  }

  it('answers a request with a bad checksum with 0x10', async () => {
    const request = encodeRequest(0x11, 0xff);
    request.writeUInt8(0x01 ^ request.readUInt8(request.length - 1), request.length - 1);
    expect(await firstStatus(request)).toBe(0x10);
  });

  it('answers an over-long request with 0x11', async () => {
    expect(await firstStatus(Buffer.concat([PREAMBLE, Buffer.from([0x0b, 0x00])]))).toBe(0x11);
  });
});
