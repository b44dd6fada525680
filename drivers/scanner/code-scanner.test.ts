import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { memoryPair } from '../transport/memory.js';
import type { ByteTransport } from '../transport/transport.js';
import { CodeScanner } from './code-scanner.js';
import { honeywellDescriptor, honeywellReport } from './fixtures/honeywell-hid-pos.js';
import { zebraDescriptor, zebraReport } from './fixtures/zebra-hid-pos.js';
import { openHidPosSource, type HidPosDevice } from './hid-pos-source.js';
import type { ScannedCode } from './scanned-code.js';
import { serialCodeSource } from './serial-source.js';

function nextCode(scanner: CodeScanner): Promise<ScannedCode> {
  return new Promise((resolve) => {
    const off = scanner.onCode((code) => {
      off();
      resolve(code);
    });
  });
}

describe('CodeScanner on a serial scanner', () => {
  it('reads codes, and again after the scanner is unplugged and plugged back in', async () => {
    const devices: ByteTransport[] = [];
    const scanner = new CodeScanner({
      reconnectInitialMs: 1,
      open: async () => {
        const [host, device] = memoryPair('scanner');
        devices.push(device);
        return serialCodeSource(host, { aimPrefixed: true });
      },
    });
    const connections: (() => void)[] = [];
    scanner.onConnected(() => connections.shift()?.());
    const connected = () => new Promise<void>((resolve) => connections.push(resolve));
    let ready = connected();
    scanner.start();
    await ready;
    let code = nextCode(scanner);
    await devices[0]?.write(Buffer.from(']Q1WH0001\r\n'));
    expect(await code).toEqual({ text: 'WH0001', symbology: 'QR', aim: ']Q1' });
    ready = connected();
    await devices[0]?.close();
    expect(scanner.health().ok).toBe(false);
    await ready;
    code = nextCode(scanner);
    await devices[1]?.write(Buffer.from('ITEM\r'));
    expect((await code).text).toBe('ITEM');
    expect(scanner.health().ok).toBe(true);
    await scanner.stop();
  });
});

class FakeHid extends EventEmitter implements HidPosDevice {
  readonly features: number[][] = [];
  constructor(private readonly vendorId: number) {
    super();
  }
  async sendFeatureReport(data: number[] | Buffer): Promise<number> {
    this.features.push([...data]);
    return data.length;
  }
  async getDeviceInfo(): Promise<{ vendorId: number }> {
    return { vendorId: this.vendorId };
  }
  async close(): Promise<void> {}
}

describe('HID POS scanner', () => {
  it('reads a Honeywell scanner’s code with its symbology, sending no vendor switch it does not need', async () => {
    const device = new FakeHid(0x0c2e);
    const source = await openHidPosSource('/dev/hidraw3', { open: async () => device, readDescriptor: async () => honeywellDescriptor });
    const codes: ScannedCode[] = [];
    source.onCode((code) => codes.push(code));
    device.emit('data', honeywellReport(Buffer.from('WH-RS-001'), ']Q1', false));
    expect(codes).toEqual([{ text: 'WH-RS-001', symbology: 'QR', aim: ']Q1' }]);
    expect(device.features).toEqual([]);
  });

  it('switches a Zebra scanner into HID POS with its profile’s feature report, and reads its layout', async () => {
    const device = new FakeHid(0x05e0);
    const source = await openHidPosSource('/dev/hidraw4', { open: async () => device, readDescriptor: async () => zebraDescriptor });
    const codes: ScannedCode[] = [];
    source.onCode((code) => codes.push(code));
    device.emit('data', zebraReport(Buffer.from('武汉', 'utf8'), ']Q1', false));
    expect(device.features).toEqual([[0x80, 0x01, 0x00, 0x00]]);
    expect(codes.map((code) => code.text)).toEqual(['武汉']);
  });

  it('closes when the scanner is unplugged, so the scanner loop reopens it', async () => {
    const device = new FakeHid(0x0c2e);
    const source = await openHidPosSource('/dev/hidraw3', { open: async () => device, readDescriptor: async () => honeywellDescriptor });
    const closed = new Promise<Error | undefined>((resolve) => source.onClose(resolve));
    device.emit('error', new Error('could not read from HID device'));
    expect((await closed)?.message).toMatch(/could not read/);
  });
});
